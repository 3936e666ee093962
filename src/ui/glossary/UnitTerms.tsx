/**
 * The glossary terms of the active unit: each Chinese term of its source,
 * the English the glossary expects, and whether the unit's current English
 * (its MT with revisions) uses it, or a rendering the glossary forbids.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermIndex } from '../../core/glossary/match.ts';
import { termsInUnit } from '../../core/glossary/unit-terms.ts';
import type { BilingualDocument } from '../../core/model/document.ts';
import { revisionsByUnit, unitChain } from '../../core/revision/chain.ts';
import { mtText, sourceText } from '../../core/revision/texts.ts';
import { useReview } from '../flags/review-context.tsx';

/** The current English of unit `index`: its MT with every revision not rejected. */
function useCurrentTarget(document: BilingualDocument, index: number): string {
  const revisions = useReview((s) => s.review.revisions);
  return useMemo(() => {
    const mt = mtText(document, index);
    const chain = revisionsByUnit(revisions.values()).get(index);
    return chain ? unitChain(mt, chain).latest.text : mt;
  }, [document, index, revisions]);
}

/** The active unit's terms (see the module comment). */
export function UnitTerms({
  document,
  unit,
  index,
}: {
  document: BilingualDocument;
  unit: number;
  index: TermIndex | null;
}) {
  const { t } = useTranslation('glossary');
  const target = useCurrentTarget(document, unit);
  const source = sourceText(document, unit);
  const terms = useMemo(
    () => (index && source ? termsInUnit(index, source, target) : []),
    [index, source, target],
  );
  return (
    <section className="dz-glossary-unit" data-testid="glossary-unit-terms" data-unit={unit}>
      <h3 className="dz-glossary-heading">{t('unit.title')}</h3>
      {!source ? (
        <p className="dz-glossary-none">{t('unit.noSource')}</p>
      ) : terms.length === 0 ? (
        <p className="dz-glossary-none">{t('unit.none')}</p>
      ) : (
        <ul className="dz-glossary-unit-list">
          {terms.map(({ entry, rendered, forbiddenUsed }) => (
            <li
              key={`${entry.entry.zh}\u0000${entry.entry.en}`}
              data-testid="glossary-unit-term"
              data-status={
                forbiddenUsed.length > 0 ? 'forbidden' : rendered ? 'present' : 'missing'
              }
            >
              <span className="dz-glossary-zh" lang="zh-Hans">
                {entry.entry.zh}
              </span>{' '}
              <span className="dz-glossary-en" lang="en">
                {t('unit.expected', { en: entry.entry.en })}
              </span>{' '}
              <span
                className={`dz-glossary-status dz-glossary-status--${rendered ? 'present' : 'missing'}`}
              >
                {rendered ? t('unit.present') : t('unit.missing')}
              </span>
              {forbiddenUsed.length > 0 && (
                <span className="dz-glossary-status dz-glossary-status--forbidden">
                  {t('unit.forbidden', { used: forbiddenUsed.join(', ') })}
                </span>
              )}
              {entry.entry.note && <span className="dz-glossary-note">{entry.entry.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
