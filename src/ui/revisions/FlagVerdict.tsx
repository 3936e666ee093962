/**
 * A flag's verdict where the flag is shown (the highlight card, the flags
 * panel): a badge with the editor's ruling, who made it and why, and for
 * editors a "Decide" button that opens the ruling form (approve: the error
 * stands; reject: not an error, so it no longer counts in scores). Reads
 * the review store and the profile itself, so the flag components only
 * place it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../core/model/flag.ts';
import { useReview, useReviewStore } from '../flags/review-context.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { useRole } from './useRole.ts';

/** Props of `FlagVerdict`. */
export interface FlagVerdictProps {
  flag: Flag;
}

/** The verdict badge and form of one flag. */
export function FlagVerdict({ flag }: FlagVerdictProps) {
  const { t } = useTranslation('flags');
  const store = useReviewStore();
  const decision = useReview((s) => s.review.flagDecisions.get(flag.id));
  const editor = useRole() === 'editor';
  const [open, setOpen] = useState(false);
  if (!decision && (!editor || flag.status === 'deleted')) return null;
  return (
    <div className="dz-flag-verdict" data-testid="flag-verdict">
      {decision && (
        <span
          className={`dz-verdict dz-verdict--${decision.verdict}`}
          data-testid="flag-verdict-badge"
          data-verdict={decision.verdict}
        >
          {t(`verdict.${decision.verdict}`, { name: decision.by.name })}
          {decision.reason && ` · ${t(`revisions:decision.reasons.${decision.reason}`)}`}
          {decision.note && ` · ${decision.note}`}
        </span>
      )}
      {editor && flag.status !== 'deleted' && !open && (
        <button
          type="button"
          className="button--quiet"
          data-testid="decide-flag-open"
          onClick={() => setOpen(true)}
        >
          {t(decision ? 'verdict.change' : 'verdict.decide')}
        </button>
      )}
      {editor && open && (
        <DecisionForm
          subject="flag"
          onDecide={(input) => {
            store.getState().decideFlag(flag.id, input);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}
