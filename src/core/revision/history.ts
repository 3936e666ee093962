/**
 * A unit's full history — the MT and every revision, with what became of
 * each — and restoring any earlier version as a new revision.
 */
import type { BilingualDocument } from '../model/document.ts';
import type { ReviewContext, ReviewOp, ReviewState } from '../model/review-log.ts';
import {
  revisionIdOf,
  revisionVersion,
  type Revision,
  type VersionName,
} from '../model/revision.ts';
import { unitChain, type UnitText } from './chain.ts';
import { revisionSaved } from './save.ts';
import { mtText } from './texts.ts';

/**
 * What a version is now: the unit's current text (`current`), an earlier
 * text it went through (`superseded`), `rejected` by the editor, or `stale`
 * (built on a rejected or missing revision, so not applied; see `chain.ts`).
 */
export type VersionState = 'current' | 'superseded' | 'rejected' | 'stale';

/** One version in a unit's history. */
export interface UnitVersion {
  version: VersionName;
  /** `null` for the MT. */
  revision: Revision | null;
  /** The text this version is; `null` for a revision whose base is missing. */
  text: string | null;
  state: VersionState;
}

/** A unit's history, oldest first, with its current and approved texts. */
export interface UnitHistory {
  unit: number;
  versions: UnitVersion[];
  latest: UnitText;
  approved: UnitText;
}

/** The history of unit `unit`. Linear in the revisions of the document (to find the unit's). */
export function unitHistory(
  document: BilingualDocument,
  state: ReviewState,
  unit: number,
): UnitHistory {
  const revisions = [...state.revisions.values()].filter((revision) => revision.unit === unit);
  const mt = mtText(document, unit);
  const chain = unitChain(mt, revisions);
  const current = new Set<VersionName>();
  // The versions on the current head's chain are its ancestry: current or superseded.
  for (let version: VersionName | undefined = chain.latest.version; version;) {
    current.add(version);
    const id: string | null = revisionIdOf(version);
    version = id ? revisions.find((revision) => revision.id === id)?.baseVersion : undefined;
  }
  const headIndex = revisions.findIndex((r) => revisionVersion(r.id) === chain.latest.version);
  const stateOf = (version: VersionName, revision: Revision | null): VersionState => {
    if (version === chain.latest.version) return 'current';
    if (revision?.status === 'rejected') return 'rejected';
    if (current.has(version)) return 'superseded';
    const index = revision ? revisions.indexOf(revision) : -1;
    // A later revision off the chain was not applied because of what it stands on.
    return index > headIndex ? 'stale' : 'superseded';
  };
  const versions: UnitVersion[] = [
    { version: 'mt', revision: null, text: mt, state: stateOf('mt', null) },
    ...revisions.map((revision) => {
      const version = revisionVersion(revision.id);
      return {
        version,
        revision,
        text: chain.texts.get(version) ?? null,
        state: stateOf(version, revision),
      };
    }),
  ];
  return { unit, versions, latest: chain.latest, approved: chain.approved };
}

/**
 * The revision that brings back the text of `version` (the MT or an earlier
 * revision) on top of the current text: restoring is an edit like any other,
 * reviewed like any other. `null` when that text is already current or the
 * version has no text.
 */
export function restoreVersion(
  history: UnitHistory,
  version: VersionName,
  ctx: ReviewContext,
  comment?: string,
): ReviewOp | null {
  const text = history.versions.find((entry) => entry.version === version)?.text;
  if (text == null) return null;
  return revisionSaved(history.unit, history.latest, text, ctx, comment ?? `Restored ${version}.`);
}
