/**
 * From a read MQM file to projects, one per system: the system's segments,
 * in document order and by segment index within a document, become a
 * document (one unit per segment, see `segments.ts`), and its raters'
 * errors become flags on the units.
 *
 * Rows are grouped by document and segment id; a segment's text is that of
 * its first row that is not an attention check. `HOTW-test` rows (Anthea's
 * attention checks, injected errors that say nothing about the translation)
 * and `No-error` rows give no flag; both are kept with the segment so that
 * an export writes them back.
 */
import type { Side } from '../../model/document.ts';
import type { Flag } from '../../model/flag.ts';
import {
  DEFAULT_TYPOLOGY_ID,
  findCategory,
  typologyById,
  type Typology,
} from '../../typology/index.ts';
import { ImportError, WarningLog, type ImportLocation } from '../import-error.ts';
import { buildSegmentDocument, unitText } from '../segments.ts';
import { placeRowError, type PlacementNote } from './anchor-row.ts';
import type { MqmFile, MqmRow } from './model.ts';
import {
  readMetadata,
  type MqmFlagOrigin,
  type MqmProject,
  type MqmSegmentRef,
} from './project.ts';
import { unmark } from './spans.ts';
import { FALLBACK_CATEGORY, mapCategory, readSeverity } from './vocabulary.ts';

/** Options of `mqmToProjects`. */
export interface MqmProjectOptions {
  /** Import only this system; default all, one project each. */
  system?: string;
  /** The typology categories are mapped onto; default the WMT MQM typology. */
  typology?: Typology;
  /** Identifier for each new flag (a UUID in the app). */
  newId: () => string;
  /** Timestamp of flags whose row records none; default now. */
  now?: Date;
  /** File name, for warning locations. */
  file?: string;
}

/** A segment of one system: its rows in file order. */
interface SegmentRows {
  doc: string;
  docSegId: string;
  globalSegId: string;
  rows: MqmRow[];
}

/** Projects of the systems of `file`. Throws `ImportError` for a system the file does not have. */
export function mqmToProjects(file: MqmFile, options: MqmProjectOptions): MqmProject[] {
  const systems = options.system === undefined ? file.systems : [options.system];
  if (options.system !== undefined && !file.systems.includes(options.system)) {
    throw new ImportError(
      'empty',
      `the file has no system "${options.system}"; it has ${file.systems.map((s) => `"${s}"`).join(', ') || 'none'}`,
      options.file === undefined ? {} : { file: options.file },
    );
  }
  const typology = options.typology ?? typologyById(DEFAULT_TYPOLOGY_ID);
  if (!typology) throw new Error(`the default typology "${DEFAULT_TYPOLOGY_ID}" is missing`);
  return systems.map((system) => systemProject(file, system, typology, options));
}

const NOTE_MESSAGES: Record<PlacementNote, string> = {
  'irregular-marks':
    'the <v>…</v> marks of a row do not pair up; the span was read from the first <v> to the last </v>',
  'text-differs':
    "rows of one segment disagree on its text; spans of the other rows were found again in the first row's text",
  'span-not-found':
    "an error span could not be found in the segment's text; the error was put on the whole text",
  widened:
    'an error span held only whitespace at the edge of its segment (or nothing); it was widened to one character',
};

