/**
 * The shape of the projects store: its state and actions, and what it needs
 * from outside (storage, the aligner, the demo texts). Kept apart from the
 * implementation in `projects.ts` so components and tests can read the
 * contract without the machinery.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Project } from '../core/model/project.ts';
import type { ProjectGlossary } from '../core/model/project-extras.ts';
import type { ProjectPartName, ProjectParts, ProjectSummary } from './db.ts';
import type { ProfileStore } from './profile.ts';
import type { ProjectRepository } from './repository.ts';
import type { ReviewStore } from './review-api.ts';
import type { StorageError, StorageOperation } from './storage-error.ts';
import type { ViewStash } from './view-stash.ts';

/** Segment and align two normalised texts (in a worker, in the app). */
export type AlignTexts = (
  sourceText: string | null,
  targetText: string,
) => Promise<BilingualDocument>;

/** The texts of the demo project, normalised, and its name in the current language. */
export interface DemoTexts {
  name: string;
  sourceText: string;
  targetText: string;
  sourceFileName: string;
  targetFileName: string;
  /** The demo's termbase, stored as the project's glossary. */
  glossary?: ProjectGlossary;
}

/** A new project from texts (already decoded and normalised). */
export interface TextImport {
  name: string;
  sourceText: string | null;
  targetText: string;
  sourceFileName: string | null;
  targetFileName: string | null;
}

/** What the store needs from outside; tests pass fakes. */
export interface ProjectsDeps {
  repository: ProjectRepository;
  align: AlignTexts;
  loadDemo: () => Promise<DemoTexts>;
  /** Synchronous copy of the place for when the page unloads (see `view-stash.ts`). */
  viewStash?: ViewStash;
  /** Quiet period before the active unit is written. */
  autosaveDelayMs?: number;
  now?: () => Date;
  newId?: () => string;
}

/** State and actions of the projects store. */
export interface ProjectsState {
  /** `starting` until `init` has restored the last session. */
  status: 'idle' | 'starting' | 'ready';
  /** Every project's list entry, most recently modified first. */
  projects: ProjectSummary[];
  /** The open project, or `null` for the empty state. */
  current: Project | null;
  /**
   * The open project's review, opened and closed with it: a new store each
   * time another project opens, so a review never outlives its project.
   */
  review: ReviewStore | null;
  /** The local profile, the author of new review work. */
  profile: ProfileStore;
  /** The latest storage failure, until dismissed. */
  storageError: StorageError | null;
  /** A failure to create the demo at first start (not a storage failure). */
  startupError: Error | null;

  /** Open storage and reopen the last project where the user left it; on first start, make the demo. Idempotent. */
  init: () => Promise<void>;
  /** Open a project from storage. */
  open: (id: string) => Promise<void>;
  /** Align texts into a new project and open it. Rejects when aligning fails; storage failures are reported, not thrown. */
  createFromTexts: (input: TextImport) => Promise<Project>;
  /** Add a Chinese source to the open (MT-only) project: realign everything, keep id, name and the reader's place. */
  addSource: (sourceText: string, sourceFileName: string | null) => Promise<void>;
  /** Create a fresh demo project and open it. */
  restoreDemo: () => Promise<Project>;
  /** Add a project read from a project file, under a new id so it never overwrites one, and open it. */
  importProject: (project: Project) => Promise<Project>;
  /**
   * Open a project the import worker already stored (with its review), and
   * list every project it stored (`saved`): nothing is written but the
   * last-open id, so no copy of a large project is made on the main thread.
   */
  openImported: (project: Project, saved: readonly ProjectSummary[]) => Promise<void>;
  /** Rename a project (open or not); counts as a modification. */
  rename: (id: string, name: string) => Promise<void>;
  /** Delete a project; when it was open, open the most recent other one (or none). */
  remove: (id: string) => Promise<void>;
  /**
   * Replace one optional part of the open project (check settings, termbase,
   * interchange record; `undefined` removes it) and store it. Counts as a
   * modification.
   */
  setPart: <K extends ProjectPartName>(
    part: K,
    value: ProjectParts[K] | undefined,
  ) => Promise<void>;
  /** Move to another unit of the open project; written after a quiet period. */
  setActiveUnit: (index: number) => void;
  /** Write any pending change now. */
  flush: () => Promise<void>;
  /** Show a storage failure from elsewhere (the profile menu) in the banner. */
  reportStorageError: (operation: StorageOperation, error: unknown) => void;
  /** Hide the storage banner until the next failure. */
  dismissStorageError: () => void;
}

/** A projects store; React components read it through `useProjects`. */
export type ProjectsStore = StoreApi<ProjectsState>;
