/**
 * Character and entity references, read and written by us rather than by
 * the XML parser.
 *
 * The parser runs with entity processing off, so nothing it does can expand
 * an entity: the only references ever resolved are the five XML predefines
 * and numeric character references, here, each checked against the XML 1.0
 * `Char` production. Any other name (`&nbsp;`, or `&xxe;` pointing into an
 * external DTD we never fetch) is an error, not an empty string: silently
 * dropping text from a translation memory is worse than refusing it.
 */

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** Whether code point `code` may appear in an XML 1.0 document (the `Char` production). */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The first character that XML 1.0 does not allow (controls, U+FFFE/FFFF, lone surrogates). */
export const NON_XML_CHAR = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** XML characters outside the surrogates: without the `u` flag, five times faster on big text. */
const OUTSIDE_BMP_CHARS = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd]/g;

/**
 * The offset of the first character XML does not allow in `text`, or -1:
 * what `NON_XML_CHAR` finds, in a fraction of its time on a 50 MB file,
 * where a Unicode-aware pattern spends most of its time on pairs.
 */
export function findNonXmlChar(text: string): number {
  OUTSIDE_BMP_CHARS.lastIndex = 0;
  for (let match = OUTSIDE_BMP_CHARS.exec(text); match; match = OUTSIDE_BMP_CHARS.exec(text)) {
    const at = match.index;
    const code = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    // A high surrogate followed by a low one is a supplementary character, which XML allows.
    if (code < 0xd800 || code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return at;
    OUTSIDE_BMP_CHARS.lastIndex = at + 2;
  }
  return -1;
}

/** Why a reference is refused: the reference as written and the offset it starts at. */
export interface BadReference {
  reference: string;
  offset: number;
  problem: string;
}

/**
 * Resolves the references in raw character data, or returns the first one
 * that cannot be resolved. A `&` that does not start a well-formed reference
 * is reported too (the well-formedness check should have caught it).
 */
export function decodeReferences(raw: string): { text: string } | { bad: BadReference } {
  if (!raw.includes('&')) return { text: raw };
  let text = '';
  let from = 0;
  for (let at = raw.indexOf('&'); at !== -1; at = raw.indexOf('&', from)) {
    text += raw.slice(from, at);
    const end = raw.indexOf(';', at);
    const name = end === -1 ? '' : raw.slice(at + 1, end);
    const reference = end === -1 ? '&' : raw.slice(at, end + 1);
    const resolved = resolve(name);
    if (typeof resolved !== 'string')
      return { bad: { reference, offset: at, problem: resolved.problem } };
    text += resolved;
    from = end + 1;
  }
  return { text: text + raw.slice(from) };
}

function resolve(name: string): string | { problem: string } {
  const numeric = /^#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}))$/.exec(name);
  if (numeric) {
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
    return isXmlChar(code)
      ? String.fromCodePoint(code)
      : {
          problem: `refers to a character XML does not allow (U+${code.toString(16).toUpperCase()})`,
        };
  }
  const predefined = PREDEFINED[name];
  if (predefined !== undefined && Object.hasOwn(PREDEFINED, name)) return predefined;
  if (/^[A-Za-z_:][\w.:-]*$/.test(name)) {
    return { problem: 'is an entity that is not defined (only &lt; &gt; &amp; &quot; &apos; are)' };
  }
  return { problem: 'is not a well-formed reference' };
}

/**
 * Attribute-value normalisation (XML 1.0 §3.3.3) for CDATA attributes:
 * literal tabs and line breaks become spaces; those written as references
 * survive, which is why the writer escapes them.
 */
export function normalizeAttributeWhitespace(raw: string): string {
  return raw.replace(/[\t\n\r]/g, ' ');
}

/**
 * Replaces what XML 1.0 cannot carry at all (C0 controls other than tab and
 * line breaks, U+FFFE, U+FFFF, lone surrogates) with U+FFFD. Writers call it
 * on text from outside, such as a project imported from plain text.
 */
export function toXmlChars(text: string): string {
  return NON_XML_CHAR.test(text)
    ? text.replace(new RegExp(NON_XML_CHAR.source, 'gu'), '\ufffd')
    : text;
}

/**
 * Escapes character data. `>` is escaped too, so `]]>` can never appear, and
 * CR as a reference, or the reader's line-end normalisation would turn it
 * into LF.
 */
export function escapeXmlText(text: string): string {
  return toXmlChars(text).replace(/[&<>\r]/g, (c) => ESCAPES[c] ?? c);
}

/** Escapes an attribute value for double quotes, keeping tabs and line breaks as references. */
export function escapeXmlAttribute(value: string): string {
  return toXmlChars(value).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
