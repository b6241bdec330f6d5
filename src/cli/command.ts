/** The shape every `rasd` sub-command module exports. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `rasd help NAME` text: usage, options, examples. */
  readonly help: string;
  /** Runs with the arguments after the command name; resolves to the process exit code. */
  run(argv: readonly string[]): Promise<number>;
}

/** Exit codes: 0 all went well, 1 some input failed, 2 the command line itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
