/**
 * A format's record (`ProjectInterchange.data`) kept packed: one JSON
 * string instead of a deep object tree.
 *
 * Why. A record is read once (at import) and used only when the project is
 * written back as a file of its format, yet it travels with the project
 * everywhere in between: from the import worker to the page, into
 * IndexedDB, back out at every start, into project files. Each of those is
 * a structured clone, which for an element tree of a 50 MB XLIFF means
 * millions of objects walked on the main thread (seconds), while a string of
 * the same content is copied as one block of memory. So readers pack their
 * record with `packRecord` and writers unpack it with `unpackRecord`, the
 * only place it is parsed again.
 *
 * A record stored before packing existed (an object) is still read:
 * `unpackRecord` gives the decoder the object as it is.
 */

/** A packed record: what `packRecord` returns and `ProjectInterchange.data` holds. */
export type PackedRecord = string;

const WIDE = /[\u0100-\uffff]/g;

/**
 * `json` with every character above U+00FF written as a `\\uXXXX` escape,
 * which JSON reads back as the same character. The string is then one byte
 * a character in the JavaScript engine and in IndexedDB, which otherwise
 * stores a string holding any such character (one Chinese word is enough)
 * at two bytes a character: a 50 MB file's record would pass Chromium's
 * limit on one stored value (about 130 MB).
 */
export function narrowJson(json: string): string {
  const escaped = json.replace(WIDE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Escaping alone keeps the engine's two-byte form when `json` had it (any
  // text sliced from a file with Chinese in it does); decoding bytes that
  // are all ASCII gives a one-byte string.
  return new TextDecoder().decode(new TextEncoder().encode(escaped));
}

/** `record` as one string. `record` must be JSON data (no `undefined`, `Map`, cycles). */
export function packRecord(record: unknown): PackedRecord {
  return narrowJson(JSON.stringify(record));
}

/**
 * The record in `data`: a packed one parsed, or an unpacked one (from an
 * older build) as it is, checked by `decode`. `null` when `data` is not
 * JSON or `decode` refuses it (returns `null` or throws), so a writer falls
 * back to a fresh file rather than failing on a damaged record.
 */
export function unpackRecord<T>(data: unknown, decode: (value: unknown) => T | null): T | null {
  try {
    const value: unknown = typeof data === 'string' ? JSON.parse(data) : data;
    return decode(value);
  } catch {
    return null;
  }
}
