/**
 * The import worker: decoding and parsing a large interchange file (a 50 MB
 * XLIFF takes seconds) would freeze the page, so it runs here, reporting
 * progress, and keeps what it read. On commit it stores the chosen projects
 * in IndexedDB itself, through the app's repository (Dexie works in a
 * worker; one schema, `store/db.ts`), and sends the project to open in
 * parts. The app cancels by terminating the worker; nothing it did touches
 * the app's state until the app takes the outcome.
 */
import { createDatabase } from '../store/db.ts';
import { createRepository, type ProjectRepository } from '../store/repository.ts';
import { commitImport } from './import-commit.ts';
import { importFailure, outcomeOf, readImportFile, type HeldRead } from './import-read.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Progress messages at most this often: each is a task on the main thread. */
const PROGRESS_INTERVAL_MS = 50;

/** What the last file held, until the next read or a commit. */
let held: HeldRead | null = null;
let repository: ProjectRepository | null = null;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const { id } = request;
  const post = (response: ImportResponse) => scope.postMessage(response);
  try {
    if (request.type === 'commit') {
      if (!held) throw new Error('nothing was read to import');
      repository ??= createRepository(createDatabase());
      const saved = await commitImport(held, request, repository, (part) =>
        post({ id, type: 'part', part }),
      );
      held = null;
      post({ id, type: 'committed', saved });
      return;
    }
    held = null;
    let last = 0;
    held = await readImportFile(
      request.file,
      request.fileName,
      (stage, fraction) => {
        const now = performance.now();
        if (stage === 'parse' && now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        post({ id, type: 'progress', stage, fraction });
      },
      request.lenient === true,
    );
    post({ id, type: 'done', outcome: outcomeOf(held) });
  } catch (error) {
    post({ id, type: 'failed', failure: importFailure(error) });
  }
};
