/**
 * The flags panel's filter by the editor's verdict (any, not decided,
 * approved, rejected).
 */
import { useTranslation } from 'react-i18next';
import { VERDICT_FILTERS, type VerdictFilter } from './flag-verdict.ts';

/** Props of `VerdictFilterSelect`. */
export interface VerdictFilterSelectProps {
  value: VerdictFilter;
  onChange: (value: VerdictFilter) => void;
}

/** The verdict filter of the flags panel. */
export function VerdictFilterSelect({ value, onChange }: VerdictFilterSelectProps) {
  const { t } = useTranslation('flags');
  return (
    <select
      data-testid="flags-filter-verdict"
      aria-label={t('verdict.filter')}
      value={value}
      onChange={(event) => onChange(event.target.value as VerdictFilter)}
    >
      {VERDICT_FILTERS.map((filter) => (
        <option key={filter} value={filter}>
          {t(`verdict.filters.${filter}`)}
        </option>
      ))}
    </select>
  );
}
