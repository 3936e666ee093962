/**
 * What the import worker does with one file, apart from the worker's
 * messaging so it can be tested without one: load the bytes, decode them
 * (refusing an oversized file before it is read), tell what the file is
 * and read it with the registry, reporting progress on the way; and the
 * summary of what it read that the page is sent.
 */
import type { InterchangeFormatId, ProjectDraft } from '../core/io/format.ts';
import {
  decodeInterchange,
  detectInterchangeFormat,
  MAX_INTERCHANGE_BYTES,
  readInterchange,
} from '../core/io/formats.ts';
import { checkSize, ImportError, type ImportWarning } from '../core/io/import-error.ts';
import { ProjectFileError, readProjectFile } from '../core/io/project-file.ts';
import type { Project } from '../core/model/project.ts';
import { replay } from '../core/review/index.ts';
import type { DraftSummary, ImportFailure, ImportOutcome, ImportStage } from './import-protocol.ts';

/** What a file held, kept in the worker until the person commits or picks another file. */
export type HeldRead =
  | {
      kind: 'interchange';
      format: InterchangeFormatId;
      drafts: ProjectDraft[];
      warnings: ImportWarning[];
    }
  | { kind: 'project'; project: Project }
  | { kind: 'review' }
  | { kind: 'plain' };

/** Where each stage starts on the progress bar; parsing takes most of the time. */
const STAGE_START: Record<ImportStage, number> = { load: 0, decode: 0.05, parse: 0.15, send: 0.95 };

/** Reports progress as one fraction of the whole import. */
export type ProgressSink = (stage: ImportStage, fraction: number) => void;

/**
 * Reads `file` (named `fileName`) into what it holds; `lenient` reads an
 * interchange file that breaks its format's rules as far as it can, the
 * broken rules becoming warnings. Throws `ImportError` only, for the file's
 * faults.
 */
export async function readImportFile(
  file: Blob,
  fileName: string,
  progress: ProgressSink,
  lenient = false,
): Promise<HeldRead> {
  const where = { file: fileName };
  progress('load', STAGE_START.load);
  checkSize(file.size, MAX_INTERCHANGE_BYTES, 'bytes', fileName);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    // The file vanished or permission was revoked between choosing and reading.
    throw new ImportError('undecodable', `the file cannot be read (${String(error)})`, where);
  }
  progress('decode', STAGE_START.decode);
  const text = decodeInterchange(bytes, fileName);
  const detected = detectInterchangeFormat(text, fileName);
  if (!detected) return { kind: 'plain' };
  if (detected.kind === 'review') return { kind: 'review' };
  progress('parse', STAGE_START.parse);
  if (detected.kind === 'project') {
    try {
      return { kind: 'project', project: readProjectFile(text) };
    } catch (error) {
      if (error instanceof ProjectFileError) throw new ImportError('invalid', error.message, where);
      throw error;
    }
  }
  const span = STAGE_START.send - STAGE_START.parse;
  const read = readInterchange(text, {
    fileName,
    format: detected.format.id,
    ...(lenient ? { lenient: true } : {}),
    onProgress: (fraction) =>
      progress('parse', STAGE_START.parse + span * Math.min(Math.max(fraction, 0), 1)),
  });
  progress('send', STAGE_START.send);
  return { kind: 'interchange', format: read.format, drafts: read.drafts, warnings: read.warnings };
}

/** A draft or project's name and size: units, and flags not deleted. */
export function summaryOf(draft: Pick<Project, 'name' | 'document' | 'review'>): DraftSummary {
  let flags = 0;
  for (const flag of replay(draft.review.ops).flags.values())
    if (flag.status !== 'deleted') flags++;
  return { name: draft.name, units: draft.document.alignment.units.length, flags };
}

/** What the page is told of `held`: names, sizes and warnings, never the projects. */
export function outcomeOf(held: HeldRead): ImportOutcome {
  if (held.kind === 'interchange') {
    const { format, warnings } = held;
    return { kind: 'interchange', format, warnings, drafts: held.drafts.map(summaryOf) };
  }
  if (held.kind === 'project') return { kind: 'project', project: summaryOf(held.project) };
  return held;
}

/** `error` as it crosses to the app: an `ImportError`'s parts, or `internal` with its message. */
export function importFailure(error: unknown): ImportFailure {
  if (error instanceof ImportError) {
    return { code: error.code, problem: error.problem, location: error.location };
  }
  return {
    code: 'internal',
    problem: error instanceof Error ? error.message : String(error),
    location: {},
  };
}
