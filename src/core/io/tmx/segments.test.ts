import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { documentFromSegments, segmentsFromDocument } from '../segments.ts';
import { inlineText, type InlineContent } from './model.ts';
import { readTmx } from './read.ts';
import { matchesLanguage, tmxDate, tmxFromSegments, tmxToSegments } from './segments.ts';
import { writeTmx } from './write.ts';

const memory = `<?xml version="1.0"?>
<tmx version="1.4"><header srclang="zh-CN"/><body>
<tu><tuv xml:lang="zh-CN"><seg>点击<bpt i="1">&lt;b></bpt>这里<ept i="1">&lt;/b></ept>。</seg></tuv>
    <tuv xml:lang="EN-US"><seg>Click <bpt i="1">&lt;b></bpt>here<ept i="1">&lt;/b></ept>.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>English only</seg></tuv></tu>
<tu><tuv xml:lang="zh_Hans"><seg>第二</seg></tuv><tuv xml:lang="en-GB"><seg>Second</seg></tuv><tuv xml:lang="en-US"><seg>Second (US)</seg></tuv></tu>
</body></tmx>`;

describe('matchesLanguage', () => {
  it('matches tags without regard to case or _, and prefixes ending in *', () => {
    expect(matchesLanguage('EN-us', 'en-US')).toBe(true);
    expect(matchesLanguage('zh_CN', 'zh-cn')).toBe(true);
    expect(
      ['zh', 'zh-CN', 'ZH-Hant-TW', 'zha', 'en'].map((t) => matchesLanguage(t, 'zh*')),
    ).toEqual([true, true, true, false, false]);
    expect(matchesLanguage('en-GB', 'en-*')).toBe(true);
  });
});

describe('inlineText', () => {
  const content: InlineContent[] = [
    'Click ',
    {
      kind: 'ph',
      attrs: {},
      content: ['<img alt="', { kind: 'sub', attrs: {}, content: ['Go'] }, '">'],
    },
    { kind: 'hi', attrs: {}, content: ['here', { kind: 'it', attrs: {}, content: ['<i>'] }] },
  ];
  it('gives the visible text without codes, or the native text with them', () => {
    expect(inlineText(content, 'visible')).toBe('Click here');
    expect(inlineText(content, 'native')).toBe('Click <img alt="Go">here<i>');
  });
});

describe('tmxToSegments', () => {
  it('pairs Chinese with English by default, flattening codes and keeping the structure', () => {
    const { segments, skipped, warnings } = tmxToSegments(readTmx(memory).tmx);
    expect(segments.map((s) => [s.source, s.target, s.unit])).toEqual([
      ['点击这里。', 'Click here.', 0],
      ['第二', 'Second', 2],
    ]);
    expect(segments[0]?.targetContent).toHaveLength(5);
    expect(skipped).toBe(1);
    expect(warnings.map((w) => w.code)).toEqual(['several-variants', 'missing-language']);
  });

  it('reads the languages asked for', () => {
    const { segments } = tmxToSegments(readTmx(memory).tmx, {
      sourceLang: 'en-us',
      targetLang: 'en-gb',
    });
    expect(segments.map((s) => [s.source, s.target])).toEqual([['Second (US)', 'Second']]);
  });
});

describe('tmxFromSegments', () => {
  it('writes a unit per pair, a blank side as an empty segment, with a TMX date', () => {
    const tmx = tmxFromSegments(
      [
        { source: '你好', target: 'Hello' },
        { source: '', target: 'Only MT' },
        { source: ' ', target: '\n' },
        { source: '世界', target: 'World' },
      ],
      { now: new Date('2025-03-04T05:06:07.890Z'), creationToolVersion: '1.2.3' },
    );
    expect(tmx.header.attributes.creationdate).toBe('20250304T050607Z');
    expect(tmx.header.attributes.creationtoolversion).toBe('1.2.3');
    expect(
      tmx.units.map((tu) => [
        tu.attributes.tuid,
        ...tu.variants.map((v) => `${v.lang}:${inlineText(v.content, 'visible')}`),
      ]),
    ).toEqual([
      ['1', 'zh-CN:你好', 'en:Hello'],
      ['2', 'zh-CN:', 'en:Only MT'],
      ['3', 'zh-CN:世界', 'en:World'],
    ]);
    expect(tmxDate(new Date(0))).toBe('19700101T000000Z');
  });

  it('import → export → import gives the same document', () => {
    const first = documentFromSegments(tmxToSegments(readTmx(memory).tmx).segments);
    validateDocument(first);
    const written = writeTmx(tmxFromSegments(segmentsFromDocument(first)));
    const again = documentFromSegments(tmxToSegments(readTmx(written).tmx).segments);
    expect(again).toEqual(first);
  });
});

describe('TMX project round trip (properties)', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      '中',
      '文',
      '。',
      '“',
      'a',
      'Z',
      ' ',
      '\n',
      '\t',
      '😀',
      '𠀀',
      '<',
      '&',
      ']]>',
    ),
    maxLength: 10,
  });
  it('import → export → import gives the same document, for Chinese and astral text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ source: text, target: text }), { maxLength: 8 }),
        (pairs) => {
          const memory = writeTmx(tmxFromSegments(pairs));
          const first = documentFromSegments(tmxToSegments(readTmx(memory).tmx).segments);
          validateDocument(first);
          const again = writeTmx(tmxFromSegments(segmentsFromDocument(first)));
          expect(documentFromSegments(tmxToSegments(readTmx(again).tmx).segments)).toEqual(first);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);
});
