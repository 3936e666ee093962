/**
 * The export dialog: format (transcripts, and the interchange formats
 * XLIFF 1.2/2, TMX, MQM TSV and CSV), approved revisions only or the latest
 * text, tracked changes for Word, the MT column for bilingual tables, then
 * a download. Exporting reads the review as it is when the
 * button is pressed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../core/model/project.ts';
import type { TextMode } from '../../core/revision/index.ts';
import type { ReviewStore } from '../../store/review.ts';
import { Dialog } from '../common/Dialog.tsx';
import { safeFileStem } from '../common/download.ts';
import { downloadFile } from './download-file.ts';
import { EXPORT_FORMATS, exportFile } from './export-file.ts';
import type { ExportFormat } from './export-file.ts';
import {
  exportInterchange,
  INTERCHANGE_EXPORTS,
  isInterchangeExport,
} from './interchange-export.ts';
import type { InterchangeFormatId } from '../../core/io/format.ts';

/** Props of `ExportDialog`. */
export interface ExportDialogProps {
  project: Project;
  review: ReviewStore;
  onClose: () => void;
}

/** The export dialog (see the module comment). */
export function ExportDialog({ project, review, onClose }: ExportDialogProps) {
  const { t } = useTranslation('revisions');
  const [format, setFormat] = useState<ExportFormat | InterchangeFormatId>('txt');
  const [mode, setMode] = useState<TextMode>('approved');
  const [tracked, setTracked] = useState(false);
  const [withMt, setWithMt] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setWorking(true);
    setError(null);
    try {
      const labels = {
        source: t('export.labels.source'),
        corrected: t('export.labels.corrected'),
        mt: t('export.labels.mt'),
      };
      const state = review.getState();
      if (isInterchangeExport(format)) {
        const current = { typologyId: state.typologyId, ops: state.ops };
        downloadFile(exportInterchange(project, current, format, mode, safeFileStem(project.name)));
        return;
      }
      const choice = { format, mode, tracked, withMt };
      const file = await exportFile(
        project.document,
        state.review,
        choice,
        safeFileStem(project.name),
        labels,
      );
      downloadFile(file);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      locked={working}
      data-testid="export-dialog"
    >
      <form
        className="dz-export"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label className="dz-field">
          <span className="dz-field-label">{t('export.format')}</span>
          <select
            data-testid="export-format"
            value={format}
            onChange={(event) => setFormat(event.target.value as ExportFormat)}
          >
            {EXPORT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {t(`export.formats.${value}`)}
              </option>
            ))}
            {INTERCHANGE_EXPORTS.map((value) => (
              <option key={value} value={value}>
                {t(`interchange:export.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('export.text')}</legend>
          {(['approved', 'latest'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="export-mode"
                data-testid={`export-mode-${value}`}
                checked={mode === value}
                onChange={() => setMode(value)}
              />{' '}
              {t(`export.${value}`)}
            </label>
          ))}
        </fieldset>
        {format === 'docx' && (
          <label>
            <input
              type="checkbox"
              data-testid="export-tracked"
              checked={tracked}
              onChange={(event) => setTracked(event.target.checked)}
            />{' '}
            {t('export.trackedDocx')}
          </label>
        )}
        {format.startsWith('bilingual') && (
          <label>
            <input
              type="checkbox"
              data-testid="export-with-mt"
              checked={withMt}
              onChange={(event) => setWithMt(event.target.checked)}
            />{' '}
            {t('export.withMt')}
          </label>
        )}
        {error && (
          <p role="alert" className="dz-export-error">
            {t('export.failed', { detail: error })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={working}>
            {t('export.close')}
          </button>
          <button
            type="submit"
            className="button--primary"
            data-testid="export-download"
            disabled={working}
          >
            {working ? t('export.working') : t('export.download')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
