/**
 * The import dialog's button for one file from another tool (XLIFF, TMX,
 * MQM TSV, bilingual CSV/TSV) or a project file. Any name is accepted: the
 * worker recognises the format from the content.
 */
import { useTranslation } from 'react-i18next';
import { FileButton } from '../common/FileButton.tsx';

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
      <FileButton data-testid="import-interchange-file" disabled={disabled} onFile={onFile}>
        {t('pick')}
      </FileButton>
      <span className="interchange-pick-hint">{t('pickHint')}</span>
    </p>
  );
}
