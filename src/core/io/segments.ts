/**
 * Documents from segments that another tool already aligned (a TMX memory, a
 * bilingual spreadsheet, an MQM annotation file), and back.
 *
 * Layout. Each segment becomes exactly one sentence and each pair one unit,
 * with confidence 1: the alignment is given, not guessed. The model's rule
 * is that every non-blank line is a paragraph, so a paragraph is one line:
 * a pair that starts a paragraph (the default, since most formats know
 * nothing of paragraphs) begins a new line on both sides, and a pair that
 * continues one is appended to the current line after a space (no space
 * where Chinese meets Chinese, which is written without one). Blank lines
 * would carry no meaning in the model, so none are written.
 *
 * What the text loses. A sentence is trimmed by definition, so leading and
 * trailing whitespace of a segment is dropped; a line break inside a segment
 * would split it into two paragraphs, so each one becomes a space (one code
 * unit for one, so offsets inside the segment stay put). A pair blank on
 * both sides has nothing to show and no unit; a side blank in one pair gives
 * that unit a `null` side, and a document without any source text has no
 * source side.
 */
import { profileSide } from '../align/profile.ts';
import { DEFAULT_CHAR_RATIO, estimateCharRatio } from '../align/ratio.ts';
import type {
  AlignedUnit,
  BilingualDocument,
  Sentence,
  Side,
  SideText,
  TextRange,
  UnitSide,
} from '../model/document.ts';
import { isBlankAt } from '../text/whitespace.ts';

/** One pair of aligned segments as a file delivers it. */
export interface SegmentPair {
  /** The Chinese; `null` when the file has no source at all. */
  source: string | null;
  /** The English machine translation. */
  target: string;
  /** Whether the pair begins a paragraph. Defaults to `true`: each pair its own paragraph. */
  paragraphStart?: boolean;
}

/** A document built from segments, with where each pair went. */
export interface SegmentDocument {
  document: BilingualDocument;
  /** For each input pair, the index of its unit; `null` for a pair blank on both sides. */
  unitOfPair: (number | null)[];
}

/** A segment's text as the document holds it, and how far it moved. */
export interface CleanSegment {
  text: string;
  /**
   * How many code units were trimmed from the front: offset `k` in the raw
   * segment is offset `k - leading` in `text` (clamped to `[0, text.length]`).
   */
  leading: number;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** The segment as it will stand in the document: line breaks made spaces, then trimmed. */
export function cleanSegment(raw: string): CleanSegment {
  const flat = raw.replace(LINE_BREAK, ' ');
  let start = 0;
  let end = flat.length;
  while (start < end && isBlankAt(flat, start)) start++;
  while (end > start && isBlankAt(flat, end - 1)) end--;
  return { text: flat.slice(start, end), leading: start };
}

/** Han characters and CJK/full-width punctuation: written without spaces between them. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** What goes between two sentences of one paragraph. */
function separator(before: string, after: string): string {
  const first = after.codePointAt(0);
  const firstChar = first === undefined ? '' : String.fromCodePoint(first);
  return CJK.test(lastCharacter(before)) && CJK.test(firstChar) ? '' : ' ';
}

/** The last code point of `text` as a string (both halves of a surrogate pair). */
function lastCharacter(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const high = text.charCodeAt(text.length - 2);
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return isPair ? text.slice(-2) : text.slice(-1);
}

/** Accumulates one side's text, paragraphs and sentences. */
class SideBuilder {
  text = '';
  readonly paragraphs: TextRange[] = [];
  readonly sentences: Sentence[] = [];
  private pendingBreak = true;
  /**
   * The segment written last. The separator looks at it rather than at the
   * end of `text`: reading a character of a string built by `+=` flattens
   * it, which made building a document quadratic in its length.
   */
  private last = '';

  /** The next segment written begins a new paragraph. */
  breakParagraph(): void {
    this.pendingBreak = true;
  }

  /** Appends a clean, non-empty segment as one sentence; returns the unit side holding it. */
  add(segment: string): UnitSide {
    let paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (this.pendingBreak || !paragraph) {
      if (this.text) this.text += '\n';
      paragraph = { start: this.text.length, end: this.text.length };
      this.paragraphs.push(paragraph);
      this.pendingBreak = false;
    } else {
      this.text += separator(this.last, segment);
    }
    const start = this.text.length;
    this.text += segment;
    this.last = segment;
    paragraph.end = this.text.length;
    this.sentences.push({ start, end: this.text.length, paragraph: this.paragraphs.length - 1 });
    return { start, end: this.text.length, sentences: [this.sentences.length - 1] };
  }

