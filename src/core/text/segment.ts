/**
 * Segmentation of one side of a document into paragraphs and sentences: the
 * entry point of this folder.
 */
import type { Segmentation } from '../model/document.ts';
import { splitParagraphs } from './paragraphs.ts';
import { findEnglishBreaks } from './segment-en.ts';
import { findChineseBreaks } from './segment-zh.ts';
import { sentencesOfParagraph } from './sentences.ts';

/** The language whose rules segment a text: `zh` for the source, `en` for the MT. */
export type SegmentLanguage = 'zh' | 'en';

/**
 * Splits `text` (normalised, see `normalize.ts`) into paragraphs, one per
 * non-blank line, and sentences by the rules of `lang`. Sentences are
 * trimmed, in document order, never cross a paragraph, and together cover
 * every non-blank character.
 */
export function segmentText(text: string, lang: SegmentLanguage): Segmentation {
  const paragraphs = splitParagraphs(text);
  const findBreaks = lang === 'zh' ? findChineseBreaks : findEnglishBreaks;
  const sentences = paragraphs.flatMap((paragraph, index) =>
    sentencesOfParagraph(text, paragraph, index, findBreaks(text, paragraph.start, paragraph.end)),
  );
  return { paragraphs, sentences };
}

/**
 * Every non-blank line is one paragraph holding one sentence: for texts that
 * come already split into sentences, one per line (`--presplit`, benchmark
 * files).
 */
export function segmentLines(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  return {
    paragraphs,
    sentences: paragraphs.map((p, index) => ({ start: p.start, end: p.end, paragraph: index })),
  };
}
