/**
 * A promise-based client for the alignment worker: started on first use,
 * answers matched by id, a crash rejects what is in flight and the next
 * request starts a new worker (`worker-client.ts`).
 */
import type { BuildOptions } from '../core/align/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { AlignRequest, AlignResponse } from './align-protocol.ts';
import { connectWorker, type ClientWorker } from './worker-client.ts';

/** The subset of `Worker` the client uses; tests pass a fake. */
export type AlignWorker = ClientWorker<AlignRequest, AlignResponse>;

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

/** A client over workers made by `spawn`. */
export function createAlignClient(spawn: () => AlignWorker = spawnAlignWorker): AlignClient {
  const connection = connectWorker({
    spawn,
    crashed: (message) => new AlignError(message || 'The alignment worker stopped unexpectedly.'),
  });

  return {
    align(sourceText, targetText, options = {}) {
      return connection.request<BilingualDocument>(
        (response, resolve, reject) => {
          if (response.ok) resolve(response.document);
          else reject(new AlignError(response.message));
          return true;
        },
        (id, worker) => worker.postMessage({ id, sourceText, targetText, options }),
      );
    },
    dispose() {
      connection.stop(new AlignError('The aligner was stopped.'));
    },
  };
}
