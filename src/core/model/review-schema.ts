/**
 * zod schemas of flags and review operations as they arrive from outside: in
 * a review file, in a project file, or from an old IndexedDB record.
 *
 * The limits are the defence against hostile files. They are far above what
 * a person writes (a comment of 10,000 characters is three pages) and far
 * below what would let one file exhaust memory or freeze the UI that renders
 * it. Strings are only ever strings here: a comment holding `<script>` is
 * kept verbatim and the UI renders it as text, never as HTML.
 */
import { z } from 'zod';
import { REVIEW_OP_KINDS, type ReviewOpKind } from './review-log.ts';
import { DECISION_REASONS } from './revision.ts';

/** Longest comment or suggested replacement, in UTF-16 code units. */
export const MAX_COMMENT_CHARS = 10_000;
/** Longest flagged quote: a whole unit (a paragraph) may be flagged. */
export const MAX_QUOTE_CHARS = 20_000;
/** Longest quote context; Duizhao writes 32 code units, other tools may write more. */
export const MAX_CONTEXT_CHARS = 256;
/** Longest name, category path, version name, origin or identifier. */
export const MAX_LABEL_CHARS = 200;
/** Most operations in one log: years of work on one document by a team. */
export const MAX_REVIEW_OPS = 200_000;
/** Most JSON Patch operations in one review operation (a new flag needs about a dozen). */
export const MAX_PATCH_OPERATIONS = 100;

/** Identifiers: UUIDs in practice; any short run of safe characters is accepted. */
export const idSchema = z
  .string()
  .min(1)
  .max(MAX_LABEL_CHARS)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);

/** An ISO 8601 UTC date and time, as `Date.prototype.toISOString` writes it. */
export const timestampSchema = z.iso.datetime();

const labelSchema = z.string().max(MAX_LABEL_CHARS);

export const authorSchema = z.strictObject({
  name: labelSchema,
  role: z.enum(['translator', 'reviewer', 'editor']),
});

const offsetSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const flagAnchorSchema = z
  .strictObject({
    side: z.enum(['source', 'target']),
    unit: offsetSchema,
    version: z.string().min(1).max(MAX_LABEL_CHARS),
    quote: z.strictObject({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(MAX_QUOTE_CHARS),
      prefix: z.string().max(MAX_CONTEXT_CHARS),
      suffix: z.string().max(MAX_CONTEXT_CHARS),
    }),
    position: z.strictObject({
      type: z.literal('TextPositionSelector'),
      start: offsetSchema,
      end: offsetSchema,
    }),
  })
  .refine((anchor) => anchor.position.end - anchor.position.start === anchor.quote.exact.length, {
    message: 'the position must span exactly the quoted text',
    path: ['position'],
  });

export const flagSchema = z.strictObject({
  id: idSchema,
  anchor: flagAnchorSchema,
  category: z.string().min(1).max(MAX_LABEL_CHARS),
  severity: z.enum(['critical', 'major', 'minor', 'neutral']),
  comment: z.string().max(MAX_COMMENT_CHARS),
  suggestion: z.string().max(MAX_COMMENT_CHARS).nullable(),
  status: z.enum(['open', 'resolved', 'rejected', 'deleted']),
  author: authorSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  origin: labelSchema,
});

/** JSON Pointer into a subject; bounded, and no deeper than a flag's anchor. */
const pointerSchema = z
  .string()
  .max(MAX_LABEL_CHARS)
  .regex(/^(\/[^/]*){0,4}$/);

const patchOperationSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: pointerSchema, value: z.unknown() }),
  z.strictObject({ op: z.literal('remove'), path: pointerSchema }),
  z.strictObject({ op: z.literal('replace'), path: pointerSchema, value: z.unknown() }),
  z.strictObject({ op: z.literal('test'), path: pointerSchema, value: z.unknown() }),
]);

