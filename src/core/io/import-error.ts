/**
 * The one error type the interchange readers (TMX, MQM TSV, bilingual
 * CSV/TSV) throw, and the warnings they return.
 *
 * Readers meet files written by other tools and by hand, so failing is
 * normal and the caller (the import dialog, `npx duizhao import`) must be
 * able to say *where* the file is wrong without knowing the format: every
 * error carries a stable `code` to translate by and a location an editor can
 * jump to. The fuzz tests hold the readers to this: whatever the input, they
 * either return or throw an `ImportError`, never a `TypeError` from deep
 * inside a parser.
 */
import { DecodeError, decodeText } from './decode.ts';

/** Why an import failed. */
export type ImportErrorCode =
  /** Over the size limit of the format; refused before parsing. */
  | 'too-large'
  /** The bytes are not text in an encoding we read (see `decode.ts`). */
  | 'undecodable'
  /** Not well-formed: broken XML, an unclosed CSV quote. */
  | 'malformed'
  /** Well-formed but dangerous: XML entity declarations (billion laughs, external entities). */
  | 'unsafe'
  /** Well-formed but not what the format requires: a missing column, a `<tuv>` without language. */
  | 'invalid'
  /** A variant of the format we recognise and do not read. */
  | 'unsupported'
  /** Nothing to import: no rows, no translation units, no system of that name. */
  | 'empty';

/** Where a problem is. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface ImportLocation {
  file?: string;
  line?: number;
  column?: number;
  /** A structural path where lines say little, e.g. `tmx/body/tu[3]/tuv[2]`. */
  path?: string;
}

/**
 * Formats a location the way compilers do, `file:line:column`, followed by
 * the path in parentheses when there is one; the empty string when nothing
 * is known.
 */
export function formatLocation(location: ImportLocation): string {
  const place = [location.file, location.line, location.line && location.column]
    .filter((part) => part !== undefined && part !== '' && part !== 0)
    .join(':');
  if (!location.path) return place;
  return place ? `${place} (${location.path})` : location.path;
}

/** A file that cannot be imported. `message` starts with the location when one is known. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly location: ImportLocation;
  /** The problem without the location, for callers that show the location their own way. */
  readonly problem: string;

  constructor(code: ImportErrorCode, problem: string, location: ImportLocation = {}) {
    const where = formatLocation(location);
    super(where ? `${where}: ${problem}` : problem);
    this.code = code;
    this.location = location;
    this.problem = problem;
  }
}

/**
 * Something a reader could not take as written and worked around: a row
 * skipped, a header that disagrees with its rows. One warning may stand for
 * many occurrences (`count`), located at the first, so that a file with the
 * same flaw on every line gives one readable message rather than thousands.
 */
export interface ImportWarning {
  /** Stable identifier of the kind of problem, e.g. `unknown-severity`. */
  code: string;
  message: string;
  location: ImportLocation;
  count: number;
}

/**
 * Collects warnings, merging those of the same `code` and `key` into one
 * with a count.
 */
export class WarningLog {
  private readonly byKey = new Map<string, ImportWarning>();

  /** Records one occurrence; the first occurrence's message and location are kept. */
  add(code: string, message: string, location: ImportLocation, key = ''): void {
    const id = `${code}\u0000${key}`;
    const existing = this.byKey.get(id);
    if (existing) existing.count++;
    else this.byKey.set(id, { code, message, location, count: 1 });
  }

  /** The warnings in the order their first occurrence was recorded. */
  list(): ImportWarning[] {
    return [...this.byKey.values()];
  }
}

/** 1-based line and column of UTF-16 offset `offset` in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Refuses input longer than `limit` (in UTF-16 code units for a string,
 * bytes for binary input) before any parsing: a reader that builds an object
 * per row or element can run out of memory long before it finds anything
 * wrong.
 */
export function checkSize(
  length: number,
  limit: number,
  unit: 'characters' | 'bytes',
  file?: string,
): void {
  if (length > limit) {
    throw new ImportError(
      'too-large',
      `the file is too large (${length.toLocaleString('en')} ${unit}; the limit is ${limit.toLocaleString('en')} ${unit})`,
      file === undefined ? {} : { file },
    );
  }
}

/** The `ImportError` standing for a `DecodeError`, so readers of bytes throw one type only. */
export function importErrorFromDecode(error: DecodeError): ImportError {
  const code: ImportErrorCode =
    error.code === 'too-large' ? 'too-large' : error.code === 'empty' ? 'empty' : 'undecodable';
  return new ImportError(code, error.message, { file: error.fileName });
}

/**
 * Decodes the bytes of a text file (see `decode.ts`), reporting failure as an
 * `ImportError`.
 */
export function decodeForImport(bytes: Uint8Array, file?: string): string {
  try {
    return decodeText(bytes, file);
  } catch (error) {
    if (error instanceof DecodeError) throw importErrorFromDecode(error);
    throw error;
  }
}
