/**
 * Which flags a revision touches, so the UI can offer to mark them
 * "resolved by revision N".
 */
import { anchorSpan } from '../anchor/index.ts';
import type { Flag } from '../model/flag.ts';
import type { Revision } from '../model/revision.ts';

/**
 * The flags among `flags` on `revision`'s unit and side, still open, whose
 * span in `baseText` (the text the revision was made on) the revision
 * removes part of or inserts into. An insertion right at either edge of a
 * span counts: adding a missing article before a flagged noun is the fix
 * an omission flag asks for. Orphaned flags cannot be placed and are left
 * out.
 */
export function touchedFlags(revision: Revision, flags: Iterable<Flag>, baseText: string): Flag[] {
  const edits = editedRanges(revision);
  const touched: Flag[] = [];
  for (const flag of flags) {
    const { anchor } = flag;
    if (flag.status !== 'open' || anchor.side !== 'target' || anchor.unit !== revision.unit) {
      continue;
    }
    const span = anchorSpan(anchor, baseText);
    if (span.status !== 'anchored') continue;
    const hit = edits.some(({ start, end }) =>
      start === end
        ? start >= span.start && start <= span.end
        : start < span.end && end > span.start,
    );
    if (hit) touched.push(flag);
  }
  return touched;
}

/** The base-text ranges a revision removes, and the empty ranges where it inserts. */
function editedRanges(revision: Revision): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  for (const change of revision.changes) {
    if (change.added) {
      ranges.push({ start: offset, end: offset });
      continue;
    }
    const end = offset + change.value.length;
    if (change.removed) ranges.push({ start: offset, end });
    offset = end;
  }
  return ranges;
}
