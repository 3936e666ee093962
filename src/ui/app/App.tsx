/**
 * The application shell: header, storage and notice banners, and the
 * workspace (or the empty state) filling the rest of the window. Dialogs are
 * opened from here so only one of them is ever open at the top level.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../core/model/project.ts';
import { Alert } from '../common/Alert.tsx';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { InterchangeCodesProvider } from '../interchange/codes-context.tsx';
import { UnitNotes } from '../interchange/UnitNotes.tsx';
import { ChecksToggle } from '../checks/ChecksToggle.tsx';
import { ReviewStoreProvider } from '../flags/review-context.tsx';
import { ReviewWorkspace } from '../flags/ReviewWorkspace.tsx';
import { EmptyState } from '../projects/EmptyState.tsx';
import { ProjectListDialog } from '../projects/ProjectListDialog.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { RevisionActions } from '../revisions/RevisionActions.tsx';
import { RevisionsLayer } from '../revisions/RevisionsLayer.tsx';
import { ScorecardDialog } from '../scorecard/ScorecardDialog.tsx';
import { AppHeader } from './AppHeader.tsx';
import type { Notice, ShowNotice } from './notice.ts';
import { StorageErrorBanner } from './StorageErrorBanner.tsx';
import { useProjects, useProjectsStore } from './store-context.tsx';

type OpenDialog = 'import' | 'add-source' | 'projects' | 'scorecard' | 'export' | null;

/** What the open project's workspace needs from the shell. */
interface ProjectWorkspaceProps {
  project: Project;
  flagsOpen: boolean;
  onCloseFlags: () => void;
  onNotice: ShowNotice;
  /** Show revised units as tracked changes. */
  tracked: boolean;
  checksOpen: boolean;
  onCloseChecks: () => void;
}

/** The open project: the demo's caveat, then the aligned view with its review. */
function ProjectWorkspace({
  project,
  flagsOpen,
  onCloseFlags,
  onNotice,
  tracked,
  checksOpen,
  onCloseChecks,
}: ProjectWorkspaceProps) {
  const { t } = useTranslation('common');
  const store = useProjectsStore();
  const review = useProjects((s) => s.review);
  return (
    <>
      {project.origin === 'demo' && (
        <p className="demo-notice" data-testid="demo-notice">
          {t('demo.notice')}
        </p>
      )}
      <UnitNotes interchange={project.interchange} unit={project.view.activeUnit} />
      {review && (
        <InterchangeCodesProvider project={project}>
          <ReviewStoreProvider store={review}>
            <RevisionsLayer
              project={project}
              onActiveUnitChange={store.getState().setActiveUnit}
              tracked={tracked}
            >
              <ReviewWorkspace
                project={project}
                onActiveUnitChange={store.getState().setActiveUnit}
                flagsOpen={flagsOpen}
                onCloseFlags={onCloseFlags}
                onNotice={onNotice}
                checksOpen={checksOpen}
                onCloseChecks={onCloseChecks}
              />
            </RevisionsLayer>
          </ReviewStoreProvider>
        </InterchangeCodesProvider>
      )}
    </>
  );
}

/** The whole app, over the store given by `ProjectsStoreProvider`. */
export function App() {
  const { t } = useTranslation('common');
  const status = useProjects((s) => s.status);
  const current = useProjects((s) => s.current);
  const startupError = useProjects((s) => s.startupError);
  const openReview = useProjects((s) => s.review);
  const projects = useProjectsStore();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [flagsOpen, setFlagsOpen] = useState(false);
  const [tracked, setTracked] = useState(false);
  const [checksOpen, setChecksOpen] = useState(false);

  const title = current?.name;
  useEffect(() => {
    document.title = title ? t('app.documentTitle', { name: title }) : t('app.nameEn');
  }, [title, t]);

  const close = () => setDialog(null);

  return (
    <div className="app">
      <a className="skip-link" href="#workspace">
        {t('app.skipToWorkspace')}
      </a>
      <AppHeader
        onImport={() => setDialog('import')}
        onAddSource={() => setDialog('add-source')}
        onProjects={() => setDialog('projects')}
        onScorecard={() => setDialog('scorecard')}
        revisionActions={
          current &&
          openReview && (
            <RevisionActions
              tracked={tracked}
              onToggleTracked={() => setTracked((on) => !on)}
              onExport={() => setDialog('export')}
            />
          )
        }
        onNotice={setNotice}
        flagsOpen={flagsOpen}
        onToggleFlags={() => setFlagsOpen((open) => !open)}
        checksToggle={
          current &&
          openReview && (
            <ChecksToggle open={checksOpen} onToggle={() => setChecksOpen((open) => !open)} />
          )
        }
      />
      <StorageErrorBanner />
      {startupError && <Alert>{t('demo.failed', { detail: startupError.message })}</Alert>}
      {notice && (
        <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
          {t(notice.key, notice.values)}
        </Alert>
      )}
      <main id="workspace" className="app-main" tabIndex={-1}>
        {status !== 'ready' ? (
          <p className="app-loading" role="status">
            {t('app.loading')}
          </p>
        ) : current ? (
          <ProjectWorkspace
            project={current}
            flagsOpen={flagsOpen}
            onCloseFlags={() => setFlagsOpen(false)}
            onNotice={setNotice}
            tracked={tracked}
            checksOpen={checksOpen}
            onCloseChecks={() => setChecksOpen(false)}
          />
        ) : (
          <EmptyState onImport={() => setDialog('import')} onNotice={setNotice} />
        )}
      </main>
      {(dialog === 'import' || dialog === 'add-source') && (
        <ImportDialog mode={dialog === 'import' ? 'new' : 'add-source'} onClose={close} />
      )}
      {dialog === 'projects' && <ProjectListDialog onClose={close} />}
      {dialog === 'export' && current && openReview && (
        <ExportDialog project={current} review={openReview} onClose={close} />
      )}
      {dialog === 'scorecard' && current && openReview && (
        <ScorecardDialog
          project={current}
          review={openReview}
          onClose={close}
          onNotice={setNotice}
          onJump={(unit) => {
            close();
            projects.getState().setActiveUnit(unit);
          }}
        />
      )}
    </div>
  );
}
