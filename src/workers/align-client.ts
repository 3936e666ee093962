/**
 * A promise-based client for the alignment worker.
 *
 * The worker is started on first use and kept for later requests (starting
 * one costs a module fetch and parse). If it crashes, every request in flight
 * is rejected and the next request starts a new worker, so one bad input does
 * not leave the app without an aligner.
 */
import type { BuildOptions } from '../core/align/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { AlignRequest, AlignResponse } from './align-protocol.ts';

/** The subset of `Worker` the client uses; tests pass a fake. */
export interface AlignWorker {
  postMessage(message: AlignRequest): void;
  onmessage: ((event: MessageEvent<AlignResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Aligns texts off the main thread. */
export interface AlignClient {
  /** Segment and align two normalised texts (`sourceText` `null` for MT only). */
  align(
    sourceText: string | null,
    targetText: string,
    options?: BuildOptions,
  ): Promise<BilingualDocument>;
  /** Stop the worker and reject whatever is in flight. */
  dispose(): void;
}

/** An alignment that failed inside the worker, or because the worker died. */
export class AlignError extends Error {
  override readonly name = 'AlignError';
}

/** Start the bundled worker. The `new URL(…, import.meta.url)` form is what Vite rewrites at build time. */
export function spawnAlignWorker(): AlignWorker {
  return new Worker(new URL('./align.worker.ts', import.meta.url), {
    type: 'module',
    name: 'align',
  });
}

interface Pending {
  resolve: (document: BilingualDocument) => void;
  reject: (error: Error) => void;
}

/** A client over workers made by `spawn`. */
export function createAlignClient(spawn: () => AlignWorker = spawnAlignWorker): AlignClient {
  let worker: AlignWorker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };

  const ensureWorker = (): AlignWorker => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (event) => {
      const response = event.data;
      const p = pending.get(response.id);
      if (!p) return;
      pending.delete(response.id);
      if (response.ok) p.resolve(response.document);
      else p.reject(new AlignError(response.message));
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      stop();
      failAll(new AlignError(event.message || 'The alignment worker stopped unexpectedly.'));
    };
    worker = w;
    return w;
  };

  return {
    align(sourceText, targetText, options = {}) {
      const id = nextId++;
      return new Promise<BilingualDocument>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        ensureWorker().postMessage({ id, sourceText, targetText, options });
      });
    },
    dispose() {
      stop();
      failAll(new AlignError('The aligner was stopped.'));
    },
  };
}
