/**
 * The bilingual document: a Chinese source, its English machine translation,
 * their segmentation and the alignment of the two into units.
 *
 * All offsets in this module are UTF-16 code units (JavaScript string
 * indices) into the *normalised* text of one side: BOM removed, CRLF and lone
 * CR turned into LF (see `core/text/normalize.ts`). Ranges are half-open
 * `[start, end)`.
 */

/** Which side of the document a piece of text belongs to. */
export type Side = 'source' | 'target';

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/** A sentence of one side, trimmed of surrounding whitespace. */
export interface Sentence extends TextRange {
  /** 0-based index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/**
 * The segmentation of one side: its paragraphs (every non-empty line is one)
 * and the sentences within them, both in document order. Every non-space
 * character of the text lies in exactly one sentence.
 */
export interface Segmentation {
  paragraphs: TextRange[];
  sentences: Sentence[];
}

/** One side of a unit: a run of consecutive sentences. */
export interface UnitSide extends TextRange {
  /** 0-based indices of the sentences the unit holds on this side, ascending and consecutive. */
  sentences: number[];
}

/**
 * A unit: one or more consecutive sentences of the source aligned with one or
 * more consecutive sentences of the target. A side is `null` when the unit
 * has nothing there (1:0 or 0:1: an omission or an addition, or a document
 * whose source has not been added yet).
 */
export interface AlignedUnit {
  source: UnitSide | null;
  target: UnitSide | null;
  /** How sure the aligner is that the two sides translate each other, in [0, 1]. */
  confidence: number;
}

/** The result of aligning two segmented texts. */
export interface Alignment {
  units: AlignedUnit[];
  /**
   * English characters per Chinese character, estimated on this document and
   * used to score length agreement. Kept so later re-alignments of a part of
   * the document score lengths the same way.
   */
  charRatio: number;
}

/** A side's text with its segmentation. */
export interface SideText {
  text: string;
  segmentation: Segmentation;
}

/**
 * A segmented, aligned bilingual document. `source` is `null` until a source
 * is added (MT-only import); every unit then has a `null` source side.
 */
export interface BilingualDocument {
  source: SideText | null;
  target: SideText;
  alignment: Alignment;
}
