/**
 * Which element an XML text starts with, from its head alone: how the XML
 * formats (TMX, XLIFF 1.2, XLIFF 2) recognise a file before parsing it.
 */

/**
 * The name of the first element of an XML text's head, past the
 * declaration, comments, processing instructions and DOCTYPE; `null` when
 * the head is not XML (or ends before the root).
 */
export function rootElementName(head: string): string | null {
  const text = head.replace(/^\ufeff/, '');
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    if (text.charAt(at) !== '<') return null;
    let end: number;
    if (text.startsWith('<?', at)) end = skipPast(text, '?>', at);
    else if (text.startsWith('<!--', at)) end = skipPast(text, '-->', at);
    else if (text.startsWith('<!', at)) {
      // A DOCTYPE may hold an internal subset in brackets, with `>` inside.
      const close = text.indexOf('>', at);
      const bracket = text.indexOf('[', at);
      end =
        bracket !== -1 && (close === -1 || bracket < close)
          ? skipPast(text, '>', skipPast(text, ']', bracket))
          : skipPast(text, '>', at);
    } else return /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(at, at + 200))?.[1] ?? null;
    if (end === -1) return null;
    at = end;
  }
}

/** The offset just past the first `token` at or after `from`, or -1. */
function skipPast(text: string, token: string, from: number): number {
  if (from === -1) return -1;
  const found = text.indexOf(token, from);
  return found === -1 ? -1 : found + token.length;
}
