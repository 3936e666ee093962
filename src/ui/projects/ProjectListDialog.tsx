/**
 * The project list, in a dialog: every local project, most recently modified
 * first, to open, rename or delete. Deleting asks first; deleting the open
 * project opens the next most recent one, or the empty state.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../store/db.ts';
import { useProjects, useProjectsStore } from '../app/store-context.tsx';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { ProjectItem } from './ProjectItem.tsx';
import './projects.css';

/** The project list dialog. */
export function ProjectListDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('common');
  const store = useProjectsStore();
  const projects = useProjects((s) => s.projects);
  const currentId = useProjects((s) => s.current?.id ?? null);
  const [toDelete, setToDelete] = useState<ProjectSummary | null>(null);

  return (
    <Dialog
      title={t('projects.title')}
      onClose={onClose}
      className="dialog--projects"
      data-testid="projects-dialog"
    >
      {projects.length === 0 && <p className="project-list-empty">{t('projects.none')}</p>}
      <ul className="project-list" data-testid="project-list" aria-label={t('projects.listLabel')}>
        {projects.map((project) => (
          <ProjectItem
            key={project.id}
            project={project}
            isOpen={project.id === currentId}
            onOpen={() => {
              void store.getState().open(project.id);
              onClose();
            }}
            onRename={(name) => void store.getState().rename(project.id, name)}
            onDelete={() => setToDelete(project)}
          />
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
      {toDelete && (
        <ConfirmDialog
          title={t('projects.deleteTitle')}
          message={t('projects.deleteMessage', { name: toDelete.name })}
          confirmLabel={t('projects.delete')}
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            const id = toDelete.id;
            setToDelete(null);
            void store.getState().remove(id);
          }}
        />
      )}
    </Dialog>
  );
}
