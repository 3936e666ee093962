/**
 * The header button that opens and closes the glossary panel, with the
 * number of terms the open project has.
 */
import { useTranslation } from 'react-i18next';
import { useProjects } from '../app/store-context.tsx';
import { glossaryPanel, useGlossaryPanel } from './panel-state.ts';

/** The glossary toggle; renders nothing without an open project. */
export function GlossaryToggle() {
  const { t } = useTranslation('glossary');
  const open = useGlossaryPanel((s) => s.open);
  const hasProject = useProjects((s) => s.current !== null);
  const count = useProjects((s) => s.current?.glossary?.entries.length ?? 0);
  if (!hasProject) return null;
  return (
    <button
      type="button"
      className="dz-glossary-toggle"
      data-testid="glossary-toggle"
      aria-pressed={open}
      aria-controls="dz-glossary-panel"
      onClick={() => glossaryPanel.getState().toggle()}
    >
      {count > 0 ? t('toggleCount', { count }) : t('toggle')}
    </button>
  );
}
