/**
 * A promise-based client for the import worker, with progress and cancel:
 * read a file (the worker keeps it and answers with a summary), then commit
 * (the worker stores the chosen projects and sends the one to open in
 * parts, put back together here).
 *
 * The worker is started on first use and kept for later files
 * (`worker-client.ts`). Cancelling terminates it (the only way to stop a
 * parse in the middle) and rejects what was in flight; the next file starts
 * a new one. A crash does the same, so one bad file never leaves the app
 * unable to import.
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
import { connectWorker, type Answer, type ClientWorker } from './worker-client.ts';

/** The subset of `Worker` the client uses; tests pass a fake. */
export type ImportWorker = ClientWorker<ImportRequest, ImportResponse>;

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

/** Takes a read's answers: progress until the outcome. */
function readAnswer(onProgress: ImportProgress | undefined): Answer<ImportResponse, ImportOutcome> {
  return (response, resolve, reject) => {
    if (response.type === 'failed') reject(new ImportFailed(response.failure));
    else if (response.type === 'progress') onProgress?.(response.stage, response.fraction);
    else if (response.type === 'done') resolve(response.outcome);
    return response.type === 'failed' || response.type === 'done';
  };
}

/** Takes a commit's answers: the opened project's parts until what was stored. */
function commitAnswer(): Answer<ImportResponse, CommittedImport> {
  const parts = new ProjectAssembler();
  return (response, resolve, reject) => {
    if (response.type === 'failed') reject(new ImportFailed(response.failure));
    else if (response.type === 'part') parts.add(response.part);
    else if (response.type === 'committed')
      resolve({ project: parts.result(), saved: response.saved });
    return response.type === 'failed' || response.type === 'committed';
  };
}

/** A client over workers made by `spawn`. */
export function createImportClient(spawn: () => ImportWorker = spawnImportWorker): ImportClient {
  const connection = connectWorker({
    spawn,
    crashed: (message) =>
      new ImportFailed({
        code: 'internal',
        problem: message || 'the import worker stopped unexpectedly',
        location: {},
      }),
  });

  return {
    read(file, fileName, onProgress, options) {
      const lenient = options?.lenient === true ? { lenient: true } : {};
      return connection.request(readAnswer(onProgress), (id, worker) =>
        worker.postMessage({ type: 'read', id, file, fileName, ...lenient }),
      );
    },
    commit(choice, ids, now) {
      return connection.request(commitAnswer(), (id, worker) =>
        worker.postMessage({ type: 'commit', id, choice, ids, now: now.toISOString() }),
      );
    },
    cancel() {
      connection.stop(new ImportCancelled('The import was cancelled.'));
    },
  };
}
