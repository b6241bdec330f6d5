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
