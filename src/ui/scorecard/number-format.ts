/**
 * Numbers on the scorecard and in its report, in the reader's language. Two
 * decimals at most: penalties such as 0.1 add up to long binary fractions
 * (0.30000000000000004) that nobody should have to read.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats `value` for `language` with at most two decimals. */
export function numberFormatter(language: string): (value: number) => string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/** `numberFormatter` for the current UI language. */
export function useNumberFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => numberFormatter(i18n.language), [i18n.language]);
}
