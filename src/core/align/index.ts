/**
 * Public entry of the aligner: from two raw texts to a segmented, aligned
 * bilingual document. The UI, the CLI, the worker and the benchmarks all go
 * through `buildDocument`.
 *
 * INTERIM implementation (being replaced by the real aligner): segments on
 * lines only and pairs paragraphs one to one.
 */
import type { AlignedUnit, BilingualDocument, Segmentation, SideText } from '../model/document.ts';

export interface BuildOptions {
  /** Every non-empty line is one sentence (benchmark files come that way). */
  presplit?: boolean;
}

function lines(text: string): Segmentation {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (m[0].trim()) paragraphs.push({ start: m.index + lead, end: m.index + m[0].length - trail });
  }
  return { paragraphs, sentences: paragraphs.map((p, i) => ({ ...p, paragraph: i })) };
}

/**
 * Segment both texts and align them. `sourceText` is `null` when only the MT
 * is at hand: every unit then has a `null` source side.
 * Texts must already be normalised (`core/text/normalize.ts`).
 */
export function buildDocument(
  sourceText: string | null,
  targetText: string,
  _options: BuildOptions = {},
): BilingualDocument {
  const target: SideText = { text: targetText, segmentation: lines(targetText) };
  const source: SideText | null =
    sourceText === null ? null : { text: sourceText, segmentation: lines(sourceText) };
  const n = Math.max(target.segmentation.sentences.length, source?.segmentation.sentences.length ?? 0);
  const units: AlignedUnit[] = [];
  for (let i = 0; i < n; i++) {
    const t = target.segmentation.sentences[i];
    const s = source?.segmentation.sentences[i];
    units.push({
      source: s ? { start: s.start, end: s.end, sentences: [i] } : null,
      target: t ? { start: t.start, end: t.end, sentences: [i] } : null,
      confidence: s && t ? 0.5 : 0,
    });
  }
  return { source, target, alignment: { units, charRatio: 2.5 } };
}
