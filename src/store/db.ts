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
 */
import { Dexie } from 'dexie';
import type { DexieOptions, EntityTable } from 'dexie';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Project } from '../core/model/project.ts';

/** The database name in every browser profile. */
export const DATABASE_NAME = 'duizhao';

/**
 * A project's entry in the list: everything but the document, plus the
 * figures the list shows so it never has to open a document.
 */
export interface ProjectSummary extends Omit<Project, 'document'> {
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

/** One remembered setting. */
export interface SettingRecord {
  key: string;
  value: string | null;
}

/** The typed Dexie database. */
export type DuizhaoDatabase = Dexie & {
  projects: EntityTable<ProjectSummary, 'id'>;
  documents: EntityTable<DocumentRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
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
  return db;
}

/** The list entry of a project. */
export function summarize(project: Project): ProjectSummary {
  const { document, ...meta } = project;
  return {
    ...meta,
    unitCount: document.alignment.units.length,
    hasSource: document.source !== null,
  };
}
