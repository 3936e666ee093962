/**
 * Projects made on the command line, shaped exactly like those the app
 * creates on import, so that a file `duizhao import` writes opens in the app
 * and one the app exports feeds `duizhao export`.
 */
import { randomUUID } from 'node:crypto';
import { ProjectFileError, readProjectFile, writeProjectFile } from '../core/io/project-file.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Flag } from '../core/model/flag.ts';
import type { Project } from '../core/model/project.ts';
import type { ReviewOp } from '../core/model/review-log.ts';
import { flagAdded } from '../core/review/index.ts';
import { DEFAULT_TYPOLOGY_ID } from '../core/typology/index.ts';
import { CliError } from './errors.ts';

/** What a new project is made of. */
export interface NewProject {
  name: string;
  document: BilingualDocument;
  sourceFileName: string | null;
  targetFileName: string | null;
  /** Flags read with the document (an MQM file's errors); none by default. */
  flags?: readonly Flag[];
  typologyId?: string;
  now?: Date;
}

/**
 * The operations that add `flags` to a review, each authored by the flag's
 * author at its creation time: an imported rater's error is theirs, not the
 * importing user's, and the log should say so when reviews are merged.
 */
export function flagOps(flags: readonly Flag[]): ReviewOp[] {
  return flags.map((flag) =>
    flagAdded(flag, { author: flag.author, now: () => flag.createdAt, newId: randomUUID }),
  );
}

/** A new imported project, with an empty review or one holding `flags`. */
export function newProject(input: NewProject): Project {
  const now = (input.now ?? new Date()).toISOString();
  return {
    id: randomUUID(),
    name: input.name,
    origin: 'import',
    createdAt: now,
    updatedAt: now,
    sourceFileName: input.sourceFileName,
    targetFileName: input.targetFileName,
    document: input.document,
    view: { activeUnit: 0 },
    review: {
      typologyId: input.typologyId ?? DEFAULT_TYPOLOGY_ID,
      ops: flagOps(input.flags ?? []),
    },
  };
}

/**
 * The project file of `project`, checked by reading it back the way the app
 * will. A reader that built a document the model rejects (an empty table, a
 * span past its text) is then reported here, naming the input, instead of
 * as a file the app refuses to open later.
 */
export function projectFileText(project: Project, inputName: string): string {
  const text = writeProjectFile(project);
  try {
    readProjectFile(text);
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error;
    throw new CliError(`${inputName}: cannot make a valid project of it: ${error.message}`);
  }
  return text;
}
