import { describe, expect, it } from 'vitest';
import type { FlagAnchor } from '../model/flag.ts';
import { anchorSpan, CONTEXT_CHARS, describeSpan, type AnchorResult } from './index.ts';

const OWNER = { side: 'target', unit: 4, version: 'mt' } as const;

const TEXT =
  'The spokesman said the tarrif rate on imported steel would rise by 3% next year, the ministry confirmed.';

/** The anchor of the first occurrence of `words` in `text`. */
function flagOn(text: string, words: string, from = 0): FlagAnchor {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return describeSpan(text, start, start + words.length, OWNER);
}

/** The text an anchored result covers; fails the test for an orphan. */
function placed(result: AnchorResult, text: string): string {
  if (result.status !== 'anchored') throw new Error(`expected anchored, got ${result.reason}`);
  return text.slice(result.start, result.end);
}

describe('describeSpan', () => {
  it('records the quote, up to 32 code units of context either side, and the position', () => {
    const anchor = flagOn(TEXT, 'tarrif rate');
    expect(anchor).toEqual({
      ...OWNER,
      quote: {
        type: 'TextQuoteSelector',
        exact: 'tarrif rate',
        prefix: 'The spokesman said the ',
        suffix: ' on imported steel would rise by',
      },
      position: { type: 'TextPositionSelector', start: 23, end: 34 },
    });
    expect(anchor.quote.suffix).toHaveLength(CONTEXT_CHARS);
  });

  it('never splits a surrogate pair, in the quote or its context', () => {
    // 𠀀 pairs at 0–39, x at 40, 增长 at 41–42, 𝔸 at 43–44, y at 45, 😀 pairs from 46.
    const text = '𠀀'.repeat(20) + 'x增长𝔸y' + '😀'.repeat(20);
    const anchor = describeSpan(text, 41, 44, OWNER);
    expect(anchor.quote.exact).toBe('增长𝔸');
    expect(anchor.position).toMatchObject({ start: 41, end: 45 });
    // 32 units back (9) and on (77) fall inside pairs: the context widens to 33.
    expect(anchor.quote.prefix).toBe('𠀀'.repeat(16) + 'x');
    expect(anchor.quote.suffix).toBe('y' + '😀'.repeat(16));
    const inner = describeSpan(text, 1, 3, OWNER);
    expect(inner.quote.exact).toBe('𠀀𠀀');
    expect(inner.position).toMatchObject({ start: 0, end: 4 });
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const part of [anchor.quote.prefix, anchor.quote.exact, anchor.quote.suffix]) {
      expect(part).not.toMatch(loneSurrogate);
    }
  });

  it('refuses empty and out-of-range spans', () => {
    expect(() => describeSpan(TEXT, 5, 5, OWNER)).toThrow(RangeError);
    expect(() => describeSpan(TEXT, 5, 3, OWNER)).toThrow(RangeError);
    expect(() => describeSpan(TEXT, 0, TEXT.length + 1, OWNER)).toThrow(
      /the text has \d+ code units/,
    );
  });
});

