/**
 * The alignment worker: segmenting and aligning a long document takes long
 * enough to freeze the page, so it runs here. One request at a time, in
 * arrival order; the client matches answers by id.
 */
import { buildDocument } from '../core/align/index.ts';
import type { AlignRequest, AlignResponse } from './align-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AlignRequest>) => {
  const { id, sourceText, targetText, options } = event.data;
  let response: AlignResponse;
  try {
    response = { id, ok: true, document: buildDocument(sourceText, targetText, options) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
