/**
 * Argument parsing for the subcommands: `node:util` `parseArgs` in strict
 * mode, with its errors turned into short `CliError` messages.
 *
 * `parseArgs` already handles `--flag=value`, `--flag value`, `--` and
 * grouped short flags; what it does not do is speak to a user ("Unknown
 * option '--x'. To specify a positional argument starting with a '-', …"), so
 * the messages are rewritten here.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.ts';

/** The option table of one subcommand, in `parseArgs` form. */
export type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** Parsed options and positional arguments. */
export interface ParsedArgs<T extends OptionTable> {
  values: ReturnType<
    typeof parseArgs<{ options: T; strict: true; allowPositionals: true }>
  >['values'];
  positionals: string[];
}

/** Parses `args` against `options`; unknown options and missing values throw `CliError`. */
export function parseCommandArgs<T extends OptionTable>(
  args: readonly string[],
  options: T,
): ParsedArgs<T> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values, positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    const message = (error as Error).message;
    const name = /'([^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option ${name}`);
    if (/argument missing/.test(message)) throw new CliError(`option ${name} needs a value`);
    if (/does not take an argument/.test(message)) {
      throw new CliError(`option ${name} takes no value`);
    }
    throw new CliError(firstLine(message));
  }
}

/** Checks that an option's value is one of `allowed`, naming the choices otherwise. */
export function oneOf<const C extends string>(
  option: string,
  value: string,
  allowed: readonly C[],
): C {
  if ((allowed as readonly string[]).includes(value)) return value as C;
  throw new CliError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Parses a positive integer option value. */
export function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new CliError(`${option} must be a positive whole number (got "${value}")`);
  }
  return n;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
