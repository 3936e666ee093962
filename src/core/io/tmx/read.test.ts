import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.ts';
import { readTmx } from './read.ts';

function failure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const tmx = (
  body: string,
  version = '1.4',
  header = '<header srclang="zh-CN" datatype="plaintext"/>',
) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="${version}">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;

describe('readTmx', () => {
  it('reads units, variants, attributes, props and notes', () => {
    const { tmx: read, warnings } = readTmx(
      tmx(`<tu tuid="7" srclang="zh-CN"><prop type="x-file">a.txt</prop><note>n</note>
        <tuv xml:lang="zh-CN" creationid="li"><note>zh note</note><seg>你好。</seg></tuv>
        <tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>`),
    );
    expect(warnings).toEqual([]);
    expect(read.version).toBe('1.4');
    expect(read.header.attributes).toEqual({ srclang: 'zh-CN', datatype: 'plaintext' });
    expect(read.units).toEqual([
      {
        attributes: { tuid: '7', srclang: 'zh-CN' },
        notes: [{ attributes: {}, text: 'n' }],
        props: [{ attributes: { type: 'x-file' }, text: 'a.txt' }],
        variants: [
          {
            lang: 'zh-CN',
            attributes: { creationid: 'li' },
            notes: [{ attributes: {}, text: 'zh note' }],
            props: [],
            content: ['你好。'],
          },
          { lang: 'en', attributes: {}, notes: [], props: [], content: ['Hello.'] },
        ],
      },
    ]);
  });

  it('reads TMX 1.1 lang= and keeps whitespace inside seg exactly', () => {
    const { tmx: read } = readTmx(
      tmx('<tu><tuv lang="EN-US"><seg> a\t&#x09;  b </seg></tuv></tu>', '1.1'),
    );
    expect(read.units[0]?.variants[0]).toMatchObject({
      lang: 'EN-US',
      attributes: {},
      content: [' a\t\t  b '],
    });
  });

  it('keeps inline elements in order with their attributes and nested content', () => {
    const { tmx: read } = readTmx(
      tmx(
        '<tu><tuv xml:lang="en"><seg>A <bpt i="1" type="bold">&lt;b></bpt>b<ept i="1">&lt;/b></ept> <ph x="2">&lt;img alt="<sub>Alt</sub>"></ph><hi type="x">h<it pos="begin"/></hi><ut>u</ut></seg></tuv></tu>',
      ),
    );
    expect(read.units[0]?.variants[0]?.content).toEqual([
      'A ',
      { kind: 'bpt', attrs: { i: '1', type: 'bold' }, content: ['<b>'] },
      'b',
      { kind: 'ept', attrs: { i: '1' }, content: ['</b>'] },
      ' ',
      {
        kind: 'ph',
        attrs: { x: '2' },
        content: ['<img alt="', { kind: 'sub', attrs: {}, content: ['Alt'] }, '">'],
      },
      {
        kind: 'hi',
        attrs: { type: 'x' },
        content: ['h', { kind: 'it', attrs: { pos: 'begin' }, content: [] }],
      },
      { kind: 'ut', attrs: {}, content: ['u'] },
    ]);
  });

  it('leaves out what TMX does not allow, with located warnings', () => {
    const { tmx: read, warnings } = readTmx(
      tmx(`<tu><tuv><seg>no lang</seg></tuv><tuv xml:lang="en"><note>no seg</note></tuv>
<tuv xml:lang="zh"><seg>中<g id="1">文</g></seg></tuv></tu>
<group/>`),
      { file: 'm.tmx' },
    );
    expect(read.units[0]?.variants).toEqual([
      { lang: 'zh', attributes: {}, notes: [], props: [], content: ['中文'] },
    ]);
    expect(warnings.map((w) => [w.code, w.location])).toEqual([
      [
        'tuv-without-language',
        { file: 'm.tmx', line: 6, column: 5, path: 'tmx/body/tu[1]/tuv[1]' },
      ],
      ['tuv-without-seg', { file: 'm.tmx', line: 6, column: 34, path: 'tmx/body/tu[1]/tuv[2]' }],
      ['unknown-inline', { file: 'm.tmx', line: 7, column: 26, path: 'tmx/body/tu[1]/tuv[3]/seg' }],
      ['unknown-element', { file: 'm.tmx', line: 8, column: 1, path: 'tmx/body' }],
    ]);
  });

  it('refuses what is not TMX, with a location', () => {
    expect(failure(() => readTmx('<xliff version="1.2"/>', { file: 'a.xlf' }))).toMatchObject({
      code: 'invalid',
      location: { file: 'a.xlf', line: 1, column: 1 },
    });
    expect(failure(() => readTmx('<tmx version="1.4"><header/></tmx>')).code).toBe('invalid');
  });

  it('refuses a truncated file where it breaks', () => {
    const whole = tmx('<tu><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>');
    const error = failure(() =>
      readTmx(whole.slice(0, whole.indexOf('</seg>')), { file: 't.tmx' }),
    );
    expect(error.code).toBe('malformed');
    expect(error.location.file).toBe('t.tmx');
    expect(error.location.line).toBeGreaterThan(0);
  });

  it('reads UTF-16 bytes and refuses bytes over the limit before decoding', () => {
    const text = tmx('<tu><tuv xml:lang="zh"><seg>中文𠀀</seg></tuv></tu>');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) >> 8;
      bytes[3 + 2 * i] = text.charCodeAt(i) & 0xff;
    }
    expect(readTmx(bytes).tmx.units[0]?.variants[0]?.content).toEqual(['中文𠀀']);
    const huge = { length: 64_000_001 } as unknown as Uint8Array;
    expect(failure(() => readTmx(huge, { file: 'big.tmx' }))).toMatchObject({
      code: 'too-large',
      location: { file: 'big.tmx' },
    });
  });
});
