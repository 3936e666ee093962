/**
 * Acceptance on the demo document: every boundary of the hand-made gold
 * alignment must be a sentence boundary, on both sides. A gold unit may hold
 * several English sentences for one Chinese sentence (paragraphs 3, 4 and
 * 12), so extra English boundaries inside a unit are counted, not failed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { segmentText, type SegmentLanguage } from './segment.ts';

interface GoldUnit {
  para: number;
  zh: string;
  en: string;
}

const read = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
const gold = JSON.parse(read('press-conference.alignment.json')) as GoldUnit[];

/** The gold units of one side as ranges, found in order in the text. */
function goldRanges(
  text: string,
  side: 'zh' | 'en',
): { start: number; end: number; para: number }[] {
  let from = 0;
  return gold.map((unit) => {
    const start = text.indexOf(unit[side], from);
    if (start < 0) throw new Error(`gold unit not found: ${unit[side].slice(0, 40)}`);
    from = start + unit[side].length;
    return { start, end: from, para: unit.para };
  });
}

function measure(file: string, side: 'zh' | 'en', lang: SegmentLanguage) {
  const text = normalizeText(read(file));
  const { paragraphs, sentences } = segmentText(text, lang);
  const units = goldRanges(text, side);
  const ours = new Set(sentences.flatMap((s) => [s.start, s.end]));
  const theirs = new Set(units.flatMap((u) => [u.start, u.end]));
  const missed = [...theirs].filter((b) => !ours.has(b));
  const extra = sentences.filter((s) => !theirs.has(s.start));
  return { text, paragraphs, sentences, units, missed, extra };
}

describe('segmentation of the demo document against the gold alignment', () => {
  it('zh: finds every gold boundary and produces exactly the gold sentences', () => {
    const m = measure('press-conference.source.zh.txt', 'zh', 'zh');
    console.info(
      `zh: ${m.paragraphs.length} paragraphs, ${m.sentences.length} sentences, ${m.units.length} gold units, missed ${m.missed.length}, extra ${m.extra.length}`,
    );
    expect(m.paragraphs).toHaveLength(17);
    expect(m.missed).toEqual([]);
    expect(m.sentences.map((s) => m.text.slice(s.start, s.end))).toEqual(gold.map((u) => u.zh));
  });

  it('en: finds every gold boundary; extra boundaries are only the second English sentences of 1:2 units', () => {
    const m = measure('press-conference.mt.en.txt', 'en', 'en');
    console.info(
      `en: ${m.paragraphs.length} paragraphs, ${m.sentences.length} sentences, ${m.units.length} gold units, missed ${m.missed.length}, extra ${m.extra.length}`,
    );
    expect(m.paragraphs).toHaveLength(17);
    expect(m.missed).toEqual([]);
    expect(m.extra.map((s) => m.text.slice(s.start, s.end).slice(0, 20))).toEqual([
      'How to view the curr',
      'Employment affects t',
      'The expected goal wa',
      'Adapt to market chan',
    ]);
    // Gold paragraph numbers are 1-based.
    expect(m.extra.map((s) => s.paragraph + 1)).toEqual([3, 4, 4, 12]);
  });

  it('en: the untranslated paragraph and the Chinese-then-English sentence are whole sentences', () => {
    const m = measure('press-conference.mt.en.txt', 'en', 'en');
    const texts = m.sentences.map((s) => m.text.slice(s.start, s.end));
    expect(texts[0]).toBe(gold[0]?.en);
    expect(texts).toContain(gold[4]?.en);
  });
});
