/**
 * Errors the CLI reports to the user as a one-line message on stderr, as
 * opposed to bugs, which keep their stack trace.
 */

/**
 * A problem with what the user asked for or gave us: a bad argument, a
 * missing or undecodable file, a file that is not a project. Exit code 2, the
 * convention for usage errors (1 is left for "ran, but failed").
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}
