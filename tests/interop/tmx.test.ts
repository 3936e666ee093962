/**
 * TMX import and export on real files: the LISA TMX Compliance Kit, Okapi's
 * and OmegaT's test memories (`../shared/data/tmx/`).
 *
 * The kit's import tests come with what a conforming tool produces when it
 * uses the memory to translate: for tests 1A–1I, the text of each language,
 * one segment per line (`ImportTest1A.txt`, `ImportTest1A_fr-ca.txt`); for
 * 2A and 2B, the translated document in its native format (HTML, RTF), which
 * is each segment with its inline codes replaced by their native content,
 * segments of one paragraph joined by a space. Those are the comparisons
 * made here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/io/decode.ts';
import { ImportError } from '../../src/core/io/import-error.ts';
import { documentFromSegments, segmentsFromDocument } from '../../src/core/io/segments.ts';
import {
  inlineText,
  matchesLanguage,
  readTmx,
  tmxFromSegments,
  tmxToSegments,
  writeTmx,
  type InlineContent,
  type Tmx,
} from '../../src/core/io/tmx/index.ts';
import { validateDocument } from '../../src/core/model/validate.ts';
import { sharedData } from './shared-data.ts';

const tmxRoot = sharedData('tmx');
const kit = sharedData('tmx/lisa-tmx-compliance-kit');

/** Every `.tmx` file under `dir`, recursively. */
function tmxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tmxFiles(path);
    return name.toLowerCase().endsWith('.tmx') ? [path] : [];
  });
}

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const load = (path: string): Tmx => readTmx(bytesOf(path), { file: path }).tmx;

/** The languages a file pairs: its header's source language and the first other one. */
function languagesOf(tmx: Tmx): { sourceLang: string; targetLang: string } | null {
  const sourceLang = tmx.header.attributes.srclang ?? '';
  const targetLang = tmx.units
    .flatMap((tu) => tu.variants.map((v) => v.lang))
    .find((lang) => !matchesLanguage(lang, sourceLang));
  return sourceLang && targetLang ? { sourceLang, targetLang } : null;
}

