/**
 * Set-up shared by the store tests: fake-indexeddb databases closed after
 * each test, a clock that ticks a second a call, and review and projects
 * stores over them. For tests only.
 */
import { afterEach } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import type { Author } from '../core/model/flag.ts';
import { createDatabase } from './db.ts';
import type { DuizhaoDatabase } from './db.ts';
import { createProjectsStore } from './projects.ts';
import type { ProjectsDeps, ProjectsStore } from './projects.ts';
import { createRepository } from './repository.ts';
import { createReviewStore } from './review.ts';
import type { ReviewDeps, ReviewStore } from './review.ts';

let databases = 0;

/** A database name no other test uses, so tests never see each other's data. */
export function freshDatabaseName(prefix = 'duizhao-test'): string {
  return `${prefix}-${++databases}-${Math.random().toString(36).slice(2)}`;
}

/** The databases of one test file (see `testDatabases`). */
export interface TestDatabases {
  /** Open database `name` (a fresh one by default), closed after the test. */
  open: (name?: string) => DuizhaoDatabase;
  /** Close `db`, made elsewhere, after the test too; returns it. */
  track: (db: DuizhaoDatabase) => DuizhaoDatabase;
}

/**
 * Close every database opened through the result after each test, so a
 * reopening test reads what was written and no connection leaks into the
 * next test. Call once at the top of a test file.
 */
export function testDatabases(): TestDatabases {
  const opened: DuizhaoDatabase[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  const track = (db: DuizhaoDatabase) => {
    opened.push(db);
    return db;
  };
  return { track, open: (name = freshDatabaseName()) => track(createDatabase(name)) };
}

/**
 * A clock for a store: each call one second after the previous one, from
 * 2024-03-05 08:00 UTC, so "most recent" is always well defined.
 */
export function testClock(): () => Date {
  let clock = Date.parse('2024-03-05T08:00:00Z');
  return () => new Date((clock += 1000));
}

let opIds = 0;

/** Options of `openTestReview`. */
export interface TestReviewOptions {
  projectId?: string;
  /** Who works; reviewer Li Wei unless given. */
  author?: () => Author;
  report?: ReviewDeps['report'];
}

/**
 * A review store of project `p1` (unless `projectId`) over `db`, loaded.
 * Operation ids are unique across the test file, so a store reopened on the
 * same database never reuses the ids of the session before.
 */
export async function openTestReview(
  db: DuizhaoDatabase,
  options: TestReviewOptions = {},
): Promise<ReviewStore> {
  const store = createReviewStore({
    projectId: options.projectId ?? 'p1',
    repository: createRepository(db),
    author: options.author ?? (() => ({ name: 'Li Wei', role: 'reviewer' })),
    defaultTypologyId: 'mqm-core',
    report: options.report ?? (() => {}),
    now: testClock(),
    newId: () => `op-${++opIds}`,
  });
  await store.getState().load();
  return store;
}

/** Options of `testProjectsStore`. */
export interface TestProjectsOptions {
  /**
   * The project created on first start: "Demo" of these texts, or what a
   * loader gives (the app's own demo, `loadDemoTexts`).
   */
  demo: { sourceText: string; targetText: string } | ProjectsDeps['loadDemo'];
  /** The aligner, run asynchronously as the worker would; `buildDocument` by default. */
  align?: typeof buildDocument;
  autosaveDelayMs?: number;
  viewStash?: ProjectsDeps['viewStash'];
}

/** A projects store over `db`, aligning in-thread; call `init()` yourself. */
export function testProjectsStore(
  db: DuizhaoDatabase,
  options: TestProjectsOptions,
): ProjectsStore {
  const { demo } = options;
  const align = options.align ?? buildDocument;
  return createProjectsStore({
    repository: createRepository(db),
    align: (s, t) => Promise.resolve().then(() => align(s, t)),
    loadDemo:
      typeof demo === 'function'
        ? demo
        : () =>
            Promise.resolve({
              name: 'Demo',
              ...demo,
              sourceFileName: 'demo.zh.txt',
              targetFileName: 'demo.en.txt',
            }),
    autosaveDelayMs: options.autosaveDelayMs ?? 10,
    ...(options.viewStash ? { viewStash: options.viewStash } : {}),
    now: testClock(),
  });
}
