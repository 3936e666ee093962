/**
 * The commit of an import, in the worker: the projects the person chose
 * from what was read, given their ids and dates, stored, and the one to
 * open sent to the page in parts. Apart from the worker's messaging and
 * database, so it can be tested with stand-ins for both.
 *
 * The open project stays untouched throughout: the page switches only when
 * every project is stored and the last part has arrived.
 */
import { projectFromDraft } from '../core/io/formats.ts';
import type { Project } from '../core/model/project.ts';
import { summarize, type ProjectSummary } from '../store/db.ts';
import type { ProjectRepository } from '../store/repository.ts';
import { EMPTY_HISTORY } from '../store/review-repository.ts';
import type { HeldRead } from './import-read.ts';
import type { CommitRequest, DraftChoice } from './import-protocol.ts';
import { projectParts, type ProjectPart } from './import-transfer.ts';

/** Where committed projects are stored: the app's repository, or a test's. */
export type ImportStorage = Pick<ProjectRepository, 'save' | 'replaceReview'>;

/**
 * The projects `held` makes under `choice`, with `ids` (one per project,
 * in order) and created `now`: every draft or the chosen one; a project
 * file's project under a new id, modified now.
 */
export function projectsOf(
  held: HeldRead,
  choice: DraftChoice,
  ids: readonly string[],
  now: Date,
): Project[] {
  const idAt = (index: number): string => {
    const id = ids[index];
    if (id === undefined) throw new Error(`no id for project ${index + 1}`);
    return id;
  };
  if (held.kind === 'project') {
    return [{ ...held.project, id: idAt(0), updatedAt: now.toISOString() }];
  }
  if (held.kind !== 'interchange') throw new Error(`a ${held.kind} file makes no project`);
  const drafts = choice === 'all' ? held.drafts : held.drafts.slice(choice, choice + 1);
  return drafts.map((draft, index) => projectFromDraft(draft, { id: idAt(index), now }));
}

/**
 * Stores the projects of `request` and sends the last (the one the page
 * opens) part by part; returns the list entries of all. A storage failure
 * rejects with the repository's `StorageError`, before any part is sent.
 */
export async function commitImport(
  held: HeldRead,
  request: CommitRequest,
  storage: ImportStorage,
  send: (part: ProjectPart) => void,
): Promise<ProjectSummary[]> {
  const projects = projectsOf(held, request.choice, request.ids, new Date(request.now));
  const opened = projects[projects.length - 1];
  if (!opened) throw new Error('nothing was chosen to import');
  for (const project of projects) {
    await storage.save(project);
    const { typologyId, ops } = project.review;
    await storage.replaceReview(project.id, { typologyId, ops, history: EMPTY_HISTORY });
  }
  for (const part of projectParts(opened)) send(part);
  return projects.map(summarize);
}
