/**
 * The review a file carries, rebuilt as a review log: flags from ITS issue
 * markers (ours or another tool's), revisions from our `alt-trans`
 * versions, status marks from our attributes on the target.
 */
import { describeSpan } from '../../anchor/describe.ts';
import type { BilingualDocument, Side } from '../../model/document.ts';
import type { Author, Flag } from '../../model/flag.ts';
import type { ReviewOp } from '../../model/review-log.ts';
import { replay, ReviewLogError } from '../../review/apply.ts';
import { revisionChanges } from '../../revision/save.ts';
import { cleanSegment, unitText } from '../segments.ts';
import type { IssueSpan } from './inline-read.ts';
import { readIssue, readMark, readRevision, readSignoff } from './review-attrs.ts';
import { reviewOps, type ReadOpId, type ReadReview } from '../review-markup/ops.ts';
import type { SegmentRead } from './read-unit.ts';

type Warn = (code: string, message: string, path: string) => void;

/** Collects the pieces of each flag (a flag split around codes comes in several markers). */
class FlagPieces {
  readonly byId = new Map<
    string,
    {
      flag: Omit<Flag, 'anchor'>;
      owner: { side: Side; unit: number; version: string };
      text: string;
      start: number;
      end: number;
      decision: ReadReview['flags'][number]['decision'];
    }
  >();

  add(
    spans: readonly IssueSpan[],
    owner: { side: Side; unit: number; version: string },
    text: string,
    shift: number,
    fallback: { author: Author; at: string },
  ): void {
    let n = 0;
    for (const span of spans) {
      const start = Math.min(Math.max(span.start - shift, 0), text.length);
      const end = Math.min(Math.max(span.end - shift, 0), text.length);
      for (const issue of span.issues) {
        const reading = readIssue(issue, fallback);
        const exact = exactSpan(issue['dz:span'], text.length, start, end);
        const id = reading.id ?? `xliff12-${owner.unit}-${owner.side}-${owner.version}-${n++}`;
        const known = this.byId.get(id);
        if (known && known.owner.unit === owner.unit && known.owner.side === owner.side) {
          known.start = Math.min(known.start, exact?.start ?? start);
          known.end = Math.max(known.end, exact?.end ?? end);
          continue;
        }
        this.byId.set(id, {
          flag: { id, ...reading.fields },
          owner,
          text,
          start: exact?.start ?? start,
          end: exact?.end ?? end,
          decision: reading.decision,
        });
      }
    }
  }
}

/**
 * Our exact span (`dz:span="start end"`), when it is a span of the text and
 * holds the marker found: a file edited by another tool falls back to its markers.
 */
function exactSpan(
  value: string | undefined,
  length: number,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const match = /^(\d+) (\d+)$/.exec(value ?? '');
  if (!match) return null;
  const exact = { start: Number(match[1]), end: Number(match[2]) };
  const fits = exact.start < exact.end && exact.end <= length;
  return fits && exact.start <= start && end <= exact.end ? exact : null;
}

/** The review log of the segments read; `unitOfPair` maps segments to units. */
export function buildReview(
  document: BilingualDocument,
  segments: readonly SegmentRead[],
  unitOfPair: readonly (number | null)[],
  fallback: { author: Author; at: string },
  rootAttributes: Record<string, string>,
  warn: Warn,
): ReviewOp[] {
  const pieces = new FlagPieces();
  const signoff = readSignoff(rootAttributes, fallback.author, fallback.at);
  const review: ReadReview = { flags: [], revisions: [], marks: [], signoff };
  segments.forEach((segment, k) => {
    const unit = unitOfPair[k];
    if (unit === null || unit === undefined) return;
    const alignment = document.alignment.units[unit];
    if (!alignment) return;
    if (segment.source) {
      const text = unitText(document, alignment, 'source') ?? '';
      const shift = cleanSegment(segment.source.text).leading;
      pieces.add(
        segment.source.spans,
        { side: 'source', unit, version: 'mt' },
        text,
        shift,
        fallback,
      );
    }
    const mt = unitText(document, alignment, 'target') ?? '';
    const texts = new Map<string, string>([['mt', mt]]);
    for (const version of segment.versions) {
      if (version.dz.version === 'mt') {
        const shift = cleanSegment(version.text).leading;
        pieces.add(version.spans, { side: 'target', unit, version: 'mt' }, mt, shift, fallback);
        continue;
      }
      const revision = readRevision(version.dz, fallback.author, fallback.at);
      if (!revision) continue;
      const base = texts.get(revision.base);
      if (base === undefined) {
        warn(
          'revision-without-base',
          'a revision whose base version is missing was left out',
          segment.path,
        );
        continue;
      }
      texts.set(`rev:${revision.id}`, version.text);
      review.revisions.push({
        revision: {
          id: revision.id,
          unit,
          side: 'target',
          baseVersion: revision.base,
          changes: revisionChanges(base, version.text),
          author: revision.author,
          at: revision.at,
          ...(revision.comment === undefined ? {} : { comment: revision.comment }),
          status: 'pending',
        },
        decision: revision.decision,
      });
      pieces.add(
        version.spans,
        { side: 'target', unit, version: `rev:${revision.id}` },
        version.text,
        0,
        fallback,
      );
    }
    if (segment.target) {
      const version = segment.target.dz.version ?? 'mt';
      const text = texts.get(version);
      if (text !== undefined) {
        const shift = version === 'mt' ? cleanSegment(segment.target.text).leading : 0;
        pieces.add(segment.target.spans, { side: 'target', unit, version }, text, shift, fallback);
      }
      const mark = readMark(segment.target.dz, unit, fallback.author, fallback.at);
      if (mark) review.marks.push(mark);
    }
  });
  for (const piece of pieces.byId.values()) {
    if (piece.end <= piece.start) {
      warn('empty-issue', 'an ITS issue marks no text; it was left out', '');
      continue;
    }
    const anchor = describeSpan(piece.text, piece.start, piece.end, piece.owner);
    review.flags.push({ flag: { ...piece.flag, anchor }, decision: piece.decision });
  }
  return acceptedOps(reviewOps(review, xliff12OpId), warn);
}

/** The ids this reader has always given its operations (`xliff12:add:<flag>`, …). */
const xliff12OpId: ReadOpId = (kind, subject) => {
  switch (kind) {
    case 'flag.add':
      return `xliff12:add:${subject}`;
    case 'flag.decision':
    case 'revision.decision':
      return `xliff12:decide:${subject}`;
    case 'revision.save':
      return `xliff12:save:${subject}`;
    case 'unit.status':
      return `xliff12:mark:${subject}`;
    case 'document.signoff':
      return 'xliff12:signoff';
  }
};

/** How many operations a file may get refused before its whole review is. */
const MAX_REFUSED = 50;

/**
 * The operations that replay, without those the review log refuses (a
 * date that is not one, a name too long, a decision on nothing): the file
 * is someone else's, its attributes may be anything.
 */
function acceptedOps(ops: ReviewOp[], warn: Warn): ReviewOp[] {
  const kept = [...ops];
  for (let refused = 0; refused <= MAX_REFUSED; refused++) {
    try {
      replay(kept);
      return kept;
    } catch (error) {
      if (!(error instanceof ReviewLogError) || error.opIndex === null) throw error;
      warn('review-refused', 'review information the file holds is not valid and was left out', '');
      kept.splice(error.opIndex, 1);
    }
  }
  warn(
    'review-refused-all',
    'the review information in the file is too broken to read; it was left out',
    '',
  );
  return [];
}