  side(): SideText {
    return {
      text: this.text,
      segmentation: { paragraphs: this.paragraphs, sentences: this.sentences },
    };
  }
}

/**
 * Builds a document from aligned pairs (see the module comment for the
 * layout) and reports which unit each pair became.
 */
export function buildSegmentDocument(pairs: readonly SegmentPair[]): SegmentDocument {
  const source = new SideBuilder();
  const target = new SideBuilder();
  const units: AlignedUnit[] = [];
  const unitOfPair: (number | null)[] = [];
  for (const pair of pairs) {
    if (pair.paragraphStart !== false) {
      source.breakParagraph();
      target.breakParagraph();
    }
    const sourceText = pair.source === null ? '' : cleanSegment(pair.source).text;
    const targetText = cleanSegment(pair.target).text;
    if (!sourceText && !targetText) {
      unitOfPair.push(null);
      continue;
    }
    unitOfPair.push(units.length);
    units.push({
      source: sourceText ? source.add(sourceText) : null,
      target: targetText ? target.add(targetText) : null,
      confidence: 1,
    });
  }
  // A file whose source column is empty throughout is MT-only, like one without it.
  const sourceSide = source.sentences.length > 0 ? source.side() : null;
  const targetSide = target.side();
  const charRatio = sourceSide
    ? estimateCharRatio(
        profileSide(sourceSide, 'zh').profiles,
        profileSide(targetSide, 'en').profiles,
      )
    : DEFAULT_CHAR_RATIO;
  return {
    document: { source: sourceSide, target: targetSide, alignment: { units, charRatio } },
    unitOfPair,
  };
}

/** A document from aligned pairs: `buildSegmentDocument` without the pair-to-unit map. */
export function documentFromSegments(pairs: readonly SegmentPair[]): BilingualDocument {
  return buildSegmentDocument(pairs).document;
}

/** The text of one side of a unit, or `null` when the unit has nothing on that side. */
export function unitText(
  document: BilingualDocument,
  unit: AlignedUnit,
  side: Side,
): string | null {
  const range = unit[side];
  const text = document[side]?.text;
  return range && text !== undefined ? text.slice(range.start, range.end) : null;
}

/**
 * The pairs of a document, one per unit (the units `include` accepts, all by
 * default), for export. For a document built by `documentFromSegments`,
 * building again from the result gives the same document (see
 * `paragraphStarts`).
 */
export function segmentsFromDocument(
  document: BilingualDocument,
  include: (unit: number) => boolean = () => true,
): SegmentPair[] {
  const starts = paragraphStarts(document);
  const pairs: SegmentPair[] = [];
  let carried = false;
  document.alignment.units.forEach((unit, index) => {
    const start = starts[index] ?? true;
    if (!include(index)) {
      carried ||= start;
      return;
    }
    pairs.push({
      source: document.source ? (unitText(document, unit, 'source') ?? '') : null,
      target: unitText(document, unit, 'target') ?? '',
      paragraphStart: start || carried,
    });
    carried = false;
  });
  return pairs;
}

/**
 * Which units begin a paragraph, read back from the sentences' paragraphs.
 *
 * A paragraph break is given to both sides at once but shows only on a side
 * that has text: a break at a unit whose source is blank appears on the
 * source at the next unit that has one. So a unit must start a paragraph
 * when one of its sides moved to a new paragraph with no break pending on
 * that side; it may when all its sides moved with breaks pending, and does
 * exactly when a side it lacks shows, at its next text, a move no break
 * explains yet.
 */
function paragraphStarts(document: BilingualDocument): boolean[] {
  const units = document.alignment.units;
  const paragraphOf = (side: Side, sentence: number | undefined): number =>
    document[side]?.segmentation.sentences[sentence ?? -1]?.paragraph ?? -1;
  const first = (side: Side, k: number): number =>
    paragraphOf(side, units[k]?.[side]?.sentences[0]);
  // For each side and unit, the next unit at or after it with text on that side.
  const next = {
    source: new Int32Array(units.length + 1),
    target: new Int32Array(units.length + 1),
  };
  for (const side of SIDES) {
    next[side][units.length] = -1;
    for (let k = units.length - 1; k >= 0; k--) {
      next[side][k] = units[k]?.[side] ? k : (next[side][k + 1] ?? -1);
    }
  }
  const last = { source: -1, target: -1 };
  const pending = { source: true, target: true };
  return units.map((unit, k) => {
    const present = SIDES.filter((side) => unit[side]);
    const moved = (side: Side): boolean => first(side, k) !== last[side];
    const forced = present.some((side) => moved(side) && !pending[side]);
    const free = present.every(moved);
    const wanted = SIDES.some((side) => {
      if (unit[side] || pending[side]) return false;
      const at = next[side][k] ?? -1;
      return at !== -1 && first(side, at) !== last[side];
    });
    const start = k === 0 || forced || (free && wanted);
    if (start) pending.source = pending.target = true;
    for (const side of present) {
      const range = unit[side];
      pending[side] = false;
      last[side] = paragraphOf(side, range?.sentences[range.sentences.length - 1]);
    }
    return start;
  });
}

const SIDES: readonly Side[] = ['source', 'target'];
