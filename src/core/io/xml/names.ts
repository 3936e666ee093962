/**
 * XML 1.0 (fifth edition) names, checked code unit by code unit for the
 * tokenizer (`scan.ts`): `NameStartChar` and `NameChar` of §2.3, with a
 * table for ASCII, where almost every name of an interchange file lives.
 *
 * Supplementary characters ([#x10000-#xEFFFF]) arrive as surrogate pairs;
 * lone surrogates never get here, because `parseXml` refuses them first.
 */

/** 1: may start a name, 2: may continue one (ASCII only). */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x3a || c === 0x5f;
  const other = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  ASCII[c] = letter ? 1 : other ? 2 : 0;
}

/** Whether the code unit `c` may start a name. */
function isNameStart(c: number): boolean {
  if (c < 0x80) return ASCII[c] === 1;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    // High surrogates of U+10000–U+EFFFF, and any low surrogate after them.
    (c >= 0xd800 && c <= 0xdb7f) ||
    (c >= 0xdc00 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

/** Whether the code unit `c` may continue a name. */
function isNameChar(c: number): boolean {
  if (c < 0x80) return ASCII[c] !== 0;
  return c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040 || isNameStart(c);
}

/**
 * The end of the name starting at `start` in `text`: `start` itself when no
 * name starts there. A low surrogate cannot start a name.
 */
export function nameEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (!isNameStart(first) || (first >= 0xdc00 && first <= 0xdfff)) return start;
  let at = start + 1;
  while (at < text.length && isNameChar(text.charCodeAt(at))) at++;
  return at;
}

/** Whether `c` is XML white space (`S`: space, tab, line feed, carriage return). */
export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** The first offset at or after `from` that is not XML white space. */
export function skipSpace(text: string, from: number): number {
  let at = from;
  while (isXmlSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Names refused although XML allows them: as object keys they would reach
 * `Object.prototype` in any reader that builds objects keyed by element or
 * attribute names (fast-xml-parser, which we used before, refused them too).
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const NAME_SLOTS_MASK = 1023;

/**
 * Names shared with their earlier occurrences: a big file repeats a few
 * dozen names millions of times, and one string each would be a good part
 * of the tree's memory. Direct-mapped, keyed by first and last character
 * and length, so that a hit allocates nothing and hostile input cannot make
 * it grow.
 */
export class NameCache {
  private readonly slots = new Array<string | undefined>(NAME_SLOTS_MASK + 1);

  /** The name from `start` to `end` in `text`. */
  read(text: string, start: number, end: number): string {
    const length = end - start;
    const slot =
      (text.charCodeAt(start) * 961 + text.charCodeAt(end - 1) * 31 + length) & NAME_SLOTS_MASK;
    const cached = this.slots[slot];
    if (cached !== undefined && cached.length === length && text.startsWith(cached, start)) {
      return cached;
    }
    const name = text.slice(start, end);
    this.slots[slot] = name;
    return name;
  }
}