describe('anchorSpan', () => {
  it('finds an unchanged flag by position, with a perfect score', () => {
    const anchor = flagOn(TEXT, 'tarrif rate');
    expect(anchorSpan(anchor, TEXT)).toEqual({
      status: 'anchored',
      start: 23,
      end: 34,
      method: 'position',
      score: 1,
    });
  });

  it('follows words moved by an edit elsewhere (exact)', () => {
    const anchor = flagOn(TEXT, 'tarrif rate');
    const edited = 'On Tuesday, ' + TEXT.replace('next year', 'in 2025');
    const result = anchorSpan(anchor, edited);
    expect(result).toMatchObject({ status: 'anchored', method: 'exact', start: 35, end: 46 });
    expect(placed(result, edited)).toBe('tarrif rate');
  });

  it('follows words edited a little (fuzzy), within a quarter of the quote', () => {
    const anchor = flagOn(TEXT, 'tarrif rate');
    const fixed = TEXT.replace('tarrif', 'tariff');
    const result = anchorSpan(anchor, fixed);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(placed(result, fixed)).toBe('tariff rate');
    if (result.status === 'anchored') expect(result.score).toBeLessThan(1);
  });

  it('orphans a flag whose words were replaced', () => {
    const anchor = flagOn(TEXT, 'tarrif rate');
    expect(anchorSpan(anchor, TEXT.replace('tarrif rate', 'duty'))).toEqual({
      status: 'orphaned',
      reason: 'quote-not-found',
    });
  });

  it('orphans rather than jump to the same words in another context', () => {
    const anchor = flagOn(TEXT, 'tarrif rate');
    // Not a word of the flag's context is left next to them (a distinctive
    // quote keeping a short word of it would be kept: see unique.ts).
    const rewritten =
      'Officials declined to comment. Analysts expect tarrif rate cuts to be discussed in May.';
    expect(anchorSpan(anchor, rewritten)).toEqual({
      status: 'orphaned',
      reason: 'context-changed',
    });
  });

  it('orphans a short, common quote once its context is gone', () => {
    const anchor = flagOn(TEXT, 'the', 20);
    expect(anchor.quote.exact).toBe('the');
    expect(anchorSpan(anchor, 'Prices of the steel and the aluminium rose.')).toMatchObject({
      status: 'orphaned',
    });
  });

  it('chooses, among repeated quotes, the one nearest to where the flag was', () => {
    const sentence = 'Exports rose 3% in March. ';
    const text = sentence.repeat(4);
    // The third copy; all four have the same words around them.
    const anchor = describeSpan(text, 2 * sentence.length + 13, 2 * sentence.length + 15, OWNER);
    expect(anchor.quote.exact).toBe('3%');
    const edited = 'Note. ' + text;
    const result = anchorSpan(anchor, edited);
    expect(result).toMatchObject({
      status: 'anchored',
      method: 'exact',
      start: 6 + 2 * sentence.length + 13,
    });
  });

  it('orphans a flag that two places fit about equally well', () => {
    const text = 'Exports rose 3% in March.';
    const anchor = flagOn(text, '3%');
    // Each copy kept part of the flag's context, neither all of it.
    const edited = 'Imports rose 3% in May. Exports rose 3% in June.';
    expect(anchorSpan(anchor, edited)).toEqual({ status: 'orphaned', reason: 'ambiguous' });
  });

  it('keeps a flag on its own words when a copy appears with other surroundings', () => {
    const text = 'Exports rose 3% in March and imports rose 5% in April, customs said.';
    const anchor = flagOn(text, '3%');
    const edited = 'Exports rose 3% in March and imports rose 3% in April, customs said.';
    expect(anchorSpan(anchor, edited)).toMatchObject({ status: 'anchored', start: 13, end: 15 });
  });

  it('handles astral characters in the quote and around it', () => {
    const text = '发言人表示，𠀀𠀁企业😀的出口增长了百分之三，商务部确认。';
    const anchor = flagOn(text, '𠀀𠀁企业😀');
    expect(anchorSpan(anchor, text)).toMatchObject({ status: 'anchored', method: 'position' });
    const moved = '昨天，' + text;
    expect(placed(anchorSpan(anchor, moved), moved)).toBe('𠀀𠀁企业😀');
    const edited = text.replace('😀', '🙂');
    const result = anchorSpan(anchor, edited);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(placed(result, edited)).toBe('𠀀𠀁企业🙂');
  });

  it('follows a flag that starts its unit when words are added before it', () => {
    const text = 'Tariffs will rise next year.';
    const anchor = flagOn(text, 'Tariffs');
    expect(anchor.quote.prefix).toBe('');
    const edited = 'However, Tariffs will rise next year.';
    expect(placed(anchorSpan(anchor, edited), edited)).toBe('Tariffs');
  });

  it('orphans a flag on a whole unit whose both ends changed', () => {
    const text = 'Tariffs will rise.';
    const anchor = describeSpan(text, 0, text.length, OWNER);
    expect(anchorSpan(anchor, text)).toMatchObject({ status: 'anchored', method: 'position' });
    expect(anchorSpan(anchor, `Yes. ${text} No.`)).toMatchObject({ status: 'orphaned' });
  });

  it('is fast on an unchanged unit', () => {
    const long = TEXT.repeat(40);
    const anchor = flagOn(long, 'imported steel', 2000);
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) anchorSpan(anchor, long);
    // 10,000 calls in well under a second: O(quote + context) each.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('anchorSpan when the context was edited (sole occurrence)', () => {
  const text = 'The spokesman said the tariff rate on imported steel would rise by 3% next year.';

  it('keeps a distinctive quote whose neighbouring words were both revised', () => {
    const anchor = flagOn(text, 'tariff rate on imported');
    const edited =
      'A spokesman said that the tariff rate on imported steel will rise by 3% in 2025.';
    const revised = edited.replace('said that the ', 'noted the ').replace(' steel', ' Steel');
    expect(placed(anchorSpan(anchor, revised), revised)).toBe('tariff rate on imported');
  });

  it('keeps a four-character Chinese quote whose surroundings were revised', () => {
    const zh = '发言人表示，明年进口钢材关税税率将提高百分之三。';
    const anchor = flagOn(zh, '关税税率');
    const edited = '周二，商务部表示明年进口钢材关税税率会大幅上调。';
    expect(placed(anchorSpan(anchor, edited), edited)).toBe('关税税率');
  });

  it('orphans a quote that now occurs twice with its context rewritten', () => {
    const anchor = flagOn(text, 'tariff rate on imported');
    const edited =
      'Officials noted the tariff rate on imported goods. Analysts expect the tariff rate on imported cars to fall.';
    expect(anchorSpan(anchor, edited)).toMatchObject({ status: 'orphaned' });
  });

  it('orphans rather than move to a copy once the flagged occurrence is deleted', () => {
    const original = 'Officials said the tariff rate on imported steel rises. Customs agreed.';
    const anchor = flagOn(original, 'tariff rate on imported');
    // The flagged occurrence is rewritten away; an identical one survives in another sentence.
    const edited =
      'Officials said duties on steel rise. Customs agreed: keep a tariff rate on imported cars.';
    expect(anchorSpan(anchor, edited)).toMatchObject({ status: 'orphaned' });
  });

  it('never takes a short, common quote on uniqueness alone', () => {
    const anchor = flagOn(text, 'the', 15);
    expect(anchor.quote.exact).toBe('the');
    expect(anchorSpan(anchor, 'Officials noted that the duty will change.')).toMatchObject({
      status: 'orphaned',
    });
  });

  it('keeps a quote holding astral characters after both neighbours changed', () => {
    const astral = '发言人表示，𠀀𠀁企业😀的出口增长了百分之三。';
    const anchor = flagOn(astral, '𠀀𠀁企业😀');
    const edited = '发言人周二表示，𠀀𠀁企业😀的出口大增。';
    expect(placed(anchorSpan(anchor, edited), edited)).toBe('𠀀𠀁企业😀');
  });

  it('stays under a millisecond per call on an edited 2,000-character unit', () => {
    const long = (text + ' ').repeat(25).slice(0, 2000);
    const anchor = flagOn(long, 'imported steel', 1000);
    const edited =
      long.slice(0, anchor.position.start - 4) + 'XYZ ' + long.slice(anchor.position.start);
    const calls = 200;
    const started = performance.now();
    for (let i = 0; i < calls; i++) anchorSpan(anchor, edited);
    expect((performance.now() - started) / calls).toBeLessThan(1);
  });
});
