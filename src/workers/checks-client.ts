/**
 * A promise-based client for the checks worker, shaped like the alignment
 * client (`align-client.ts`): the worker starts on first use, answers are
 * matched by id, and a crash rejects what is in flight and lets the next
 * request start a new worker. The document is sent only when the worker
 * has not seen it yet (a new document, or a new worker).
 */
import type { Termbase } from '../core/glossary/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { CheckId } from '../core/qa/index.ts';
import { inlineChecksWorker } from './checks-inline.ts';
import type { CheckedFinding, ChecksRequest, ChecksResponse } from './checks-protocol.ts';

/** The subset of `Worker` the client uses; tests pass a fake. */
export interface ChecksWorker {
  postMessage(message: ChecksRequest): void;
  onmessage: ((event: MessageEvent<ChecksResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

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

interface Pending {
  resolve: (result: ChecksResult) => void;
  reject: (error: Error) => void;
}

/** A client over workers made by `spawn`. */
export function createChecksClient(spawn: () => ChecksWorker = spawnChecksWorker): ChecksClient {
  let worker: ChecksWorker | null = null;
  /** The document the current worker holds. */
  let sent: BilingualDocument | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const stop = (): void => {
    worker?.terminate();
    worker = null;
    sent = null;
  };

  const ensureWorker = (): ChecksWorker => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (event) => {
      const response = event.data;
      const p = pending.get(response.id);
      if (!p) return;
      pending.delete(response.id);
      if (response.ok) p.resolve({ findings: response.findings, elapsed: response.elapsed });
      else p.reject(new ChecksError(response.message));
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stop();
      failAll(new ChecksError(event.message || 'The checks worker stopped unexpectedly.'));
    };
    worker = w;
    return w;
  };

  const request = (make: (id: number, w: ChecksWorker) => ChecksRequest): Promise<ChecksResult> => {
    const id = nextId++;
    return new Promise<ChecksResult>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const w = ensureWorker();
      w.postMessage(make(id, w));
    });
  };

  return {
    run({ document, texts, glossary, checks }) {
      return request((id) => {
        const message: ChecksRequest = { kind: 'run', id, texts, glossary, checks };
        if (sent !== document) message.document = document;
        sent = document;
        return message;
      });
    },
    recheck(unit, text) {
      if (!sent) return Promise.reject(new ChecksError('Nothing has been checked yet.'));
      return request((id) => ({ kind: 'unit', id, unit, text }));
    },
    dispose() {
      stop();
      failAll(new ChecksError('The checks were stopped.'));
    },
  };
}
