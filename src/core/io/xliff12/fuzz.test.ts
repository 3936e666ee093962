/**
 * The XLIFF 1.x reader on hostile input: random markup built from XLIFF,
 * ITS and our own pieces, and small mutations of a valid reviewed file,
 * must give a result or an `ImportError`, never another exception. What it
 * reads must be a valid document, and writing it must not throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { expectOnlyImportError, mutationsOf, textsOf, XML_TOKENS } from '../format.test-support.ts';
import { xliff12Format } from './format.ts';
import { projectOf } from './xliff12.test-support.ts';

const TIMEOUT_MS = 120_000;

const VALID = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" xmlns:dz="urn:duizhao:review" its:version="2.0">
<file original="a" source-language="zh-CN" target-language="en" datatype="plaintext"><body><group id="p1" restype="x-duizhao-paragraph">
<trans-unit id="1"><source>他<g id="1">说</g>𠀀<x id="2"/></source><seg-source><mrk mtype="seg" mid="1">他<g id="1">说</g></mrk><mrk mtype="seg" mid="2">𠀀<x id="2"/></mrk></seg-source>
<target><mrk mtype="seg" mid="1" dz:version="rev:r1" dz:mark="reviewed" dz:mark-version="rev:r1">He <g id="1"><mrk mtype="x-its" its:locQualityIssueType="grammar" dz:id="f1" dz:span="0 4">said</mrk></g></mrk><mrk mtype="seg" mid="2"><mrk mtype="x-its" its:locQualityIssuesRef="#s1">x</mrk><x id="2"/></mrk></target>
<alt-trans mid="1" alttranstype="previous-version" dz:version="mt"><target>He say</target></alt-trans>
<alt-trans mid="1" alttranstype="previous-version" dz:version="rev:r1" dz:base="mt" dz:by="a" dz:role="editor" dz:at="2024-01-01T00:00:00Z" dz:status="approved" dz:decision="approved"><target>He <g id="1">said</g></target></alt-trans>
<note from="x" priority="3">n</note><its:locQualityIssues xml:id="s1"><its:locQualityIssue locQualityIssueType="omission" locQualityIssueSeverity="50"/></its:locQualityIssues></trans-unit>
</group></body></file></xliff>`;

function importQuietly(text: string): void {
  expectOnlyImportError('fuzz.xlf', () => {
    const { drafts } = xliff12Format.read(text, { fileName: 'fuzz.xlf' });
    for (const draft of drafts) {
      validateDocument(draft.document);
      xliff12Format.write(projectOf(draft));
    }
  });
}

describe('readXliff12 (fuzz)', () => {
  it('reads the seed file', () => {
    const { drafts } = xliff12Format.read(VALID, { fileName: 'fuzz.xlf' });
    expect(drafts[0]?.document.alignment.units).toHaveLength(2);
  });

  it(
    'throws only ImportError on 10,000 random markup strings',
    () => {
      const token = fc.constantFrom(
        '<xliff version="1.2">',
        '<xliff>',
        '</xliff>',
        '<file source-language="zh">',
        '</file>',
        '<body>',
        '</body>',
        '<group restype="x-duizhao-paragraph">',
        '</group>',
        '<trans-unit id="1">',
        '</trans-unit>',
        '<source>',
        '</source>',
        '<seg-source>',
        '</seg-source>',
        '<target>',
        '</target>',
        '<mrk mtype="seg" mid="1">',
        '<mrk mtype="seg">',
        '</mrk>',
        '<g id="1">',
        '</g>',
        '<x id="1"/>',
        '<bx id="2"/>',
        '<ex id="2"/>',
        '<ph id="3">',
        '</ph>',
        '<bpt id="4">',
        '</bpt>',
        '<ept id="4">',
        '</ept>',
        '<it pos="open">',
        '</it>',
        '<sub>',
        '</sub>',
        '<note>',
        '</note>',
        '<alt-trans dz:version="rev:a" dz:base="mt">',
        '<alt-trans dz:version="mt">',
        '</alt-trans>',
        ' xmlns:its="http://www.w3.org/2005/11/its"',
        ' xmlns:dz="urn:duizhao:review"',
        '<mrk mtype="x-its" its:locQualityIssueType="x" dz:span="0 9">',
        '<mrk mtype="x-its" its:locQualityIssuesRef="#a">',
        '<its:locQualityIssues xml:id="a">',
        '<its:locQualityIssue/>',
        '</its:locQualityIssues>',
        '𠀀',
        ...XML_TOKENS,
      );
      const text = textsOf(token, { maxLength: 20, noise: 2 });
      fc.assert(fc.property(text, importQuietly), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );

  it(
    'throws only ImportError on 10,000 mutations of a valid reviewed file',
    () => {
      const insert = fc.constantFrom(
        '',
        '<',
        '>',
        '"',
        '/',
        '0',
        '9',
        'mrk',
        'rev:',
        '#',
        ' dz:span="3 1"',
        '</g>',
        '<x/>',
      );
      const mutated = mutationsOf(VALID, insert, { maxCut: 12, maxEdits: 3 });
      fc.assert(fc.property(mutated, importQuietly), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );
});
