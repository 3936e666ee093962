/**
 * The checks worker: checking a long document takes long enough to make
 * typing stutter, so it runs here. Requests are answered one at a time, in
 * arrival order; the client matches answers by id.
 */
import { createChecksEngine } from './checks-engine.ts';
import type { ChecksRequest, ChecksResponse } from './checks-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = createChecksEngine();

scope.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const { id } = event.data;
  const started = performance.now();
  let response: ChecksResponse;
  try {
    const findings = engine.handle(event.data);
    response = { id, ok: true, findings, elapsed: performance.now() - started };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
