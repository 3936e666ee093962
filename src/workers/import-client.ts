/**
 * A promise-based client for the import worker, with progress and cancel:
 * read a file (the worker keeps it and answers with a summary), then commit
 * (the worker stores the chosen projects and sends the one to open in
 * parts, put back together here).
 *
 * The worker is started on first use and kept for later files. Cancelling
 * terminates it (the only way to stop a parse in the middle) and rejects
 * what was in flight; the next file starts a new one. A crash does the same,
 * so one bad file never leaves the app unable to import.
 */
import { formatLocation } from '../core/io/import-error.ts';
import type { Project } from '../core/model/project.ts';
import type { ProjectSummary } from '../store/db.ts';
import type {
  DraftChoice,
  ImportFailure,
  ImportOutcome,
  ImportRequest,
  ImportResponse,
  ImportStage,
} from './import-protocol.ts';
import { ProjectAssembler } from './import-transfer.ts';

/** The subset of `Worker` the client uses; tests pass a fake. */
export interface ImportWorker {
  postMessage(message: ImportRequest): void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Progress of one import: the stage and the share of the whole done, in [0, 1]. */
export type ImportProgress = (stage: ImportStage, fraction: number) => void;

/** What a commit stored, and the project to open (the last stored). */
export interface CommittedImport {
  project: Project;
  saved: ProjectSummary[];
}

/** Reads files off the main thread. */
export interface ImportClient {
  /**
   * Read `file` (`lenient`: as far as it can be read when it breaks its
   * format's rules); rejects with `ImportFailed` (the file's fault) or
   * `ImportCancelled`.
   */
  read(
    file: Blob,
    fileName: string,
    onProgress?: ImportProgress,
    options?: { lenient?: boolean },
  ): Promise<ImportOutcome>;
  /**
   * Store what the last read held (the drafts `choice` picks, with `ids`,
   * created `now`); rejects with `ImportFailed` (storage failed) or
   * `ImportCancelled`.
   */
  commit(choice: DraftChoice, ids: string[], now: Date): Promise<CommittedImport>;
  /** Stop whatever is being read. */
  cancel(): void;
}

/** A file that could not be imported, with where (an `ImportError` from the worker). */
export class ImportFailed extends Error {
  override readonly name = 'ImportFailed';
  readonly failure: ImportFailure;
  constructor(failure: ImportFailure) {
    const where = formatLocation(failure.location);
    super(where ? `${where}: ${failure.problem}` : failure.problem);
    this.failure = failure;
  }
}

/** A read stopped by `cancel`. */
export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
}

/** Start the bundled worker (the `new URL(…, import.meta.url)` form is what Vite rewrites). */
export function spawnImportWorker(): ImportWorker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
}

type Pending =
  | {
      kind: 'read';
      resolve: (outcome: ImportOutcome) => void;
      reject: (error: Error) => void;
      onProgress: ImportProgress | undefined;
    }
  | {
      kind: 'commit';
      resolve: (committed: CommittedImport) => void;
      reject: (error: Error) => void;
      parts: ProjectAssembler;
    };

/** Hands `response` to the request waiting for it; `true` when that request is over. */
function answer(p: Pending, response: ImportResponse): boolean {
  if (response.type === 'failed') {
    p.reject(new ImportFailed(response.failure));
    return true;
  }
  if (p.kind === 'read') {
    if (response.type === 'progress') p.onProgress?.(response.stage, response.fraction);
    if (response.type !== 'done') return false;
    p.resolve(response.outcome);
    return true;
  }
  if (response.type === 'part') p.parts.add(response.part);
  if (response.type !== 'committed') return false;
  p.resolve({ project: p.parts.result(), saved: response.saved });
  return true;
}

/** A client over workers made by `spawn`. */
export function createImportClient(spawn: () => ImportWorker = spawnImportWorker): ImportClient {
  let worker: ImportWorker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (error: Error): void => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const ensureWorker = (): ImportWorker => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (event) => {
      const response = event.data;
      const p = pending.get(response.id);
      if (!p) return;
      try {
        if (answer(p, response)) pending.delete(response.id);
      } catch (error) {
        pending.delete(response.id);
        p.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stop(
        new ImportFailed({
          code: 'internal',
          problem: event.message || 'the import worker stopped unexpectedly',
          location: {},
        }),
      );
    };
    worker = w;
    return w;
  };

  return {
    read(file, fileName, onProgress, options) {
      const id = nextId++;
      const lenient = options?.lenient === true ? { lenient: true } : {};
      return new Promise<ImportOutcome>((resolve, reject) => {
        pending.set(id, { kind: 'read', resolve, reject, onProgress });
        ensureWorker().postMessage({ type: 'read', id, file, fileName, ...lenient });
      });
    },
    commit(choice, ids, now) {
      const id = nextId++;
      return new Promise<CommittedImport>((resolve, reject) => {
        pending.set(id, { kind: 'commit', resolve, reject, parts: new ProjectAssembler() });
        ensureWorker().postMessage({ type: 'commit', id, choice, ids, now: now.toISOString() });
      });
    },
    cancel() {
      stop(new ImportCancelled('The import was cancelled.'));
    },
  };
}
