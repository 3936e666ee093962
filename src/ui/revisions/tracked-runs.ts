/**
 * Tracked changes inside one unit, attributed to the revision that made
 * each: the MT, with every revision on the way to the current text applied
 * in turn. Unlike the export's single net diff (`core/export/tracked.ts`,
 * which Word needs), the workspace can afford to say who inserted which
 * words and who deleted which, which is what a reviewer hovering over a
 * change wants to know.
 */
import type { Revision } from '../../core/model/revision.ts';
import { revisionIdOf } from '../../core/model/revision.ts';

/** One run of a unit's tracked text. */
export interface TrackedRun {
  text: string;
  /** `kept`: MT still there; `inserted` by `by`; `deleted` (by `by`) and shown struck out. */
  kind: 'kept' | 'inserted' | 'deleted';
  by: Revision | null;
}

/**
 * The revisions from the MT to `head`, oldest first; empty for the MT.
 * `revisions` are the unit's own, keyed by id.
 */
export function chainTo(head: string, revisions: ReadonlyMap<string, Revision>): Revision[] {
  const chain: Revision[] = [];
  for (let id = revisionIdOf(head); id !== null && chain.length <= revisions.size;) {
    const revision = revisions.get(id);
    if (!revision) break;
    chain.push(revision);
    id = revisionIdOf(revision.baseVersion);
  }
  return chain.reverse();
}

/**
 * The runs of `mt` after `chain` (each revision's changes apply to the text
 * the previous one produced). Words a later revision deletes that an
 * earlier one inserted vanish rather than show as deleted: they were never
 * in the MT, and a reviewer comparing with it has nothing to miss.
 */
export function trackedRuns(mt: string, chain: readonly Revision[]): TrackedRun[] {
  let runs: TrackedRun[] = mt ? [{ text: mt, kind: 'kept', by: null }] : [];
  for (const revision of chain) {
    const next: TrackedRun[] = [];
    let index = 0;
    let offset = 0;
    /** Take `length` characters of live (not deleted) text, run by run, and hand each piece to `visit`. */
    const consume = (length: number, visit: (piece: TrackedRun) => void) => {
      while (length > 0 && index < runs.length) {
        const run = runs[index]!;
        if (run.kind === 'deleted') {
          next.push(run);
          index++;
          continue;
        }
        const take = Math.min(length, run.text.length - offset);
        visit({ ...run, text: run.text.slice(offset, offset + take) });
        length -= take;
        offset += take;
        if (offset === run.text.length) {
          index++;
          offset = 0;
        }
      }
    };
    for (const change of revision.changes) {
      if (change.added) next.push({ text: change.value, kind: 'inserted', by: revision });
      else if (change.removed) {
        consume(change.value.length, (piece) => {
          if (piece.kind === 'kept') next.push({ ...piece, kind: 'deleted', by: revision });
        });
      } else consume(change.value.length, (piece) => next.push(piece));
    }
    next.push(...runs.slice(index).filter((run) => run.kind === 'deleted'));
    runs = merged(next);
  }
  return runs;
}

/** Neighbouring runs of the same kind and author joined. */
function merged(runs: readonly TrackedRun[]): TrackedRun[] {
  const out: TrackedRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.kind === run.kind && last.by === run.by) last.text += run.text;
    else if (run.text) out.push({ ...run });
  }
  return out;
}

/** The text the runs stand for now (deleted runs left out). */
export function runsText(runs: readonly TrackedRun[]): string {
  return runs.map((run) => (run.kind === 'deleted' ? '' : run.text)).join('');
}
