import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BilingualDocument, Segmentation } from '../model/document.ts';
import { documentSchema } from '../model/schema.ts';
import { alignSegmented, buildDocument } from './index.ts';

/** Check the invariants every alignment must satisfy, whatever the input. */
function expectWellFormed(doc: BilingualDocument) {
  const check = (segmentation: Segmentation | undefined, side: 'source' | 'target') => {
    const seen: number[] = [];
    for (const unit of doc.alignment.units) {
      const part = unit[side];
      if (!part) continue;
      expect(part.sentences.length).toBeGreaterThan(0);
      const first = part.sentences[0] as number;
      const last = part.sentences[part.sentences.length - 1] as number;
      part.sentences.forEach((s, k) => expect(s).toBe(first + k));
      expect(part.start).toBe(segmentation?.sentences[first]?.start);
      expect(part.end).toBe(segmentation?.sentences[last]?.end);
      seen.push(...part.sentences);
    }
    // Every sentence in exactly one unit, in document order.
    expect(seen).toEqual(Array.from({ length: segmentation?.sentences.length ?? 0 }, (_, k) => k));
  };
  check(doc.source?.segmentation, 'source');
  check(doc.target.segmentation, 'target');
  for (const unit of doc.alignment.units) {
    expect(unit.source !== null || unit.target !== null).toBe(true);
    expect(unit.confidence).toBeGreaterThanOrEqual(0);
    expect(unit.confidence).toBeLessThanOrEqual(1);
  }
  expect(documentSchema.safeParse(doc).success).toBe(true);
}

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const WORDS = [
  'the',
  'employment',
  'policy',
  'we',
  'will',
  'support',
  'market',
  'workers',
  'skills',
  'growth',
  'people',
  'China',
  'report',
  'AI',
  'GDP',
];

const chineseSentence = fc
  .tuple(
    fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 60 }),
    fc.option(fc.integer({ min: 1, max: 99_999 })),
    fc.constantFrom('。', '？', '！', '；'),
  )
  .map(([chars, n, end]) => chars.join('') + (n === null ? '' : `${n}万`) + end);
const englishSentence = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }),
    fc.option(fc.integer({ min: 1, max: 99_999 })),
    fc.constantFrom('.', '?', '!'),
  )
  .map(([words, n, end]) => {
    const text = words.join(' ') + (n === null ? '' : ` ${n * 10_000}`) + end;
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
const paragraphs = (sentence: fc.Arbitrary<string>, joiner: string) =>
  fc.array(
    fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(joiner)),
    { minLength: 0, maxLength: 8 },
  );

describe('buildDocument', () => {
  it('puts every sentence in exactly one unit, in order, with confidences in [0, 1]', () => {
    fc.assert(
      fc.property(
        paragraphs(chineseSentence, ''),
        paragraphs(englishSentence, ' '),
        fc.constantFrom('\n', '\n\n'),
        (zh, en, breaks) => {
          expectWellFormed(buildDocument(zh.join(breaks), en.join(breaks)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the invariants when one side has lost its paragraph breaks', () => {
    fc.assert(
      fc.property(paragraphs(chineseSentence, ''), paragraphs(englishSentence, ' '), (zh, en) => {
        expectWellFormed(buildDocument(zh.join('\n'), en.join(' ')));
      }),
      { numRuns: 60 },
    );
  });

  it('gives an MT without source one unit per sentence, with no source and confidence 0', () => {
    const doc = buildDocument(null, 'First sentence. Second one?\n\nA new paragraph.');
    expect(doc.source).toBeNull();
    expect(doc.alignment.units.map((u) => [u.source, u.target?.sentences, u.confidence])).toEqual([
      [null, [0], 0],
      [null, [1], 0],
      [null, [2], 0],
    ]);
    expectWellFormed(doc);
  });

  it('handles empty texts on either side', () => {
    expect(buildDocument('', '').alignment.units).toEqual([]);
    const onlySource = buildDocument('第一句。第二句。', '');
    expect(onlySource.alignment.units.map((u) => [u.source?.sentences, u.target])).toEqual([
      [[0], null],
      [[1], null],
    ]);
    expectWellFormed(onlySource);
    expectWellFormed(buildDocument('', 'Only the MT.'));
  });

  it('treats every line as one sentence with presplit', () => {
    const doc = buildDocument('第一句。第二句。\n第三句。', 'First. Second.\nThird.', {
      presplit: true,
    });
    expect(doc.source?.segmentation.sentences).toHaveLength(2);
    expect(doc.target.segmentation.sentences).toHaveLength(2);
    expect(doc.alignment.units).toHaveLength(2);
  });

  it('aligns Chinese the MT left untranslated with its own source, even among look-alikes', () => {
    const a = '人社部部长王晓萍表示，目前全国98%的人都有社保卡，9.7亿人还领用了电子社保卡。';
    const b = '社保卡承载的服务，涵盖了政务服务、就医购药、交通出行、文化旅游等民生领域。';
    const c = '2023年电子社保卡全年服务151亿人次，覆盖全国各省市区县。';
    // b left in Chinese, a and c translated; a is dropped from the MT.
    const doc = buildDocument(
      [a, b, c].join(''),
      `${b} In 2023, electronic social security cards served 15.1 billion people nationwide.`,
    );
    const texts = doc.alignment.units.map((u) => [
      u.source ? doc.source?.text.slice(u.source.start, u.source.end) : null,
      u.target ? doc.target.text.slice(u.target.start, u.target.end) : null,
    ]);
    expect(texts).toContainEqual([b, b]);
    expect(texts).toContainEqual([a, null]);
  });
});

describe('alignSegmented', () => {
  it('aligns sides segmented by the caller and reports the ratio it used', () => {
    const source = {
      text: '一是稳岗位。二是拓渠道。',
      segmentation: {
        paragraphs: [{ start: 0, end: 12 }],
        sentences: [
          { start: 0, end: 6, paragraph: 0 },
          { start: 6, end: 12, paragraph: 0 },
        ],
      },
    };
    const target = {
      text: 'First, stabilize jobs. Second, expand channels.',
      segmentation: {
        paragraphs: [{ start: 0, end: 47 }],
        sentences: [
          { start: 0, end: 22, paragraph: 0 },
          { start: 23, end: 47, paragraph: 0 },
        ],
      },
    };
    const alignment = alignSegmented(source, target);
    expect(alignment.units.map((u) => [u.source?.sentences, u.target?.sentences])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    expect(alignment.charRatio).toBeGreaterThan(0);
  });
});
