/**
 * Test support: a project reviewed with the core's own commands (flags,
 * revisions, decisions, unit statuses), and a summary of what a review
 * file must carry, to compare a project with what reading its export gives.
 */
import { describeSpan } from '../../anchor/index.ts';
import type { Author } from '../../model/flag.ts';
import type { Project } from '../../model/project.ts';
import type { ReviewContext, ReviewOp } from '../../model/review-log.ts';
import { revisionVersion } from '../../model/revision.ts';
import { createFlag, flagAdded, replay } from '../../review/index.ts';
import {
  flagDecided,
  revisionDecided,
  revisionSaved,
  unitHistory,
  unitMarked,
  unitStatuses,
  unitTexts,
  unitVersions,
} from '../../revision/index.ts';
import type { ProjectDraft } from '../format.ts';
import { projectOf } from '../format.test-support.ts';

/** A draft as a project, with fixed identity (the format tests' `projectOf`). */
export const asProject = (draft: ProjectDraft): Project => projectOf(draft);

/** Adds a review to `project`: on every unit with text, a flag, a revision, and decisions and statuses in turn. */
export function reviewed(project: Project, seed = 1): Project {
  const ops: ReviewOp[] = [...project.review.ops];
  let n = 0;
  let minute = seed;
  const ctx = (name: string, role: Author['role']): ReviewContext => ({
    author: { name, role },
    now: () => new Date(Date.UTC(2026, 0, 2, 0, minute++)).toISOString(),
    newId: () => `id-${seed}-${++n}`,
  });
  const doc = project.document;
  doc.alignment.units.forEach((unit, index) => {
    const state = replay(ops);
    const current = unitVersions(doc, state, { mode: 'latest' })[index];
    if (!current || !unit.target) return;
    const text = current.text;
    const end = Math.min(text.length, 1 + (index % 3));
    const reviewer = ctx(`Reviewer ${index % 2}`, 'reviewer');
    const flag = createFlag(
      {
        anchor: describeSpan(text, 0, end, {
          side: 'target',
          unit: index,
          version: current.version,
        }),
        category: index % 2 ? 'Accuracy/Mistranslation' : 'Fluency/Grammar',
        severity: (['major', 'minor', 'critical', 'neutral'] as const)[index % 4] ?? 'major',
        comment: index % 2 ? `注释 <b>&amp; ${index}` : '',
        suggestion: index % 3 ? `fix 𠀀${index}` : null,
      },
      reviewer,
    );
    ops.push(flagAdded(flag, reviewer));
    if (index % 2 === 0) {
      const save = revisionSaved(
        index,
        current,
        `${text} edited 改 ${index}`,
        ctx('Editor', 'editor'),
        'why',
      );
      if (save) {
        ops.push(save);
        const revision = replay(ops).revisions.get(save.subject);
        if (revision && index % 4 === 0) {
          ops.push(
            revisionDecided(
              revision,
              { verdict: 'approved', reason: 'correct' },
              ctx('Chief', 'editor'),
            ),
          );
        }
      }
    }
    if (index % 3 === 0) {
      ops.push(
        flagDecided(flag, undefined, { verdict: 'rejected', note: 'ok' }, ctx('Chief', 'editor')),
      );
    }
    if (index % 5 === 1) {
      const after = replay(ops);
      const version = unitVersions(doc, after, { mode: 'latest' })[index]?.version ?? 'mt';
      ops.push(
        unitMarked(index, 'reviewed', version, undefined, ctx('Rita', 'reviewer'), {
          note: 'fine',
        }),
      );
    }
  });
  return { ...project, review: { ...project.review, ops } };
}

/** What must survive a round trip through a file: texts, flags, revisions, statuses. */
export function reviewSummary(project: Project): unknown {
  const state = replay(project.review.ops);
  const doc = project.document;
  const flags = [...state.flags.values()]
    .map((f) => ({
      id: f.id,
      side: f.anchor.side,
      unit: f.anchor.unit,
      version: f.anchor.version,
      span: [f.anchor.position.start, f.anchor.position.end],
      exact: f.anchor.quote.exact,
      category: f.category,
      severity: f.severity,
      comment: f.comment,
      suggestion: f.suggestion,
      status: f.status,
      author: f.author,
      decision: state.flagDecisions.get(f.id) ?? null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const history = doc.alignment.units.map((_, index) =>
    unitHistory(doc, state, index).versions.map((v) => ({
      version: v.version,
      text: v.text,
      author: v.revision?.author ?? null,
      at: v.revision?.at ?? null,
      status: v.revision?.status ?? null,
      decision: v.revision?.decision ?? null,
    })),
  );
  return {
    source: doc.source?.text ?? null,
    mt: doc.target.text,
    latest: unitTexts(doc, state, { mode: 'latest' }),
    approved: unitTexts(doc, state, { mode: 'approved' }),
    statuses: unitStatuses(doc, state),
    flags,
    history,
    revisionVersions: [...state.revisions.keys()].map(revisionVersion),
  };
}
