/**
 * What a tracked-changes export needs: per unit, the MT to show deletions
 * against, and who made the change and when.
 */
import type { BilingualDocument } from '../model/document.ts';
import type { ReviewState } from '../model/review-log.ts';
import { revisionIdOf } from '../model/revision.ts';
import { mtText, unitVersions, type UnitTextOptions } from '../revision/texts.ts';

/** Who a unit's tracked change is attributed to. */
export interface Attribution {
  author: string;
  /** ISO 8601. */
  date: string;
}

/** The baseline texts and attributions of a tracked-changes export. */
export interface TrackedChanges {
  /** Each unit's MT: deletions and insertions are shown against it. */
  baseline: readonly string[];
  /** Per unit; `null` for a unit whose text is its MT. */
  attribution: readonly (Attribution | null)[];
}

/**
 * The changes from the MT to each unit's text in `mode`, attributed to the
 * author of the revision the text comes from. Word marks one change per
 * author and date; a unit revised by several people shows the net change
 * from the MT under the last one's name (their separate steps are in the
 * unit's history), which keeps the document readable where a stack of
 * nested insertions and deletions would not be.
 */
export function trackedChanges(
  document: BilingualDocument,
  state: ReviewState,
  options: UnitTextOptions,
): TrackedChanges {
  const versions = unitVersions(document, state, options);
  return {
    baseline: versions.map((_, index) => mtText(document, index)),
    attribution: versions.map(({ version }) => {
      const id = revisionIdOf(version);
      const revision = id === null ? undefined : state.revisions.get(id);
      return revision ? { author: revision.author.name, date: revision.at } : null;
    }),
  };
}
