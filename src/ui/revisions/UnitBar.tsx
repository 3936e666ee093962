/**
 * The active unit's toolbar above the grid: its status, Edit, its history,
 * the editor's ruling on its pending revision (or on the unit as it
 * stands), and the share of approved units.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/model/flag.ts';
import type { Revision, UnitStatus } from '../../core/model/revision.ts';
import type { DecisionInput, UnitHistory } from '../../core/revision/index.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { UnitHistoryList } from './UnitHistoryList.tsx';

/** Props of `UnitBar`. */
export interface UnitBarProps {
  unit: number;
  status: UnitStatus;
  role: Role;
  /** The unit's current revision while it awaits a ruling; `null` otherwise. */
  pending: Revision | null;
  approved: number;
  total: number;
  /** Whether the unit can be edited (it has English, and the document is not signed off). */
  editable: boolean;
  /** The unit's history, computed only while it is shown. */
  history: () => UnitHistory;
  onEdit: () => void;
  onDecideRevision: (revision: Revision, input: DecisionInput) => void;
  onDecideUnit: (input: DecisionInput) => void;
  onRestore: (text: string, version: string) => void;
}

/** The active unit's toolbar. */
export function UnitBar(props: UnitBarProps) {
  const { unit, status, role, pending, approved, total, editable } = props;
  const { t } = useTranslation('revisions');
  const [historyOpen, setHistoryOpen] = useState(false);
  const editor = role === 'editor';
  return (
    <div className="dz-unit-bar" data-testid="unit-bar">
      <div
        role="toolbar"
        aria-label={t('unit.toolbar', { unit: unit + 1 })}
        className="dz-unit-bar-row"
      >
        <strong>{t('unit.toolbar', { unit: unit + 1 })}</strong>
        <span
          className={`dz-status-chip dz-status-chip--${status}`}
          data-testid="active-unit-status"
        >
          {t(`status.${status}`)}
        </span>
        <button type="button" data-testid="edit-unit" onClick={props.onEdit} disabled={!editable}>
          {t('unit.edit')}
        </button>
        <button
          type="button"
          data-testid="toggle-history"
          aria-expanded={historyOpen}
          onClick={() => setHistoryOpen((open) => !open)}
        >
          {t(historyOpen ? 'unit.hideHistory' : 'unit.history')}
        </button>
        {pending && (
          <span data-testid="pending-revision">
            {t('unit.pending', { name: pending.author.name })}
          </span>
        )}
        {editor && pending && (
          <DecisionForm
            subject="revision"
            onDecide={(input) => props.onDecideRevision(pending, input)}
          />
        )}
        {editor && !pending && status !== 'approved' && (
          <DecisionForm subject="unit" onDecide={props.onDecideUnit} />
        )}
        <span className="dz-progress">
          <progress data-testid="approval-progress" value={approved} max={Math.max(total, 1)} />
          <span>{t('unit.progress', { approved, total })}</span>
        </span>
      </div>
      {historyOpen && (
        <UnitHistoryList
          history={props.history()}
          onRestore={editable ? props.onRestore : undefined}
        />
      )}
    </div>
  );
}
