/**
 * The shell's header: the app's name, the open project's title, the
 * project-level actions and the language switch.
 */
import { useTranslation } from 'react-i18next';
import { ProjectFileActions } from '../projects/ProjectFileActions.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import type { ShowNotice } from './notice.ts';
import { useProjects } from './store-context.tsx';

/** Props of `AppHeader`: what its buttons open. */
export interface AppHeaderProps {
  onImport: () => void;
  onAddSource: () => void;
  onProjects: () => void;
  onNotice: ShowNotice;
}

/** The header (a `banner` landmark). */
export function AppHeader({ onImport, onAddSource, onProjects, onNotice }: AppHeaderProps) {
  const { t } = useTranslation('common');
  const current = useProjects((s) => s.current);
  const ready = useProjects((s) => s.status === 'ready');
  return (
    <header className="app-header">
      <p className="app-name">
        <span lang="zh-Hans" className="app-name-zh">
          {t('app.nameZh')}
        </span>{' '}
        <span lang="en">{t('app.nameEn')}</span>
      </p>
      <h1 className="project-title" data-testid="project-title">
        {current ? current.name : t('app.noProject')}
      </h1>
      <div className="app-actions" role="group" aria-label={t('app.actionsLabel')}>
        <button type="button" data-testid="open-import" onClick={onImport} disabled={!ready}>
          {t('actions.import')}
        </button>
        {current && current.document.source === null && (
          <button
            type="button"
            data-testid="add-source"
            onClick={onAddSource}
            className="button--primary"
          >
            {t('actions.addSource')}
          </button>
        )}
        <button type="button" data-testid="open-projects" onClick={onProjects} disabled={!ready}>
          {t('actions.projects')}
        </button>
        <ProjectFileActions onNotice={onNotice} />
      </div>
      <LanguageSelect />
    </header>
  );
}
