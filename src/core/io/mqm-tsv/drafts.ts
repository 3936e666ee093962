/**
 * Project drafts from an MQM TSV file, one per system (or the one asked
 * for): the document and flags of `to-projects.ts`, the flags added to the
 * review log as their raters' operations, and the side data as the
 * project's MQM record (`record.ts`).
 *
 * Ids are derived, not random, so that reading a file twice gives equal
 * drafts and two reviewers who import the same file hold the same flags
 * (their logs then merge without duplicates): a flag is the k-th error of
 * its unit, qualified by a hash of its system and segment ids, and its
 * operation is named after it.
 */
import type { Flag } from '../../model/flag.ts';
import { flagAdded } from '../../review/index.ts';
import { DEFAULT_TYPOLOGY_ID } from '../../typology/index.ts';
import { projectNameOf, type ProjectDraft, type ReadOptions, type ReadResult } from '../format.ts';
import { ImportError, type ImportWarning } from '../import-error.ts';
import type { MqmProject } from './project.ts';
import { readMqmTsv } from './read.ts';
import type { MqmRecord } from './record.ts';
import { mqmToProjects } from './to-projects.ts';

/** Longest part of a system's name put into a project's name. */
const MAX_SYSTEM_IN_NAME = 200;

/** 32-bit FNV-1a of `text`, in hex: short, stable, good enough to tell systems and segments apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The project of one system with derived flag ids (see the module comment). */
function withDerivedIds(project: MqmProject): MqmProject {
  const perUnit = new Map<number, number>();
  const flagOrigins: MqmProject['flagOrigins'] = {};
  const flags = project.flags.map((flag): Flag => {
    const unit = flag.anchor.unit;
    const k = perUnit.get(unit) ?? 0;
    perUnit.set(unit, k + 1);
    const ref = project.segments[unit];
    const key = [project.system, ref?.doc, ref?.docSegId, ref?.globalSegId].join('\u0000');
    const id = `mqm-${fnv1a(key)}-${unit}-${k}`;
    const origin = project.flagOrigins[flag.id];
    if (origin) flagOrigins[id] = origin;
    return { ...flag, id };
  });
  return { ...project, flags, flagOrigins };
}

function draftOf(
  project: MqmProject,
  dialect: MqmRecord['dialect'],
  fileName: string,
): ProjectDraft {
  const record: MqmRecord = {
    system: project.system,
    dialect,
    segments: project.segments,
    flagOrigins: project.flagOrigins,
  };
  // A rater's error is theirs, made when the row says: the log says so too.
  const ops = project.flags.map((flag) =>
    flagAdded(flag, {
      author: flag.author,
      now: () => flag.createdAt,
      newId: () => `${flag.id}-add`,
    }),
  );
  return {
    // A system name is a cell of the file: long ones are cut to keep the name a name.
    name: `${projectNameOf(fileName)} (${project.system.slice(0, MAX_SYSTEM_IN_NAME)})`,
    document: project.document,
    review: { typologyId: DEFAULT_TYPOLOGY_ID, ops },
    sourceFileName: fileName,
    targetFileName: fileName,
    interchange: { format: 'mqm-tsv', codes: {}, data: record },
  };
}

/** Reads an MQM TSV file as drafts, one per system. Throws `ImportError` only. */
export function readMqmDrafts(text: string, options: ReadOptions): ReadResult {
  const file = options.fileName;
  const read = readMqmTsv(text, { file });
  options.onProgress?.(0.5);
  let counter = 0;
  const projects = mqmToProjects(read, {
    newId: () => `row-${counter++}`,
    // Flags whose row records no time get the caller's, else a fixed one: core keeps no clock.
    now: options.now ?? new Date(0),
    file,
    ...(options.system === undefined ? {} : { system: options.system }),
  }).map(withDerivedIds);
  if (projects.length === 0)
    throw new ImportError('empty', 'the file has no rows to import', { file });
  const dialect = read.dialect === 'anthea' ? 'anthea' : 'wmt';
  // Warnings of the file itself repeat in every system's list: keep each once.
  const warnings = new Map<string, ImportWarning>();
  for (const project of projects) {
    for (const warning of project.warnings) {
      warnings.set(`${warning.code}\u0000${warning.message}`, warning);
    }
  }
  options.onProgress?.(1);
  return {
    drafts: projects.map((project) => draftOf(project, dialect, file)),
    warnings: [...warnings.values()],
  };
}
