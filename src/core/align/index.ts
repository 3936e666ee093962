/**
 * Public entry of the aligner: from two raw texts to a segmented, aligned
 * bilingual document. The UI, the CLI, the worker and the benchmarks all go
 * through `buildDocument`; callers that segmented already use
 * `alignSegmented`.
 *
 * The alignment runs in two passes over profiles computed once per sentence:
 * paragraphs first (`paragraphs.ts`), then sentences in a corridor around the
 * paragraph alignment (`sentences.ts`), both scoring beads by length,
 * anchors and, for Chinese the MT left in place, character overlap
 * (`score.ts`). Every sentence of each side ends up in exactly one unit, in
 * document order.
 */
import type {
  AlignedUnit,
  Alignment,
  BilingualDocument,
  Sentence,
  SideText,
  UnitSide,
} from '../model/document.ts';
import { segmentLines, segmentText } from '../text/segment.ts';
import { confidences } from './confidence.ts';
import { LENGTH_VARIANCE } from './length.ts';
import { sentenceBlocks } from './paragraphs.ts';
import { profileSide } from './profile.ts';
import { DEFAULT_CHAR_RATIO, estimateCharRatio } from './ratio.ts';
import { BeadScorer, type ScoreModel } from './score.ts';
import { alignSentences } from './sentences.ts';

/** How `buildDocument` segments. */
export interface BuildOptions {
  /** Every non-empty line is one sentence (benchmark files come that way). */
  presplit?: boolean;
}

/** The side of a unit holding `count` sentences from `first` on; `null` when it holds none. */
function unitSide(side: SideText, first: number, count: number): UnitSide | null {
  if (count === 0) return null;
  const sentences = side.segmentation.sentences;
  return {
    start: (sentences[first] as Sentence).start,
    end: (sentences[first + count - 1] as Sentence).end,
    sentences: Array.from({ length: count }, (_, k) => first + k),
  };
}

/**
 * Align two segmented texts: `source` is the Chinese, `target` the English MT.
 */
export function alignSegmented(source: SideText, target: SideText): Alignment {
  const sourceSide = profileSide(source, 'zh');
  const targetSide = profileSide(target, 'en');
  const model: ScoreModel = {
    ratio: estimateCharRatio(sourceSide.profiles, targetSide.profiles),
    variance: LENGTH_VARIANCE,
  };
  const blocks = sentenceBlocks(sourceSide, targetSide, model);
  const steps = alignSentences(sourceSide, targetSide, blocks, model);
  const scorer = new BeadScorer(sourceSide.profiles, targetSide.profiles, model);
  const confidence = confidences(steps, scorer);
  const units: AlignedUnit[] = steps.map((step, k) => ({
    source: unitSide(source, step.i, step.di),
    target: unitSide(target, step.j, step.dj),
    confidence: confidence[k] as number,
  }));
  return { units, charRatio: model.ratio };
}

/** Units for an MT with no source yet: one per target sentence, nothing to be confident about. */
function targetOnly(target: SideText): Alignment {
  const units = target.segmentation.sentences.map((_, k) => ({
    source: null,
    target: unitSide(target, k, 1),
    confidence: 0,
  }));
  return { units, charRatio: DEFAULT_CHAR_RATIO };
}

/**
 * Segment both texts and align them. `sourceText` is `null` when only the MT
 * is at hand: every unit then has a `null` source side and confidence 0.
 * Texts must already be normalised (`core/text/normalize.ts`).
 */
export function buildDocument(
  sourceText: string | null,
  targetText: string,
  options: BuildOptions = {},
): BilingualDocument {
  const segment = (text: string, lang: 'zh' | 'en') =>
    options.presplit ? segmentLines(text) : segmentText(text, lang);
  const target: SideText = { text: targetText, segmentation: segment(targetText, 'en') };
  if (sourceText === null) return { source: null, target, alignment: targetOnly(target) };
  const source: SideText = { text: sourceText, segmentation: segment(sourceText, 'zh') };
  return { source, target, alignment: alignSegmented(source, target) };
}
