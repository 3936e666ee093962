/**
 * Messages between the app and the alignment worker. Requests carry an id so
 * answers can arrive in any order and a crash can fail exactly the requests
 * still in flight.
 */
import type { BuildOptions } from '../core/align/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';

/** Align these normalised texts. */
export interface AlignRequest {
  id: number;
  sourceText: string | null;
  targetText: string;
  options: BuildOptions;
}

/** The aligned document, or why there is none. */
export type AlignResponse =
  | { id: number; ok: true; document: BilingualDocument }
  | { id: number; ok: false; message: string };