describe.skipIf(!tmxRoot)('every TMX file in ../shared/data/tmx', () => {
  const files = tmxRoot ? tmxFiles(tmxRoot) : [];

  it('finds the files', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files.map((f) => [f.slice((tmxRoot ?? '').length)]))(
    '%s loads, writes and reads back the same',
    (name) => {
      const tmx = load(join(tmxRoot ?? '', name));
      expect(readTmx(writeTmx(tmx)).tmx).toEqual(tmx);
    },
  );

  it.each(files.map((f) => [f.slice((tmxRoot ?? '').length)]))(
    '%s: import → export → import gives the same document',
    (name) => {
      const tmx = load(join(tmxRoot ?? '', name));
      const languages = languagesOf(tmx);
      if (!languages) return;
      const first = documentFromSegments(tmxToSegments(tmx, languages).segments);
      validateDocument(first);
      const written = writeTmx(tmxFromSegments(segmentsFromDocument(first), languages));
      expect(documentFromSegments(tmxToSegments(readTmx(written).tmx, languages).segments)).toEqual(
        first,
      );
    },
  );

  it.each(files.map((f) => [f.slice((tmxRoot ?? '').length)]))(
    '%s cut short is refused with its location',
    (name) => {
      const text = decodeText(bytesOf(join(tmxRoot ?? '', name)));
      const cut = text.slice(0, Math.floor(text.length * 0.6));
      let error: unknown;
      try {
        readTmx(cut, { file: name });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('malformed');
      expect((error as ImportError).location).toMatchObject({
        file: name,
        line: expect.any(Number) as number,
      });
    },
  );
});

/** Lines of an expected-output text file (any encoding the kit uses), without the final empty line. */
function expectedLines(path: string): string[] {
  const lines = decodeText(bytesOf(path)).split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

describe.skipIf(!kit)('LISA TMX Compliance Kit, import tests', () => {
  const dir = kit ?? '';
  const plainTests = ['1A', '1B', '1C', '1D', '1E', '1F', '1G', '1H', '1I'];

  it.each(plainTests)('ImportTest%s gives the expected text of each language', (test) => {
    const targetFile = readdirSync(dir).find(
      (name) => name.startsWith(`ImportTest${test}_`) && name.endsWith('.txt'),
    );
    const targetLang = /_(.+)\.txt$/.exec(targetFile ?? '')?.[1];
    if (!targetFile || !targetLang)
      throw new Error(`no expected target text for ImportTest${test}`);
    const { segments } = tmxToSegments(load(join(dir, `ImportTest${test}.tmx`)), {
      sourceLang: 'en-us',
      targetLang,
    });
    expect(segments.map((s) => s.source)).toEqual(
      expectedLines(join(dir, `ImportTest${test}.txt`)),
    );
    expect(segments.map((s) => s.target)).toEqual(expectedLines(join(dir, targetFile)));
  });

  it('ImportTest1J_many imports only the units that have both languages', () => {
    const { segments, skipped } = tmxToSegments(load(join(dir, 'ImportTest1J_many.tmx')), {
      sourceLang: 'en-us',
      targetLang: 'en-gb',
    });
    expect(segments.map((s) => s.source)).toEqual([
      'First entry in US English',
      'Second entry in US English',
    ]);
    expect(skipped).toBe(1);
  });

  it('ImportTest1L keeps header and unit notes, props and the user-defined encoding', () => {
    const tmx = load(join(dir, 'ImportTest1L.tmx'));
    expect(tmx.header.notes.map((n) => n.text)).toEqual([
      'Text of header note 1',
      'Text of header note 2',
    ]);
    expect(tmx.header.props).toEqual([
      {
        attributes: { type: 'myPropeType', 'o-encoding': 'iso-8859-1', 'xml:lang': 'en-us' },
        text: 'Data',
      },
    ]);
    expect(tmx.header.udes[0]?.maps[0]).toMatchObject({ unicode: '#xF8FF', subst: '[Apple]' });
    const [tu] = tmx.units;
    expect(tu?.attributes.tuid).toBe('tu001');
    expect(tu?.notes).toHaveLength(2);
    expect(tu?.variants.map((v) => [v.lang, v.notes.length, v.props.length])).toEqual([
      ['en-us', 2, 1],
      ['fr', 2, 2],
      ['en-gb', 2, 2],
    ]);
  });

  /** A segment in a native format: codes as their native content, text through `escape`. */
  const native = (content: readonly InlineContent[], escape: (text: string) => string): string =>
    content
      .map((item) =>
        typeof item === 'string'
          ? escape(item)
          : item.kind === 'hi'
            ? native(item.content, escape)
            : inlineText(item.content, 'native'),
      )
      .join('');
  const html = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  it.each([
    ['en-us', 'ImportTest2A.htm'],
    ['fr-ca', 'ImportTest2A_fr-ca.htm'],
  ])('ImportTest2A in %s rebuilds the expected HTML', (lang, expectedFile) => {
    const tmx = load(join(dir, 'ImportTest2A.tmx'));
    const contents = tmx.units.map(
      (tu) => tu.variants.find((v) => matchesLanguage(v.lang, lang))?.content ?? [],
    );
    // The French file is windows-1252, as its meta element says.
    const page = new TextDecoder('windows-1252').decode(bytesOf(join(dir, expectedFile)));
    const paragraphs = [...page.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
    expect(contents.map((c) => native(c, html)).join(' ')).toBe(paragraphs.join(' '));
  });

  it('ImportTest2B rebuilds the expected RTF (English; the picture is not in the memory)', () => {
    const tmx = load(join(dir, 'ImportTest2B.tmx'));
    const contents = tmx.units.map(
      (tu) => tu.variants.find((v) => matchesLanguage(v.lang, 'en-us'))?.content ?? [],
    );
    const rtf = new TextDecoder('windows-1252').decode(bytesOf(join(dir, 'ImportTest2B.rtf')));
    const body = rtf
      .slice(rtf.indexOf('\\fs20 ') + '\\fs20 '.length)
      .replace(/\{\\pict[^}]*\}/, '')
      .split(/\\par\r?\n/)
      .filter((line) => line.trim() && line.trim() !== '}');
    // The space that ends a control word is its delimiter, not text: the
    // memory's `{\b {\i ` and the document's `{\b{\i` are the same RTF.
    const canonical = (text: string) => text.replace(/(\\[a-z]+-?\d*) (?=[{\\])/g, '$1');
    expect(canonical(contents.map((c) => native(c, (t) => t)).join(' '))).toBe(
      canonical(body.join(' ')),
    );
  });

  it('ImportTest2C keeps the sub-flow inside a placeholder', () => {
    const content = load(join(dir, 'ImportTest2C.tmx')).units[0]?.variants[0]?.content ?? [];
    expect(inlineText(content, 'visible')).toBe('Click  to start.');
    expect(inlineText(content, 'native')).toBe(
      '<I><B>Click <IMG SRC="here.png" ALT="Start Here!"> to start.</B>',
    );
  });
});
