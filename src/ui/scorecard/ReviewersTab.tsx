/**
 * Several reviewers of one document: this project's review plus review
 * files imported for comparison, each scored under the project's preset,
 * their pairwise agreement (span F1, Cohen's kappa on the categories of
 * matched spans, severity agreement), and the disagreements to settle.
 */
import { useMemo, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementAmong, type FlagContext, type Review } from '../../core/agreement/index.ts';
import { documentHash } from '../../core/io/document-hash.ts';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { Flag } from '../../core/model/flag.ts';
import { scoreFlags, type ScoringPreset } from '../../core/score/index.ts';
import type { ShowNotice } from '../app/notice.ts';
import { Disagreements } from './Disagreements.tsx';
import { useNumberFormat } from './number-format.ts';
import { readReviewers } from './reviewer-files.ts';

/** Props of `ReviewersTab`. */
export interface ReviewersTabProps {
  document: BilingualDocument;
  preset: ScoringPreset;
  /** This project's review, the first reviewer. */
  own: Review;
  context: FlagContext;
  onApply: (flags: Flag[]) => void;
  onNotice: ShowNotice;
}

/** The reviewers tab (see the module comment). */
export function ReviewersTab({
  document,
  preset,
  own,
  context,
  onApply,
  onNotice,
}: ReviewersTabProps) {
  const { t } = useTranslation('scorecard');
  const format = useNumberFormat();
  const [imported, setImported] = useState<Review[]>([]);
  const hash = useMemo(
    () => documentHash(document.source?.text ?? null, document.target.text),
    [document],
  );
  const reviewers = useMemo(() => [own, ...imported], [own, imported]);
  const agreement = useMemo(() => agreementAmong(reviewers), [reviewers]);
  const ratio = (value: number | null) => (value === null ? '—' : format(value));

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const { reviewers: read, notices } = await readReviewers(files, hash);
    notices.forEach(onNotice);
    if (read.length) setImported((old) => [...old, ...read]);
  };

  return (
    <div className="dz-reviewers" data-testid="reviewers">
      <label className="dz-file-button">
        {t('reviewers.import')}
        <input
          type="file"
          accept=".json,application/json"
          multiple
          data-testid="import-reviewer-file"
          onChange={(event) => void onFiles(event)}
        />
      </label>
      <table className="dz-table" data-testid="reviewer-scores">
        <caption>{t('reviewers.scores')}</caption>
        <thead>
          <tr>
            <th>{t('reviewers.name')}</th>
            <th className="num">{t('report.flags')}</th>
            <th className="num">{t('headline.raw')}</th>
            <th className="num">{t('report.score')}</th>
            <th>{t('reviewers.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {reviewers.map((reviewer, index) => {
            const card = scoreFlags(reviewer.flags, document, preset, { worstUnits: 0 });
            const verdict = card.pass === null ? 'none' : card.pass ? 'pass' : 'fail';
            return (
              <tr key={index}>
                <td>{reviewer.name}</td>
                <td className="num">{card.flags.counted}</td>
                <td className="num">{format(card.rawPenalty)}</td>
                <td className="num">{ratio(card.normalised)}</td>
                <td>{t(`verdict.${verdict}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {agreement.pairs.length === 0 ? (
        <p className="dz-muted">{t('reviewers.needTwo')}</p>
      ) : (
        <>
          <table className="dz-table" data-testid="agreement">
            <caption>{t('reviewers.agreement')}</caption>
            <thead>
              <tr>
                <th>{t('reviewers.pair')}</th>
                <th className="num">{t('reviewers.spanF1')}</th>
                <th className="num">{t('reviewers.categoryKappa')}</th>
                <th className="num">{t('reviewers.severityAgreement')}</th>
                <th className="num">{t('reviewers.severityKappa')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.pairs.map((pair, index) => (
                <tr key={index}>
                  <td>{t('reviewers.pairName', { a: pair.a, b: pair.b })}</td>
                  <td className="num">{ratio(pair.f1)}</td>
                  <td className="num">{ratio(pair.category.kappa)}</td>
                  <td className="num">{ratio(pair.severity.agreement)}</td>
                  <td className="num">{ratio(pair.severity.kappa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Disagreements reviewers={reviewers} context={context} onApply={onApply} />
        </>
      )}
    </div>
  );
}
