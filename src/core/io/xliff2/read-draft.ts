/**
 * From the segments of a read file to the project draft: the document, the
 * codes and notes by unit, the flags (quality markers and our standoff
 * flags), and the review log.
 */
import { describeSpan } from '../../anchor/index.ts';
import type { Flag } from '../../model/flag.ts';
import type { InterchangeNote, ProjectInterchange } from '../../model/project-extras.ts';
import { flagSchema } from '../../model/review-schema.ts';
import { revisionVersion } from '../../model/revision.ts';
import { DEFAULT_TYPOLOGY_ID } from '../../typology/index.ts';
import { projectNameOf, type ProjectDraft } from '../format.ts';
import type { WarningLog } from '../import-error.ts';
import { cleanSegment, type SegmentDocument } from '../segments.ts';
import type { XmlElement } from '../xml/index.ts';
import type { LqiIssue, LqiSpan } from './inline-read.ts';
import type { Xliff2Data } from './model.ts';
import { packXliff2Data } from './record.ts';
import type { ReadSegment, ReadUnits } from './read-units.ts';
import { decisionOf, flagFields } from './review-attrs.ts';
import { reviewOps, type ReadFlag, type ReadMark, type UnitRevisions } from './review-ops.ts';

/** A short stable hash (FNV-1a, 32 bits, hex) for ids of flags the file does not name. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The clean target text of `unit` in the built document (`''` when it has none). */
function targetOf(built: SegmentDocument, unit: number): string {
  const range = built.document.alignment.units[unit]?.target;
  return range ? built.document.target.text.slice(range.start, range.end) : '';
}

/** Builds the draft. */
export function draftFromUnits(
  units: ReadUnits,
  built: SegmentDocument,
  root: XmlElement,
  warnings: WarningLog,
  file: string,
): ProjectDraft {
  const codes: ProjectInterchange['codes'] = {};
  const notes: Record<string, InterchangeNote[]> = {};
  const flags: ReadFlag[] = [];
  const revisions: UnitRevisions[] = [];
  const marks: ReadMark[] = [];
  const data: Xliff2Data = { kind: 'xliff2', root, segments: [] };
  let pendingNotes: InterchangeNote[] = [];
  const collected: Collected = { flags, revisions, marks };
  for (let index = 0; index < units.segments.length; index++) {
    const segment = units.segments[index] as ReadSegment;
    const unit = built.unitOfPair[index] ?? null;
    const asRead = segment.targetAsRead;
    data.segments.push({
      unit,
      // The target as the document holds it, unless the file's differs (our recorded MT).
      target:
        asRead === null
          ? null
          : unit !== null && asRead === segment.target
            ? targetOf(built, unit)
            : cleanSegment(asRead).text,
    });
    if (segment.paragraphStart) pendingNotes = segment.notes;
    if (unit === null) continue;
    if (pendingNotes.length > 0) notes[String(unit)] = pendingNotes;
    pendingNotes = [];
    if (segment.table.size > 0) codes[String(unit)] = segment.table.codes;
    readSegmentReview(segment, unit, collected, warnings, file);
  }
  const { ops, skipped } = reviewOps(revisions, flags, marks);
  if (skipped > 0) {
    warnings.add(
      'revision-skipped',
      `${skipped} revisions whose earlier version is missing were left out`,
      { file },
    );
  }
  const name = projectNameOf(file);
  return {
    name,
    document: built.document,
    review: { typologyId: DEFAULT_TYPOLOGY_ID, ops },
    sourceFileName: file,
    targetFileName: file,
    interchange: {
      format: 'xliff2',
      codes,
      ...(Object.keys(notes).length > 0 ? { notes } : {}),
      data: packXliff2Data(data),
    },
  };
}

interface Collected {
  flags: ReadFlag[];
  revisions: UnitRevisions[];
  marks: ReadMark[];
}

function readSegmentReview(
  segment: ReadSegment,
  unit: number,
  out: Collected,
  warnings: WarningLog,
  file: string,
): void {
  // Most segments carry no review: nothing to clean, index or allocate.
  const review = segment.review;
  if (!review && segment.sourceLqi.length === 0 && segment.targetLqi.length === 0) return;
  const source = cleanSegment(segment.source);
  const mt = cleanSegment(segment.target).text;
  const asRead = segment.targetAsRead === null ? null : cleanSegment(segment.targetAsRead);
  const texts = new Map<string, string>([['mt', mt]]);
  if (review && review.revisions.length > 0) {
    out.revisions.push({ unit, mt, records: review.revisions });
    for (const record of review.revisions) texts.set(revisionVersion(record.id), record.text);
  }
  if (review?.mark) out.marks.push({ unit, attributes: review.mark });
  const current = review?.current ?? 'mt';
  let n = 0;
  const add = (
    side: 'source' | 'target',
    version: string,
    text: string,
    start: number,
    end: number,
    issue: LqiIssue,
  ): void => {
    const fallback = `x2lqi-${hash(`${segment.path}|${side}|${start}|${end}|${text}`)}-${n++}`;
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    if (from === to) {
      warnings.add('empty-issue', 'a quality issue marks no text; it was left out', {
        file,
        path: segment.path,
      });
      return;
    }
    const flag: Flag = {
      ...flagFields(issue, fallback),
      anchor: describeSpan(text, from, to, { side, unit, version }),
    };
    if (!flagSchema.safeParse(flag).success) {
      warnings.add('bad-issue', 'a quality issue could not be read as a flag; it was left out', {
        file,
        path: segment.path,
      });
      return;
    }
    const decision = decisionOf(issue.ours);
    out.flags.push(decision ? { flag, decision } : { flag });
  };
  const fromMarkers = (
    spans: LqiSpan[],
    side: 'source' | 'target',
    clean: { text: string; leading: number },
    version: string,
  ): void => {
    for (const span of spans) {
      for (const issue of span.issues) {
        add(side, version, clean.text, span.start - clean.leading, span.end - clean.leading, issue);
      }
    }
  };
  fromMarkers(segment.sourceLqi, 'source', source, 'mt');
  if (asRead) fromMarkers(segment.targetLqi, 'target', asRead, current);
  for (const flag of review?.flags ?? []) {
    const text = flag.side === 'source' ? source.text : texts.get(flag.version);
    if (text === undefined || !Number.isInteger(flag.start) || !Number.isInteger(flag.end))
      continue;
    add(flag.side, flag.version, text, flag.start, flag.end, flag.issue);
  }
}
