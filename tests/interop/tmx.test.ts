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
 * made here, on the projects `tmxFormat.read` makes (inline codes as
 * placeholder characters, turned back into native content for 2A–2C).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/io/decode.ts';
import { ImportError } from '../../src/core/io/import-error.ts';
import type { ProjectDraft } from '../../src/core/io/format.ts';
import { projectOf } from '../../src/core/io/format.test-support.ts';
import { unitText } from '../../src/core/io/segments.ts';
import type { TmxCodeData } from '../../src/core/io/tmx/codes.ts';
import { tmxFormat } from '../../src/core/io/tmx/format.ts';
import {
  inlineText,
  matchesLanguage,
  readTmx,
  writeTmx,
  type Tmx,
} from '../../src/core/io/tmx/index.ts';
import { isCodeCharAt, type UnitCodes } from '../../src/core/model/inline-code.ts';
import type { Project } from '../../src/core/model/project.ts';
import { validateDocument } from '../../src/core/model/validate.ts';
import { revisionSaved } from '../../src/core/revision/index.ts';
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

/** The one draft `tmxFormat.read` makes of `text`. */
function draftOf(text: string, fileName: string): ProjectDraft {
  const { drafts } = tmxFormat.read(text, { fileName });
  expect(drafts).toHaveLength(1);
  return drafts[0] as ProjectDraft;
}

const sideTexts = (draft: ProjectDraft, side: 'source' | 'target') =>
  draft.document.alignment.units.map((unit) => unitText(draft.document, unit, side) ?? '');

/** A project whose every unit's English is revised to `edit` of its MT. */
function revisedProject(draft: ProjectDraft, edit: (mt: string) => string): Project {
  let n = 0;
  const ctx = {
    author: { name: 'ed', role: 'editor' as const },
    now: () => '2025-02-01T00:00:00.000Z',
    newId: () => `rev${n++}`,
  };
  const ops = sideTexts(draft, 'target').flatMap((mt, unit) => {
    const op = revisionSaved(unit, { text: mt, version: 'mt' }, edit(mt), ctx);
    return op ? [op] : [];
  });
  return projectOf({ ...draft, review: { ...draft.review, ops } });
}

