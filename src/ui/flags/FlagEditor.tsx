/**
 * The flag editor: a dialog for a new flag (opened by a severity key with
 * words selected) or an existing one. The category picker has focus and
 * holds the last category used, so Enter saves at once; Ctrl+Enter saves
 * from any field. Moving a flag to other words is "re-select and press E":
 * "Change words" closes the editor and the next E applies the selection.
 */
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagAnchor, Flag, FlagStatus, Severity } from '../../core/model/flag.ts';
import { SEVERITIES } from '../../core/model/flag.ts';
import { Dialog } from '../common/Dialog.tsx';
import { CategoryPicker } from './CategoryPicker.tsx';
import type { CategoryOption } from './category-options.ts';
import { formatTime } from './format.ts';

/** What the editor edits. */
export type EditorTarget =
  | { mode: 'new'; anchor: FlagAnchor; severity: Severity; category: string | null }
  | { mode: 'edit'; flag: Flag };

/** The editable values the editor hands back on save. */
export interface FlagFormValues {
  category: string;
  severity: Severity;
  comment: string;
  /** `null` when the field was left empty. */
  suggestion: string | null;
  status: FlagStatus;
}

/** Props of `FlagEditor`. */
export interface FlagEditorProps {
  target: EditorTarget;
  options: readonly CategoryOption[];
  onSave: (values: FlagFormValues) => void;
  onClose: () => void;
  /** Soft-delete the flag (edit mode). */
  onDelete?: () => void;
  /** Start moving the flag to other words (edit mode). */
  onRespan?: () => void;
}

const STATUSES: readonly FlagStatus[] = ['open', 'resolved', 'rejected'];

/** The flag editor dialog (see the module comment). */
export function FlagEditor({
  target,
  options,
  onSave,
  onClose,
  onDelete,
  onRespan,
}: FlagEditorProps) {
  const { t, i18n } = useTranslation('flags');
  const flag = target.mode === 'edit' ? target.flag : null;
  const anchor = flag ? flag.anchor : target.mode === 'new' ? target.anchor : null;
  const [category, setCategory] = useState<string | null>(
    flag ? flag.category : target.mode === 'new' ? target.category : null,
  );
  const [severity, setSeverity] = useState<Severity>(
    flag ? flag.severity : target.mode === 'new' ? target.severity : 'minor',
  );
  const [comment, setComment] = useState(flag?.comment ?? '');
  const [suggestion, setSuggestion] = useState(flag?.suggestion ?? '');
  const [status, setStatus] = useState<FlagStatus>(
    flag && flag.status !== 'deleted' ? flag.status : 'open',
  );
  const [error, setError] = useState<string | null>(null);
  const pickerRef = useRef<HTMLInputElement>(null);

  const submit = (event?: FormEvent, chosen: string | null = category) => {
    event?.preventDefault();
    if (chosen === null) {
      setError(t('editor.categoryMissing'));
      pickerRef.current?.focus();
      return;
    }
    onSave({
      category: chosen,
      severity,
      comment,
      suggestion: suggestion === '' ? null : suggestion,
      status,
    });
  };

  return (
    <Dialog
      title={t(flag ? 'editor.editTitle' : 'editor.newTitle')}
      onClose={onClose}
      initialFocus={pickerRef}
      className="dz-flag-editor"
      data-testid="flag-editor"
    >
      <form
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
        }}
      >
        {anchor && (
          <blockquote
            className="dz-flag-quote"
            data-testid="flag-quote"
            lang={anchor.side === 'source' ? 'zh-Hans' : 'en'}
          >
            {anchor.quote.exact}
          </blockquote>
        )}
        <CategoryPicker
          options={options}
          value={category}
          onChange={(path) => {
            setCategory(path);
            setError(null);
          }}
          onSubmit={(path) => submit(undefined, path)}
          inputRef={pickerRef}
          error={error}
        />
        <fieldset className="dz-severity">
          <legend className="dz-field-label">{t('editor.severity')}</legend>
          {SEVERITIES.map((s) => (
            <label key={s} className={`dz-severity-option dz-severity-option--${s}`}>
              <input
                type="radio"
                name="severity"
                value={s}
                checked={severity === s}
                data-testid={`flag-severity-${s}`}
                onChange={() => setSeverity(s)}
              />
              {t(`severity.${s}`)}
            </label>
          ))}
        </fieldset>
        <label className="dz-field">
          <span className="dz-field-label">{t('editor.suggestion')}</span>
          <input
            type="text"
            data-testid="flag-suggestion"
            value={suggestion}
            lang={anchor?.side === 'source' ? 'zh-Hans' : 'en'}
            placeholder={t('editor.suggestionPlaceholder')}
            onChange={(event) => setSuggestion(event.target.value)}
          />
        </label>
        <label className="dz-field">
          <span className="dz-field-label">{t('editor.comment')}</span>
          <textarea
            data-testid="flag-comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </label>
        {flag && (
          <label className="dz-field dz-field--inline">
            <span className="dz-field-label">{t('editor.status')}</span>
            <select
              data-testid="flag-status"
              value={status}
              onChange={(event) => setStatus(event.target.value as FlagStatus)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {flag && (
          <p className="dz-flag-meta" data-testid="flag-meta">
            {t('editor.meta', {
              name: flag.author.name,
              role: t(`role.${flag.author.role}`),
              created: formatTime(flag.createdAt, i18n.language),
              updated: formatTime(flag.updatedAt, i18n.language),
            })}
          </p>
        )}
        <p className="dz-hint">{t('editor.hint')}</p>
        <div className="dialog-actions">
          {onDelete && (
            <button
              type="button"
              className="button--danger"
              data-testid="flag-delete"
              onClick={onDelete}
            >
              {t('editor.delete')}
            </button>
          )}
          {onRespan && (
            <button type="button" data-testid="flag-respan" onClick={onRespan}>
              {t('editor.respan')}
            </button>
          )}
          <span className="dz-spacer" />
          <button type="button" onClick={onClose} data-testid="flag-cancel">
            {t('editor.cancel')}
          </button>
          <button type="submit" className="button--primary" data-testid="flag-save">
            {t('editor.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
