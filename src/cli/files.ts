/**
 * Reading and writing the files of `import`, `export` and `score`, with every
 * failure the user can cause (a missing file, a directory, bytes that are no
 * text, an output folder that does not exist) turned into a one-line
 * `CliError` naming the file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { DecodeError, decodeText } from '../core/io/decode.ts';
import { formatLocation, ImportError, type ImportWarning } from '../core/io/import-error.ts';
import { normalizeText } from '../core/text/normalize.ts';
import type { CommandIO } from './commands/command.ts';
import { CliError } from './errors.ts';

/** Why a file system call failed, in words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as Error).message;
  }
}

/** The bytes of `path`. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reason(error)}`);
  }
}

/**
 * The text of `path`: decoded (UTF-8, UTF-16 with BOM or GB18030, see
 * `decode.ts`) and normalised (BOM removed, line breaks made LF), which is the
 * text every offset in a document refers to.
 */
export async function readText(path: string): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return normalizeText(decodeText(bytes, path));
  } catch (error) {
    if (error instanceof DecodeError) throw new CliError(error.message);
    throw error;
  }
}

/** Writes `content` to `path`, replacing what was there. */
export async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${reason(error)}`);
  }
}

/**
 * Runs a reader of another tool's format, reporting its `ImportError` (which
 * already starts with `file:line:column`) as the CLI's usage error.
 */
export function importing<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Prints a reader's warnings on stderr, one line each, located like errors:
 * a file with the same flaw on every row says so once, with the count.
 */
export function printWarnings(warnings: readonly ImportWarning[], io: CommandIO): void {
  for (const warning of warnings) {
    const where = formatLocation(warning.location);
    const times = warning.count > 1 ? ` (${warning.count} times)` : '';
    io.stderr(`duizhao: warning: ${where ? `${where}: ` : ''}${warning.message}${times}\n`);
  }
}

/** The file name of `path` without its folder. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * A name for a project from a file name: without its folder and its
 * extensions (`talk.mqm.tsv` → `talk`), since the app shows it as a title.
 */
export function projectNameOf(path: string): string {
  const base = baseName(path);
  const stem = base.replace(/\.duizhao\.json$|\.review\.json$/i, '').replace(/\..*$/, '');
  return stem || base;
}