const textChangeSchema = z.strictObject({
  value: z.string().max(MAX_QUOTE_CHARS + MAX_COMMENT_CHARS),
  added: z.boolean(),
  removed: z.boolean(),
});

const versionSchema = z.string().min(1).max(MAX_LABEL_CHARS);

export const decisionSchema = z.strictObject({
  verdict: z.enum(['approved', 'rejected']),
  by: authorSchema,
  at: timestampSchema,
  reason: z.enum(DECISION_REASONS).nullable(),
  note: z.string().max(MAX_COMMENT_CHARS),
});

/** A revision as its patches build it, `changes` included (they come from `textDiff`). */
export const revisionSchema = z
  .strictObject({
    id: idSchema,
    unit: offsetSchema,
    side: z.literal('target'),
    baseVersion: versionSchema,
    changes: z.array(textChangeSchema).max(MAX_QUOTE_CHARS),
    author: authorSchema,
    at: timestampSchema,
    comment: z.string().max(MAX_COMMENT_CHARS).optional(),
    status: z.enum(['pending', 'approved', 'rejected']),
    decision: decisionSchema.optional(),
  })
  .refine((revision) => (revision.status === 'pending') === (revision.decision === undefined), {
    message: 'a revision has a decision exactly when it is not pending',
    path: ['decision'],
  })
  .refine((revision) => !revision.decision || revision.decision.verdict === revision.status, {
    message: 'the decision must agree with the status',
    path: ['status'],
  });

/** The editorial view of a flag that `flag.decision` patches. */
export const flagDecisionViewSchema = z
  .strictObject({
    status: z.enum(['open', 'resolved', 'rejected', 'deleted']),
    decision: decisionSchema.optional(),
  })
  .refine((view) => view.decision?.verdict !== 'rejected' || view.status === 'rejected', {
    message: 'a rejected flag has status rejected',
    path: ['status'],
  });

export const unitMarkSchema = z.strictObject({
  unit: offsetSchema,
  status: z.enum(['confirmed', 'reviewed', 'approved', 'rejected']),
  version: versionSchema,
  by: authorSchema,
  at: timestampSchema,
  reason: z.enum(DECISION_REASONS).nullable(),
  note: z.string().max(MAX_COMMENT_CHARS),
});

export const signoffSchema = z.strictObject({
  signedOff: z.boolean(),
  by: authorSchema,
  at: timestampSchema,
  note: z.string().max(MAX_COMMENT_CHARS),
});

export const reviewOpSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(REVIEW_OP_KINDS as [ReviewOpKind, ...ReviewOpKind[]]),
  subject: idSchema,
  at: timestampSchema,
  author: authorSchema,
  patch: z.array(patchOperationSchema).max(MAX_PATCH_OPERATIONS),
  textDiff: z.array(textChangeSchema).max(MAX_QUOTE_CHARS).optional(),
  undoes: idSchema.optional(),
});

/** The review of a project: its typology and its log. */
export const projectReviewSchema = z.strictObject({
  typologyId: idSchema,
  ops: z.array(reviewOpSchema).max(MAX_REVIEW_OPS),
});

export const REVIEW_FORMAT = 'duizhao-review';
/**
 * 2: revisions, decisions, unit statuses and sign-off joined the flags
 * (version 1 held flag operations only; `io/review-file.ts` migrates it).
 */
export const REVIEW_FORMAT_VERSION = 2;

/** SHA-256 as 64 lowercase hex digits. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** The envelope of a review file (`*.review.json`). */
export const reviewFileSchema = z.strictObject({
  format: z.literal(REVIEW_FORMAT),
  version: z.literal(REVIEW_FORMAT_VERSION),
  exportedAt: timestampSchema,
  document: z.strictObject({
    /** `documentHash(source, target)` of the document the review belongs to. */
    sha256: sha256Schema,
  }),
  typologyId: idSchema,
  ops: z.array(reviewOpSchema).max(MAX_REVIEW_OPS),
});

export type ReviewFile = z.infer<typeof reviewFileSchema>;
