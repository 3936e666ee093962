/**
 * Helpers shared by the XLIFF 1.2 tests: a project from XLIFF text (and,
 * re-exported, from a draft), and the parts of a project that a write and a
 * read must keep.
 */
import { projectOf } from '../format.test-support.ts';
import type { Project } from '../../model/project.ts';
import { replay } from '../../review/apply.ts';
import { unitHistory } from '../../revision/history.ts';
import { unitStatuses } from '../../revision/status.ts';
import { unitTexts } from '../../revision/texts.ts';
import { xliff12Format } from './format.ts';

/** The project the app would make of a draft (the format tests' own). */
export { projectOf };

/** Reads XLIFF text into a project. */
export function readProject(text: string, fileName = 'test.xlf'): Project {
  return projectOf(xliff12Format.read(text, { fileName }).drafts[0]);
}

/** What must survive export and import: texts, codes, notes, flags, revisions, statuses. */
export function essentials(project: Project) {
  const state = replay(project.review.ops);
  const units = project.document.alignment.units.map((_, unit) => unit);
  return {
    document: project.document,
    codes: project.interchange?.codes ?? {},
    notes: project.interchange?.notes ?? {},
    flags: [...state.flags.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    flagDecisions: [...state.flagDecisions.entries()].sort(),
    latest: unitTexts(project.document, state, { mode: 'latest' }),
    approved: unitTexts(project.document, state, { mode: 'approved' }),
    history: units.map((unit) => unitHistory(project.document, state, unit).versions),
    statuses: unitStatuses(project.document, state),
    marks: [...state.unitMarks.entries()].sort(),
    signoff: state.signoff,
  };
}
