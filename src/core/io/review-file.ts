/**
 * Review files (`*.review.json`): a project's review log in a versioned
 * envelope that names its document by content hash, so a reviewer can send
 * their flags to the person who holds the project. The format is documented
 * in `docs/review-format.md`, its shape in `docs/review.schema.json`.
 *
 * Reading is strict and layered like project files: JSON, envelope (format
 * and version), shape (zod, with size limits on every string), document
 * (hash), and meaning (the log must replay). Nothing in a review file is
 * ever interpreted as markup: comments are plain strings, and the UI renders
 * them as text.
 */
import { z } from 'zod';
import type { ReviewOp, ReviewOpKind, ReviewState } from '../model/review-log.ts';
import {
  MAX_REVIEW_OPS,
  REVIEW_FORMAT,
  REVIEW_FORMAT_VERSION,
  reviewFileSchema,
  reviewOpSchema,
  type ReviewFile,
} from '../model/review-schema.ts';
import { formatJsonPath, type JsonPathSegment } from '../model/validate.ts';
import { replay, ReviewLogError } from '../review/apply.ts';

/** Why a review file was refused. */
export type ReviewFileErrorCode =
  'too-large' | 'not-json' | 'wrong-format' | 'unsupported-version' | 'invalid' | 'wrong-document';

/** A review file that cannot be read. `message` says why, in a sentence for the user. */
export class ReviewFileError extends Error {
  override readonly name = 'ReviewFileError';
  readonly code: ReviewFileErrorCode;
  /** Path of the offending value, e.g. `ops[3].patch[0].value`, when there is one. */
  readonly path: string | null;

  constructor(code: ReviewFileErrorCode, message: string, path: string | null = null) {
    super(message);
    this.code = code;
    this.path = path;
  }
}

/**
 * Largest review file accepted, in UTF-16 code units. A year of reviewing
 * one document writes a few megabytes; the cap stops a hostile or mistaken
 * file before it is parsed.
 */
export const MAX_REVIEW_FILE_CHARS = 64 * 1024 * 1024;

/** The conventional file name ending of review files. */
export const REVIEW_FILE_EXTENSION = '.review.json';

/** What a review file holds. */
export interface ReviewFileContent {
  documentHash: string;
  typologyId: string;
  exportedAt: string;
  ops: ReviewOp[];
  /** The state the log replays to (already computed while checking the file). */
  state: ReviewState;
}

/** What `writeReviewFile` needs. */
export interface ReviewFileInput {
  /** `documentHash(source, target)` of the project's document. */
  documentHash: string;
  ops: readonly ReviewOp[];
  typologyId: string;
  /** ISO 8601; defaults to now. */
  exportedAt?: string;
}

/** The operation kinds a version 1 file can hold: flags only. */
const VERSION_1_KINDS = [
  'flag.add',
  'flag.change',
  'flag.delete',
] as const satisfies readonly ReviewOpKind[];

/**
 * Version 1 files: the same envelope and operations, with flag operations
 * only. A version 1 reader refused any other kind, so a file that has one
 * was not written by a version 1 writer and is refused here too.
 */
const version1FileSchema = reviewFileSchema.extend({
  version: z.literal(1),
  ops: z.array(reviewOpSchema.extend({ kind: z.enum(VERSION_1_KINDS) })).max(MAX_REVIEW_OPS),
});

/**
 * A version 1 file as version 2. Nothing changed in the shape of what
 * version 1 could hold: version 2 only adds operation kinds, so the
 * migration is the version number.
 */
function migrateVersion1(file: z.infer<typeof version1FileSchema>): ReviewFile {
  return { ...file, version: REVIEW_FORMAT_VERSION };
}

