/**
 * Escaping text for HTML, shared by the exporters (`core/export`) and the
 * report (`core/report`). Every string that reaches their HTML — unit text,
 * comments, quotes, category names, the project's name — came from a
 * person or a file, so all of it goes through here; nothing is ever
 * inserted as markup.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` safe as HTML element content and as a quoted attribute value.
 * Quotes are escaped too, so one function serves both places and a caller
 * cannot pick the weaker one by mistake.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
