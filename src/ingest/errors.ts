/** An input Rasd cannot use. Its message is the one line the user sees, naming the source. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'InputError';
  }
}

/**
 * Any failure met while reading one input, as that input's `InputError`: an unexpected error (a bug
 * a strange file runs into) is still one line naming the input, so the inputs after it are read.
 */
export function asInputError(source: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new InputError(source, `could not be read (${reason.split('\n')[0]})`);
}
