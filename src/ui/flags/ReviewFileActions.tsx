/**
 * Review file buttons of the flags panel: export the review log (to send to
 * another reviewer or archive), export the flags as W3C Web Annotations
 * (JSON-LD, for other annotation tools), and import another reviewer's
 * review file of the same document, merging it into this project.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentHash } from '../../core/io/document-hash.ts';
import { REVIEW_FILE_EXTENSION, writeReviewFile } from '../../core/io/review-file.ts';
import { toWebAnnotations } from '../../core/io/web-annotation.ts';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { FlagConflict } from '../../core/model/review-log.ts';
import type { ShowNotice } from '../app/notice.ts';
import { downloadText, safeFileStem } from '../common/download.ts';
import { FileButton } from '../common/FileButton.tsx';
import { ConflictsDialog } from './ConflictsDialog.tsx';
import { useReviewStore } from './review-context.tsx';
import { readChosenReviewFile } from './review-file.ts';
import { useCategoryOptions } from './useCategoryOptions.ts';

/** Props of `ReviewFileActions`. */
export interface ReviewFileActionsProps {
  document: BilingualDocument;
  projectName: string;
  onNotice: ShowNotice;
}

/** The review file buttons (see the module comment). */
export function ReviewFileActions({ document, projectName, onNotice }: ReviewFileActionsProps) {
  const { t } = useTranslation('flags');
  const store = useReviewStore();
  const options = useCategoryOptions();
  const [busy, setBusy] = useState(false);
  const [conflicts, setConflicts] = useState<FlagConflict[]>([]);
  // Hashing the texts takes milliseconds per megabyte: once per document.
  const hash = useMemo(
    () => documentHash(document.source?.text ?? null, document.target.text),
    [document],
  );
  const stem = safeFileStem(projectName);

  const exportReview = () => {
    const { ops, typologyId } = store.getState();
    downloadText(
      `${stem}${REVIEW_FILE_EXTENSION}`,
      writeReviewFile({ documentHash: hash, ops, typologyId }),
      'application/json',
    );
  };

  const exportAnnotations = () => {
    const flags = store.getState().review.flags.values();
    const jsonLd = toWebAnnotations(flags, document, { documentHash: hash, label: projectName });
    downloadText(
      `${stem}.annotations.jsonld`,
      `${JSON.stringify(jsonLd, null, 2)}\n`,
      'application/ld+json',
    );
  };

  const onFile = async (file: File) => {
    setBusy(true);
    try {
      const result = await readChosenReviewFile(file, hash);
      if (!result.ok) {
        onNotice(result.notice);
        return;
      }
      let outcome;
      try {
        outcome = store.getState().merge(result.content.ops);
      } catch (error) {
        onNotice({
          key: 'flags:reviewFile.invalid',
          values: {
            file: file.name,
            detail: error instanceof Error ? error.message : String(error),
          },
          tone: 'error',
        });
        return;
      }
      onNotice({
        key: 'flags:reviewFile.merged',
        values: { file: file.name, added: outcome.added, duplicates: outcome.duplicates },
        tone: 'info',
      });
      setConflicts(outcome.conflicts);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dz-review-files" role="group" aria-label={t('reviewFile.label')}>
      <button
        type="button"
        data-testid="export-review"
        onClick={exportReview}
        title={t('reviewFile.exportHint')}
      >
        {t('reviewFile.export')}
      </button>
      <FileButton
        accept=".json,application/json"
        data-testid="import-review-file"
        disabled={busy}
        busy={busy}
        title={t('reviewFile.importHint')}
        onFile={(file) => void onFile(file)}
      >
        {t('reviewFile.import')}
      </FileButton>
      <button
        type="button"
        data-testid="export-web-annotation"
        onClick={exportAnnotations}
        title={t('reviewFile.annotationsHint')}
      >
        {t('reviewFile.annotations')}
      </button>
      {conflicts.length > 0 && (
        <ConflictsDialog
          conflicts={conflicts}
          options={options}
          onResolve={(choices) => {
            conflicts.forEach((conflict, i) =>
              store.getState().resolveConflict(conflict, choices[i] ?? 'theirs'),
            );
            setConflicts([]);
          }}
          onClose={() => setConflicts([])}
        />
      )}
    </div>
  );
}
