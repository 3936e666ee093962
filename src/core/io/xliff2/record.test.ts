import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { projectFromDraft } from '../formats.ts';
import { parseXml } from '../xml/index.ts';
import { xliff2Format } from './format.ts';
import type { Xliff2Data } from './model.ts';
import { packXliff2Data, unpackXliff2Data } from './record.ts';

const FILE =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:x="urn:x" version="2.1" srcLang="zh" trgLang="en">\n' +
  ' <file id="f1"><x:ext a="1">kept &amp; "as is"</x:ext><unit id="u1"><segment id="s1">' +
  '<source>你好<ph id="1" equiv="{0}"/>。</source><target>Hello<ph id="1" equiv="{0}"/>.</target></segment>' +
  '\n  <ignorable><source> </source></ignorable></unit></file>\n</xliff>\n';

function record(): Xliff2Data {
  const root = parseXml(FILE, { file: 'f.xlf', maxChars: 1e6 }).root;
  return {
    kind: 'xliff2',
    root,
    segments: [
      { unit: 0, target: 'Hello\ue000.' },
      { unit: null, target: null },
    ],
  };
}

/** The tree without parse offsets, which packing drops. */
function withoutOffsets(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'offset' ? undefined : v)));
}

describe('the packed XLIFF 2 record', () => {
  it('is one string that unpacks to the same tree and segments', () => {
    const packed = packXliff2Data(record());
    expect(typeof packed).toBe('string');
    expect(packed.length).toBeLessThan(JSON.stringify(record()).length);
    expect(withoutOffsets(unpackXliff2Data(packed))).toEqual(withoutOffsets(record()));
  });

  it('still reads a record stored unpacked by an earlier build', () => {
    expect(withoutOffsets(unpackXliff2Data(record()))).toEqual(withoutOffsets(record()));
  });

  it('gives null for damaged records, never throws', () => {
    const packed = JSON.parse(packXliff2Data(record())) as Record<string, unknown>;
    const damaged = [
      'not json',
      '{"kind":"xliff2","root":["xliff",{"a":1}],"segments":[]}',
      '{"kind":"xliff2","root":["",{}],"segments":[]}',
      JSON.stringify({ ...packed, segments: [[-1, null]] }),
      JSON.stringify({ ...packed, kind: 'tmx' }),
      JSON.stringify({ ...packed, root: ['xliff', {}, 42] }),
      null,
      42,
    ];
    for (const data of damaged) expect(unpackXliff2Data(data)).toBeNull();
  });

  it('writes back the same file from a packed record as from the tree', () => {
    const draft = xliff2Format.read(FILE, { fileName: 'f.xlf' }).drafts[0];
    if (!draft?.interchange) throw new Error('no draft');
    const project = projectFromDraft(draft, { id: 'p', now: new Date(0) });
    expect(typeof project.interchange?.data).toBe('string');
    const tree = unpackXliff2Data(project.interchange?.data);
    const unpacked = { ...project, interchange: { ...draft.interchange, data: tree } };
    const written = xliff2Format.write(project);
    expect(written).toContain('<x:ext a="1">kept &amp; "as is"</x:ext>');
    expect(written).toBe(xliff2Format.write(unpacked));
  });
});

describe('packing', () => {
  it('writes every character above U+00FF escaped, and reads it back', () => {
    const data = record();
    data.segments[0] = { unit: 0, target: '你好 😀 é' };
    const packed = packXliff2Data(data);
    expect([...packed].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(packed).toContain('\\u4f60');
    expect(unpackXliff2Data(packed)?.segments[0]?.target).toBe('你好 😀 é');
  });

  it('stores at one byte a character, as IndexedDB serialises it', () => {
    // Text sliced from a file with Chinese in it is two-byte in the engine, whatever it holds.
    const data = record();
    data.segments[0] = { unit: 0, target: `你好${'x'.repeat(10_000)}`.slice(2) };
    const packed = packXliff2Data(data);
    expect(serialize(packed).length).toBeLessThan(packed.length * 1.01 + 16);
  });
});
