/**
 * The header's corrections controls: the tracked-changes toggle and the
 * transcript export button.
 */
import { useTranslation } from 'react-i18next';

/** Props of `RevisionActions`. */
export interface RevisionActionsProps {
  tracked: boolean;
  onToggleTracked: () => void;
  onExport: () => void;
}

/** The tracked-changes toggle and the export button. */
export function RevisionActions({ tracked, onToggleTracked, onExport }: RevisionActionsProps) {
  const { t } = useTranslation('revisions');
  return (
    <>
      <button
        type="button"
        data-testid="toggle-tracked"
        aria-pressed={tracked}
        onClick={onToggleTracked}
      >
        {t('tracked.toggle')}
      </button>
      <button type="button" data-testid="open-export" onClick={onExport}>
        {t('export.open')}
      </button>
    </>
  );
}
