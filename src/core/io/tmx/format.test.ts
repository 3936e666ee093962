import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../model/project.ts';
import { validateDocument } from '../../model/validate.ts';
import { revisionSaved, unitTexts } from '../../revision/index.ts';
import { replay } from '../../review/index.ts';
import type { ProjectDraft } from '../format.ts';
import { firstDraft, projectOf } from '../format.test-support.ts';
import { unitText } from '../segments.ts';
import { contentFromPlaceholders, placeholdersOf } from './codes.ts';
import { tmxFormat } from './format.ts';
import { normalizeInline, type InlineContent, type InlineElement, type Tmx } from './model.ts';
import { readTmx } from './read.ts';
import { writeTmx } from './write.ts';

/** Generated-input tests run hundreds of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 60_000;

const read = (text: string) => tmxFormat.read(text, { fileName: 'memory.tmx' });
const only = (text: string): ProjectDraft => firstDraft(read(text));
const targets = (draft: ProjectDraft) =>
  draft.document.alignment.units.map((unit) => unitText(draft.document, unit, 'target'));

/** A project whose unit targets are replaced by `edit` of their MT, as revisions. */
function revised(draft: ProjectDraft, edit: (mt: string) => string): Project {
  let n = 0;
  const ctx = {
    author: { name: 'ed', role: 'editor' as const },
    now: () => '2025-02-03T00:00:00.000Z',
    newId: () => `r${n++}`,
  };
  const ops = draft.document.alignment.units.flatMap((_, unit) => {
    const mt = unitText(draft.document, draft.document.alignment.units[unit]!, 'target') ?? '';
    const op = revisionSaved(unit, { text: mt, version: 'mt' }, edit(mt), ctx);
    return op ? [op] : [];
  });
  return projectOf({ ...draft, review: { ...draft.review, ops } });
}

