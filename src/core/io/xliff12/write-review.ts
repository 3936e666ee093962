/**
 * What the writer needs of the review, per unit: the text to write, the
 * version chain, flags by side and version, decisions and status.
 */
import type { Project } from '../../model/project.ts';
import type { Flag } from '../../model/flag.ts';
import type { ReviewState } from '../../model/review-log.ts';
import type {
  Decision,
  DocumentSignoff,
  Revision,
  UnitMark,
  UnitStatus,
} from '../../model/revision.ts';
import { replay } from '../../review/apply.ts';
import { revisionsByUnit, unitChain, type UnitChain, type UnitText } from '../../revision/chain.ts';
import { unitStatuses } from '../../revision/status.ts';
import { mtText } from '../../revision/texts.ts';
import { flagAttributes } from './review-attrs.ts';
import type { IssueMark } from './inline-write.ts';

/** The review of one unit, ready to write. */
export interface UnitReview {
  written: UnitText;
  mt: string;
  revisions: Revision[];
  chain: UnitChain | null;
  flags: Flag[];
  decisions: ReadonlyMap<string, Decision>;
  mark: UnitMark | undefined;
  status: UnitStatus;
}

/** The review of `project`: per unit, with texts in `mode`, and the document's sign-off. */
export function reviewOf(
  project: Project,
  mode: 'latest' | 'approved',
): { unit: (unit: number) => UnitReview; signoff: DocumentSignoff | null } {
  const state = replay(project.review.ops);
  return { unit: reviewByUnit(project, state, mode), signoff: state.signoff };
}

function reviewByUnit(
  project: Project,
  state: ReviewState,
  mode: 'latest' | 'approved',
): (unit: number) => UnitReview {
  const byUnit = revisionsByUnit(state.revisions.values());
  const statuses = unitStatuses(project.document, state);
  const flags = new Map<number, Flag[]>();
  for (const flag of state.flags.values()) {
    const list = flags.get(flag.anchor.unit) ?? [];
    list.push(flag);
    flags.set(flag.anchor.unit, list);
  }
  return (unit) => {
    const mt = mtText(project.document, unit);
    const revisions = byUnit.get(unit) ?? [];
    const chain = revisions.length > 0 ? unitChain(mt, revisions) : null;
    return {
      written: chain ? chain[mode] : { text: mt, version: 'mt' },
      mt,
      revisions,
      chain,
      flags: flags.get(unit) ?? [],
      decisions: state.flagDecisions,
      mark: state.unitMarks.get(unit),
      status: statuses[unit] ?? 'untouched',
    };
  };
}

/** The issue marks of the flags on `side` anchored to `version`. */
export function issueMarks(
  review: UnitReview,
  side: 'source' | 'target',
  version: string,
): IssueMark[] {
  return review.flags
    .filter((flag) => flag.anchor.side === side && flag.anchor.version === version)
    .map((flag) => {
      const { start, end } = flag.anchor.position;
      const { its, dz } = flagAttributes(flag, review.decisions.get(flag.id));
      // The exact span, for our reader: markers cannot cover a wrapping code's own character.
      return { start, end, its, dz: { ...dz, span: `${start} ${end}` } };
    });
}

/** XLIFF 1.2 `state` for a unit status; `undefined` leaves the file's own. */
export const STATE_OF: Readonly<Record<UnitStatus, string | undefined>> = {
  untouched: undefined,
  edited: 'translated',
  confirmed: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
  rejected: 'needs-review-translation',
};
