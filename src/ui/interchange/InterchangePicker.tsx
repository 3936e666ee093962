/**
 * The import dialog's button for one file from another tool (XLIFF, TMX,
 * MQM TSV, bilingual CSV/TSV) or a project file. Any name is accepted: the
 * worker recognises the format from the content.
 */
import { useTranslation } from 'react-i18next';

/** Props of `InterchangePicker`. */
export interface InterchangePickerProps {
  disabled: boolean;
  onFile: (file: File) => void;
}

/** A file button (`data-testid="import-interchange-file"`) with its hint. */
export function InterchangePicker({ disabled, onFile }: InterchangePickerProps) {
  const { t } = useTranslation('interchange');
  return (
    <p className="interchange-pick">
      <label className="button file-button">
        {t('pick')}
        <input
          type="file"
          className="visually-hidden"
          data-testid="import-interchange-file"
          disabled={disabled}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again is a change again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <span className="interchange-pick-hint">{t('pickHint')}</span>
    </p>
  );
}
