/**
 * What the workspace shows of the revisions, derived once per change of the
 * review state (the store replaces `review` on every operation, so identity
 * is the memo key): each unit's current text and version, its status, and
 * each unit's revisions by id for tracked changes.
 */
import { useMemo } from 'react';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { ReviewState } from '../../core/model/review-log.ts';
import type { Revision, UnitStatus } from '../../core/model/revision.ts';
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

/** The revisions of `review` over `document`. Linear in units plus revisions. */
export function useUnitRevisions(document: BilingualDocument, review: ReviewState): UnitRevisions {
  return useMemo(() => {
    const versions = unitVersions(document, review, { mode: 'latest' });
    const statuses = unitStatuses(document, review);
    const byUnit = new Map<number, Map<string, Revision>>();
    for (const revision of review.revisions.values()) {
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
  }, [document, review]);
}
