import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LENGTH_VARIANCE } from './length.ts';
import { alignParagraphs, paragraphsComparable } from './paragraphs.ts';
import { profileSentence } from './profile.ts';
import { estimateCharRatio } from './ratio.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const lines = (name: string) =>
  readFileSync(fixtures + name, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
const zh = lines('press-conference.source.zh.txt');
const en = lines('press-conference.mt.en.txt');

function align(source: string[], target: string[]) {
  const s = source.map((p) => profileSentence(p, 'zh'));
  const t = target.map((p) => profileSentence(p, 'en'));
  return alignParagraphs(s, t, { ratio: estimateCharRatio(s, t), variance: LENGTH_VARIANCE });
}

const oneToOne = (count: number, offset = 0) =>
  Array.from({ length: count }, (_, k) => ({
    s0: k + offset,
    s1: k + offset + 1,
    t0: k + offset,
    t1: k + offset + 1,
  }));

describe('alignParagraphs', () => {
  it('pairs the seed’s paragraphs one to one', () => {
    expect(zh).toHaveLength(17);
    expect(align(zh, en)).toEqual(oneToOne(17));
  });

  it('finds paragraphs the MT merged', () => {
    const merged = [...en.slice(0, 5), `${en[5]} ${en[6]}`, ...en.slice(7)];
    const blocks = align(zh, merged);
    expect(blocks[5]).toEqual({ s0: 5, s1: 7, t0: 5, t1: 6 });
    expect(blocks).toHaveLength(16);
  });

  it('finds a paragraph the MT left out', () => {
    const omitted = [...en.slice(0, 8), ...en.slice(9)];
    const blocks = align(zh, omitted);
    expect(blocks[8]).toEqual({ s0: 8, s1: 9, t0: 8, t1: 8 });
    expect(blocks.filter((b) => b.s1 - b.s0 === 1 && b.t1 - b.t0 === 1)).toHaveLength(16);
  });

  it('stays right on a long document, where only a band of the lattice is searched', () => {
    const copies = 40;
    const blocks = align(
      Array.from({ length: copies }, () => zh).flat(),
      Array.from({ length: copies }, () => en).flat(),
    );
    expect(blocks).toEqual(oneToOne(17 * copies));
  });
});

describe('paragraphsComparable', () => {
  it('accepts counts within a factor of two and rejects an MT that lost its line breaks', () => {
    expect(paragraphsComparable(17, 17)).toBe(true);
    expect(paragraphsComparable(17, 9)).toBe(true);
    expect(paragraphsComparable(17, 1)).toBe(false);
  });
});
