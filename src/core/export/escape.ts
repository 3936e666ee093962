/**
 * Escaping text for the markup formats. Text from a transcript is only ever
 * text: a unit reading `<script>` or `**` must come out as those characters.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` safe in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

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