/** Serialises a review log as a review file: pretty-printed JSON ending in a newline. */
export function writeReviewFile(input: ReviewFileInput): string {
  const file: ReviewFile = {
    format: REVIEW_FORMAT,
    version: REVIEW_FORMAT_VERSION,
    exportedAt: input.exportedAt ?? new Date().toISOString(),
    document: { sha256: input.documentHash },
    typologyId: input.typologyId,
    ops: [...input.ops],
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Parses and checks a review file. With `expectedHash` (the hash of the
 * project it is being imported into) a file for another document is refused.
 * Throws `ReviewFileError` on the first problem.
 */
export function readReviewFile(json: string, expectedHash?: string): ReviewFileContent {
  if (json.length > MAX_REVIEW_FILE_CHARS) {
    throw new ReviewFileError(
      'too-large',
      `The file is too large for a review file (${json.length} characters; the limit is ${MAX_REVIEW_FILE_CHARS}).`,
    );
  }
  const data = parseJson(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  const version = checkEnvelope(data);

  const parsed =
    version === 1 ? version1FileSchema.safeParse(data) : reviewFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatJsonPath((issue?.path ?? []) as JsonPathSegment[]);
    throw new ReviewFileError(
      'invalid',
      `Invalid review file at ${path}: ${issue?.message ?? 'invalid value'}.`,
      path,
    );
  }
  const file: ReviewFile = parsed.data.version === 1 ? migrateVersion1(parsed.data) : parsed.data;
  if (expectedHash !== undefined && file.document.sha256 !== expectedHash) {
    throw new ReviewFileError(
      'wrong-document',
      `This review belongs to another document: its source and MT differ from this project's (review for document ${file.document.sha256.slice(0, 12)}…, this project is ${expectedHash.slice(0, 12)}…).`,
      'document.sha256',
    );
  }

  const ops = file.ops as ReviewOp[];
  let state: ReviewState;
  try {
    state = replay(ops);
  } catch (error) {
    if (!(error instanceof ReviewLogError)) throw error;
    const path = formatJsonPath(['ops', error.opIndex ?? 0]);
    throw new ReviewFileError('invalid', `Invalid review file at ${path}: ${error.message}`, path);
  }
  return {
    documentHash: file.document.sha256,
    typologyId: file.typologyId,
    exportedAt: file.exportedAt,
    ops,
    state,
  };
}

/**
 * The JSON Schema of review files, generated from the zod schema so it
 * cannot drift from what `readReviewFile` accepts (the shape only: that the
 * log replays and that positions span their quotes are checked on reading).
 * `docs/review.schema.json` is this value, checked by a test.
 */
export function reviewFileJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(reviewFileSchema);
  return {
    $schema,
    title: 'Duizhao review file',
    description:
      "A Duizhao review: the append-only log of a reviewer's operations on the flags of one document, named by the SHA-256 of its texts. See docs/review-format.md.",
    ...rest,
  };
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /\r?\n/g,
      '\\n',
    );
    throw new ReviewFileError('not-json', `The file is not valid JSON: ${detail}`);
  }
}

/**
 * Format and version first, so a project file or a file from a newer
 * Duizhao gets a sentence that says so instead of a list of unknown fields.
 */
function checkEnvelope(data: unknown): number {
  const envelope =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  if (envelope?.format !== REVIEW_FORMAT) {
    const project = envelope?.format === 'duizhao-project';
    throw new ReviewFileError(
      'wrong-format',
      project
        ? 'This is a Duizhao project file, not a review file: open it from the project list instead.'
        : `This is not a Duizhao review file: expected "format": "${REVIEW_FORMAT}" at the top level.`,
      'format',
    );
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ReviewFileError(
      'invalid',
      'Invalid review file at version: expected a positive integer.',
      'version',
    );
  }
  if (version > REVIEW_FORMAT_VERSION) {
    throw new ReviewFileError(
      'unsupported-version',
      `This review file has format version ${version}, written by a newer Duizhao; this version reads up to version ${REVIEW_FORMAT_VERSION}. Update Duizhao to import it.`,
      'version',
    );
  }
  return version;
}
