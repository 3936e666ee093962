/**
 * Dates in the project list, in the interface language. Formatters are
 * cached per language because building one is slow enough to matter in a
 * list of a hundred projects.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `iso` as a medium date and short time for `language` (`en` or `zh`); the raw string if it is not a date. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, format);
  }
  return format.format(date);
}