function systemProject(
  file: MqmFile,
  system: string,
  typology: Typology,
  options: MqmProjectOptions,
): MqmProject {
  const warnings = new WarningLog();
  const at = (row: MqmRow): ImportLocation => ({
    ...(options.file === undefined ? {} : { file: options.file }),
    line: row.line,
  });
  const segments = orderedSegments(file, system);
  const texts = segments.map((segment) => {
    const first =
      segment.rows.find((row) => readSeverity(row.severity).kind !== 'attention-check') ??
      segment.rows[0];
    return { source: unmark(first?.source ?? '').text, target: unmark(first?.target ?? '').text };
  });
  const { document, unitOfPair } = buildSegmentDocument(texts);
  const refs: MqmSegmentRef[] = [];
  const flags: Flag[] = [];
  const flagOrigins: Record<string, MqmFlagOrigin> = {};
  let attentionChecks = 0;
  const nowIso = (options.now ?? new Date()).toISOString();
  const fallback = findCategory(typology, FALLBACK_CATEGORY)?.path ?? FALLBACK_CATEGORY;

  segments.forEach((segment, k) => {
    const unit = unitOfPair[k];
    const ref: MqmSegmentRef = {
      doc: segment.doc,
      docSegId: segment.docSegId,
      globalSegId: segment.globalSegId,
      noError: [],
      attentionChecks: [],
    };
    if (unit !== null && unit !== undefined) refs[unit] = ref;
    const unitSides = unit === null || unit === undefined ? null : document.alignment.units[unit];
    const unitTexts: Record<Side, string | null> = {
      source: unitSides ? unitText(document, unitSides, 'source') : null,
      target: unitSides ? unitText(document, unitSides, 'target') : null,
    };
    for (const row of segment.rows) {
      const reading = readSeverity(row.severity);
      if (reading.kind === 'attention-check') {
        attentionChecks++;
        ref.attentionChecks.push({
          rater: row.rater,
          category: row.category,
          ...(row.metadata === undefined ? {} : { metadata: row.metadata }),
        });
        continue;
      }
      if (reading.kind === 'unknown') {
        warnings.add(
          'unknown-severity',
          `"${row.severity}" is not a severity; the row was left out of the review and kept for export`,
          at(row),
          row.severity,
        );
        keep(ref, row);
        continue;
      }
      if (reading.kind === 'no-error') {
        ref.noError.push({
          rater: row.rater,
          ...(row.metadata === undefined ? {} : { metadata: row.metadata }),
        });
        continue;
      }
      let category = mapCategory(row.category, typology);
      if (category === null) {
        const message = row.category
          ? `"${row.category}" is not a category of ${typology.name}; its errors were filed as ${fallback}`
          : `errors without a category were filed as ${fallback}`;
        warnings.add('unknown-category', message, at(row), row.category);
        category = fallback;
      }
      const placed =
        unit === null || unit === undefined ? null : placeRowError(row, category, unit, unitTexts);
      for (const note of placed?.notes ?? []) warnings.add(note, NOTE_MESSAGES[note], at(row));
      if (!placed?.anchor) {
        warnings.add(
          'no-text',
          'an error is on a side of its segment that has no text; it was left out of the review and kept for export',
          at(row),
        );
        keep(ref, row);
        continue;
      }
      const metadata = readMetadata(row.metadata);
      const created =
        metadata.timestamp === undefined ? nowIso : safeIso(metadata.timestamp, nowIso);
      const flag: Flag = {
        id: options.newId(),
        anchor: placed.anchor,
        category,
        severity: reading.severity,
        comment: metadata.note ?? '',
        suggestion: null,
        status: 'open',
        author: { name: row.rater || 'unknown', role: 'reviewer' },
        createdAt: created,
        updatedAt: created,
        origin: 'import:mqm-tsv',
      };
      flags.push(flag);
      flagOrigins[flag.id] = {
        category: row.category,
        severity: row.severity,
        ...(row.metadata === undefined ? {} : { metadata: row.metadata }),
        importedAs: { category, severity: reading.severity },
      };
    }
  });
  if (segments.some((_, k) => unitOfPair[k] === null)) {
    warnings.add('blank-segment', 'segments with no text on either side were left out', {});
  }
  return {
    system,
    document,
    flags,
    segments: refs,
    flagOrigins,
    attentionChecks,
    warnings: [...file.warnings, ...warnings.list()],
  };
}

/** Keeps `row` with its segment, as written, for export. */
function keep(ref: MqmSegmentRef, row: MqmRow): void {
  (ref.keptRows ??= []).push({
    rater: row.rater,
    source: row.source,
    target: row.target,
    category: row.category,
    severity: row.severity,
    ...(row.metadata === undefined ? {} : { metadata: row.metadata }),
  });
}

/** The segments of `system`, documents in file order, segments by index within each. */
function orderedSegments(file: MqmFile, system: string): SegmentRows[] {
  const byKey = new Map<string, SegmentRows>();
  for (const row of file.rows) {
    if (row.system !== system) continue;
    // Rows without any segment id are told apart by their source text.
    const id = row.docSegId || row.globalSegId || `text:${unmark(row.source).text}`;
    const key = `${row.doc}\u0000${id}`;
    let segment = byKey.get(key);
    if (!segment) {
      segment = { doc: row.doc, docSegId: row.docSegId, globalSegId: row.globalSegId, rows: [] };
      byKey.set(key, segment);
    }
    segment.rows.push(row);
  }
  const docOrder = new Map(file.docs.map((doc, i) => [doc, i]));
  const appearance = new Map([...byKey.values()].map((segment, i) => [segment, i]));
  const index = (segment: SegmentRows): number => Number(segment.docSegId || segment.globalSegId);
  return [...byKey.values()].sort((a, b) => {
    const byDoc = (docOrder.get(a.doc) ?? 0) - (docOrder.get(b.doc) ?? 0);
    if (byDoc !== 0) return byDoc;
    const [ia, ib] = [index(a), index(b)];
    const numeric = Number.isFinite(ia) && Number.isFinite(ib) && ia !== ib;
    return numeric ? ia - ib : (appearance.get(a) ?? 0) - (appearance.get(b) ?? 0);
  });
}

/** ISO text of a millisecond timestamp, or `fallback` when it is not a date. */
function safeIso(milliseconds: number, fallback: string): string {
  const date = new Date(milliseconds);
  return Number.isNaN(date.getTime()) ? fallback : date.toISOString();
}
