/**
 * One entry of the project list: name (renamed in place), figures, dates and
 * the entry's actions. Every button's accessible name includes the project's
 * name, since a screen reader lists them out of context.
 */
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../store/db.ts';
import { formatDateTime } from './format-date.ts';

/** Props of `ProjectItem`. */
export interface ProjectItemProps {
  project: ProjectSummary;
  isOpen: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}

/** A project list entry (`data-testid="project-item"`). */
export function ProjectItem({ project, isOpen, onOpen, onRename, onDelete }: ProjectItemProps) {
  const { t, i18n } = useTranslation('common');
  const [draft, setDraftState] = useState<string | null>(null);
  // The latest draft, for handlers that run before React re-renders: moving
  // focus away on Enter fires `blur`, which must not save a second time.
  const draftRef = useRef<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const language = i18n.resolvedLanguage ?? 'en';

  const setDraft = (value: string | null) => {
    draftRef.current = value;
    setDraftState(value);
  };

  const finish = (save: boolean) => {
    const value = draftRef.current;
    if (value === null) return;
    setDraft(null);
    // The input is about to disappear; focus goes back to where renaming started.
    renameButton.current?.focus();
    const name = value.trim();
    // An empty name would leave a blank entry and a nameless export: treat
    // it as a change of mind.
    if (save && name && name !== project.name) onRename(name);
  };

  return (
    <li
      className="project-item"
      data-testid="project-item"
      aria-current={isOpen ? 'true' : undefined}
    >
      <div className="project-item-main">
        {draft === null ? (
          <span className="project-item-name">{project.name}</span>
        ) : (
          <form
            className="project-item-rename"
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              finish(true);
            }}
          >
            <input
              aria-label={t('projects.newName', { name: project.name })}
              value={draft}
              autoFocus
              maxLength={1000}
              data-testid="project-rename-input"
              onChange={(event) => setDraft(event.target.value)}
              onBlur={() => finish(true)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  // Cancel the rename only: marked handled, the dialog stays open.
                  event.preventDefault();
                  finish(false);
                }
              }}
            />
          </form>
        )}
        <span className="project-item-meta">
          {t('projects.units', { count: project.unitCount })}
          {' · '}
          {project.hasSource ? null : `${t('projects.mtOnly')} · `}
          {project.origin === 'demo' ? `${t('projects.demo')} · ` : null}
          {t('projects.modified', { date: formatDateTime(project.updatedAt, language) })}
          {' · '}
          {t('projects.created', { date: formatDateTime(project.createdAt, language) })}
        </span>
      </div>
      <div className="project-item-actions">
        <button
          type="button"
          data-testid="project-open"
          onClick={onOpen}
          aria-label={
            // The accessible name starts with the visible label, so speech
            // commands that say what is on screen still find the button.
            isOpen
              ? t('projects.isOpenNamed', { name: project.name })
              : t('projects.openNamed', { name: project.name })
          }
        >
          {isOpen ? t('projects.isOpen') : t('projects.open')}
        </button>
        <button
          type="button"
          ref={renameButton}
          data-testid="project-rename"
          onClick={() => setDraft(project.name)}
          aria-label={t('projects.renameNamed', { name: project.name })}
        >
          {t('projects.rename')}
        </button>
        <button
          type="button"
          className="button--danger"
          data-testid="project-delete"
          onClick={onDelete}
          aria-label={t('projects.deleteNamed', { name: project.name })}
        >
          {t('projects.delete')}
        </button>
      </div>
    </li>
  );
}
