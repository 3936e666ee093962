/**
 * Writing a project's flags as an MQM TSV file in the WMT or Anthea layout,
 * so that the tools that read Google's releases (MQM Viewer, the WMT
 * scripts) can read a Duizhao review.
 *
 * One row per flag, in unit order, with its span marked `<v>…</v>` on its
 * side; then the unit's `No-error` rows: those of the import, and one for
 * each author of a flag since deleted or rejected who has none left; then
 * the attention checks and the rows it could not use, as they were. A unit without any row
 * gets one `No-error` row, so that tools count it as rated. Flags count when
 * open or resolved (the MT had the error either way), on the MT text
 * (version `mt`: a span on a revision's text does not locate anything in
 * the MT the file holds). Tabs and line breaks in a text, which the layout
 * cannot hold, become spaces.
 */
import type { BilingualDocument } from '../../model/document.ts';
import type { Flag } from '../../model/flag.ts';
import { unitText } from '../segments.ts';
import type { MqmFlagOrigin, MqmSegmentRef } from './project.ts';
import { writeMetadata } from './project.ts';
import { mark } from './spans.ts';
import { writeSeverity } from './vocabulary.ts';

/** How to write. */
export interface MqmWriteOptions {
  /** The system name written on every row. */
  system: string;
  /** Where each unit came from (from the import); units without one are numbered from 1 in `doc`. */
  segments?: readonly (MqmSegmentRef | undefined)[];
  /** The import's side map, to write category names and metadata back as they were. */
  flagOrigins?: Readonly<Record<string, MqmFlagOrigin>>;
  /** Default: `anthea` when the import kept Anthea metadata (in the side map or the segments), else `wmt`. */
  dialect?: 'wmt' | 'anthea';
  /** Document name for units without a segment reference. Default `doc`. */
  doc?: string;
  /** Rater of the `No-error` row of a unit nobody flagged or saw. Default `unknown`. */
  rater?: string;
}

const HEADERS = {
  wmt: ['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity'],
  anthea: [
    'system',
    'doc',
    'docSegId',
    'globalSegId',
    'rater',
    'source',
    'target',
    'category',
    'severity',
    'metadata',
  ],
} as const;

/** Serialises flags on `document` as an MQM TSV file. */
export function writeMqmTsv(
  document: BilingualDocument,
  flags: readonly Flag[],
  options: MqmWriteOptions,
): string {
  const origins = options.flagOrigins ?? {};
  const anthea = (options.dialect ?? (carriesMetadata(options) ? 'anthea' : 'wmt')) === 'anthea';
  const lines = [(anthea ? HEADERS.anthea : HEADERS.wmt).join('\t')];
  const byUnit = new Map<number, Flag[]>();
  for (const flag of flags) {
    const list = byUnit.get(flag.anchor.unit) ?? [];
    list.push(flag);
    byUnit.set(flag.anchor.unit, list);
  }
  document.alignment.units.forEach((unit, index) => {
    const ref = options.segments?.[index];
    const ids = [
      ref?.doc ?? options.doc ?? 'doc',
      ref?.docSegId ?? String(index + 1),
      ref?.globalSegId ?? String(index + 1),
    ];
    const texts = {
      source: field(unitText(document, unit, 'source') ?? ''),
      target: field(unitText(document, unit, 'target') ?? ''),
    };
    const row = (
      rater: string,
      source: string,
      target: string,
      category: string,
      severity: string,
      metadata: string,
    ) =>
      [
        options.system,
        ...ids,
        field(rater),
        source,
        target,
        field(category),
        severity,
        ...(anthea ? [metadata] : []),
      ].join('\t');
    const unitFlags = byUnit.get(index) ?? [];
    const written = unitFlags.filter((flag) => isWritten(flag, texts[flag.anchor.side].length));
    for (const flag of written) {
      const origin = origins[flag.id];
      const { side, position } = flag.anchor;
      const marked = { ...texts, [side]: mark(texts[side], position) };
      const keepNames =
        origin?.importedAs.category === flag.category &&
        origin.importedAs.severity === flag.severity;
      lines.push(
        row(
          flag.author.name,
          marked.source,
          marked.target,
          keepNames ? origin.category : flag.category,
          keepNames ? origin.severity : writeSeverity(flag.severity),
          writeMetadata(origin?.metadata, flag.comment),
        ),
      );
    }
    // The import's No-error rows are written back as they were; authors of
    // flags no longer written (deleted, rejected) are raters who now find
    // no error.
    const clean = (ref?.noError ?? []).map((mark) => ({
      rater: mark.rater,
      metadata: mark.metadata ?? '{}',
    }));
    const named = new Set([
      ...written.map((flag) => flag.author.name),
      ...clean.map((mark) => mark.rater),
    ]);
    for (const flag of unitFlags) {
      if (named.has(flag.author.name)) continue;
      named.add(flag.author.name);
      clean.push({ rater: flag.author.name, metadata: '{}' });
    }
    const checks = ref?.attentionChecks ?? [];
    const kept = ref?.keptRows ?? [];
    if (written.length === 0 && clean.length === 0 && checks.length === 0 && kept.length === 0) {
      clean.push({ rater: options.rater ?? 'unknown', metadata: '{}' });
    }
    for (const { rater, metadata } of clean) {
      lines.push(row(rater, texts.source, texts.target, 'No-error', 'No-error', metadata));
    }
    for (const check of checks) {
      lines.push(
        row(
          check.rater,
          texts.source,
          texts.target,
          check.category,
          'HOTW-test',
          check.metadata ?? '{}',
        ),
      );
    }
    for (const other of kept) {
      lines.push(
        row(
          other.rater,
          field(other.source),
          field(other.target),
          other.category,
          field(other.severity),
          other.metadata ?? '{}',
        ),
      );
    }
  });
  return lines.join('\n') + '\n';
}

/** Whether anything the import kept has Anthea metadata, which only the Anthea layout can hold. */
function carriesMetadata(options: MqmWriteOptions): boolean {
  const rows = [
    ...Object.values(options.flagOrigins ?? {}),
    ...(options.segments ?? []).flatMap((ref) => [
      ...(ref?.noError ?? []),
      ...(ref?.attentionChecks ?? []),
      ...(ref?.keptRows ?? []),
    ]),
  ];
  return rows.some((row) => row.metadata !== undefined);
}

/** Whether a flag belongs in the file: an error of the MT, with a span inside its text. */
function isWritten(flag: Flag, length: number): boolean {
  const { version, position } = flag.anchor;
  return (
    (flag.status === 'open' || flag.status === 'resolved') &&
    version === 'mt' &&
    position.start >= 0 &&
    position.start <= position.end &&
    position.end <= length
  );
}

/** A value the layout can hold: no tab, no line break. */
function field(value: string): string {
  return value.replace(/[\t\n\r]/g, ' ');
}
