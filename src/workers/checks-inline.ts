/**
 * The checks engine behind the worker interface, on the main thread: for
 * environments without workers (jsdom in component tests). The engine is
 * loaded on first use, so the app's bundle does not carry it twice.
 */
import type { ChecksWorker } from './checks-client.ts';
import type { ChecksRequest, ChecksResponse } from './checks-protocol.ts';

/** A `ChecksWorker` that runs the engine in this thread, answering asynchronously in order. */
export function inlineChecksWorker(): ChecksWorker {
  const engine = import('./checks-engine.ts').then((m) => ({
    respond: m.respond,
    engine: m.createChecksEngine(),
  }));
  let stopped = false;
  const worker: ChecksWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request: ChecksRequest) {
      void engine.then(({ respond, engine }) => {
        if (stopped) return;
        const data = respond(engine, request);
        if (data) worker.onmessage?.({ data } as MessageEvent<ChecksResponse>);
      });
    },
    terminate() {
      stopped = true;
    },
  };
  return worker;
}
