/**
 * A promise-based client for the checks worker: started on first use,
 * answers matched by id, a crash rejects what is in flight and the next
 * request starts a new worker (`worker-client.ts`). The document is sent only when the worker
 * has not seen it yet (a new document, or a new worker).
 *
 * A run goes in parts (`checks-transfer.ts`) with a pause for the page
 * after every slice's worth of items, so no task of the page clones more
 * than a slice. A run started while an older one is still being sent stops
 * that one (it is rejected): the newer run's parts replace its parts in the
 * worker, so a later run still wins.
 */
import type { Termbase } from '../core/glossary/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { CheckId } from '../core/qa/index.ts';
import { inlineChecksWorker } from './checks-inline.ts';
import type { CheckedFinding, ChecksRequest, ChecksResponse } from './checks-protocol.ts';
import { runParts, type RunPart } from './checks-transfer.ts';
import { SLICE_ITEMS } from './transfer.ts';
import { connectWorker, type Answer, type ClientWorker } from './worker-client.ts';

/** The subset of `Worker` the client uses; tests pass a fake. */
export type ChecksWorker = ClientWorker<ChecksRequest, ChecksResponse>;

/** Findings and the worker's time on them, ms. */
export interface ChecksResult {
  findings: CheckedFinding[];
  elapsed: number;
}

/** What a whole-document run needs. */
export interface RunInput {
  document: BilingualDocument;
  texts: (string | null)[];
  glossary: Termbase | null;
  checks: CheckId[];
}

/** Runs the checks off the main thread. */
export interface ChecksClient {
  /** Prepare the checks on the document and check every unit. */
  run(input: RunInput): Promise<ChecksResult>;
  /** Check unit `unit` again with `text` (`null`: its text in the last run), against that run's preparation. */
  recheck(unit: number, text: string | null): Promise<ChecksResult>;
  /** Stop the worker and reject whatever is in flight. */
  dispose(): void;
}

/** A run that failed inside the worker, or because the worker died. */
export class ChecksError extends Error {
  override readonly name = 'ChecksError';
}

/**
 * Start the bundled worker (the form Vite rewrites at build time); where
 * there are no workers (jsdom), the same engine in this thread.
 */
export function spawnChecksWorker(): ChecksWorker {
  if (typeof Worker === 'undefined') return inlineChecksWorker();
  return new Worker(new URL('./checks.worker.ts', import.meta.url), {
    type: 'module',
    name: 'checks',
  });
}

/** How a run is sent; tests make slices small and pauses instant. */
export interface SendOptions {
  /** Items per slice, and items posted between two pauses. */
  sliceItems?: number;
  /** Gives the page a turn between slices. */
  pause?: () => Promise<void>;
}

/** A turn for the page: `scheduler.yield` where there is one (it resumes first), else a task. */
export function pauseForPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Characters of text that clone in about the time of one item: the
 * skeleton's texts of a 50 MB file took as long as ~3 slices in Node.
 */
const CHARS_PER_ITEM = 2000;

/** What a part costs to clone, in items (the skeleton's texts by their length). */
function weight(part: RunPart): number {
  if (part.kind === 'items') return part.items.length;
  const { document } = part.cargo;
  const chars = (document?.source?.text.length ?? 0) + (document?.target.text.length ?? 0);
  return 1 + Math.floor(chars / CHARS_PER_ITEM);
}

/** Takes a run's or a re-check's one answer. */
const answer: Answer<ChecksResponse, ChecksResult> = (response, resolve, reject) => {
  if (response.ok) resolve({ findings: response.findings, elapsed: response.elapsed });
  else reject(new ChecksError(response.message));
  return true;
};

/** A client over workers made by `spawn`. */
export function createChecksClient(
  spawn: () => ChecksWorker = spawnChecksWorker,
  options: SendOptions = {},
): ChecksClient {
  const sliceItems = options.sliceItems ?? SLICE_ITEMS;
  const pause = options.pause ?? pauseForPage;
  /** The document the current worker holds. */
  let sent: BilingualDocument | null = null;
  /** The id of the run being sent; a newer run takes its place. */
  let sending = 0;
  const connection = connectWorker({
    spawn,
    crashed: (message) => new ChecksError(message || 'The checks worker stopped unexpectedly.'),
    onStop: () => {
      sent = null;
    },
  });

  /** Posts run `id` in parts, pausing between slices; stops when superseded or the worker went. */
  const send = async (
    id: number,
    w: ChecksWorker,
    { document, texts, glossary, checks }: RunInput,
  ) => {
    sending = id;
    const current = () => sending === id && connection.current() === w;
    let load = 0;
    for (const part of runParts(
      { document: sent === document ? null : document, texts },
      sliceItems,
    )) {
      if (load >= sliceItems) {
        load = 0;
        await pause();
      }
      if (!current()) break;
      w.postMessage({ kind: 'part', id, part });
      load += weight(part);
    }
    if (!current()) {
      // A crash or `dispose` already rejected it; a newer run did not.
      connection.reject(id, new ChecksError('A newer run replaced this one.'));
      return;
    }
    w.postMessage({ kind: 'run', id, glossary, checks });
    sent = document;
  };

  return {
    run(input) {
      return connection.request(answer, (id, w) => void send(id, w, input));
    },
    recheck(unit, text) {
      if (!sent) return Promise.reject(new ChecksError('Nothing has been checked yet.'));
      return connection.request(answer, (id, w) => w.postMessage({ kind: 'unit', id, unit, text }));
    },
    dispose() {
      connection.stop(new ChecksError('The checks were stopped.'));
    },
  };
}
