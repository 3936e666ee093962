/**
 * Flag counts per severity for the header: how many errors of each
 * severity stand against the translation (see `severityCounts`). Each count
 * carries its severity as a colour swatch and a word, never colour alone.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { SEVERITIES } from '../../core/model/flag.ts';
import type { ReviewStore } from '../../store/review.ts';
import { severityCounts } from './filters.ts';

/** The counts of the review in `store`; a button that toggles the flags panel. */
export function FlagCounts({
  store,
  panelOpen,
  onTogglePanel,
}: {
  store: ReviewStore;
  panelOpen: boolean;
  onTogglePanel: () => void;
}) {
  const { t } = useTranslation('flags');
  const flags = useStore(store, (s) => s.review.flags);
  const counts = useMemo(() => severityCounts(flags.values()), [flags]);
  return (
    <button
      type="button"
      className="dz-flag-counts"
      data-testid="flag-counts"
      aria-pressed={panelOpen}
      aria-controls="dz-flags-panel"
      title={t('panel.toggle')}
      onClick={onTogglePanel}
    >
      <span className="dz-flag-counts-label">{t('panel.title')}</span>
      {SEVERITIES.map((severity) => (
        <span key={severity} className="dz-flag-count" data-severity={severity}>
          <span className={`dz-swatch dz-swatch--${severity}`} aria-hidden="true" />
          <span className="visually-hidden">{t(`severity.${severity}`)}: </span>
          <span data-testid={`flag-count-${severity}`}>{counts[severity]}</span>
        </span>
      ))}
    </button>
  );
}
