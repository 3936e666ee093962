/**
 * The shape every subcommand has, so that `main.ts` can dispatch to it and
 * `duizhao help` can list it without knowing any command in particular.
 */

/**
 * Where a command writes and how wide the output may be. Injected rather than
 * taken from `process` so the commands run the same under test.
 */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Width to wrap tables to, in terminal columns. */
  columns: number;
}

/** A subcommand: `duizhao NAME …`. */
export interface Command {
  name: string;
  /** One line for the command list in `duizhao --help`. */
  summary: string;
  /** The full text of `duizhao help NAME` and `duizhao NAME --help`. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}
