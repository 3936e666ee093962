import { describe, expect, it } from 'vitest';
import type { BilingualDocument, Segmentation } from '../../core/model/document.ts';
import {
  buildWorkspaceRows,
  isLowConfidence,
  LOW_CONFIDENCE_THRESHOLD,
  sideStartsParagraph,
} from './rows.ts';

// Paragraph 0: sentences 0 and 1; paragraph 1: sentence 2.
const segmentation: Segmentation = {
  paragraphs: [
    { start: 0, end: 9 },
    { start: 10, end: 13 },
  ],
  sentences: [
    { start: 0, end: 4, paragraph: 0 },
    { start: 5, end: 9, paragraph: 0 },
    { start: 10, end: 13, paragraph: 1 },
  ],
};

describe('sideStartsParagraph', () => {
  it('is true for the first sentence of each paragraph only', () => {
    expect(sideStartsParagraph({ start: 0, end: 4, sentences: [0] }, segmentation)).toBe(true);
    expect(sideStartsParagraph({ start: 5, end: 9, sentences: [1] }, segmentation)).toBe(false);
    expect(sideStartsParagraph({ start: 10, end: 13, sentences: [2] }, segmentation)).toBe(true);
  });

  it('looks at the first sentence of a multi-sentence side', () => {
    expect(sideStartsParagraph({ start: 5, end: 13, sentences: [1, 2] }, segmentation)).toBe(false);
    expect(sideStartsParagraph({ start: 0, end: 9, sentences: [0, 1] }, segmentation)).toBe(true);
  });

  it('is false for a missing side, a missing segmentation or a dangling index', () => {
    expect(sideStartsParagraph(null, segmentation)).toBe(false);
    expect(sideStartsParagraph({ start: 0, end: 4, sentences: [0] }, undefined)).toBe(false);
    expect(sideStartsParagraph({ start: 0, end: 4, sentences: [7] }, segmentation)).toBe(false);
  });
});

describe('isLowConfidence', () => {
  it('flags scores under the threshold when the document has a source', () => {
    expect(isLowConfidence(LOW_CONFIDENCE_THRESHOLD - 0.01, true)).toBe(true);
    expect(isLowConfidence(LOW_CONFIDENCE_THRESHOLD, true)).toBe(false);
    expect(isLowConfidence(0.9, true)).toBe(false);
  });

  it('flags nothing in an MT-only document', () => {
    expect(isLowConfidence(0, false)).toBe(false);
  });
});

describe('buildWorkspaceRows', () => {
  // Source "甲乙。丙丁。\n戊己。" / target with an astral character before
  // the second sentence, so UTF-16 slicing is exercised.
  const sourceText = '甲乙。丙丁。\n戊己。';
  const targetText = 'Alpha. 𝐁eta.\nGamma.';
  const document: BilingualDocument = {
    source: {
      text: sourceText,
      segmentation: {
        paragraphs: [
          { start: 0, end: 6 },
          { start: 7, end: 10 },
        ],
        sentences: [
          { start: 0, end: 3, paragraph: 0 },
          { start: 3, end: 6, paragraph: 0 },
          { start: 7, end: 10, paragraph: 1 },
        ],
      },
    },
    target: {
      text: targetText,
      segmentation: {
        paragraphs: [
          { start: 0, end: 13 },
          { start: 14, end: 20 },
        ],
        sentences: [
          { start: 0, end: 6, paragraph: 0 },
          { start: 7, end: 13, paragraph: 0 },
          { start: 14, end: 20, paragraph: 1 },
        ],
      },
    },
    alignment: {
      charRatio: 2.5,
      units: [
        {
          source: { start: 0, end: 3, sentences: [0] },
          target: { start: 0, end: 6, sentences: [0] },
          confidence: 0.9,
        },
        { source: { start: 3, end: 6, sentences: [1] }, target: null, confidence: 0.3 },
        { source: null, target: { start: 7, end: 13, sentences: [1] }, confidence: 0.7 },
        {
          source: { start: 7, end: 10, sentences: [2] },
          target: { start: 14, end: 20, sentences: [2] },
          confidence: 0.2,
        },
      ],
    },
  };

  it('slices each side by its UTF-16 range and keeps null sides null', () => {
    const rows = buildWorkspaceRows(document);
    expect(rows.map((r) => [r.source, r.target])).toEqual([
      ['甲乙。', 'Alpha.'],
      ['丙丁。', null],
      [null, '𝐁eta.'],
      ['戊己。', 'Gamma.'],
    ]);
  });

  it('marks rows whose first sentence on either side opens a paragraph', () => {
    expect(buildWorkspaceRows(document).map((r) => r.paragraphStart)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('carries confidence and flags the uncertain units', () => {
    const rows = buildWorkspaceRows(document);
    expect(rows.map((r) => r.confidence)).toEqual([0.9, 0.3, 0.7, 0.2]);
    expect(rows.map((r) => r.lowConfidence)).toEqual([false, true, false, true]);
  });

  it('uses the target side alone for an MT-only document', () => {
    const mtOnly: BilingualDocument = {
      ...document,
      source: null,
      alignment: {
        charRatio: 2.5,
        units: document.target.segmentation.sentences.map((s, i) => ({
          source: null,
          target: { start: s.start, end: s.end, sentences: [i] },
          confidence: 0,
        })),
      },
    };
    const rows = buildWorkspaceRows(mtOnly);
    expect(rows.map((r) => r.source)).toEqual([null, null, null]);
    expect(rows.map((r) => r.paragraphStart)).toEqual([true, false, true]);
    expect(rows.some((r) => r.lowConfidence)).toBe(false);
  });
});
