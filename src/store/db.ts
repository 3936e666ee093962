/**
 * The IndexedDB database (through Dexie) that keeps the user's projects.
 *
 * A project is split over two tables: `projects` holds the lightweight entry
 * (name, dates, counts, where the user was) and `documents` the bilingual
 * document, which may be megabytes. The project list reads only `projects`,
 * so it stays fast with a hundred projects of ten thousand units each, and
 * moving through a document rewrites only the small entry.
 *
 * Schema history (never edit a shipped version; add one with an upgrade):
 * - 1: `projects` by id with an `updatedAt` index, `documents` by id,
 *   `settings` key/value (the id of the last open project, when the demo
 *   was first created).
 * - 2: `reviewOps`, the review log of each project, one row per operation
 *   keyed by `[projectId+seq]` so a project's log reads back in order with
 *   one range query and an edit appends a single small row; `reviewMeta`,
 *   per project, the typology and the undo/redo stacks (op ids). Both start
 *   empty: no project had a review before version 2, so the upgrade has no
 *   rows to convert.
 * - 3: `projectParts`, the optional parts of a project (`checks`,
 *   `glossary`, `interchange`: `core/model/project-extras.ts`), one row per
 *   part keyed by `[projectId+part]`. Kept out of `projects` so the list
 *   stays small, and apart from each other so dismissing a finding does not
 *   rewrite an interchange record of megabytes. No project had them before,
 *   so the upgrade has nothing to convert.
 */
import { Dexie } from 'dexie';
import type { DexieOptions, EntityTable, Table } from 'dexie';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Project } from '../core/model/project.ts';
import type {
  ProjectChecks,
  ProjectGlossary,
  ProjectInterchange,
} from '../core/model/project-extras.ts';
import type { ReviewOp } from '../core/model/review-log.ts';

/** The database name in every browser profile. */
export const DATABASE_NAME = 'duizhao';

/**
 * A project's entry in the list: everything but the document and the
 * review (kept in their own tables), plus the figures the list shows so it
 * never has to open a document.
 */
export interface ProjectSummary extends Omit<Project, 'document' | 'review' | ProjectPartName> {
  /** Number of aligned units in the document. */
  unitCount: number;
  /** Whether the document has a Chinese source yet. */
  hasSource: boolean;
}

/** A project's document, stored under the project's id. */
export interface DocumentRecord {
  id: string;
  document: BilingualDocument;
}

/** The optional parts of a project, each stored in its own row (version 3). */
export interface ProjectParts {
  checks: ProjectChecks;
  glossary: ProjectGlossary;
  interchange: ProjectInterchange;
}

/** The name of an optional part of a project. */
export type ProjectPartName = keyof ProjectParts;

/** The names of the optional parts, for code that walks them. */
export const PROJECT_PART_NAMES: readonly ProjectPartName[] = ['checks', 'glossary', 'interchange'];

/** One optional part of a project. */
export interface ProjectPartRecord {
  projectId: string;
  part: ProjectPartName;
  value: ProjectParts[ProjectPartName];
}

/** One remembered setting. */
export interface SettingRecord {
  key: string;
  value: string | null;
}

/** One operation of a project's review log; `seq` orders the log from 0. */
export interface ReviewOpRecord {
  projectId: string;
  seq: number;
  op: ReviewOp;
}

/** A project's review settings and undo history, which are not operations. */
export interface ReviewMetaRecord {
  projectId: string;
  /** The typology the project's categories come from; `null` for the default. */
  typologyId: string | null;
  /** Ids of the operations Ctrl+Z undoes, most recent last. */
  undo: string[];
  /** Ids of the inverse operations Ctrl+Shift+Z redoes, most recent last. */
  redo: string[];
}

/** The typed Dexie database. */
export type DuizhaoDatabase = Dexie & {
  projects: EntityTable<ProjectSummary, 'id'>;
  documents: EntityTable<DocumentRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  reviewOps: Table<ReviewOpRecord, [string, number]>;
  reviewMeta: EntityTable<ReviewMetaRecord, 'projectId'>;
  projectParts: Table<ProjectPartRecord, [string, string]>;
};

/**
 * Create (but do not yet open) the database. Tests pass their own name, or
 * `options.indexedDB` to simulate a browser without IndexedDB.
 */
export function createDatabase(
  name: string = DATABASE_NAME,
  options?: DexieOptions,
): DuizhaoDatabase {
  const db = new Dexie(name, options) as DuizhaoDatabase;
  db.version(1).stores({
    projects: 'id, updatedAt',
    documents: 'id',
    settings: 'key',
  });
  db.version(2).stores({
    reviewOps: '[projectId+seq], projectId',
    reviewMeta: 'projectId',
  });
  db.version(3).stores({
    projectParts: '[projectId+part], projectId',
  });
  return db;
}

/** The list entry of a project. */
export function summarize(project: Project): ProjectSummary {
  const { document, review: _review, ...meta } = project;
  // Walked rather than named, so a part added to `ProjectParts` can never
  // slip into the list (a spread lets extra properties through unchecked).
  for (const part of PROJECT_PART_NAMES) delete meta[part];
  return {
    ...meta,
    unitCount: document.alignment.units.length,
    hasSource: document.source !== null,
  };
}

/** `list` with `summary` put in (replacing its old entry), most recently modified first. */
export function withSummary(
  list: readonly ProjectSummary[],
  summary: ProjectSummary,
): ProjectSummary[] {
  const rest = list.filter((p) => p.id !== summary.id);
  return [summary, ...rest].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
