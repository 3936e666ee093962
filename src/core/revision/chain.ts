/**
 * The version chain of one unit: which text each revision produced, and
 * which revision the unit's text currently comes from.
 *
 * Every revision is a diff against the text of its base version, so the
 * text of `rev:<id>` is fixed the moment it is saved, whatever happens to
 * other revisions later. The unit's text is the text of its *head*: the
 * last revision (in log order) whose whole chain back to the MT is
 * admissible — not rejected for "latest", approved for "approved only".
 *
 * Rejecting a revision in the middle of a chain therefore falls back to the
 * text before it, and the revisions saved on top of it become *stale*: they
 * stay in the history, are not applied, and a person may bring their wording
 * back with `restoreVersion` (which re-applies them, rejected edit included,
 * as a new revision to review) or re-do the edit. The alternative, rebasing
 * them automatically by merging their diffs onto the restored text, was
 * rejected: a word-level merge of two edits of one sentence can produce a
 * sentence nobody wrote, and the editor who rejected the middle edit would
 * not see it happen.
 */
import type { Revision, VersionName } from '../model/revision.ts';
import { revisionIdOf, revisionVersion } from '../model/revision.ts';
import { applyTextChanges } from '../review/text-diff.ts';

/** Which revisions count: all but rejected ones, or approved ones only. */
export type TextMode = 'latest' | 'approved';

/** A unit's text in a mode, and the version it is. */
export interface UnitText {
  text: string;
  version: VersionName;
}

/** The texts of one unit's versions, and its heads. */
export interface UnitChain {
  /** The text each version produced; `null` for a revision whose base is missing or does not fit. */
  texts: ReadonlyMap<VersionName, string | null>;
  latest: UnitText;
  approved: UnitText;
}

/** Groups `revisions` by unit, each list in log order. One pass. */
export function revisionsByUnit(revisions: Iterable<Revision>): Map<number, Revision[]> {
  const byUnit = new Map<number, Revision[]>();
  for (const revision of revisions) {
    const list = byUnit.get(revision.unit);
    if (list) list.push(revision);
    else byUnit.set(revision.unit, [revision]);
  }
  return byUnit;
}

/** Every version's text and the heads of a unit whose MT is `mt`. Linear in the revisions' size. */
export function unitChain(mt: string, revisions: readonly Revision[]): UnitChain {
  const texts = new Map<VersionName, string | null>([['mt', mt]]);
  for (const revision of revisions) {
    const base = texts.get(revision.baseVersion);
    texts.set(revisionVersion(revision.id), base == null ? null : applyOrNull(base, revision));
  }
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  const head = (admits: (revision: Revision) => boolean): UnitText => {
    for (let index = revisions.length - 1; index >= 0; index--) {
      const revision = revisions[index]!;
      if (chainAdmitted(revision, byId, texts, admits)) {
        const version = revisionVersion(revision.id);
        return { text: texts.get(version)!, version };
      }
    }
    return { text: mt, version: 'mt' };
  };
  return {
    texts,
    latest: head((revision) => revision.status !== 'rejected'),
    approved: head((revision) => revision.status === 'approved'),
  };
}

/**
 * Whether `revision` and every revision it is based on are admitted and
 * have a text. Chains are short (a unit is edited a handful of times), so
 * walking each one from the end is cheaper than memoising.
 */
function chainAdmitted(
  revision: Revision,
  byId: ReadonlyMap<string, Revision>,
  texts: ReadonlyMap<VersionName, string | null>,
  admits: (revision: Revision) => boolean,
): boolean {
  let current: Revision | undefined = revision;
  // A forged log could make a cycle of bases; no chain is longer than the list.
  for (let steps = 0; current && steps <= byId.size; steps++) {
    if (!admits(current) || texts.get(revisionVersion(current.id)) == null) return false;
    if (current.baseVersion === 'mt') return true;
    const baseId = revisionIdOf(current.baseVersion);
    current = baseId === null ? undefined : byId.get(baseId);
  }
  return false;
}

function applyOrNull(base: string, revision: Revision): string | null {
  try {
    return applyTextChanges(base, revision.changes);
  } catch {
    return null;
  }
}
