/**
 * The XLIFF 1.2 writer: write-back keeps what the file had, a project from
 * elsewhere gets a fresh file that reads back to the same document, and
 * both are structurally valid 1.2.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../model/project.ts';
import { documentFromSegments } from '../segments.ts';
import { xliff12Format } from './format.ts';
import { structureProblems } from './structure.test-support.ts';
import { essentials, readProject } from './xliff12.test-support.ts';

const KEPT = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns:okp="okapi-framework:xliff-extensions">
<file original="a.html" source-language="zh-CN" target-language="en" datatype="html" okp:inputEncoding="UTF-8">
<header><sdl:ref-files><sdl:ref-file uid="0"/></sdl:ref-files><note>header note</note></header>
<body><trans-unit id="1" resname="title" sdl:x="y" translate="yes"><source>标题<x id="1" ctype="lb"/></source>
<seg-source><g id="9"><mrk mtype="seg" mid="a">标题</mrk></g><x id="1" ctype="lb"/></seg-source>
<target state="translated"><g id="9"><mrk mtype="seg" mid="a" sdl:conf="Draft">Title</mrk></g><x id="1" ctype="lb"/></target>
<alt-trans match-quality="80" origin="tm"><target>A title</target></alt-trans>
<note annotates="source">keep me</note><sdl:seg-defs><sdl:seg id="a" conf="Draft"/></sdl:seg-defs></trans-unit>
<bin-unit id="b" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source></bin-unit>
</body></file></xliff>`;

describe('writeXliff12', () => {
  it('writes a file read from XLIFF back with its extensions, header, bin-units and alt-trans', () => {
    const project = readProject(KEPT);
    const before = JSON.stringify(project);
    const written = xliff12Format.write(project);
    expect(JSON.stringify(project)).toBe(before);
    for (const part of [
      '<sdl:ref-files><sdl:ref-file uid="0"/></sdl:ref-files>',
      'okp:inputEncoding="UTF-8"',
      'resname="title" sdl:x="y"',
      '<g id="9"><mrk mtype="seg" mid="a" sdl:conf="Draft">Title</mrk></g><x id="1" ctype="lb"/>',
      '<alt-trans match-quality="80" origin="tm"><target>A title</target></alt-trans>',
      '<sdl:seg-defs><sdl:seg id="a" conf="Draft"/></sdl:seg-defs>',
      '<bin-unit id="b" mime-type="image/png">',
      '<note annotates="source">keep me</note>',
    ]) {
      expect(written).toContain(part);
    }
    expect(structureProblems(written)).toEqual([]);
    expect(essentials(readProject(written))).toEqual(essentials(project));
  });

  it('writes a project from elsewhere as a fresh file, a group per paragraph', () => {
    const document = documentFromSegments([
      { source: '第一段第一句。', target: 'First, one.' },
      { source: '第一段第二句。', target: 'First, two.', paragraphStart: false },
      { source: '第二段。', target: 'Second & <last>.' },
    ]);
    const project: Project = {
      id: 'p',
      name: 'Press <conference>',
      origin: 'import',
      createdAt: '',
      updatedAt: '',
      sourceFileName: null,
      targetFileName: null,
      document,
      view: { activeUnit: 0 },
      review: { typologyId: 'wmt-mqm', ops: [] },
      interchange: {
        format: 'tmx',
        codes: {},
        notes: { '2': [{ text: 'a <note>', from: 'me' }] },
        data: {},
      },
    };
    const written = xliff12Format.write(project);
    expect(written.match(/<group /g)).toHaveLength(2);
    expect(written.match(/<trans-unit /g)).toHaveLength(3);
    expect(written).toContain('<target>Second &amp; &lt;last&gt;.</target>');
    expect(structureProblems(written)).toEqual([]);
    const back = readProject(written);
    expect(back.document).toEqual(document);
    expect(back.interchange?.notes).toEqual({ '2': [{ text: 'a <note>', from: 'me' }] });
  });

  it('finds structural problems (the check can fail)', () => {
    expect(
      structureProblems(
        '<xliff version="1.2"><file original="o" source-language="zh" datatype="x"><body><trans-unit id="1"><target/><source/><mrk/></trans-unit></body></file></xliff>',
      ),
    ).toEqual([
      'mrk without mtype',
      'xliff/file[1]/body/trans-unit[1] does not start with source',
      'xliff/file[1]/body/trans-unit[1]: source after target',
    ]);
  });
});
