/**
 * After an import: the flags both reviewers changed in different ways.
 * Each conflict shows the fields that differ, this project's version beside
 * the imported one, and asks which to keep. The imported version already
 * holds (it came last in the merged log), so it is the default choice and
 * closing the dialog keeps it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../core/model/flag.ts';
import type { FlagConflict } from '../../core/model/review-log.ts';
import { Dialog } from '../common/Dialog.tsx';
import { categoryLabel } from './category-options.ts';
import type { CategoryOption } from './category-options.ts';

/** Props of `ConflictsDialog`. */
export interface ConflictsDialogProps {
  conflicts: readonly FlagConflict[];
  options: readonly CategoryOption[];
  /** Apply the choices, one per conflict, in order. */
  onResolve: (choices: readonly ('mine' | 'theirs')[]) => void;
  onClose: () => void;
}

function FieldValue({
  flag,
  field,
  options,
}: {
  flag: Flag | null;
  field: FlagConflict['fields'][number];
  options: readonly CategoryOption[];
}) {
  const { t } = useTranslation('flags');
  if (!flag) return <em>{t('conflicts.removed')}</em>;
  switch (field) {
    case 'category':
      return <>{categoryLabel(options, flag.category)}</>;
    case 'severity':
      return <>{t(`severity.${flag.severity}`)}</>;
    case 'status':
      return <>{t(`status.${flag.status}`)}</>;
    case 'anchor':
      return <q>{flag.anchor.quote.exact}</q>;
    case 'suggestion':
      return flag.suggestion === null ? <em>{t('conflicts.none')}</em> : <>{flag.suggestion}</>;
    default:
      return <>{String(flag[field])}</>;
  }
}

/** The conflicts dialog (see the module comment). */
export function ConflictsDialog({ conflicts, options, onResolve, onClose }: ConflictsDialogProps) {
  const { t } = useTranslation('flags');
  const [choices, setChoices] = useState<('mine' | 'theirs')[]>(() =>
    conflicts.map(() => 'theirs'),
  );
  return (
    <Dialog title={t('conflicts.title')} onClose={onClose} data-testid="conflicts-dialog">
      <p>{t('conflicts.intro', { count: conflicts.length })}</p>
      <ol className="dz-conflicts">
        {conflicts.map((conflict, i) => (
          <li key={conflict.flagId} data-testid="conflict">
            <q>{(conflict.mine ?? conflict.theirs ?? conflict.base).anchor.quote.exact}</q>
            <table className="dz-conflict-table">
              <thead>
                <tr>
                  <th scope="col">{t('conflicts.field')}</th>
                  <th scope="col">{t('conflicts.mine')}</th>
                  <th scope="col">{t('conflicts.theirs')}</th>
                </tr>
              </thead>
              <tbody>
                {conflict.fields.map((field) => (
                  <tr key={field}>
                    <th scope="row">{t(`conflicts.fields.${field}`)}</th>
                    <td>
                      <FieldValue flag={conflict.mine} field={field} options={options} />
                    </td>
                    <td>
                      <FieldValue flag={conflict.theirs} field={field} options={options} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <fieldset className="dz-conflict-choice">
              <legend className="visually-hidden">{t('conflicts.keep')}</legend>
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side}>
                  <input
                    type="radio"
                    name={`conflict-${i}`}
                    value={side}
                    data-testid={`conflict-keep-${side}`}
                    checked={choices[i] === side}
                    onChange={() => setChoices((c) => c.map((v, k) => (k === i ? side : v)))}
                  />
                  {t(side === 'mine' ? 'conflicts.keepMine' : 'conflicts.keepTheirs')}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button
          type="button"
          className="button--primary"
          data-testid="conflicts-apply"
          onClick={() => onResolve(choices)}
        >
          {t('conflicts.apply')}
        </button>
      </div>
    </Dialog>
  );
}
