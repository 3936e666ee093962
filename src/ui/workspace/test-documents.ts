/**
 * Hand-built documents for the workspace tests, independent of the aligner
 * so that they pin down what the view shows rather than how text aligns.
 * For tests only.
 */
import type { AlignedUnit, BilingualDocument, SideText } from '../../core/model/document.ts';

/** A side whose sentences are `paragraphs` joined by single spaces, paragraphs by newlines. */
export function side(paragraphs: string[][]): SideText {
  let text = '';
  const sentences: SideText['segmentation']['sentences'] = [];
  const ranges: SideText['segmentation']['paragraphs'] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n';
    const start = text.length;
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length, paragraph: p });
      text += sentence;
    });
    ranges.push({ start, end: text.length });
  });
  return { text, segmentation: { paragraphs: ranges, sentences } };
}

/** The unit side holding sentence `index` of `text` alone. */
export function unitSide(text: SideText, index: number) {
  const s = text.segmentation.sentences[index]!;
  return { start: s.start, end: s.end, sentences: [index] };
}

// Unit 0: untranslated Chinese in the MT; unit 1: switches language mid-sentence;
// unit 2: omission; unit 3: addition, low confidence.
const source = side([
  ['今天下午3时举行记者会。'],
  ['持续深化省级“一卡通”，大力推进区域“一卡通”。', '逐步实现全国“一卡通”。'],
]);
const target = side([
  ['今天下午3时举行记者会。'],
  ['持续深化省级“一卡通”, Vigorously promote regional "one card".', 'And more.'],
]);
const units: AlignedUnit[] = [
  { source: unitSide(source, 0), target: unitSide(target, 0), confidence: 0.95 },
  { source: unitSide(source, 1), target: unitSide(target, 1), confidence: 0.8 },
  { source: unitSide(source, 2), target: null, confidence: 0.6 },
  { source: null, target: unitSide(target, 2), confidence: 0.34 },
];
/** Four units: untranslated MT, a mid-sentence switch, an omission and an uncertain addition. */
export const demo: BilingualDocument = { source, target, alignment: { units, charRatio: 2.5 } };

/** The target of `demo` alone, as an MT-only import. */
export const mtOnly: BilingualDocument = {
  source: null,
  target,
  alignment: {
    charRatio: 2.5,
    units: target.segmentation.sentences.map((_, i) => ({
      source: null,
      target: unitSide(target, i),
      confidence: 0,
    })),
  },
};

/** `count` one-sentence units in one paragraph, for virtualisation. */
export function longDocument(count: number): BilingualDocument {
  const zh = side([Array.from({ length: count }, (_, i) => `第${i + 1}句。`)]);
  const en = side([Array.from({ length: count }, (_, i) => `Sentence ${i + 1}.`)]);
  return {
    source: zh,
    target: en,
    alignment: {
      charRatio: 2.5,
      units: Array.from({ length: count }, (_, i) => ({
        source: unitSide(zh, i),
        target: unitSide(en, i),
        confidence: 0.9,
      })),
    },
  };
}
