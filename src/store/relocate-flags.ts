/**
 * Carrying flags across a realignment. Adding a source to an MT-only
 * project aligns the whole document again and renumbers its units, while
 * the English text stays exactly the same; a flag's anchor (unit index and
 * offsets into that unit's text) must follow its words into their new unit.
 * The absolute target offset is the one coordinate both alignments share,
 * as for the reader's place (`new-project.ts`).
 */
import { anchorSpan, describeSpan } from '../core/anchor/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Flag, FlagAnchor } from '../core/model/flag.ts';
import { unitAtTargetOffset } from './new-project.ts';

/**
 * The new anchors of the live English flags whose unit or offsets change
 * from `before` to `after` (same target text). A flag that cannot be placed
 * in `before`, or whose words straddle two units of `after`, is left as it
 * is: it will show as orphaned rather than on the wrong words.
 */
export function relocatedAnchors(
  flags: Iterable<Flag>,
  before: BilingualDocument,
  after: BilingualDocument,
): Map<string, FlagAnchor> {
  const moved = new Map<string, FlagAnchor>();
  const text = after.target.text;
  for (const flag of flags) {
    const { anchor } = flag;
    if (flag.status === 'deleted' || anchor.side !== 'target') continue;
    const old = before.alignment.units[anchor.unit]?.target;
    if (!old) continue;
    const placed = anchorSpan(anchor, before.target.text.slice(old.start, old.end));
    if (placed.status !== 'anchored') continue;
    const start = old.start + placed.start;
    const end = old.start + placed.end;
    const unit = unitAtTargetOffset(after, start);
    const range = after.alignment.units[unit]?.target;
    if (!range || start < range.start || end > range.end) continue;
    const next = describeSpan(
      text.slice(range.start, range.end),
      start - range.start,
      end - range.start,
      {
        side: 'target',
        unit,
        version: anchor.version,
      },
    );
    if (next.unit !== anchor.unit || next.position.start !== anchor.position.start)
      moved.set(flag.id, next);
  }
  return moved;
}
