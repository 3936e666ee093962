/**
 * The add-term form: Chinese and English prefilled from the reviewer's
 * selections, a note and renderings to avoid. Saving adds the term to the
 * project's glossary (where the checks pick it up) and opens the panel on
 * it.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addTerm, type NewTerm } from '../../core/glossary/project.ts';
import { useProjectsStore } from '../app/store-context.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { glossaryPanel } from './panel-state.ts';

/** Props of `TermForm`. */
export interface TermFormProps {
  draft: NewTerm;
  /** Called once the form closes; `saved` when a term was added. */
  onClose: (saved: boolean) => void;
}

/** The add-term form (see the module comment). */
export function TermForm({ draft, onClose }: TermFormProps) {
  const { t } = useTranslation('glossary');
  const store = useProjectsStore();
  const [term, setTerm] = useState<NewTerm>(draft);
  const [invalid, setInvalid] = useState(false);
  // The empty field is where the reviewer has to type; the Chinese otherwise.
  const zhRef = useRef<HTMLInputElement>(null);
  const enRef = useRef<HTMLInputElement>(null);
  const first = draft.zh && !draft.en ? enRef : zhRef;

  const change = (field: keyof NewTerm) => (event: { target: { value: string } }) =>
    setTerm((current) => ({ ...current, [field]: event.target.value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!term.zh.trim() || !term.en.trim()) {
      setInvalid(true);
      return;
    }
    const glossary = store.getState().current?.glossary;
    await store.getState().setPart('glossary', addTerm(glossary, term));
    glossaryPanel.getState().setOpen(true);
    onClose(true);
  };

  return (
    <Dialog
      title={t('form.title')}
      onClose={() => onClose(false)}
      initialFocus={first}
      data-testid="term-form"
    >
      <form className="dz-term-form" onSubmit={(event) => void save(event)} noValidate>
        <label className="dz-field">
          <span className="dz-field-label">{t('form.zh')}</span>
          <input
            ref={zhRef}
            lang="zh-Hans"
            data-testid="term-zh"
            value={term.zh}
            onChange={change('zh')}
            aria-invalid={invalid && !term.zh.trim()}
          />
        </label>
        <label className="dz-field">
          <span className="dz-field-label">{t('form.en')}</span>
          <input
            ref={enRef}
            lang="en"
            data-testid="term-en"
            value={term.en}
            onChange={change('en')}
            aria-invalid={invalid && !term.en.trim()}
          />
        </label>
        <label className="dz-field">
          <span className="dz-field-label">{t('form.note')}</span>
          <input data-testid="term-note" value={term.note ?? ''} onChange={change('note')} />
        </label>
        <label className="dz-field">
          <span className="dz-field-label">{t('form.forbidden')}</span>
          <input
            lang="en"
            data-testid="term-forbidden"
            value={term.forbidden ?? ''}
            onChange={change('forbidden')}
          />
        </label>
        {invalid && (
          <p className="dz-field-error" role="alert">
            {t('form.required')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose(false)}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button--primary" data-testid="term-save">
            {t('form.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
