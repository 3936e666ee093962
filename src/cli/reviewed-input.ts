/**
 * The input of `export` and `score`: a project file (a document and its
 * review), or a review file (a review alone, naming its document by hash).
 *
 * A review file carries no text, so whatever needs the document (a
 * transcript, word counts, flag positions in the whole text) needs the
 * project it belongs to as well, given with `--project`: its review is
 * replaced by the review file's, after checking that the hashes match, as
 * the app does when a review is imported into a project.
 */
import { documentHash } from '../core/io/document-hash.ts';
import { ProjectFileError, readProjectFile } from '../core/io/project-file.ts';
import { readReviewFile, ReviewFileError } from '../core/io/review-file.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Project } from '../core/model/project.ts';
import type { ReviewOp, ReviewState } from '../core/model/review-log.ts';
import { replay } from '../core/review/index.ts';
import { CliError } from './errors.ts';
import { projectNameOf, readText } from './files.ts';

/** A review and, when known, the document it is on. */
export interface ReviewedInput {
  path: string;
  /** What `path` is. */
  kind: 'project' | 'review';
  /** The project's name, or the review file's name without extensions. */
  name: string;
  /** `null` for a review file given without `--project`. */
  document: BilingualDocument | null;
  /**
   * The project the document belongs to (with its interchange record, which
   * the interchange writers need), its review replaced by a review file's.
   */
  project: Project | null;
  /** `documentHash` of the document's texts, as review files name it. */
  documentHash: string;
  typologyId: string;
  ops: ReviewOp[];
  state: ReviewState;
}

/** Reads a project file, or explains why `path` is not one. */
async function readProject(path: string): Promise<Project> {
  try {
    return readProjectFile(await readText(path));
  } catch (error) {
    if (error instanceof ProjectFileError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

function hashOf(document: BilingualDocument): string {
  return documentHash(document.source?.text ?? null, document.target.text);
}

/**
 * Reads `path` as a project file or a review file. `projectPath`, for a
 * review file, is the project whose document it reviews; a project file has
 * its own review and document, and ignores it (callers with one input
 * refuse the combination, `score` applies it to the review files among
 * many).
 */
export async function readReviewed(path: string, projectPath?: string): Promise<ReviewedInput> {
  const json = await readText(path);
  let project: Project | null = null;
  try {
    project = readProjectFile(json);
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error;
    if (error.code !== 'wrong-format') throw new CliError(`${path}: ${error.message}`);
  }
  if (project) {
    const { ops, typologyId } = project.review;
    return {
      path,
      kind: 'project',
      name: project.name,
      document: project.document,
      project,
      documentHash: hashOf(project.document),
      typologyId,
      ops,
      state: replay(ops),
    };
  }
  const base = projectPath === undefined ? null : await readProject(projectPath);
  const expected = base ? hashOf(base.document) : undefined;
  try {
    const review = readReviewFile(json, expected);
    return {
      path,
      kind: 'review',
      name: base?.name ?? projectNameOf(path),
      document: base?.document ?? null,
      project: base && { ...base, review: { typologyId: review.typologyId, ops: review.ops } },
      documentHash: review.documentHash,
      typologyId: review.typologyId,
      ops: review.ops,
      state: review.state,
    };
  } catch (error) {
    if (!(error instanceof ReviewFileError)) throw error;
    const message =
      error.code === 'wrong-format'
        ? 'this is neither a Duizhao project file nor a review file (expected "format": "duizhao-project" or "duizhao-review" at the top level)'
        : error.message;
    throw new CliError(`${path}: ${message}`);
  }
}

/**
 * The document of `input`, or a `CliError` saying why there is none and what
 * to give: `what` names what needed it ("a txt export", "word counts").
 */
export function requireDocument(input: ReviewedInput, what: string): BilingualDocument {
  if (input.document) return input.document;
  throw new CliError(
    `${input.path} is a review file, which holds flags but no text; ${what} needs the document: give the project it belongs to with --project PROJECT.duizhao.json`,
  );
}
