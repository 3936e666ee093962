import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNumbers, extractNumbers } from './index.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../fixtures/${name}`, import.meta.url), 'utf8');

interface GoldUnit {
  para: number;
  zh: string;
  en: string;
}

interface GoldError {
  zh: string;
  fix: string;
  category: string;
}

const units = JSON.parse(fixture('press-conference.alignment.json')) as GoldUnit[];
const errors = JSON.parse(fixture('press-conference.errors.json')) as GoldError[];

function agrees(zh: string, en: string): boolean {
  const c = compareNumbers(extractNumbers(zh, 'zh'), extractNumbers(en, 'en'));
  return c.missing.length === 0 && c.extra.length === 0;
}

describe('extractNumbers', () => {
  it('reads each script of a mixed text by its own rules', () => {
    const text =
      '目前全国98%的人都有社保卡,9.7亿人还领用了电子社保卡。In 2023, 12.44 million people';
    expect(extractNumbers(text, 'en').map((m) => [m.text, m.value])).toEqual([
      ['98%', 98],
      ['9.7亿', 970_000_000],
      ['2023', 2023],
      ['12.44 million', 12_440_000],
    ]);
  });

  it('reads an untranslated paragraph in the MT as Chinese', () => {
    const text = '今天下午3时,十四届全国人大二次会议举行记者会';
    expect(extractNumbers(text, 'en').map((m) => m.kind)).toEqual(['time', 'ordinal', 'ordinal']);
  });

  it('lets the language decide only for text without letters', () => {
    expect(extractNumbers('2023', 'en')[0]?.kind).toBe('year');
    expect(extractNumbers('2023', 'zh')[0]?.kind).toBe('cardinal');
  });

  it('keeps offsets exact, ordered and disjoint on any text', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789.,:%年月日时点万亿十百千一二三四五两第倍成是 amp.monethirdMarchJuly-😀𠀀'.split(
        '',
      ),
      '😀',
      '𠀀',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')),
        fc.constantFrom('zh', 'en' as const),
        (text, lang) => {
          const mentions = extractNumbers(text, lang);
          let last = 0;
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(Number.isFinite(m.value)).toBe(true);
            last = m.end;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('press-conference fixture', () => {
  it('finds every number of the source, in order', () => {
    const found = extractNumbers(fixture('press-conference.source.zh.txt'), 'zh').map(
      (m) => m.text,
    );
    expect(found).toEqual([
      '下午3时',
      '十四',
      '二',
      '98%',
      '9.7亿',
      '2023年',
      '151亿',
      '1244万',
      '5.2%',
      '3300万',
      '五',
      '一',
      '3000亿',
      '二',
      '6900',
      '三',
      '1800万',
      '四',
      '3.2万',
      '20%',
      '2.6万',
      '88万',
      '五',
      '1179万',
      '2亿',
      '6000万',
      '两',
      '一',
      '二',
      '三',
      '八',
      '四',
      '第二',
      '75%',
      '第47',
    ]);
  });

  it('finds the same numbers in the MT, whose number values are all right', () => {
    // The MT's number-related errors are of unit and format, not value:
    // 1800万人次 → "18 million people", 6900 → "6900" (for 6,900).
    const agreeing = units.filter((u) => agrees(u.zh, u.en));
    expect(agreeing).toHaveLength(units.length);
    expect(units).toHaveLength(71);
  });

  it('agrees with the corrected translations of the error list', () => {
    const withNumbers = errors.filter((e) => extractNumbers(e.zh, 'zh').length > 0);
    expect(withNumbers.length).toBeGreaterThanOrEqual(10);
    for (const e of withNumbers) expect(agrees(e.zh, e.fix), e.fix).toBe(true);
  });

  it('flags exactly the units where a number is corrupted', () => {
    const corruptions: [string, string][] = [
      ['12.44 million', '1.244 million'],
      ['300 billion', '3,000 billion'],
      ['32,000 job fairs', '23,000 job fairs'],
      ['covered 75%', 'covered 57%'],
      ['47th World', '46th World'],
      ['11.79 million', '11.97 million'],
    ];
    const corrupted: number[] = [];
    const flagged: number[] = [];
    units.forEach((unit, i) => {
      let en = unit.en;
      for (const [from, to] of corruptions) en = en.replace(from, to);
      if (en !== unit.en) corrupted.push(i);
      if (!agrees(unit.zh, en)) flagged.push(i);
    });
    expect(corrupted).toHaveLength(corruptions.length);
    expect(flagged).toEqual(corrupted);
  });

  it('extracts from 10,000 sentences in under 100 ms', () => {
    const zh = Array.from({ length: 5000 }, (_, i) => units[i % units.length]?.zh ?? '');
    const en = Array.from({ length: 5000 }, (_, i) => units[i % units.length]?.en ?? '');
    const run = () => {
      const t = performance.now();
      for (const s of zh) extractNumbers(s, 'zh');
      for (const s of en) extractNumbers(s, 'en');
      return performance.now() - t;
    };
    run(); // warm up the JIT
    // Best of five: the bound is on the code, not on a busy machine.
    const best = Math.min(run(), run(), run(), run(), run());
    expect(best).toBeLessThan(100);
  });
});
