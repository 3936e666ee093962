/**
 * The XLIFF 1.x reader on small inline files: structure, segments, inline
 * codes, notes, namespaces, versions and what it refuses.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../review/apply.ts';
import { ImportError } from '../import-error.ts';
import { xliff12Format } from './format.ts';
import { readProject } from './xliff12.test-support.ts';

const wrap = (
  body: string,
  root = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
) =>
  `${root}<file original="o" source-language="zh-CN" target-language="en-US" datatype="plaintext"><body>${body}</body></file></xliff>`;

const read = (text: string) => xliff12Format.read(text, { fileName: 'f.xlf' });

describe('readXliff12', () => {
  it('makes one unit per trans-unit, each its own paragraph, groups included', () => {
    const project = readProject(
      wrap(`<group id="g"><trans-unit id="1"><source>你好。</source><target>Hello.</target></trans-unit>
        <group><trans-unit id="2"><source>再见。</source><target state="translated">Bye.</target></trans-unit></group></group>
        <trans-unit id="3"><source>只有源文。</source></trans-unit>`),
    );
    expect(project.document.source?.text).toBe('你好。\n再见。\n只有源文。');
    expect(project.document.target.text).toBe('Hello.\nBye.');
    expect(project.document.alignment.units.map((unit) => unit.target === null)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('makes one unit per seg mrk and keeps a segmented unit in one paragraph', () => {
    const project = readProject(
      wrap(`<trans-unit id="1"><source>一。二。</source>
        <seg-source><mrk mtype="seg" mid="1">一。</mrk><mrk mtype="seg" mid="2">二。</mrk></seg-source>
        <target><mrk mtype="seg" mid="2">Two.</mrk> <mrk mtype="seg" mid="1">One.</mrk></target></trans-unit>`),
    );
    expect(project.document.source?.text).toBe('一。二。');
    expect(project.document.target.text).toBe('One. Two.');
    expect(project.document.alignment.units).toHaveLength(2);
  });

  it('turns inline codes into placeholders shared by source and target', () => {
    const project = readProject(
      wrap(`<trans-unit id="1"><source>点<g id="1" ctype="bold">这里</g><x id="2"/><bpt id="3">&lt;i></bpt>斜<ept id="3">&lt;/i></ept><ph id="4">{0}<sub>s</sub></ph></source>
        <target>Click <g id="1" ctype="bold">here</g><x id="2"/><bpt id="3">&lt;i></bpt>it<ept id="3">&lt;/i></ept><ph id="4">{0}<sub>s</sub></ph></target></trans-unit>`),
    );
    expect(project.document.source?.text).toBe('点\ue000这里\ue001\ue002\ue003斜\ue004\ue005');
    expect(project.document.target.text).toBe('Click \ue000here\ue001\ue002\ue003it\ue004\ue005');
    const codes = project.interchange?.codes['0'] ?? [];
    expect(codes.map((code) => [code.role, code.label])).toEqual([
      ['open', '1'],
      ['close', '/1'],
      ['standalone', '2'],
      ['open', '3'],
      ['close', '/3'],
      ['standalone', '4'],
    ]);
    expect(codes[5]?.data).toEqual({
      name: 'ph',
      attributes: { id: '4' },
      content: ['{0}', { n: 'sub', a: {}, c: ['s'] }],
    });
  });

  it('reads notes as plain text, markup kept as text, with from, priority and annotates', () => {
    const project = readProject(
      wrap(`<trans-unit id="1"><source>一</source><target>One</target>
        <note from="pm" priority="2" annotates="target">Check <b>this</b> &amp; that</note></trans-unit>`),
    );
    expect(project.interchange?.notes?.['0']).toEqual([
      { text: 'Check <b>this</b> & that', from: 'pm', priority: 2, appliesTo: 'target' },
    ]);
  });

  it('reads ITS issues inline and standoff as flags with MQM categories', () => {
    const project = readProject(
      wrap(
        `<trans-unit id="1"><source>他说。</source>
        <target>He <mrk mtype="x-its" its:locQualityIssueType="misspelling" its:locQualityIssueSeverity="90" its:locQualityIssueComment="typo">sayd</mrk> <mrk mtype="x-its" its:locQualityIssuesRef="#s1">it</mrk>.</target>
        <its:locQualityIssues xml:id="s1"><its:locQualityIssue locQualityIssueType="omission"/><its:locQualityIssue locQualityIssueType="style" locQualityIssueEnabled="no"/></its:locQualityIssues></trans-unit>`,
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">',
      ),
    );
    const flags = [...replay(project.review.ops).flags.values()];
    expect(
      flags.map((flag) => [flag.anchor.quote.exact, flag.category, flag.severity, flag.status]),
    ).toEqual([
      ['sayd', 'Fluency/Spelling', 'critical', 'open'],
      ['it', 'Accuracy/Omission', 'minor', 'open'],
      ['it', 'Style', 'minor', 'rejected'],
    ]);
    expect(flags[0]?.comment).toBe('typo');
    expect(project.document.target.text).toBe('He sayd it.');
  });

  it('reads XLIFF 1.0, 1.1, prefixed XLIFF and files without a namespace (Passolo)', () => {
    const body = '<trans-unit id="1"><source>一</source><target>One</target></trans-unit>';
    for (const root of [
      '<xliff version="1.0">',
      '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">',
      '<xliff>',
    ]) {
      expect(readProject(wrap(body, root)).document.target.text).toBe('One');
    }
    const prefixed = `<x:xliff version="1.2" xmlns:x="urn:oasis:names:tc:xliff:document:1.2"><x:file original="o" source-language="zh" datatype="x"><x:body><x:trans-unit id="1"><x:source>一</x:source><x:target>One</x:target></x:trans-unit></x:body></x:file></x:xliff>`;
    expect(readProject(prefixed).document.target.text).toBe('One');
  });

  it('warns on duplicate ids and on languages other than zh → en, and loads', () => {
    const text = wrap(
      '<trans-unit id="1"><source>a</source><target>b</target></trans-unit><trans-unit id="1"><source>c</source><target>d</target></trans-unit>',
    )
      .replace('zh-CN', 'de')
      .replace('en-US', 'fr');
    const { warnings, drafts } = read(text);
    expect(drafts[0]?.document.alignment.units).toHaveLength(2);
    expect(warnings.map((warning) => warning.code).sort()).toEqual([
      'duplicate-id',
      'source-not-chinese',
      'target-not-english',
    ]);
    expect(warnings.find((warning) => warning.code === 'duplicate-id')?.location.path).toBe(
      'xliff/file[1]/body/trans-unit[2]',
    );
  });

  it('refuses XLIFF 2, other roots, empty files and broken XML with a location', () => {
    const cases: [string, string][] = [
      ['<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>', 'unsupported'],
      ['<tmx version="1.4"/>', 'invalid'],
      [wrap(''), 'empty'],
      [wrap('<trans-unit id="1"><source>a</source>'), 'malformed'],
    ];
    for (const [text, code] of cases) {
      let error: unknown;
      try {
        read(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe(code);
      expect((error as ImportError).location.file).toBe('f.xlf');
    }
  });
});

describe('readXliff12 on partial files', () => {
  it('gives an unsegmented target to the first segment, and writes it back segmented', () => {
    const text = wrap(`<trans-unit id="1"><source>一。二。</source>
      <seg-source><mrk mtype="seg" mid="1">一。</mrk><mrk mtype="seg" mid="2">二。</mrk></seg-source>
      <target>One. Two.</target></trans-unit>`);
    const { warnings } = read(text);
    expect(warnings.map((warning) => warning.code)).toContain('unsegmented-target');
    const project = readProject(text);
    expect(project.document.alignment.units.map((unit) => unit.target !== null)).toEqual([
      true,
      false,
    ]);
    expect(xliff12Format.write(project)).toContain(
      '<target><mrk mtype="seg" mid="1">One. Two.</mrk><mrk mtype="seg" mid="2"/></target>',
    );
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    xliff12Format.read(wrap('<trans-unit id="1"><source>一</source></trans-unit>'), {
      fileName: 'f.xlf',
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('xliff12Format.detect', () => {
  it('claims 1.x by version, namespace or trans-units, and leaves 2.x alone', () => {
    expect(xliff12Format.detect('<?xml version="1.0"?><xliff version="1.2">', 'a.txt')).toBe(2);
    expect(xliff12Format.detect('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2">', 'a')).toBe(
      2,
    );
    expect(xliff12Format.detect('<xliff><file><body><trans-unit id="1">', 'a')).toBe(2);
    expect(xliff12Format.detect('<xliff version="2.0">', 'a.xlf')).toBe(0);
    expect(
      xliff12Format.detect('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0">', 'a.xlf'),
    ).toBe(0);
    expect(xliff12Format.detect('<xliff>', 'a.xlf')).toBe(1);
    expect(xliff12Format.detect('<tmx version="1.4">', 'a.xlf')).toBe(0);
  });
});
