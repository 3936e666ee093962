/**
 * A project: one bilingual document under review, with what the user was
 * doing in it. This is what the app keeps in IndexedDB and what a project
 * file (`docs/project-format.md`) carries.
 */
import type { BilingualDocument } from './document.ts';
import type { ReviewOp } from './review-log.ts';
import type { ProjectChecks, ProjectGlossary, ProjectInterchange } from './project-extras.ts';

/** Where the project came from. The demo's source is a reconstruction and must say so. */
export type ProjectOrigin = 'demo' | 'import';

/** Where the user was, restored on reload. */
export interface ProjectView {
  /** Index of the active unit in `document.alignment.units`. */
  activeUnit: number;
}

/**
 * The review of a project: the typology its flags are classified in and
 * the log they are rebuilt from (`model/review-log.ts`). The user's undo
 * stack is not part of it: it is one person's session on one device (the
 * app keeps it in its database), and whoever opens a project file must not
 * be able to "undo" the sender's work; undo itself is recorded in the log
 * as ordinary inverse operations, so nothing is lost by leaving it out.
 */
export interface ProjectReview {
  /** Id of a typology in `core/typology` (`"wmt-mqm"`, `"mqm-core"`). */
  typologyId: string;
  ops: ReviewOp[];
}

export interface Project {
  /** Random, stable identifier (a UUID). */
  id: string;
  name: string;
  origin: ProjectOrigin;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** File names the texts were imported from, `null` for pasted text or no source. */
  sourceFileName: string | null;
  targetFileName: string | null;
  document: BilingualDocument;
  view: ProjectView;
  review: ProjectReview;
  /** Check switches and dismissed findings; absent: every check on, nothing dismissed. */
  checks?: ProjectChecks;
  /** The project's termbase; absent: none. */
  glossary?: ProjectGlossary;
  /** What an interchange file brought; absent for projects made from text. */
  interchange?: ProjectInterchange;
}
