import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInline, type InlineContent, type InlineKind, type Tmx } from './model.ts';
import { readTmx } from './read.ts';
import { inline, writeTmx } from './write.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 30_000;

const model = (overrides: Partial<Tmx> = {}): Tmx => ({
  version: '1.4',
  header: { attributes: { srclang: 'zh-CN' }, notes: [], props: [], udes: [] },
  units: [],
  ...overrides,
});

describe('writeTmx', () => {
  it('writes a declared UTF-8 TMX 1.4 file with escaped text and attributes', () => {
    const text = writeTmx(
      model({
        units: [
          {
            attributes: { tuid: '1' },
            notes: [{ attributes: {}, text: 'a < b' }],
            props: [],
            variants: [
              { lang: 'zh-CN', attributes: {}, notes: [], props: [], content: ['中文 & "引号"'] },
              {
                lang: 'en',
                attributes: { changeid: 'a"b' },
                notes: [],
                props: [],
                content: ['x ', { kind: 'ph', attrs: { x: '1' }, content: ['<br/>'] }, ']]>'],
              },
            ],
          },
        ],
      }),
    );
    expect(text).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<tmx version="1.4">',
        '  <header srclang="zh-CN"/>',
        '  <body>',
        '    <tu tuid="1">',
        '      <note>a &lt; b</note>',
        '      <tuv xml:lang="zh-CN">',
        '        <seg>中文 &amp; "引号"</seg>',
        '      </tuv>',
        '      <tuv xml:lang="en" changeid="a&quot;b">',
        '        <seg>x <ph x="1">&lt;br/&gt;</ph>]]&gt;</seg>',
        '      </tuv>',
        '    </tu>',
        '  </body>',
        '</tmx>',
        '',
      ].join('\n'),
    );
  });

  it('writes lang= and the 1.1 DTD for a TMX 1.1 model', () => {
    const text = writeTmx(
      model({
        version: '1.1',
        units: [
          {
            attributes: {},
            notes: [],
            props: [],
            variants: [{ lang: 'en', attributes: {}, notes: [], props: [], content: [] }],
          },
        ],
      }),
    );
    expect(text).toContain('<!DOCTYPE tmx SYSTEM "tmx11.dtd">');
    expect(text).toContain('<tuv lang="en">');
    expect(text).toContain('<seg></seg>');
  });

  it('replaces characters XML cannot carry', () => {
    expect(inline(['a\u0000b'])).toBe('a\ufffdb');
  });
});

// Generated models: Chinese, astral characters, markup characters and
// whitespace that XML treats specially (CR, tabs and line breaks in attributes).
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '中',
    '文',
    '。',
    '😀',
    '𠀀',
    '<',
    '>',
    '&',
    '"',
    "'",
    '\n',
    '\t',
    '\r',
    ']',
  ),
  maxLength: 10,
});
const attributeNames = fc.uniqueArray(
  fc.constantFrom(
    'x',
    'i',
    'type',
    'pos',
    'assoc',
    'o-encoding',
    'creationid',
    'usagecount',
    'changedate',
    'xml:space',
  ),
  { maxLength: 3 },
);
const attributes = attributeNames.chain((names) =>
  fc
    .tuple(...names.map(() => text))
    .map((values) => Object.fromEntries(names.map((n, i) => [n, values[i] ?? '']))),
);
const annotation = fc.record({ attributes, text });
const inlineContent: fc.Arbitrary<InlineContent[]> = fc.letrec<{ content: InlineContent[] }>(
  (tie) => ({
    content: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: text },
          {
            weight: 1,
            arbitrary: fc.record({
              kind: fc.constantFrom<InlineKind>('bpt', 'ept', 'it', 'ph', 'hi', 'sub', 'ut'),
              attrs: attributes,
              content: tie('content'),
            }),
          },
        ),
        { maxLength: 4 },
      )
      .map(normalizeInline),
  }),
).content;
const variant = fc.record({
  lang: fc.constantFrom('zh-CN', 'en', 'EN-us', 'zh-Hant-TW'),
  attributes,
  notes: fc.array(annotation, { maxLength: 2 }),
  props: fc.array(annotation, { maxLength: 2 }),
  content: inlineContent,
});
const tmxModel: fc.Arbitrary<Tmx> = fc.record({
  version: fc.constantFrom('1.4', '1.1'),
  header: fc.record({
    attributes,
    notes: fc.array(annotation, { maxLength: 2 }),
    props: fc.array(annotation, { maxLength: 2 }),
    udes: fc.array(fc.record({ attributes, maps: fc.array(attributes, { maxLength: 2 }) }), {
      maxLength: 1,
    }),
  }),
  units: fc.array(
    fc.record({
      attributes,
      notes: fc.array(annotation, { maxLength: 1 }),
      props: fc.array(annotation, { maxLength: 1 }),
      variants: fc.array(variant, { minLength: 1, maxLength: 3 }),
    }),
    { maxLength: 4 },
  ),
});

describe('writeTmx then readTmx (properties)', () => {
  it(
    'gives back the model, for generated models with Chinese and astral text',
    () => {
      fc.assert(
        fc.property(tmxModel, (tmx) => {
          const { tmx: read, warnings } = readTmx(writeTmx(tmx));
          expect(warnings).toEqual([]);
          expect(read).toEqual(tmx);
        }),
        { numRuns: 1000 },
      );
    },
    TIMEOUT_MS,
  );
});
