import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import { validateDocument } from '../model/validate.ts';
import { normalizeText } from '../text/normalize.ts';
import {
  buildSegmentDocument,
  cleanSegment,
  documentFromSegments,
  segmentsFromDocument,
  unitText,
  type SegmentPair,
} from './segments.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 30_000;

const texts = (pairs: SegmentPair[]) => {
  const doc = documentFromSegments(pairs);
  return doc.alignment.units.map((u) => [unitText(doc, u, 'source'), unitText(doc, u, 'target')]);
};

describe('documentFromSegments', () => {
  it('makes one sentence and one unit per pair, confidence 1, each pair its own paragraph', () => {
    const doc = documentFromSegments([
      { source: '今天天气很好。', target: 'The weather is fine today.' },
      { source: '我们去公园吧！', target: "Let's go to the park!" },
    ]);
    validateDocument(doc);
    expect(doc.source?.text).toBe('今天天气很好。\n我们去公园吧！');
    expect(doc.target.text).toBe("The weather is fine today.\nLet's go to the park!");
    expect(doc.alignment.units).toEqual([
      {
        source: { start: 0, end: 7, sentences: [0] },
        target: { start: 0, end: 26, sentences: [0] },
        confidence: 1,
      },
      {
        source: { start: 8, end: 15, sentences: [1] },
        target: { start: 27, end: 48, sentences: [1] },
        confidence: 1,
      },
    ]);
    expect(doc.target.segmentation.paragraphs).toHaveLength(2);
  });

  it('continues a paragraph after a space, without one between Chinese sentences', () => {
    const doc = documentFromSegments([
      { source: '第一句。', target: 'First.' },
      { source: '第二句。', target: 'Second.', paragraphStart: false },
      { source: 'GDP增长5%', target: 'GDP grew 5%.', paragraphStart: false },
      { source: '新段落。', target: 'New paragraph.' },
    ]);
    validateDocument(doc);
    expect(doc.source?.text).toBe('第一句。第二句。 GDP增长5%\n新段落。');
    expect(doc.target.text).toBe('First. Second. GDP grew 5%.\nNew paragraph.');
    expect(doc.target.segmentation.sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });

  it('has no source side when no pair has a source', () => {
    const doc = documentFromSegments([{ source: null, target: 'Only MT.' }]);
    validateDocument(doc);
    expect(doc.source).toBeNull();
    expect(doc.alignment.units[0]?.source).toBeNull();
  });

  it('drops pairs blank on both sides and gives a side blank in one pair a null side', () => {
    const built = buildSegmentDocument([
      { source: '一', target: 'One' },
      { source: '  ', target: '\n' },
      { source: '二', target: '' },
      { source: null, target: 'Three' },
    ]);
    validateDocument(built.document);
    expect(built.unitOfPair).toEqual([0, null, 1, 2]);
    expect(
      texts([
        { source: '一', target: 'One' },
        { source: '二', target: '' },
        { source: null, target: 'Three' },
      ]),
    ).toEqual([
      ['一', 'One'],
      ['二', null],
      [null, 'Three'],
    ]);
  });

  it('trims segments and turns line breaks into spaces without moving inner offsets', () => {
    expect(cleanSegment('  a\r\nb\u2028c  ')).toEqual({ text: 'a  b c', leading: 2 });
    const doc = documentFromSegments([{ source: '甲\n乙', target: ' x\ny ' }]);
    validateDocument(doc);
    expect(doc.target.text).toBe('x y');
    expect(doc.source?.text).toBe('甲 乙');
  });

  it('estimates the character ratio from the texts', () => {
    const zh = normalizeText(readFileSync('fixtures/press-conference.source.zh.txt', 'utf8'));
    const en = normalizeText(readFileSync('fixtures/press-conference.mt.en.txt', 'utf8'));
    const aligned = buildDocument(zh, en);
    const rebuilt = documentFromSegments(segmentsFromDocument(aligned));
    validateDocument(rebuilt);
    expect(rebuilt.alignment.units).toHaveLength(aligned.alignment.units.length);
    expect(rebuilt.alignment.charRatio).toBeGreaterThan(1.2);
    expect(rebuilt.alignment.charRatio).toBeLessThan(6);
  });
});

describe('segmentsFromDocument', () => {
  it('gives back the pairs as the document holds them', () => {
    const pairs: SegmentPair[] = [
      { source: '一。', target: 'One.', paragraphStart: true },
      { source: '二。', target: 'Two.', paragraphStart: false },
      { source: null, target: 'Three.', paragraphStart: true },
    ];
    expect(segmentsFromDocument(documentFromSegments(pairs))).toEqual([
      { source: '一。', target: 'One.', paragraphStart: true },
      { source: '二。', target: 'Two.', paragraphStart: false },
      { source: '', target: 'Three.', paragraphStart: true },
    ]);
  });

  it('carries the paragraph start of a unit left out to the next one taken', () => {
    const doc = documentFromSegments([
      { source: 'a', target: 'A' },
      { source: 'b', target: 'B' },
      { source: 'c', target: 'C', paragraphStart: false },
    ]);
    expect(segmentsFromDocument(doc, (unit) => unit !== 1)).toEqual([
      { source: 'a', target: 'A', paragraphStart: true },
      { source: 'c', target: 'C', paragraphStart: true },
    ]);
  });

  it('recovers a paragraph break that a blank side received', () => {
    // Pair 1 breaks the paragraph while its source is blank; pair 2 continues
    // it, so its source starts a new line although pair 2 does not break.
    const pairs: SegmentPair[] = [
      { source: 'a', target: 'x' },
      { source: null, target: 'y', paragraphStart: true },
      { source: 'c', target: '', paragraphStart: false },
      { source: 'd', target: 'w', paragraphStart: false },
    ];
    const doc = documentFromSegments(pairs);
    expect(doc.source?.text).toBe('a\nc d');
    expect(doc.target.text).toBe('x\ny w');
    expect(documentFromSegments(segmentsFromDocument(doc))).toEqual(doc);
  });
});

/** Text with the characters that break naive code: Chinese, astral, spaces, line breaks. */
const segmentText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '中',
        '文',
        '。',
        '，',
        'a',
        'B',
        '1',
        ' ',
        '\n',
        '\u3000',
        '\t',
        '𠀀',
        '😀',
        '"',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const pairArbitrary = fc.record({
  source: fc.option(segmentText, { nil: null }),
  target: segmentText,
  paragraphStart: fc.option(fc.boolean(), { nil: undefined }),
});

describe('documentFromSegments (properties)', () => {
  it(
    'always builds a valid document, one unit per pair that is not blank',
    () => {
      fc.assert(
        fc.property(fc.array(pairArbitrary, { maxLength: 12 }), (pairs) => {
          const built = buildSegmentDocument(pairs);
          validateDocument(built.document);
          const kept = built.unitOfPair.filter((u) => u !== null);
          expect(kept).toEqual(built.document.alignment.units.map((_, i) => i));
          for (const [i, unit] of built.unitOfPair.entries()) {
            if (unit === null) continue;
            const u = built.document.alignment.units[unit]!;
            expect(unitText(built.document, u, 'target') ?? '').toBe(
              cleanSegment(pairs[i]!.target).text,
            );
          }
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'export then import gives the same document',
    () => {
      fc.assert(
        fc.property(fc.array(pairArbitrary, { maxLength: 12 }), (pairs) => {
          const doc = documentFromSegments(pairs);
          expect(documentFromSegments(segmentsFromDocument(doc))).toEqual(doc);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );
});
