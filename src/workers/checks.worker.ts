/**
 * The checks worker: checking a long document takes long enough to make
 * typing stutter, so it runs here. Requests are answered one at a time, in
 * arrival order; the client matches answers by id.
 */
import { createChecksEngine, respond } from './checks-engine.ts';
import type { ChecksRequest } from './checks-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = createChecksEngine();

scope.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const response = respond(engine, event.data);
  if (response) scope.postMessage(response);
};
