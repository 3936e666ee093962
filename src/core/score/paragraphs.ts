/**
 * Which paragraph of the MT each unit belongs to, for the score along the
 * document. Paragraphs are the target's: the MT is what is being scored, and
 * its paragraphs are what the reader sees in the right-hand column.
 */
import type { BilingualDocument } from '../model/document.ts';

/**
 * The 0-based target paragraph of every unit. A unit with no target (an
 * omission) joins the paragraph of the closest unit before it that has one,
 * or after it when it comes first: the omitted sentence sat there.
 */
export function unitParagraphs(doc: BilingualDocument): number[] {
  const sentences = doc.target.segmentation.sentences;
  const own = doc.alignment.units.map((unit) => {
    const first = unit.target?.sentences[0];
    return first === undefined ? undefined : sentences[first]?.paragraph;
  });
  const next = own.find((p) => p !== undefined) ?? 0;
  let previous: number | undefined;
  return own.map((paragraph) => {
    if (paragraph !== undefined) previous = paragraph;
    return paragraph ?? previous ?? next;
  });
}