describe.skipIf(!tmxRoot)('every TMX file in ../shared/data/tmx', () => {
  const files = tmxRoot ? tmxFiles(tmxRoot) : [];
  const names = files.map((f) => [f.slice((tmxRoot ?? '').length)]);
  const text = (name: string) => decodeText(bytesOf(join(tmxRoot ?? '', name)));

  it('finds the files', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(names)('%s loads, writes and reads back the same', (name) => {
    const tmx = load(join(tmxRoot ?? '', name));
    expect(readTmx(writeTmx(tmx)).tmx).toEqual(tmx);
  });

  it.each(names)('%s loads as a project; export → import gives it again', (name) => {
    const first = draftOf(text(name), name);
    validateDocument(first.document);
    expect(draftOf(tmxFormat.write(projectOf(first)), name)).toEqual(first);
  });

  it.each(names)('%s: revised texts come back with their inline codes', (name) => {
    const first = draftOf(text(name), name);
    const project = revisedProject(first, (mt) => `${mt} (rev.)`.trim());
    const again = draftOf(tmxFormat.write(project), name);
    expect(sideTexts(again, 'target')).toEqual(
      sideTexts(first, 'target').map((mt) => `${mt} (rev.)`.trim()),
    );
    expect(sideTexts(again, 'source')).toEqual(sideTexts(first, 'source'));
    expect(again.interchange?.codes).toEqual(first.interchange?.codes);
  });

  it('loads every file, with inline codes as placeholders (counts)', () => {
    let units = 0;
    let codes = 0;
    for (const [name] of names) {
      const draft = draftOf(text(name ?? ''), name ?? '');
      units += draft.document.alignment.units.length;
      codes += Object.values(draft.interchange?.codes ?? {}).flat().length;
    }
    // Measured on the 46 files of the shared data: 137 units, 256 codes.
    expect(units).toBe(137);
    expect(codes).toBe(256);
  });

  it.each(names)('%s cut short is refused with its location', (name) => {
    const cut = text(name).slice(0, Math.floor(text(name).length * 0.6));
    let error: unknown;
    try {
      tmxFormat.read(cut, { fileName: name });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('malformed');
    expect((error as ImportError).location).toMatchObject({
      file: name,
      line: expect.any(Number) as number,
    });
  });
});

/** Lines of an expected-output text file (any encoding the kit uses), without the final empty line. */
function expectedLines(path: string): string[] {
  const lines = decodeText(bytesOf(path)).split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The draft of a kit memory read as `sourceLang` → `targetLang`: the memory
 * keeps only those two variants of each unit, since a project reads two
 * languages and the kit's memories hold up to five.
 */
function kitDraft(file: string, sourceLang: string, targetLang: string): ProjectDraft {
  const tmx = load(file);
  const units = tmx.units.map((tu) => ({
    ...tu,
    variants: tu.variants.filter(
      (v) => matchesLanguage(v.lang, sourceLang) || matchesLanguage(v.lang, targetLang),
    ),
  }));
  const header = { ...tmx.header, attributes: { ...tmx.header.attributes, srclang: sourceLang } };
  return draftOf(writeTmx({ ...tmx, header, units }), file);
}

/**
 * A unit's text with its placeholders replaced: by nothing (`visible`), or
 * by the native content of each code (`native`), the text through `escape`.
 */
function rebuild(
  text: string,
  codes: UnitCodes | undefined,
  mode: 'visible' | 'native',
  escape: (text: string) => string = (t) => t,
): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = isCodeCharAt(text, i) ? codes?.find((c) => c.char === text[i]) : undefined;
    if (!code) out += escape(text.charAt(i));
    else if (mode === 'native' && 'element' in (code.data as TmxCodeData)) {
      out += inlineText((code.data as { element: { content: [] } }).element.content, 'native');
    }
  }
  return out;
}

const rebuilt = (
  draft: ProjectDraft,
  side: 'source' | 'target',
  mode: 'visible' | 'native',
  escape?: (text: string) => string,
) =>
  sideTexts(draft, side).map((text, unit) =>
    rebuild(text, draft.interchange?.codes[String(unit)], mode, escape),
  );

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
    const draft = kitDraft(join(dir, `ImportTest${test}.tmx`), 'en-us', targetLang);
    expect(rebuilt(draft, 'source', 'visible')).toEqual(
      expectedLines(join(dir, `ImportTest${test}.txt`)),
    );
    expect(rebuilt(draft, 'target', 'visible')).toEqual(expectedLines(join(dir, targetFile)));
  });

  it('ImportTest1J_many imports only the units that have both languages, keeping the rest', () => {
    const file = join(dir, 'ImportTest1J_many.tmx');
    const draft = kitDraft(file, 'en-us', 'en-gb');
    expect(sideTexts(draft, 'source')).toEqual([
      'First entry in US English',
      'Second entry in US English',
    ]);
    const whole = tmxFormat.read(decodeText(bytesOf(file)), { fileName: file });
    expect(whole.warnings.find((w) => w.code === 'missing-language')?.message).toMatch(/^\d of 3/);
    // What the project leaves out stays in its record: the memory comes back whole.
    expect(tmxFormat.write(projectOf(whole.drafts[0] as ProjectDraft))).toBe(writeTmx(load(file)));
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
    // The project shows the unit's notes and those of its two variants.
    const draft = draftOf(decodeText(bytesOf(join(dir, 'ImportTest1L.tmx'))), 'ImportTest1L.tmx');
    expect(draft.interchange?.notes?.['0']?.map((n) => n.appliesTo ?? 'unit')).toEqual([
      'unit',
      'unit',
      'source',
      'source',
      'target',
      'target',
    ]);
  });

  const html = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  it.each([
    ['en-us', 'source', 'ImportTest2A.htm'],
    ['fr-ca', 'target', 'ImportTest2A_fr-ca.htm'],
  ] as const)('ImportTest2A in %s rebuilds the expected HTML', (_lang, side, expectedFile) => {
    const draft = kitDraft(join(dir, 'ImportTest2A.tmx'), 'en-us', 'fr-ca');
    // The French file is windows-1252, as its meta element says.
    const page = new TextDecoder('windows-1252').decode(bytesOf(join(dir, expectedFile)));
    const paragraphs = [...page.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
    expect(rebuilt(draft, side, 'native', html).join(' ')).toBe(paragraphs.join(' '));
  });

  it('ImportTest2B rebuilds the expected RTF (English; the picture is not in the memory)', () => {
    const draft = kitDraft(join(dir, 'ImportTest2B.tmx'), 'en-us', 'fr-ca');
    const rtf = new TextDecoder('windows-1252').decode(bytesOf(join(dir, 'ImportTest2B.rtf')));
    const body = rtf
      .slice(rtf.indexOf('\\fs20 ') + '\\fs20 '.length)
      .replace(/\{\\pict[^}]*\}/, '')
      .split(/\\par\r?\n/)
      .filter((line) => line.trim() && line.trim() !== '}');
    // The space that ends a control word is its delimiter, not text: the
    // memory's `{\b {\i ` and the document's `{\b{\i` are the same RTF.
    const canonical = (text: string) => text.replace(/(\\[a-z]+-?\d*) (?=[{\\])/g, '$1');
    expect(canonical(rebuilt(draft, 'source', 'native').join(' '))).toBe(canonical(body.join(' ')));
  });

  it('ImportTest2C keeps the sub-flow inside a placeholder', () => {
    const draft = draftOf(decodeText(bytesOf(join(dir, 'ImportTest2C.tmx'))), 'ImportTest2C.tmx');
    expect(rebuilt(draft, 'source', 'visible')).toEqual(['Click  to start.']);
    expect(rebuilt(draft, 'source', 'native')).toEqual([
      '<I><B>Click <IMG SRC="here.png" ALT="Start Here!"> to start.</B>',
    ]);
  });
});
