/**
 * Reading and writing projects in the database. Every method either does its
 * work or throws a `StorageError` naming the operation; none retries or
 * hides a failure, because the store decides what the person sees.
 */
import { validateProject } from '../core/model/validate.ts';
import { DEFAULT_TYPOLOGY_ID } from '../core/typology/index.ts';
import type { Project, ProjectView } from '../core/model/project.ts';
import { PROJECT_PART_NAMES, summarize } from './db.ts';
import type { DuizhaoDatabase, ProjectPartName, ProjectParts, ProjectSummary } from './db.ts';
import type { ProfileStorage } from './profile.ts';
import { createReviewRepository, deleteReview } from './review-repository.ts';
import type { ReviewRepository } from './review-repository.ts';
import { attempt } from './storage-error.ts';

/** The fields of a list entry that change without touching the document. */
export type ProjectMetaChanges = Partial<Pick<ProjectSummary, 'name' | 'updatedAt'>> & {
  view?: ProjectView;
};

/**
 * Persistence of projects, as the projects store needs it: the projects
 * themselves, their reviews (see `review-repository.ts`) and the local
 * profile, all in one database.
 */
export interface ProjectRepository extends ReviewRepository, ProfileStorage {
  /** Open the database; fails early when the browser offers no storage. */
  open(): Promise<void>;
  /** Every project's list entry, most recently modified first. */
  list(): Promise<ProjectSummary[]>;
  /** A whole project with its review log, validated, or `null` when there is none with this id. */
  load(id: string): Promise<Project | null>;
  /**
   * Write a project's entry and document, atomically. Not its review: the
   * review store appends to the log as the person works, and a new project's
   * review is stored through it too (`replaceReview`).
   */
  save(project: Project): Promise<void>;
  /**
   * Write one optional part of a project (`undefined` removes it) and stamp
   * its entry `updatedAt`, atomically, so the list never shows a change
   * that was not stored. A project deleted meanwhile stays deleted.
   */
  savePart<K extends ProjectPartName>(
    id: string,
    part: K,
    value: ProjectParts[K] | undefined,
    updatedAt: string,
  ): Promise<void>;
  /** Change a project's entry only. A project deleted meanwhile stays deleted. */
  updateMeta(id: string, changes: ProjectMetaChanges): Promise<void>;
  /** Delete a project and its document; forget it as the last open one. */
  remove(id: string): Promise<void>;
  /** The id of the project open when the app was last used. */
  lastProjectId(): Promise<string | null>;
  /** Remember which project is open. */
  rememberLastProject(id: string | null): Promise<void>;
  /** Whether the demo was ever created here, so deleting every project leads to the empty state, not a new demo. */
  wasSeeded(): Promise<boolean>;
  /** Record that the demo has been created. */
  markSeeded(): Promise<void>;
}

const LAST_PROJECT = 'lastProjectId';
const SEEDED = 'seededAt';
const PROFILE = 'profile';

/** Store or remove (`undefined`) part `part` of project `id`; call inside a transaction. */
async function writePart(
  db: DuizhaoDatabase,
  id: string,
  part: ProjectPartName,
  value: ProjectParts[ProjectPartName] | undefined,
): Promise<void> {
  if (value === undefined) await db.projectParts.delete([id, part]);
  else await db.projectParts.put({ projectId: id, part, value });
}

/** The repository over a Dexie database (see `db.ts`). */
export function createRepository(db: DuizhaoDatabase): ProjectRepository {
  const reviews = createReviewRepository(db);
  return {
    ...reviews,

    open: () => attempt('open', async () => void (await db.open())),

    list: () => attempt('list', () => db.projects.orderBy('updatedAt').reverse().toArray()),

    load: (id) =>
      attempt('load', () =>
        db.transaction(
          'r',
          [db.projects, db.documents, db.reviewOps, db.reviewMeta, db.projectParts],
          async () => {
            const [meta, doc, review, parts] = await Promise.all([
              db.projects.get(id),
              db.documents.get(id),
              reviews.loadReview(id),
              db.projectParts.where('projectId').equals(id).toArray(),
            ]);
            if (!meta || !doc) return null;
            const { unitCount: _unitCount, hasSource: _hasSource, ...rest } = meta;
            const project: Project = {
              ...rest,
              document: doc.document,
              review: {
                typologyId: review.typologyId ?? DEFAULT_TYPOLOGY_ID,
                ops: review.ops,
              },
            };
            for (const record of parts) Object.assign(project, { [record.part]: record.value });
            // Records written by an older or buggy build must not crash the
            // workspace, which trusts offsets blindly.
            validateProject(project);
            return project;
          },
        ),
      ),

    save: (project) =>
      attempt('save', () =>
        db.transaction('rw', [db.projects, db.documents, db.projectParts], async () => {
          await db.projects.put(summarize(project));
          await db.documents.put({ id: project.id, document: project.document });
          for (const part of PROJECT_PART_NAMES) {
            await writePart(db, project.id, part, project[part]);
          }
        }),
      ),

    savePart: (id, part, value, updatedAt) =>
      attempt('save', () =>
        db.transaction('rw', [db.projects, db.projectParts], async () => {
          if (!(await db.projects.get(id))) return;
          await db.projects.update(id, { updatedAt });
          await writePart(db, id, part, value);
        }),
      ),

    updateMeta: (id, changes) =>
      attempt('save', async () => void (await db.projects.update(id, changes))),

    remove: (id) =>
      attempt('delete', () =>
        db.transaction(
          'rw',
          [db.projects, db.documents, db.settings, db.reviewOps, db.reviewMeta, db.projectParts],
          async () => {
            await db.projects.delete(id);
            await db.documents.delete(id);
            await db.projectParts.where('projectId').equals(id).delete();
            await deleteReview(db, id);
            const last = await db.settings.get(LAST_PROJECT);
            if (last?.value === id) await db.settings.put({ key: LAST_PROJECT, value: null });
          },
        ),
      ),

    lastProjectId: () =>
      attempt('load', async () => (await db.settings.get(LAST_PROJECT))?.value ?? null),

    rememberLastProject: (id) =>
      attempt('save', async () => void (await db.settings.put({ key: LAST_PROJECT, value: id }))),

    wasSeeded: () => attempt('load', async () => (await db.settings.get(SEEDED)) !== undefined),

    loadProfile: () => attempt('load', async () => (await db.settings.get(PROFILE))?.value ?? null),

    saveProfile: (serialized) =>
      attempt(
        'save',
        async () => void (await db.settings.put({ key: PROFILE, value: serialized })),
      ),

    markSeeded: () =>
      attempt(
        'save',
        async () => void (await db.settings.put({ key: SEEDED, value: new Date().toISOString() })),
      ),
  };
}
