/**
 * The fields of one side of the import dialog: a file picker, or a text
 * area to paste into, and what was loaded. Typing or pasting replaces a
 * chosen file; choosing a file clears the paste.
 */
import { useId, useMemo } from 'react';
import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Side } from '../../core/model/document.ts';
import { FileButton } from '../common/FileButton.tsx';
import { languageWarning } from './language-check.ts';
import { exceedsPasteLimit } from './paste-limit.ts';
import type { SideState } from './side-input.ts';

/** Props of `SideFields`. */
export interface SideFieldsProps {
  side: Side;
  state: SideState;
  disabled: boolean;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  onPasteTooLarge: () => void;
  onClear: () => void;
}

/** One side's fieldset. */
export function SideFields({
  side,
  state,
  disabled,
  onFile,
  onText,
  onPasteTooLarge,
  onClear,
}: SideFieldsProps) {
  const { t } = useTranslation('common');
  const id = useId();
  const { value } = state;
  const pasted = value && value.fileName === null ? value.text : '';
  // Scans up to 100,000 characters: not on every render of a typing person.
  const text = value?.text ?? null;
  const warning = useMemo(() => (text === null ? null : languageWarning(side, text)), [side, text]);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    const incoming = event.clipboardData.getData('text/plain');
    const next =
      area.value.slice(0, area.selectionStart) + incoming + area.value.slice(area.selectionEnd);
    // Refuse before the browser inserts it: laying out megabytes in a
    // textarea is what freezes the page, not our code.
    if (exceedsPasteLimit(next)) {
      event.preventDefault();
      onPasteTooLarge();
    }
  };

  return (
    <fieldset className="import-side" disabled={disabled}>
      <legend>{t(`import.${side}.legend`)}</legend>
      <div className="import-side-file">
        <FileButton
          accept=".txt,text/plain"
          data-testid={`import-${side}-file`}
          aria-describedby={`${id}-hint`}
          onFile={onFile}
        >
          {t('import.chooseFile')}
        </FileButton>
        <span id={`${id}-hint`} className="import-side-hint">
          {state.reading
            ? t('import.reading')
            : value?.fileName
              ? t('import.loadedFile', { file: value.fileName, count: value.text.length })
              : t(`import.${side}.fileHint`)}
        </span>
        {value?.fileName && (
          <button
            type="button"
            className="button--quiet"
            onClick={onClear}
            aria-label={t('import.removeFile', { file: value.fileName })}
          >
            {t('import.remove')}
          </button>
        )}
      </div>
      <label htmlFor={`${id}-text`} className="import-side-paste-label">
        {t(`import.${side}.pasteLabel`)}
      </label>
      <textarea
        id={`${id}-text`}
        data-testid={`import-${side}-text`}
        value={pasted}
        rows={5}
        lang={side === 'source' ? 'zh-Hans' : 'en'}
        placeholder={
          value?.fileName ? t('import.pasteReplacesFile') : t(`import.${side}.pastePlaceholder`)
        }
        onPaste={onPaste}
        onChange={(event) => {
          if (exceedsPasteLimit(event.target.value)) onPasteTooLarge();
          else onText(event.target.value);
        }}
      />
      {warning && (
        <p className="import-warning" role="status" data-testid={`import-${side}-warning`}>
          {t(`import.warnings.${warning}`)}
        </p>
      )}
    </fieldset>
  );
}
