/**
 * What an XLIFF 2 project keeps of its file (`ProjectInterchange.data`) and
 * of each inline code (`InlineCode.data`), with the zod schemas the writer
 * checks them with: both come back from project files and IndexedDB, which
 * are outside input.
 *
 * The record is the file's own element tree, minus what the writer
 * regenerates from the project (ITS quality markers, our change tracking
 * and status elements), plus, per `<segment>` in document order, which
 * project unit it became and the target text it had. Keeping the tree
 * rather than a digest is what makes write-back lossless: modules,
 * extensions, `<ignorable>`s, whitespace between segments and notes are
 * written back exactly as they came.
 */
import { z } from 'zod';
import type { XmlElement, XmlNode } from '../xml/index.ts';

/** Where a `<segment>` of the file went. */
export interface Xliff2Segment {
  /** Index of the project unit it became; `null` when blank on both sides (no unit). */
  unit: number | null;
  /** Its target as read (placeholders for codes, trimmed), `null` when it had none. */
  target: string | null;
}

/** The XLIFF 2 record of a project. */
export interface Xliff2Data {
  kind: 'xliff2';
  root: XmlElement;
  segments: Xliff2Segment[];
}

/** What an inline code is in the file. `-end` kinds close the `pc`/`mrk` of the same id. */
export type Xliff2CodeKind =
  'ph' | 'pc' | 'pc-end' | 'sc' | 'ec' | 'mrk' | 'mrk-end' | 'sm' | 'em' | 'cp';

/** `InlineCode.data` of an XLIFF 2 code: enough to write the element back. */
export interface Xliff2CodeData {
  kind: Xliff2CodeKind;
  /** The element name as written (`ph`, `xlf:ph`). */
  name: string;
  attributes: Record<string, string>;
}

const xmlNodeSchema: z.ZodType<XmlNode> = z.lazy(() =>
  z.union([
    z.string(),
    z.object({
      name: z.string().min(1),
      attributes: z.record(z.string(), z.string()),
      children: z.array(xmlNodeSchema),
      offset: z.number(),
    }),
  ]),
);

/** Schema of `Xliff2Data`. */
export const xliff2DataSchema: z.ZodType<Xliff2Data> = z.object({
  kind: z.literal('xliff2'),
  root: xmlNodeSchema.refine((node) => typeof node !== 'string'),
  segments: z.array(
    z.object({
      unit: z.number().int().nonnegative().nullable(),
      target: z.string().nullable(),
    }),
  ),
});

/** Schema of `Xliff2CodeData`. */
export const xliff2CodeDataSchema: z.ZodType<Xliff2CodeData> = z.object({
  kind: z.enum(['ph', 'pc', 'pc-end', 'sc', 'ec', 'mrk', 'mrk-end', 'sm', 'em', 'cp']),
  name: z.string().min(1),
  attributes: z.record(z.string(), z.string()),
});

/** The code data of `data`, or `null` when it is not ours (a code from another format). */
export function codeData(data: unknown): Xliff2CodeData | null {
  const parsed = xliff2CodeDataSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
