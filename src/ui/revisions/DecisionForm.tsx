/**
 * The editor's ruling: a canned reason, a free note, approve or reject.
 * Used for a unit's pending revision, for a unit as it stands, and for a
 * flag (in the highlight card and the flags panel).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_REASONS } from '../../core/model/revision.ts';
import type { DecisionReason, Verdict } from '../../core/model/revision.ts';
import type { DecisionInput } from '../../core/revision/index.ts';

/** Props of `DecisionForm`. */
export interface DecisionFormProps {
  /** What the buttons say: a revision's, the unit's or a flag's ruling. */
  subject: 'revision' | 'unit' | 'flag';
  onDecide: (input: DecisionInput) => void;
  /** Tooltip of the approve button (its keyboard shortcut). */
  approveTitle?: string;
}

/** The decision form (see the module comment). */
export function DecisionForm({ subject, onDecide, approveTitle }: DecisionFormProps) {
  const { t } = useTranslation('revisions');
  const id = useId();
  const [reason, setReason] = useState<DecisionReason | ''>('');
  const [note, setNote] = useState('');
  const decide = (verdict: Verdict) => {
    onDecide({ verdict, reason: reason || null, note: note.trim() });
    setNote('');
    setReason('');
  };
  return (
    <span className="dz-decision" role="group" data-testid={`decide-${subject}`}>
      <label htmlFor={`${id}-reason`} className="visually-hidden">
        {t('decision.reason')}
      </label>
      <select
        id={`${id}-reason`}
        data-testid="decision-reason"
        value={reason}
        onChange={(event) => setReason(event.target.value as DecisionReason | '')}
      >
        <option value="">{t('decision.noReason')}</option>
        {DECISION_REASONS.map((value) => (
          <option key={value} value={value}>
            {t(`decision.reasons.${value}`)}
          </option>
        ))}
      </select>
      <input
        type="text"
        data-testid="decision-note"
        aria-label={t('decision.note')}
        placeholder={t('decision.note')}
        value={note}
        maxLength={500}
        onChange={(event) => setNote(event.target.value)}
      />
      <button
        type="button"
        data-testid={`approve-${subject}`}
        title={approveTitle}
        onClick={() => decide('approved')}
      >
        {t(subject === 'unit' ? 'decision.approveUnit' : 'decision.approve')}
      </button>
      <button type="button" data-testid={`reject-${subject}`} onClick={() => decide('rejected')}>
        {t(subject === 'unit' ? 'decision.rejectUnit' : 'decision.reject')}
      </button>
    </span>
  );
}
