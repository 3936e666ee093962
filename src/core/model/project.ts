/**
 * A project: one bilingual document under review, with what the user was
 * doing in it. This is what the app keeps in IndexedDB and what a project
 * file (`docs/project-format.md`) carries.
 */
import type { BilingualDocument } from './document.ts';

/** Where the project came from. The demo's source is a reconstruction and must say so. */
export type ProjectOrigin = 'demo' | 'import';

/** Where the user was, restored on reload. */
export interface ProjectView {
  /** Index of the active unit in `document.alignment.units`. */
  activeUnit: number;
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
}
