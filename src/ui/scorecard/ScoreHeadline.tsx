/**
 * The headline of the scorecard: the normalised score with what it is
 * counted per spelled out, the raw penalty beside it, and the verdict.
 * Showing both numbers lets a reader tell "few errors in a short text" from
 * "few errors in a long one" at a glance.
 */
import { useTranslation } from 'react-i18next';
import type { Scorecard } from '../../core/score/index.ts';
import { useNumberFormat } from './number-format.ts';

/** The verdict's translation key and tone. */
export function verdictOf(scorecard: Scorecard): 'pass' | 'fail' | 'none' {
  return scorecard.pass === null ? 'none' : scorecard.pass ? 'pass' : 'fail';
}

/** The headline (see the module comment). */
export function ScoreHeadline({ scorecard }: { scorecard: Scorecard }) {
  const { t } = useTranslation('scorecard');
  const format = useNumberFormat();
  const verdict = verdictOf(scorecard);
  return (
    <section className="dz-score-headline" aria-label={t('headline.label')}>
      <p className="dz-score-main">
        <strong data-testid="score-normalised">
          {scorecard.normalised === null ? '—' : format(scorecard.normalised)}
        </strong>{' '}
        <span data-testid="score-unit">
          {t(`measure.${scorecard.measure}`, { size: format(scorecard.size) })}
        </span>
      </p>
      <p>
        <span className={`dz-verdict dz-verdict--${verdict}`} data-testid="score-verdict">
          {t(`verdict.${verdict}`)}
        </span>{' '}
        {scorecard.passThreshold !== null && (
          <span className="dz-muted">
            {t('headline.threshold', { threshold: format(scorecard.passThreshold) })}
          </span>
        )}
      </p>
      <p>
        {t('headline.raw')} <strong data-testid="score-raw">{format(scorecard.rawPenalty)}</strong>
      </p>
      <p className="dz-muted" data-testid="score-counts">
        {t('headline.counts', {
          count: scorecard.flags.counted,
          capped: scorecard.flags.capped,
          excluded: scorecard.flags.excluded,
        })}
      </p>
    </section>
  );
}
