/**
 * Project files (`*.duizhao.json`): a project in a versioned JSON envelope,
 * for backup, moving work between browsers and feeding the CLI. The format is
 * documented in `docs/project-format.md`.
 *
 * Reading is strict in three layers, each with its own error code so the UI
 * can say something useful: is it JSON at all, is it ours (format and
 * version), and does it hold a well-formed project (zod shape, then the
 * cross-field invariants of `model/validate.ts`).
 */
import { z } from 'zod';
import type { Project } from '../model/project.ts';
import {
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  projectFileSchema,
  type ProjectFile,
} from '../model/schema.ts';
import {
  DocumentValidationError,
  formatJsonPath,
  validateProject,
  type JsonPathSegment,
} from '../model/validate.ts';
import { replay, ReviewLogError } from '../review/apply.ts';
import { DEFAULT_TYPOLOGY_ID } from '../typology/index.ts';

/** Why a project file was rejected. */
export type ProjectFileErrorCode = 'not-json' | 'wrong-format' | 'unsupported-version' | 'invalid';

/** Where in the file a problem is, as far as it is known. */
export interface ProjectFileErrorLocation {
  /** Path of the offending value, e.g. `project.document.alignment.units[3].end`. */
  path?: string;
  /** 1-based line and column of a JSON syntax error. */
  line?: number;
  column?: number;
}

/** A project file that cannot be read; `message` names the place. */
export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError';
  readonly code: ProjectFileErrorCode;
  readonly location: ProjectFileErrorLocation;

  constructor(
    code: ProjectFileErrorCode,
    message: string,
    location: ProjectFileErrorLocation = {},
  ) {
    super(message);
    this.code = code;
    this.location = location;
  }
}

/**
 * Largest project file accepted, in UTF-16 code units (≈ characters). The
 * schema caps each text at 50 M characters; a file near this limit already
 * takes seconds to parse, and rejecting it up front avoids building a huge
 * object graph from something that is not a project. Callers holding a
 * `File` can compare `file.size` with it before reading.
 */
export const MAX_PROJECT_FILE_CHARS = 128 * 1024 * 1024;

/** The conventional file name ending of project files. */
export const PROJECT_FILE_EXTENSION = '.duizhao.json';

/**
 * Serialises a project as a project file: pretty-printed JSON (two-space
 * indent, so files diff and hand-edit well) in the versioned envelope.
 * `exportedAt` defaults to now.
 */
export function writeProjectFile(project: Project, exportedAt: Date = new Date()): string {
  const file: ProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    project,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Parses and validates a project file, returning the project it holds.
 * Throws `ProjectFileError` on the first problem found.
 */
export function readProjectFile(json: string): Project {
  if (json.length > MAX_PROJECT_FILE_CHARS) {
    throw new ProjectFileError(
      'invalid',
      `The file is too large for a project file (${json.length} characters; the limit is ${MAX_PROJECT_FILE_CHARS}).`,
    );
  }
  // Editors on Windows like to add a BOM, which JSON.parse rejects.
  const data = parseJson(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  const parsed = projectFileSchema.safeParse(migrate(checkEnvelope(data)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatJsonPath((issue?.path ?? []) as JsonPathSegment[]);
    throw new ProjectFileError(
      'invalid',
      `Invalid project file at ${path}: ${issue?.message ?? 'invalid value'}.`,
      {
        path,
      },
    );
  }
  const project: Project = parsed.data.project;
  try {
    validateProject(project, ['project']);
  } catch (error) {
    if (!(error instanceof DocumentValidationError)) throw error;
    const path = formatJsonPath(error.path);
    throw new ProjectFileError('invalid', `Invalid project file at ${path}: ${error.problem}.`, {
      path,
    });
  }
  checkReviewLog(project);
  return project;
}

/**
 * Brings an envelope of an older version up to the current one, before the
 * schema sees it. Version 1 had no review: it gets an empty one in the
 * default typology.
 */
function migrate(data: Record<string, unknown>): Record<string, unknown> {
  if (data.version === PROJECT_FORMAT_VERSION) return data;
  const project = data.project;
  const migrated =
    typeof project === 'object' && project !== null && !Array.isArray(project)
      ? { ...project, review: { typologyId: DEFAULT_TYPOLOGY_ID, ops: [] } }
      : project;
  return { ...data, version: PROJECT_FORMAT_VERSION, project: migrated };
}

/** The review log must replay: every operation must fit the state before it. */
function checkReviewLog(project: Project): void {
  try {
    replay(project.review.ops);
  } catch (error) {
    if (!(error instanceof ReviewLogError)) throw error;
    const path = formatJsonPath(['project', 'review', 'ops', error.opIndex ?? 0]);
    throw new ProjectFileError('invalid', `Invalid project file at ${path}: ${error.message}`, {
      path,
    });
  }
}

/**
 * The JSON Schema of project files, generated from the zod schema so it can
 * never drift from what `readProjectFile` accepts (zod's shape layer only: the
 * cross-field invariants are in `docs/project-format.md`).
 * `docs/project.schema.json` is this value, checked by a test.
 */
export function projectFileJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(projectFileSchema);
  return {
    $schema,
    title: 'Duizhao project file',
    description:
      'A Duizhao project (a segmented, aligned Chinese–English document under review) in a versioned envelope. See docs/project-format.md.',
    ...rest,
  };
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    // V8 quotes the start of the input in its message; keep the message on
    // one line whatever that input holds.
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /\r?\n/g,
      '\\n',
    );
    const where = syntaxErrorLocation(json, detail);
    const at = where.line ? ` (line ${where.line}, column ${where.column})` : '';
    throw new ProjectFileError('not-json', `The file is not valid JSON${at}: ${detail}`, where);
  }
}

/**
 * V8 reports a syntax error's offset as "at position N" (newer versions add
 * line and column themselves, older ones neither); an unexpected end is at the
 * end. We turn the offset into a line and column, which is what an editor
 * can jump to.
 */
function syntaxErrorLocation(json: string, message: string): ProjectFileErrorLocation {
  const position = /at position (\d+)/.exec(message);
  const offset = position
    ? Number(position[1])
    : /Unexpected end/.test(message)
      ? json.length
      : null;
  if (offset === null) return {};
  const before = json.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Format and version are checked before the full schema so that a file from
 * a newer Duizhao says "update the app" rather than listing the fields this
 * version does not know. Returns the envelope, of a version this code reads.
 */
function checkEnvelope(data: unknown): Record<string, unknown> {
  const envelope =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  if (envelope?.format !== PROJECT_FORMAT) {
    throw new ProjectFileError(
      'wrong-format',
      `This is not a Duizhao project file: expected "format": "${PROJECT_FORMAT}" at the top level.`,
      { path: 'format' },
    );
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ProjectFileError(
      'invalid',
      'Invalid project file at version: expected a positive integer.',
      {
        path: 'version',
      },
    );
  }
  if (version > PROJECT_FORMAT_VERSION) {
    throw new ProjectFileError(
      'unsupported-version',
      `This project file has format version ${version}, written by a newer Duizhao; this version reads up to version ${PROJECT_FORMAT_VERSION}. Update Duizhao to open it.`,
      { path: 'version' },
    );
  }
  return envelope;
}
