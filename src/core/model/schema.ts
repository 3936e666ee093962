/**
 * zod schemas of the versioned file formats. Every file the app or the CLI
 * reads goes through one of these: the types above describe what the code
 * builds, the schemas describe what may arrive from outside.
 */
import { z } from 'zod';
import { projectReviewSchema } from './review-schema.ts';

/** Generous limits so a hostile file fails validation rather than memory. */
const MAX_TEXT = 50_000_000;
const MAX_NAME = 1_000;

const rangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const sentenceSchema = rangeSchema.extend({ paragraph: z.number().int().nonnegative() });

const segmentationSchema = z.object({
  paragraphs: z.array(rangeSchema),
  sentences: z.array(sentenceSchema),
});

const sideTextSchema = z.object({
  text: z.string().max(MAX_TEXT),
  segmentation: segmentationSchema,
});

const unitSideSchema = rangeSchema.extend({
  sentences: z.array(z.number().int().nonnegative()).min(1),
});

const unitSchema = z.object({
  source: unitSideSchema.nullable(),
  target: unitSideSchema.nullable(),
  confidence: z.number().min(0).max(1),
});

export const documentSchema = z.object({
  source: sideTextSchema.nullable(),
  target: sideTextSchema,
  alignment: z.object({
    units: z.array(unitSchema),
    charRatio: z.number().positive(),
  }),
});

const MAX_SHORT = 10_000;
const shortString = z.string().max(MAX_SHORT);

const projectChecksSchema = z.object({
  disabled: z.array(z.string().max(100)).max(1_000),
  dismissed: z.array(
    z.object({
      check: z.string().max(100),
      unit: z.number().int().nonnegative(),
      messageKey: z.string().max(200),
      quote: shortString,
      reason: shortString,
      author: z.string().max(MAX_NAME),
      at: z.string().max(100),
    }),
  ),
});

const projectGlossarySchema = z.object({
  fileName: z.string().max(MAX_NAME).nullable(),
  entries: z.array(
    z.object({
      zh: shortString,
      en: shortString,
      zhForms: z.array(shortString),
      enForms: z.array(shortString),
      forbidden: z.array(shortString),
      note: shortString,
      line: z.number().int().nonnegative(),
    }),
  ),
});

const inlineCodeSchema = z.object({
  char: z.string().length(1),
  role: z.enum(['open', 'close', 'standalone']),
  label: z.string().max(200),
  title: shortString,
  data: z.unknown(),
});

/** `data` is checked by the format that owns it (`core/io/<format>/`), when it is used. */
const projectInterchangeSchema = z.object({
  format: z.string().max(50),
  codes: z.record(z.string().regex(/^\d+$/), z.array(inlineCodeSchema)),
  notes: z
    .record(
      z.string().regex(/^\d+$/),
      z.array(
        z.object({
          text: z.string().max(1_000_000),
          from: shortString.optional(),
          category: shortString.optional(),
          appliesTo: z.enum(['source', 'target']).optional(),
          priority: z.number().int().min(1).max(10).optional(),
        }),
      ),
    )
    .optional(),
  data: z.unknown(),
});

export const projectSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(MAX_NAME),
  origin: z.enum(['demo', 'import']),
  createdAt: z.string().max(100),
  updatedAt: z.string().max(100),
  sourceFileName: z.string().max(MAX_NAME).nullable(),
  targetFileName: z.string().max(MAX_NAME).nullable(),
  document: documentSchema,
  view: z.object({ activeUnit: z.number().int().nonnegative() }),
  review: projectReviewSchema,
  checks: projectChecksSchema.optional(),
  glossary: projectGlossarySchema.optional(),
  interchange: projectInterchangeSchema.optional(),
});

export const PROJECT_FORMAT = 'duizhao-project';
/**
 * Version 2 added `project.review`; version 1 files are migrated on reading
 * (`io/project-file.ts`). The optional `project.checks`, `project.glossary`
 * and `project.interchange` (`model/project-extras.ts`) are compatible
 * additions within version 2 (see "Versioning" in docs/project-format.md).
 */
export const PROJECT_FORMAT_VERSION = 2;

/** The envelope of a project file (`*.duizhao.json`). */
export const projectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_FORMAT_VERSION),
  exportedAt: z.string().max(100),
  project: projectSchema,
});

export type ProjectFile = z.infer<typeof projectFileSchema>;
