/**
 * The one normalisation every text goes through before it is segmented.
 *
 * It is deliberately minimal: every offset the app stores (sentences, units,
 * annotations) points into the normalised text, so anything this function
 * changes is invisible to the reviewer. Folding full-width characters,
 * collapsing spaces or applying Unicode normalisation would make the text on
 * screen differ from the file the translator delivered, and checks such as
 * "full-width comma in English" need to see the original characters.
 */

/**
 * Strips a leading byte-order mark and turns CRLF and lone CR line breaks into
 * LF. Nothing else changes.
 */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}
