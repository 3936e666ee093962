/**
 * The units with the highest penalty, worst first, each with its English
 * text and its counted flags. Choosing one closes the scorecard on that
 * unit in the workspace, where the flags can be read in context and fixed.
 */
import { useTranslation } from 'react-i18next';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { Scorecard } from '../../core/score/index.ts';
import { useNumberFormat } from './number-format.ts';

/** Props of `WorstUnits`. */
export interface WorstUnitsProps {
  scorecard: Scorecard;
  document: BilingualDocument;
  onJump: (unit: number) => void;
}

/** The worst units list (see the module comment). */
export function WorstUnits({ scorecard, document, onJump }: WorstUnitsProps) {
  const { t } = useTranslation('scorecard');
  const format = useNumberFormat();
  return (
    <section className="dz-worst" aria-labelledby="dz-worst-heading">
      <h3 id="dz-worst-heading">{t('worst.heading')}</h3>
      {scorecard.worstUnits.length === 0 ? (
        <p className="dz-muted">{t('worst.none')}</p>
      ) : (
        <ol className="dz-worst-list">
          {scorecard.worstUnits.map((unit) => {
            const range = document.alignment.units[unit.unit]?.target;
            const text = range ? document.target.text.slice(range.start, range.end) : '';
            return (
              <li key={unit.unit} data-testid="worst-unit" data-unit={unit.unit}>
                <button type="button" className="dz-worst-unit" onClick={() => onJump(unit.unit)}>
                  <span className="dz-worst-head">
                    {t('worst.unit', { number: unit.unit + 1 })}{' '}
                    <span className="dz-muted">
                      {t('worst.penalty', { penalty: format(unit.penalty) })}
                    </span>
                  </span>
                  <span className="dz-worst-text" lang="en">
                    {text}
                  </span>
                </button>
                <ul className="dz-worst-flags">
                  {unit.flags
                    .filter((entry) => entry.counted)
                    .map(({ flag, penalty }) => (
                      <li key={flag.id}>
                        <span className={`dz-badge dz-badge--${flag.severity}`}>
                          {t(`flags:severity.${flag.severity}`)}
                        </span>{' '}
                        {flag.category} · <q>{flag.anchor.quote.exact}</q>{' '}
                        <span className="dz-muted">({format(penalty)})</span>
                      </li>
                    ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