const memory = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="zh-CN" o-tmf="x" x-custom="kept"><note>header note</note><prop type="p">v</prop></header><body>
<tu tuid="a1" usagecount="3"><note>unit note</note><prop type="x-file">a.txt</prop>
<tuv xml:lang="zh-CN"><note>zh note</note><seg>点击<bpt i="1" x="1">&lt;b></bpt>这里<ept i="1">&lt;/b></ept>。</seg></tuv>
<tuv xml:lang="en-US" changeid="li"><seg>Click <bpt i="1" x="1">&lt;b></bpt>here<ept i="1">&lt;/b></ept><ph x="2">&lt;br/></ph>.</seg></tuv>
<tuv xml:lang="fr"><seg>Cliquez</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv></tu>
<tu><tuv xml:lang="zh"><seg>\ue000私用<hi type="b">强调</hi></seg></tuv><tuv xml:lang="en"><seg><hi type="b">Stress</hi> \ue000</seg></tuv></tu>
</body></tmx>`;

describe('tmxFormat.detect', () => {
  it('knows TMX by its root, whatever the name, and leaves other XML alone', () => {
    expect(tmxFormat.detect(memory, 'memory.xml')).toBe(2);
    expect(
      tmxFormat.detect(
        '\ufeff<!-- c --><!DOCTYPE tmx [<!ENTITY a "b">]>\n<tmx version="1.4">',
        'a',
      ),
    ).toBe(2);
    expect(tmxFormat.detect('<?xml version="1.0"?><xliff version="1.2">', 'a.tmx')).toBe(0);
    expect(tmxFormat.detect('not xml at all', 'a.tmx')).toBe(1);
    expect(tmxFormat.detect('source,target\n', 'a.csv')).toBe(0);
  });
});

describe('tmxFormat.read', () => {
  const draft = only(memory);
  const codes = draft.interchange?.codes ?? {};

  it('reads Chinese → English units with codes as shared placeholder characters', () => {
    validateDocument(draft.document);
    expect(draft.document.alignment.units).toHaveLength(2);
    expect(targets(draft)).toEqual(['Click \ue000here\ue001\ue002.', '\ue001Stress\ue002 \ue000']);
    expect(unitText(draft.document, draft.document.alignment.units[0]!, 'source')).toBe(
      '点击\ue000这里\ue001。',
    );
    expect(codes['0']?.map((c) => [c.char, c.role, c.label, c.title])).toEqual([
      ['\ue000', 'open', '1', '<b>'],
      ['\ue001', 'close', '/1', '</b>'],
      ['\ue002', 'standalone', '2', '<br/>'],
    ]);
    // The file's own U+E000 is text: the codes of unit 1 skip it.
    expect(codes['1']?.map((c) => [c.char, c.role, c.label])).toEqual([
      ['\ue001', 'open', 'hi'],
      ['\ue002', 'close', '/hi'],
    ]);
  });

  it('gives notes for display and the whole memory as its record', () => {
    expect(draft.interchange?.notes).toEqual({
      '0': [{ text: 'unit note' }, { text: 'zh note', appliesTo: 'source' }],
    });
    expect(JSON.parse(draft.interchange?.data as string)).toMatchObject({
      languages: { source: 'zh-CN', target: 'en-US' },
      units: [
        { tu: 0, source: 0, target: 1 },
        { tu: 2, source: 0, target: 1 },
      ],
    });
  });

  it('gives equal drafts when read twice', () => {
    expect(read(memory)).toEqual(read(memory));
  });

  it('reads a memory of other languages, and of one language, with a warning', () => {
    const tmx = (body: string) =>
      `<tmx version="1.4"><header srclang="en-US"/><body>${body}</body></tmx>`;
    const other = read(
      tmx(
        '<tu><tuv xml:lang="fr"><seg>Oui</seg></tuv><tuv xml:lang="en-us"><seg>Yes</seg></tuv></tu>',
      ),
    );
    expect(other.warnings.map((w) => w.code)).toEqual(['not-chinese-english']);
    expect(JSON.parse(other.drafts[0]?.interchange?.data as string)).toMatchObject({
      languages: { source: 'en-us', target: 'fr' },
    });
    const single = only(tmx('<tu><tuv xml:lang="en-US"><seg>Alone</seg></tuv></tu>'));
    expect(single.document.source).toBeNull();
    expect(targets(single)).toEqual(['Alone']);
  });
});

describe('tmxFormat.write', () => {
  const draft = only(memory);

  it('writes an unchanged project back as the memory it came from', () => {
    expect(tmxFormat.write(projectOf(draft))).toBe(writeTmx(readTmx(memory).tmx));
  });

  it('rebuilds only the edited targets, codes in place, in the text mode asked for', () => {
    const project = revised(draft, (mt) => (mt.startsWith('Click') ? `Now ${mt}` : mt));
    const written = tmxFormat.write(project);
    expect(written).toContain(
      '<seg>Now Click <bpt i="1" x="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph>.</seg>',
    );
    expect(written).toContain('<seg><hi type="b">Stress</hi> \ue000</seg>');
    expect(written).toContain('<seg>Cliquez</seg>');
    expect(written).toContain('Nur Deutsch');
    expect(tmxFormat.write(project, { texts: 'approved' })).toBe(tmxFormat.write(projectOf(draft)));
  });

  it('writes a project from elsewhere as a fresh Chinese → English memory', () => {
    const { interchange: _, ...plain } = draft;
    const project = projectOf({
      ...plain,
      interchange: {
        format: 'xliff2',
        codes: { '0': [{ char: '\ue000', role: 'open', label: '1', title: '', data: {} }] },
        data: null,
      },
    });
    const written = tmxFormat.write(project, { toolVersion: '9.9' });
    expect(written).toContain('creationtoolversion="9.9"');
    expect(written).toContain('creationdate="20250102T030405Z"');
    expect(written).toContain('<tuv xml:lang="zh-CN">');
    expect(written).toContain('<seg>Click <it pos="begin" x="1"/>here');
  });
});

/** Segment content with text, native codes and `<hi>` spans, Chinese and astral characters included. */
const text = fc.string({
  unit: fc.constantFrom('中', '文', '。', 'a', 'Z', ' ', '\n', '😀', '𠀀', '<', '&', '\ue000'),
  minLength: 1,
  maxLength: 6,
});
const code: fc.Arbitrary<InlineElement> = fc.oneof(
  fc.nat(3).map((i): InlineElement => ({ kind: 'bpt', attrs: { i: String(i) }, content: ['<b>'] })),
  fc
    .nat(3)
    .map((i): InlineElement => ({ kind: 'ept', attrs: { i: String(i) }, content: ['</b>'] })),
  fc.nat(3).map((x): InlineElement => ({
    kind: 'ph',
    attrs: { x: String(x) },
    content: ['<img alt="', { kind: 'sub', attrs: {}, content: ['图'] }, '">'],
  })),
  fc.constant<InlineElement>({ kind: 'it', attrs: { pos: 'begin' }, content: [] }),
);
const flat = fc.array(fc.oneof(text, code), { maxLength: 5 });
const content: fc.Arbitrary<InlineContent[]> = fc
  .array(
    fc.oneof(
      text,
      code,
      flat.map((inner) => ({ kind: 'hi' as const, attrs: { type: 'b' }, content: inner })),
    ),
    { maxLength: 6 },
  )
  .map(normalizeInline);
const tmxOf = (units: [InlineContent[], InlineContent[]][]): Tmx => ({
  version: '1.4',
  header: { attributes: { srclang: 'zh-CN' }, notes: [], props: [], udes: [] },
  units: units.map(([zh, en], k) => ({
    attributes: { tuid: String(k) },
    notes: [],
    props: [],
    variants: [
      { lang: 'zh-CN', attributes: {}, notes: [], props: [], content: zh },
      { lang: 'en', attributes: {}, notes: [], props: [], content: en },
    ],
  })),
});

describe('TMX round trips (properties)', () => {
  it(
    'placeholders and back give the content again',
    () => {
      fc.assert(
        fc.property(content, content, (zh, en) => {
          const { texts, codes } = placeholdersOf([zh, en]);
          expect(contentFromPlaceholders(texts[0] ?? '', codes)).toEqual(zh);
          expect(contentFromPlaceholders(texts[1] ?? '', codes)).toEqual(en);
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'import → export → import is identity on the project, codes and texts included',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(content, content), { maxLength: 6 }), (units) => {
          const first = only(writeTmx(tmxOf(units)));
          validateDocument(first.document);
          expect(only(tmxFormat.write(projectOf(first)))).toEqual(first);
        }),
        { numRuns: 250 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'edited texts come back with their codes, and the rest of the memory as it was',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(content, content), { maxLength: 6 }), (units) => {
          const first = only(writeTmx(tmxOf(units)));
          const project = revised(first, (mt) => `改 ${mt}`.trim());
          const expected = unitTexts(project.document, replay(project.review.ops), {
            mode: 'latest',
          });
          const again = only(tmxFormat.write(project));
          expect(targets(again).map((t) => t ?? '')).toEqual(expected);
          expect(again.interchange?.codes).toEqual(first.interchange?.codes);
          expect(again.document.source).toEqual(first.document.source);
        }),
        { numRuns: 250 },
      );
    },
    TIMEOUT_MS,
  );
});
