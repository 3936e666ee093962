/**
 * The corrected transcript in the MT's own layout. The English paragraphs
 * of the MT are kept exactly (every non-empty line is one, and whatever
 * separated them — one newline or a blank line — is kept too); inside them,
 * each unit's MT is replaced by its corrected text. So a transcript with no
 * revisions is the MT, byte for byte.
 */
import type { BilingualDocument } from '../model/document.ts';

/** A stretch of a paragraph: MT between units, or one unit's corrected text. */
export type TranscriptPiece = { unit: null; text: string } | { unit: number; text: string };

/** One paragraph of the transcript. */
export interface TranscriptParagraph {
  /** The MT text before the paragraph since the previous one ended (its line breaks). */
  before: string;
  pieces: TranscriptPiece[];
  text: string;
}

/** The transcript: its paragraphs, and what follows the last one in the MT. */
export interface Transcript {
  paragraphs: TranscriptParagraph[];
  after: string;
}

/**
 * Lays `texts` (one per unit, `unitTexts`) out in the MT's paragraphs. A
 * unit without a target side has no place in the MT: its text, if a
 * translator supplied one (an omission filled in), follows the unit before
 * it, after a space. A unit that runs across a paragraph break (the aligner
 * does not make them, but a document may) lands whole in the paragraph it
 * starts in.
 */
export function layOut(document: BilingualDocument, texts: readonly string[]): Transcript {
  const mt = document.target.text;
  const units = document.alignment.units;
  const paragraphs: TranscriptParagraph[] = [];
  let unitIndex = 0;
  let position = 0;
  let previousEnd = 0;
  for (const range of document.target.segmentation.paragraphs) {
    const pieces: TranscriptPiece[] = [];
    const keep = (end: number): void => {
      if (end > position) pieces.push({ unit: null, text: mt.slice(position, end) });
      position = Math.max(position, end);
    };
    position = Math.max(position, range.start);
    while (unitIndex < units.length) {
      const target = units[unitIndex]!.target;
      if (target && target.start >= range.end) break;
      if (target) {
        keep(target.start);
        pieces.push({ unit: unitIndex, text: texts[unitIndex] ?? '' });
        position = Math.max(position, target.end);
      } else if (texts[unitIndex]) {
        pieces.push({ unit: unitIndex, text: (pieces.length ? ' ' : '') + texts[unitIndex] });
      }
      unitIndex++;
    }
    keep(range.end);
    paragraphs.push({
      before: mt.slice(previousEnd, Math.max(previousEnd, range.start)),
      pieces,
      text: pieces.map((piece) => piece.text).join(''),
    });
    previousEnd = Math.max(previousEnd, range.end, position);
  }
  return { paragraphs, after: mt.slice(previousEnd) };
}
