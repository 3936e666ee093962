/**
 * The findings dismissed in this project, with who dismissed them, why and
 * when, each restorable. Folded away under its count by default.
 */
import { useTranslation } from 'react-i18next';
import type { DismissedFinding } from '../../core/model/project-extras.ts';
import { dismissalKey } from '../../store/checks-settings.ts';

/** Props of `DismissedList`. */
export interface DismissedListProps {
  dismissed: readonly DismissedFinding[];
  onRestore: (key: string) => void;
}

/** The dismissed findings (see the module comment). */
export function DismissedList({ dismissed, onRestore }: DismissedListProps) {
  const { t, i18n } = useTranslation('checks');
  if (dismissed.length === 0) return null;
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.resolvedLanguage);
  return (
    <details className="dz-checks-dismissed" data-testid="checks-dismissed">
      <summary>{t('dismissed.title', { count: dismissed.length })}</summary>
      <ul>
        {dismissed.map((d) => {
          const key = dismissalKey(d);
          return (
            <li key={key} data-testid="dismissed-item" data-check={d.check} data-unit={d.unit}>
              <span className="dz-flag-item-head">
                <span className="dz-finding-item-check">{t(`qa:checks.${d.check}.name`)}</span>
                <span className="dz-flag-item-unit">{t('panel.unit', { number: d.unit + 1 })}</span>
              </span>
              {d.quote && <q lang="en">{d.quote}</q>}
              <span className="dz-checks-dismissed-reason" data-testid="dismissed-reason">
                {d.reason || t('dismissed.noReason')}
              </span>
              <span className="dz-checks-dismissed-by">
                {t('dismissed.by', { author: d.author, date: date(d.at) })}
              </span>
              <button
                type="button"
                className="button--quiet"
                data-testid="dismissed-restore"
                onClick={() => onRestore(key)}
              >
                {t('dismissed.restore')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
