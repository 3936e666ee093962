/**
 * Messages between the app and the checks worker. The worker keeps the last
 * document it was sent and the checks it prepared on it, so a request may
 * leave the document out (it is large; cloning it for every run would cost
 * more than checking it) and a unit re-check needs only the unit's text.
 */
import type { CheckId, Finding } from '../core/qa/index.ts';
import type { Termbase } from '../core/glossary/index.ts';
import type { RunPart } from './checks-transfer.ts';

/** A finding as the app lists it: a stable id, and the text under it for dismissals. */
export interface CheckedFinding extends Finding {
  /** Unique within a run; stable across runs while the finding is the same. */
  id: string;
  /** The text the finding covers: target span, else source span, else `''`. */
  quote: string;
}

/**
 * Check the whole document with the units' current English, both sent
 * before it in parts under the same id (`checks-transfer.ts`); a run whose
 * parts carry no document checks that of the previous run.
 */
export interface RunRequest {
  kind: 'run';
  id: number;
  glossary: Termbase | null;
  /** The checks switched on. */
  checks: CheckId[];
}

/** Re-check one unit with the text being typed, against the last run's preparation. */
export interface UnitRequest {
  kind: 'unit';
  id: number;
  unit: number;
  /** `null`: the unit's text in the last run (an edit was abandoned). */
  text: string | null;
}

/**
 * A part of the run request with the same id, sent before it; unanswered
 * unless it fails. A part of another id starts a new run's parts.
 */
export interface PartRequest {
  kind: 'part';
  id: number;
  part: RunPart;
}

/** A request to the checks worker. */
export type ChecksRequest = RunRequest | UnitRequest | PartRequest;

/** The findings of a request, with the time the worker spent on it (ms). */
export type ChecksResponse =
  | { id: number; ok: true; findings: CheckedFinding[]; elapsed: number }
  | { id: number; ok: false; message: string };
