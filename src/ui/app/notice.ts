/**
 * A message for the shell's alert area, kept as a translation key and its
 * values rather than as text, so that switching language while it is shown
 * translates it too.
 */

/** A translatable message for the alert area (`common` namespace). */
export interface Notice {
  key: string;
  values?: Record<string, string | number>;
  tone?: 'error' | 'warning' | 'info';
}

/** Shows a notice in the shell's alert area. */
export type ShowNotice = (notice: Notice) => void;
