/**
 * Which findings were accepted as flags. A finding accepted with `A` becomes
 * a flag whose origin is `check:<id>` on the finding's words; as long as
 * that flag lives (not deleted), the finding is no longer open: it leaves
 * the open list, the counts and the grid's underlines, and is listed under
 * "flagged" instead, the way a dismissal hides it.
 *
 * The match is by unit, check and quote, as dismissals are, so it holds
 * across runs while the words are the same. A zero-width finding (a
 * missing space) is flagged on the character beside it (`flaggableSpan`),
 * so it matches a flag of its check that starts there; one without any
 * span flagged the whole text, so it matches one that starts at 0.
 */
import type { Flag } from '../core/model/flag.ts';
import type { CheckedFinding } from '../workers/checks-protocol.ts';

/** The origin of a flag accepted from a finding of `check` (`model/flag.ts`). */
export function checkOrigin(check: string): string {
  return `check:${check}`;
}

/** What a flag from a check says about where it is. */
interface FlaggedSpan {
  side: Flag['anchor']['side'];
  quote: string;
  start: number;
}

/** Live flags from checks, by unit and origin; built once per change of the flags. */
export type FlaggedIndex = ReadonlyMap<string, readonly FlaggedSpan[]>;

/** No flags from checks. */
export const NO_FLAGGED: FlaggedIndex = new Map();

const indexKey = (unit: number, origin: string) => `${unit}\u0000${origin}`;

/** The live flags among `flags` that came from checks, indexed for `isFlagged`. */
export function flaggedIndex(flags: Iterable<Flag>): FlaggedIndex {
  const index = new Map<string, FlaggedSpan[]>();
  for (const flag of flags) {
    if (flag.status === 'deleted' || !flag.origin.startsWith('check:')) continue;
    const { anchor } = flag;
    const key = indexKey(anchor.unit, flag.origin);
    const span = { side: anchor.side, quote: anchor.quote.exact, start: anchor.position.start };
    const list = index.get(key);
    if (list) list.push(span);
    else index.set(key, [span]);
  }
  return index.size === 0 ? NO_FLAGGED : index;
}

/** Whether a live flag was made from `finding` (see the module comment). */
export function isFlagged(finding: CheckedFinding, index: FlaggedIndex): boolean {
  const spans = index.get(indexKey(finding.unit, checkOrigin(finding.check)));
  if (!spans) return false;
  if (finding.quote !== '') return spans.some((s) => s.quote === finding.quote);
  // No span at all: accepting flagged the whole text.
  if (!finding.target && !finding.source) return spans.some((s) => s.start === 0);
  const side = finding.target ? 'target' : 'source';
  const at = finding[side]?.start;
  return (
    at !== undefined &&
    spans.some(
      (s) => s.side === side && s.quote.length > 0 && (s.start === at || s.start === at - 1),
    )
  );
}
