import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segmentation } from '../model/document.ts';
import { splitParagraphs } from './paragraphs.ts';
import { segmentLines, segmentText } from './segment.ts';

const sentenceTexts = (text: string, segmentation: Segmentation): string[] =>
  segmentation.sentences.map((s) => text.slice(s.start, s.end));

describe('segmentText', () => {
  it('segments each paragraph separately and tags sentences with their paragraph', () => {
    const text = '第一句。第二句。\n\n  第三句！\n';
    const segmentation = segmentText(text, 'zh');
    expect(sentenceTexts(text, segmentation)).toEqual(['第一句。', '第二句。', '第三句！']);
    expect(segmentation.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(segmentation.paragraphs).toEqual(splitParagraphs(text));
  });

  it('uses the English rules for en and the Chinese rules for zh', () => {
    const text = 'Mr. Smith left. 他走了!我们留下。';
    expect(sentenceTexts(text, segmentText(text, 'en'))).toEqual([
      'Mr. Smith left.',
      '他走了!我们留下。',
    ]);
    expect(sentenceTexts(text, segmentText(text, 'zh'))).toEqual([
      'Mr. Smith left. 他走了!',
      '我们留下。',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(segmentText(' \n\u3000\n', 'en')).toEqual({ paragraphs: [], sentences: [] });
    expect(segmentText('', 'zh')).toEqual({ paragraphs: [], sentences: [] });
  });
});

describe('segmentLines', () => {
  it('makes every non-blank line one paragraph and one sentence', () => {
    const text = 'One. Two.\n\n 三。四。 \n';
    const segmentation = segmentLines(text);
    expect(sentenceTexts(text, segmentation)).toEqual(['One. Two.', '三。四。']);
    expect(segmentation.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
    expect(segmentation.paragraphs).toEqual(splitParagraphs(text));
  });
});

/** Pieces that exercise every rule: marks, quotes, abbreviations, numbers, scripts, blanks. */
const PIECES = [
  'a',
  'word',
  'The',
  'He',
  'yuan',
  'Mr.',
  'U.S.',
  'etc.',
  'e.g.',
  'J.',
  'No.',
  '5.2%',
  '12.44',
  '2023',
  '.',
  '!',
  '?',
  '...',
  '…',
  '……',
  '。',
  '！',
  '？',
  '；',
  '，',
  ',',
  ':',
  '：',
  '"',
  '“',
  '”',
  '‘',
  '’',
  '「',
  '」',
  '(',
  ')',
  '（',
  '）',
  '**',
  '-',
  '好',
  '我们',
  '一卡通',
  '𠀋',
  '9.7亿',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\u3000',
  '\u00a0',
  '\t',
  '\r',
];
const textArbitrary = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Every invariant the document model promises for a segmentation. */
function checkInvariants(text: string, segmentation: Segmentation): void {
  const { paragraphs, sentences } = segmentation;
  expect(paragraphs).toEqual(splitParagraphs(text));
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  for (const s of sentences) {
    const paragraph = paragraphs[s.paragraph];
    expect(paragraph).toBeDefined();
    if (!paragraph) return;
    expect(s.start).toBeLessThan(s.end);
    expect(s.start).toBeGreaterThanOrEqual(Math.max(previousEnd, paragraph.start));
    expect(s.end).toBeLessThanOrEqual(paragraph.end);
    expect(text.slice(s.start, s.start + 1)).toMatch(/\S/);
    expect(text.slice(s.end - 1, s.end)).toMatch(/\S/);
    covered.fill(1, s.start, s.end);
    previousEnd = s.end;
  }
  for (let i = 0; i < text.length; i++) {
    if (/\S/.test(text.charAt(i)))
      expect(covered[i], `character ${i} of ${JSON.stringify(text)}`).toBe(1);
  }
  paragraphs.forEach((_, index) => expect(sentences.some((s) => s.paragraph === index)).toBe(true));
}

describe('segmentation invariants (property-based)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`holds for random ${lang} text: ordered, non-overlapping, inside paragraphs, trimmed, non-empty, covering`, () => {
      fc.assert(
        fc.property(textArbitrary, (text) => checkInvariants(text, segmentText(text, lang))),
        { numRuns: 1000 },
      );
    });

    it(`segments a ${lang} paragraph the same wherever it sits in the text`, () => {
      fc.assert(
        fc.property(textArbitrary, textArbitrary, (before, paragraph) => {
          const text = `${before}\n${paragraph}`;
          const offset = before.length + 1;
          const alone = segmentText(paragraph, lang).sentences.map((s) => [
            s.start + offset,
            s.end + offset,
          ]);
          const inside = segmentText(text, lang)
            .sentences.filter((s) => s.start >= offset)
            .map((s) => [s.start, s.end]);
          expect(inside).toEqual(alone);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('holds for segmentLines', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => checkInvariants(text, segmentLines(text))),
      { numRuns: 500 },
    );
  });

  it('holds for arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        checkInvariants(text, segmentText(text, 'en'));
        checkInvariants(text, segmentText(text, 'zh'));
      }),
      { numRuns: 300 },
    );
  });
});
