/**
 * Escaping text for Markdown. Text from a transcript is only ever text: a
 * unit reading `**` must come out as those characters. (HTML escaping,
 * shared with the report, is `core/text/escape-html.ts`.)
 */

/**
 * `text` as one Markdown paragraph that renders as exactly these
 * characters: inline syntax is backslash-escaped (CommonMark allows a
 * backslash before any ASCII punctuation), and so is what would start a
 * heading, list, quote or rule at the start of the line.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
  return inline.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
