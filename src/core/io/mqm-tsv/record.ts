/**
 * What a project keeps of the MQM TSV file it was read from
 * (`project.interchange.data`), and its schema: the system, the layout, and
 * the side data of `project.ts` (each unit's document and segment ids, its
 * `No-error` and attention-check rows, each flag's category and severity as
 * spelled in the file and its Anthea metadata), so that an export writes
 * the rows back as they were and a re-import gives the same flags.
 */
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../../model/flag.ts';
import type { MqmFlagOrigin, MqmSegmentRef } from './project.ts';

/** The MQM record of a project. */
export interface MqmRecord {
  /** The system whose annotations the project holds, written on every row. */
  system: string;
  /** The layout to write: the file's (a QE-spans file is written in the WMT layout). */
  dialect: 'wmt' | 'anthea';
  /** Per unit, in unit order. */
  segments: MqmSegmentRef[];
  /** By flag id. */
  flagOrigins: Record<string, MqmFlagOrigin>;
}

const metadata = { metadata: z.string().optional() };

/** The schema of `MqmRecord`. */
export const mqmRecordSchema = z.object({
  system: z.string(),
  dialect: z.enum(['wmt', 'anthea']),
  segments: z.array(
    z.object({
      doc: z.string(),
      docSegId: z.string(),
      globalSegId: z.string(),
      noError: z.array(z.object({ rater: z.string(), ...metadata })),
      attentionChecks: z.array(z.object({ rater: z.string(), category: z.string(), ...metadata })),
      keptRows: z
        .array(
          z.object({
            rater: z.string(),
            source: z.string(),
            target: z.string(),
            category: z.string(),
            severity: z.string(),
            ...metadata,
          }),
        )
        .optional(),
    }),
  ),
  flagOrigins: z.record(
    z.string(),
    z.object({
      category: z.string(),
      severity: z.string(),
      ...metadata,
      importedAs: z.object({
        category: z.string(),
        severity: z.enum(SEVERITIES as [Severity, ...Severity[]]),
      }),
    }),
  ),
});

/** The record in `data` when it is a valid one for a document of `unitCount` units, else `null`. */
export function readMqmRecord(data: unknown, unitCount: number): MqmRecord | null {
  const parsed = mqmRecordSchema.safeParse(data);
  if (!parsed.success || parsed.data.segments.length !== unitCount) return null;
  return parsed.data;
}
