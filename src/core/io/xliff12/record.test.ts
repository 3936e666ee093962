/**
 * The packed XLIFF 1.2 record: one string of ASCII characters that unpacks
 * to the same tree, still reads records stored unpacked, refuses damaged
 * ones, and writes back the same file either way.
 */
import { describe, expect, it } from 'vitest';
import { xliff12Format } from './format.ts';
import type { Xliff12Data } from './model.ts';
import { packXliff12Data, unpackXliff12Data } from './record.ts';
import { readProject } from './xliff12.test-support.ts';

const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="urn:sdl">
<file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext">
<body><trans-unit id="1" sdl:x="引号 &quot;é&quot;"><source>你好<x id="1"/>😀。</source>
<target>Hello<x id="1"/> 😀.</target><note>注 &amp; note</note></trans-unit>
<trans-unit id="2"><source> </source></trans-unit>
</body></file></xliff>`;

function record(): Xliff12Data {
  return {
    record: 1,
    root: {
      n: 'xliff',
      a: { version: '1.2', 'sdl:x': '引号 "é"' },
      c: ['\n', { n: 'file', a: {}, c: ['你好 😀', { n: 'x', a: { id: '1' }, c: [] }] }],
    },
    unitOfSegment: [0, null, 1],
  };
}

describe('the packed XLIFF 1.2 record', () => {
  it('is one string of ASCII characters that unpacks to the same record', () => {
    const packed = packXliff12Data(record());
    expect(typeof packed).toBe('string');
    expect([...packed].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(packed).toContain('\\u4f60');
    expect(packed.length).toBeLessThan(JSON.stringify(record()).length * 2);
    expect(unpackXliff12Data(packed)).toEqual(record());
  });

  it('is what a read keeps, and round-trips through the writer', () => {
    const project = readProject(FILE);
    const data = project.interchange?.data;
    if (typeof data !== 'string') throw new Error('the record is not packed');
    expect(/^[\x20-\x7e]*$/.test(data)).toBe(true);
    const tree = unpackXliff12Data(data);
    expect(tree?.unitOfSegment).toEqual([0, null]);
    expect(JSON.stringify(tree)).toContain('注 & note');
    expect(packXliff12Data(tree as Xliff12Data)).toBe(data);
    // The same file is written from the packed record and from the object form
    // an earlier build stored, and reading it back keeps the record.
    const interchange = project.interchange;
    if (!interchange) throw new Error('no interchange');
    const written = xliff12Format.write(project);
    const unpacked = { ...project, interchange: { ...interchange, data: tree } };
    expect(xliff12Format.write(unpacked)).toBe(written);
    expect(written).toContain('sdl:x="引号 &quot;é&quot;"');
    expect(written).toContain('<note>注 &amp; note</note>');
    expect(data).toBe(packXliff12Data(unpackXliff12Data(data) as Xliff12Data));
    expect(xliff12Format.write(readProject(written))).toBe(written);
  });

  it('gives null for damaged records, never throws', () => {
    const packed = JSON.parse(packXliff12Data(record())) as Record<string, unknown>;
    const damaged = [
      'not json',
      '{"record":1,"root":["xliff",{"a":1}],"unitOfSegment":[]}',
      '{"record":1,"root":["",{}],"unitOfSegment":[]}',
      '{"record":1,"root":["xliff",{}]}',
      JSON.stringify({ ...packed, unitOfSegment: [-1] }),
      JSON.stringify({ ...packed, unitOfSegment: [0.5] }),
      JSON.stringify({ ...packed, record: 2 }),
      JSON.stringify({ ...packed, root: ['xliff', {}, 42] }),
      JSON.stringify({ ...packed, root: ['xliff', []] }),
      { record: 1, root: { n: 'xliff', a: {}, c: [42] }, unitOfSegment: [] },
      null,
      42,
    ];
    for (const data of damaged) expect(unpackXliff12Data(data)).toBeNull();
  });

  it('writes a fresh file rather than failing when the record is damaged', () => {
    const project = readProject(FILE);
    const interchange = project.interchange;
    if (!interchange) throw new Error('no interchange');
    const damaged = { ...project, interchange: { ...interchange, data: '{"record":1' } };
    const written = xliff12Format.write(damaged);
    expect(written).not.toContain('sdl:x');
    expect(written).toContain('Hello');
  });
});
