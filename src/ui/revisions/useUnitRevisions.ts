/**
 * What the workspace shows of the revisions, derived once per change of the
 * revisions or the unit marks: each unit's current text and version, its
 * status, and each unit's revisions by id for tracked changes. The review
 * state shares the collections an operation does not touch
 * (`core/review/state.ts`), so their identity is the memo key and adding a
 * flag costs no whole-document pass here.
 */
import { useMemo } from 'react';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { ReviewState } from '../../core/model/review-log.ts';
import type { Revision, UnitStatus } from '../../core/model/revision.ts';
import { emptyReviewState } from '../../core/review/index.ts';
import { unitStatuses, unitVersions } from '../../core/revision/index.ts';
import type { UnitText } from '../../core/revision/index.ts';

/** The derived view of the revisions. */
export interface UnitRevisions {
  versions: UnitText[];
  texts: string[];
  /** `versions[i].version`, for the workspace overlay. */
  versionIds: string[];
  statuses: UnitStatus[];
  /** Each revised unit's revisions, by id. */
  byUnit: ReadonlyMap<number, ReadonlyMap<string, Revision>>;
  approved: number;
}

const EMPTY_REVIEW = emptyReviewState();

/** The revisions of `review` over `document`. Linear in units plus revisions. */
export function useUnitRevisions(document: BilingualDocument, review: ReviewState): UnitRevisions {
  const { revisions, unitMarks } = review;
  return useMemo(() => {
    // Only the two collections below are read: `unitVersions` and
    // `unitStatuses` look at nothing else of the state.
    const review = { ...EMPTY_REVIEW, revisions, unitMarks };
    const versions = unitVersions(document, review, { mode: 'latest' });
    const statuses = unitStatuses(document, review);
    const byUnit = new Map<number, Map<string, Revision>>();
    for (const revision of revisions.values()) {
      const list = byUnit.get(revision.unit) ?? new Map<string, Revision>();
      list.set(revision.id, revision);
      byUnit.set(revision.unit, list);
    }
    return {
      versions,
      texts: versions.map((version) => version.text),
      versionIds: versions.map((version) => version.version),
      statuses,
      byUnit,
      approved: statuses.filter((status) => status === 'approved').length,
    };
  }, [document, revisions, unitMarks]);
}
