/**
 * Settling the disagreements of two reviewers one by one: keep A's flag,
 * keep B's, merge them, or drop both. When every disagreement is decided,
 * the adjudicated set (agreed flags plus what the decisions keep) can be
 * written into the project's review.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  adjudicate,
  reconcile,
  type Decision,
  type FlagContext,
  type Review,
} from '../../core/agreement/index.ts';
import type { Flag } from '../../core/model/flag.ts';

const DECISIONS: readonly Decision[] = ['keep-a', 'keep-b', 'merge', 'drop'];

/** Props of `Disagreements`. */
export interface DisagreementsProps {
  reviewers: readonly Review[];
  context: FlagContext;
  /** Write the adjudicated set into the project's review. */
  onApply: (flags: Flag[]) => void;
}

function FlagSummary({ flag, side }: { flag: Flag | null; side: string }) {
  const { t } = useTranslation('scorecard');
  if (!flag) return <p className="dz-muted">{t('disagreements.nothing', { side })}</p>;
  return (
    <p>
      <span className={`dz-badge dz-badge--${flag.severity}`}>
        {t(`flags:severity.${flag.severity}`)}
      </span>{' '}
      {flag.category} · <q>{flag.anchor.quote.exact}</q>
      {flag.comment && <span className="dz-muted"> — {flag.comment}</span>}
    </p>
  );
}

/** The disagreement list (see the module comment). */
export function Disagreements({ reviewers, context, onApply }: DisagreementsProps) {
  const { t } = useTranslation('scorecard');
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const a = reviewers[pair[0]];
  const b = reviewers[pair[1]];
  const reconciliation = useMemo(
    () => (a && b && a !== b ? reconcile(a.flags, b.flags) : null),
    [a, b],
  );
  if (!reconciliation || !a || !b) return null;
  const { flags, pending } = adjudicate(reconciliation, decisions, context);

  const choose = (which: 0 | 1, index: number) => {
    setPair((old) => (which === 0 ? [index, old[1]] : [old[0], index]));
    setDecisions({});
  };

  return (
    <section className="dz-disagreements" aria-labelledby="dz-disagreements-heading">
      <h3 id="dz-disagreements-heading">{t('disagreements.heading')}</h3>
      <div className="dz-pair-choice">
        {([0, 1] as const).map((which) => (
          <label key={which}>
            {t(which === 0 ? 'disagreements.reviewerA' : 'disagreements.reviewerB')}{' '}
            <select
              value={pair[which]}
              data-testid={`adjudicate-${which === 0 ? 'a' : 'b'}`}
              onChange={(event) => choose(which, Number(event.target.value))}
            >
              {reviewers.map((reviewer, index) => (
                <option key={index} value={index}>
                  {reviewer.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p data-testid="disagreement-summary">
        {t('disagreements.summary', {
          agreed: reconciliation.agreed.length,
          count: reconciliation.disagreements.length,
          pending: pending.length,
        })}
      </p>
      <ol className="dz-disagreement-list">
        {reconciliation.disagreements.map((item) => (
          <li key={item.id} data-testid="disagreement" data-decided={decisions[item.id] ?? ''}>
            <p className="dz-disagreement-head">
              {t('worst.unit', { number: ((item.a ?? item.b)?.anchor.unit ?? 0) + 1 })} ·{' '}
              {item.differences.map((d) => t(`disagreements.difference.${d}`)).join(', ')}
            </p>
            <div className="dz-disagreement-sides">
              <FlagSummary flag={item.a} side={a.name} />
              <FlagSummary flag={item.b} side={b.name} />
            </div>
            <div role="group" aria-label={t('disagreements.decide')} className="dz-decisions">
              {DECISIONS.map((decision) => (
                <button
                  key={decision}
                  type="button"
                  aria-pressed={decisions[item.id] === decision}
                  data-testid={`decide-${decision}`}
                  onClick={() => setDecisions((old) => ({ ...old, [item.id]: decision }))}
                >
                  {t(`disagreements.decision.${decision}`)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button--primary"
        data-testid="apply-adjudication"
        disabled={pending.length > 0}
        onClick={() => onApply(flags)}
      >
        {t('disagreements.apply', { count: flags.length })}
      </button>
    </section>
  );
}
