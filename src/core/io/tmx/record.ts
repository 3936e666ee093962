/**
 * What a project keeps of the TMX file it was read from
 * (`project.interchange.data`), and its schema: the whole memory as read
 * (header, every unit with its attributes, props, notes and variants, the
 * units and languages the project did not take included), and which
 * variants each of the project's units came from. Writing the project back
 * regenerates the file from this record, putting in only the texts that
 * changed, so nothing the file held is lost.
 */
import { z } from 'zod';
import { unpackRecord } from '../packed-record.ts';
import type { InlineContent, InlineElement, Tmx } from './model.ts';

/** Where a project unit came from in the memory. */
export interface TmxUnitOrigin {
  /** Index of the `<tu>` in `tmx.units`. */
  tu: number;
  /** Index of the source and target variants in the `<tu>`; `null` when the unit has no such side. */
  source: number | null;
  target: number | null;
}

/** The TMX record of a project. */
export interface TmxRecord {
  tmx: Tmx;
  /** The languages read as source and target, as the file spells them. */
  languages: { source: string | null; target: string };
  /** For each unit of the project, in unit order. */
  units: TmxUnitOrigin[];
}

const attributes = z.record(z.string(), z.string());

const inlineElement: z.ZodType<InlineElement> = z.lazy(() =>
  z.object({
    kind: z.enum(['bpt', 'ept', 'it', 'ph', 'hi', 'sub', 'ut']),
    attrs: attributes,
    content: z.array(inlineContent),
  }),
);
const inlineContent: z.ZodType<InlineContent> = z.lazy(() => z.union([z.string(), inlineElement]));

const annotation = z.object({ attributes, text: z.string() });

const tmxSchema = z.object({
  version: z.string(),
  header: z.object({
    attributes,
    notes: z.array(annotation),
    props: z.array(annotation),
    udes: z.array(z.object({ attributes, maps: z.array(attributes) })),
  }),
  units: z.array(
    z.object({
      attributes,
      notes: z.array(annotation),
      props: z.array(annotation),
      variants: z.array(
        z.object({
          lang: z.string(),
          attributes,
          notes: z.array(annotation),
          props: z.array(annotation),
          content: z.array(inlineContent),
        }),
      ),
    }),
  ),
});

const variantIndex = z.number().int().nonnegative().nullable();

/** The schema of `TmxRecord`. */
export const tmxRecordSchema: z.ZodType<TmxRecord> = z.object({
  tmx: tmxSchema,
  languages: z.object({ source: z.string().nullable(), target: z.string() }),
  units: z.array(
    z.object({ tu: z.number().int().nonnegative(), source: variantIndex, target: variantIndex }),
  ),
});

/**
 * The record in `data` (packed by the reader, `packed-record.ts`, or an
 * object stored by an earlier build) when it is a valid one whose units
 * match a document of `unitCount` units and exist in its memory, else
 * `null` (the project is then written as a fresh memory).
 */
export function readTmxRecord(data: unknown, unitCount: number): TmxRecord | null {
  return unpackRecord(data, (value) => checkedRecord(value, unitCount));
}

function checkedRecord(value: unknown, unitCount: number): TmxRecord | null {
  const parsed = tmxRecordSchema.safeParse(value);
  if (!parsed.success || parsed.data.units.length !== unitCount) return null;
  const { tmx, units } = parsed.data;
  const exists = (tu: number, variant: number | null): boolean =>
    variant === null || tmx.units[tu]?.variants[variant] !== undefined;
  const consistent = units.every(
    (origin) => exists(origin.tu, origin.source) && exists(origin.tu, origin.target),
  );
  return consistent ? parsed.data : null;
}
