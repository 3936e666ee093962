/**
 * A unit's history: the MT and each revision, what became of it, the
 * editor's ruling, and a button to bring an earlier text back (as a new
 * revision, reviewed like any other).
 */
import { useTranslation } from 'react-i18next';
import type { UnitHistory } from '../../core/revision/index.ts';

/** Props of `UnitHistoryList`. */
export interface UnitHistoryListProps {
  history: UnitHistory;
  /** Bring back the text of a version; absent while the document is frozen. */
  onRestore?: (text: string, version: string) => void;
}

/** The history list of one unit. */
export function UnitHistoryList({ history, onRestore }: UnitHistoryListProps) {
  const { t } = useTranslation('revisions');
  return (
    <section
      className="dz-history"
      data-testid="unit-history"
      aria-label={t('history.title', { unit: history.unit + 1 })}
    >
      <ol>
        {history.versions.map((entry, index) => {
          const { revision } = entry;
          const decision = revision?.decision;
          return (
            <li key={entry.version} data-testid="history-entry" data-state={entry.state}>
              <span className="dz-history-head">
                {revision
                  ? t('history.revision', {
                      number: index,
                      name: revision.author.name,
                      at: new Date(revision.at).toLocaleString(),
                    })
                  : t('history.mt')}{' '}
                <em>
                  {t(`history.versionState.${entry.state}`)}
                  {revision && ` · ${t(`history.revisionStatus.${revision.status}`)}`}
                </em>
              </span>
              <span lang="en" className="dz-history-text">
                {entry.text ?? ''}
              </span>
              {revision?.comment && <span className="dz-history-note">{revision.comment}</span>}
              {decision && (
                <span className="dz-history-note">
                  {t('history.decided', {
                    verdict: t(`history.revisionStatus.${decision.verdict}`),
                    name: decision.by.name,
                    reason: decision.reason
                      ? t(`decision.reasons.${decision.reason}`)
                      : t('decision.noReason'),
                    note: decision.note,
                  })}
                </span>
              )}
              {onRestore && entry.state !== 'current' && entry.text !== null && (
                <button type="button" onClick={() => onRestore(entry.text!, entry.version)}>
                  {t('history.restore')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
