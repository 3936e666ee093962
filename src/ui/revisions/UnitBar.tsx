/**
 * The active unit's toolbar above the grid: its status, Edit, its history,
 * the person's own mark by role (a translator confirms, a reviewer marks
 * reviewed), the editor's ruling on its pending revision (or on the unit
 * as it stands), and the share of approved units. Below it, `children`:
 * the status filter and sign-off.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/model/flag.ts';
import type { Revision, UnitMarkStatus, UnitStatus } from '../../core/model/revision.ts';
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
  /** Whether the Edit button works (the unit has English and no editor is open). */
  editable: boolean;
  /** The mark the person's role sets (`confirmed`, `reviewed`) when they may set it now, else `null`. */
  mark: UnitMarkStatus | null;
  /** Whether rulings can be made (not while the document is signed off). */
  decidable: boolean;
  onMark: () => void;
  children?: ReactNode;
  /** The unit's history, computed only while it is shown. */
  history: () => UnitHistory;
  onEdit: () => void;
  onDecideRevision: (revision: Revision, input: DecisionInput) => void;
  onDecideUnit: (input: DecisionInput) => void;
  onRestore: (text: string, version: string) => void;
}

/** The active unit's toolbar. */
export function UnitBar(props: UnitBarProps) {
  const { unit, status, role, pending, approved, total, editable, mark, decidable } = props;
  const { t } = useTranslation('revisions');
  const [historyOpen, setHistoryOpen] = useState(false);
  const editor = role === 'editor' && decidable;
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
        <button
          type="button"
          data-testid="edit-unit"
          onClick={props.onEdit}
          disabled={!editable}
          title={t('unit.editKey')}
        >
          {t('unit.edit')}
        </button>
        {mark && (
          <button
            type="button"
            data-testid={mark === 'confirmed' ? 'confirm-unit' : 'review-unit'}
            title={t(mark === 'confirmed' ? 'unit.confirmKey' : 'unit.reviewKey')}
            onClick={props.onMark}
          >
            {t(mark === 'confirmed' ? 'unit.confirm' : 'unit.markReviewed')}
          </button>
        )}
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
            approveTitle={t('decision.approveKey')}
            onDecide={(input) => props.onDecideRevision(pending, input)}
          />
        )}
        {editor && !pending && status !== 'approved' && (
          <DecisionForm
            subject="unit"
            approveTitle={t('decision.approveKey')}
            onDecide={props.onDecideUnit}
          />
        )}
        <span className="dz-progress">
          <progress data-testid="approval-progress" value={approved} max={Math.max(total, 1)} />
          <span>{t('unit.progress', { approved, total })}</span>
        </span>
      </div>
      {props.children && <div className="dz-unit-bar-row">{props.children}</div>}
      {historyOpen && (
        <UnitHistoryList
          history={props.history()}
          onRestore={editable ? props.onRestore : undefined}
        />
      )}
    </div>
  );
}
