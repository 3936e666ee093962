/**
 * Dates as the flags UI shows them: in the interface language, to the
 * minute, in the reader's time zone.
 */

/** `iso` as a short date and time for `language`; the ISO string itself if it does not parse. */
export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
