/**
 * The record an XLIFF 1.2 import keeps in `Project.interchange.data`: the
 * file's tree without what the review regenerates (our `alt-trans`, LQI
 * markers and their standoff), and which unit each segment became.
 */
import { z } from 'zod';
import { xNodeSchema, type XElement } from './tree.ts';

/** The kept record. */
export interface Xliff12Data {
  /** Always 1: the version of this record's shape. */
  record: 1;
  root: XElement;
  /** For each segment in document order, its unit index; `null` for a segment blank on both sides. */
  unitOfSegment: (number | null)[];
}

/** zod schema of the kept record. */
export const xliff12DataSchema: z.ZodType<Xliff12Data> = z.object({
  record: z.literal(1),
  root: z.object({ n: z.string(), a: z.record(z.string(), z.string()), c: z.array(xNodeSchema) }),
  unitOfSegment: z.array(z.number().int().nonnegative().nullable()),
});

/** Default when a file names neither a date nor a reviewer: flags from other tools need both. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

/** Largest XLIFF text read, in characters (a 50 MB file must load). */
export const MAX_XLIFF_CHARS = 256 * 1024 * 1024;
