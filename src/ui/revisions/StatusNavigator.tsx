/**
 * The status filter of the units: which status to look at, how many units
 * have it, jumping to the next or previous one (Alt+N / Alt+P), and for the
 * editor, approving every unit the filter shows in one undoable action.
 */
import { useTranslation } from 'react-i18next';
import { UNIT_STATUSES, type UnitStatusFilter } from './status-filter.ts';

/** Props of `StatusNavigator`. */
export interface StatusNavigatorProps {
  filter: UnitStatusFilter;
  onFilterChange: (filter: UnitStatusFilter) => void;
  /** How many units the filter shows. */
  shown: number;
  onJump: (direction: 1 | -1) => void;
  /** Approve the shown units; absent when the person may not (not an editor, or signed off). */
  onApproveAll?: () => void;
  /** How many of the shown units are not approved yet (what approve-all would approve). */
  toApprove: number;
}

/** The unit status filter (see the module comment). */
export function StatusNavigator(props: StatusNavigatorProps) {
  const { filter, shown, toApprove, onApproveAll } = props;
  const { t } = useTranslation('revisions');
  return (
    <span className="dz-status-nav" role="group" aria-label={t('filter.label')}>
      <label>
        <span className="dz-field-label">{t('filter.label')}</span>{' '}
        <select
          data-testid="unit-status-filter"
          value={filter}
          onChange={(event) => props.onFilterChange(event.target.value as UnitStatusFilter)}
        >
          <option value="all">{t('filter.all')}</option>
          {UNIT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <span data-testid="unit-status-count" aria-live="polite">
        {t('filter.count', { count: shown })}
      </span>
      <button
        type="button"
        data-testid="jump-previous"
        disabled={shown === 0}
        title={t('filter.previousKey')}
        onClick={() => props.onJump(-1)}
      >
        {t('filter.previous')}
      </button>
      <button
        type="button"
        data-testid="jump-next"
        disabled={shown === 0}
        title={t('filter.nextKey')}
        onClick={() => props.onJump(1)}
      >
        {t('filter.next')}
      </button>
      {onApproveAll && (
        <button
          type="button"
          data-testid="approve-all"
          disabled={toApprove === 0}
          title={t('filter.approveAllHelp')}
          onClick={onApproveAll}
        >
          {t('filter.approveAll', { count: toApprove })}
        </button>
      )}
    </span>
  );
}
