/**
 * The shell's header: the app's name, the open project's title, the flag
 * counts (which toggle the flags panel), the project-level actions, the
 * local profile and the language switch.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagCounts } from '../flags/FlagCounts.tsx';
import { ProfileMenu } from '../flags/ProfileMenu.tsx';
import { GlossaryToggle } from '../glossary/GlossaryToggle.tsx';
import { ProjectFileActions } from '../projects/ProjectFileActions.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import type { ShowNotice } from './notice.ts';
import { useProjects, useProjectsStore } from './store-context.tsx';

/** Props of `AppHeader`: what its buttons open. */
export interface AppHeaderProps {
  onImport: () => void;
  onAddSource: () => void;
  onProjects: () => void;
  /** Open the open project's scorecard. */
  onScorecard?: () => void;
  /** The corrections controls (tracked changes, export), while a project is open. */
  revisionActions?: ReactNode;
  onNotice: ShowNotice;
  /** The flags panel is open; the flag counts toggle it. */
  flagsOpen: boolean;
  onToggleFlags: () => void;
  /** The button that opens the checks panel, while a project is open. */
  checksToggle?: ReactNode;
}

/** The header (a `banner` landmark). */
export function AppHeader({
  onImport,
  onAddSource,
  onProjects,
  onScorecard,
  revisionActions,
  onNotice,
  flagsOpen,
  onToggleFlags,
  checksToggle,
}: AppHeaderProps) {
  const { t } = useTranslation('common');
  const store = useProjectsStore();
  const current = useProjects((s) => s.current);
  const review = useProjects((s) => s.review);
  const profile = useProjects((s) => s.profile);
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
      {review && <FlagCounts store={review} panelOpen={flagsOpen} onTogglePanel={onToggleFlags} />}
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
        {review && onScorecard && (
          <button type="button" data-testid="open-scorecard" onClick={onScorecard}>
            {t('scorecard:open')}
          </button>
        )}
        {checksToggle}
        <GlossaryToggle />
        {revisionActions}
        <ProjectFileActions onNotice={onNotice} />
      </div>
      <ProfileMenu
        store={profile}
        onError={(error) => store.getState().reportStorageError('save', error)}
      />
      <LanguageSelect />
    </header>
  );
}
