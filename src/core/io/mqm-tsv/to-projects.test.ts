import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { ImportError } from '../import-error.ts';
import { unitText } from '../segments.ts';
import { readMqmTsv } from './read.ts';
import { mqmToProjects } from './to-projects.ts';

const HEADER =
  'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata';
const row = (...fields: string[]) => fields.join('\t');

const FILE = [
  HEADER,
  // Segment 2 before segment 1 in the file; documents in order of appearance.
  row(
    'A',
    'news',
    '2',
    '2',
    'r1',
    '第二句。',
    'Second <v>sentense</v>.',
    'Fluency/Spelling',
    'Minor',
    '{"note":"typo","timestamp":1700000000000}',
  ),
  row(
    'A',
    'news',
    '1',
    '1',
    'r1',
    '<v>第一句</v>很长。',
    'First.',
    'Accuracy/Omission',
    'Major',
    '{}',
  ),
  row('A', 'news', '1', '1', 'r2', '第一句很长。', 'First.', 'No-error', 'No-error', '{"r":2}'),
  row('A', 'news', '1', '1', 'r3', '第一句很长。', 'First.', 'Found', 'HOTW-test', '{}'),
  row('A', 'blog', '1', '3', 'r1', '博客。', '<v>Blog</v>.', 'Style/Made up', 'Major', '{}'),
  row('A', 'blog', '1', '3', 'r2', '博客。', 'Blog.', 'Accuracy/Mistranslation', 'Trivial', '{}'),
  row(
    'B',
    'news',
    '1',
    '1',
    'r2',
    '第一句很长。',
    '<v>First</v> one.',
    'Non-translation!',
    'Major',
    '{}',
  ),
].join('\n');

let counter = 0;
const newId = () => `id${++counter}`;
const now = new Date('2024-01-02T03:04:05.000Z');

describe('mqmToProjects', () => {
  const projects = mqmToProjects(readMqmTsv(FILE, { file: 'm.tsv' }), {
    newId,
    now,
    file: 'm.tsv',
  });
  const [a, b] = projects;
  if (!a || !b) throw new Error('two systems expected');

  it('makes one project per system, segments in document then index order', () => {
    expect(projects.map((p) => p.system)).toEqual(['A', 'B']);
    validateDocument(a.document);
    expect(a.document.source?.text).toBe('第一句很长。\n第二句。\n博客。');
    expect(a.document.target.text).toBe('First.\nSecond sentense.\nBlog.');
    expect(a.segments.map((s) => [s.doc, s.docSegId, s.noError, s.attentionChecks])).toEqual([
      [
        'news',
        '1',
        [{ rater: 'r2', metadata: '{"r":2}' }],
        [{ rater: 'r3', category: 'Found', metadata: '{}' }],
      ],
      ['news', '2', [], []],
      ['blog', '1', [], []],
    ]);
  });

  it('turns errors into flags anchored in the unit text, on the side the marks are on', () => {
    expect(
      a.flags.map((f) => [
        f.anchor.unit,
        f.anchor.side,
        f.anchor.quote.exact,
        f.category,
        f.severity,
      ]),
    ).toEqual([
      [0, 'source', '第一句', 'Accuracy/Omission', 'major'],
      [1, 'target', 'sentense', 'Fluency/Spelling', 'minor'],
      [2, 'target', 'Blog', 'Other', 'major'],
    ]);
    const spelling = a.flags[1]!;
    expect(spelling.anchor).toEqual({
      side: 'target',
      unit: 1,
      version: 'mt',
      quote: { type: 'TextQuoteSelector', exact: 'sentense', prefix: 'Second ', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 7, end: 15 },
    });
    const text = unitText(a.document, a.document.alignment.units[1]!, 'target');
    expect(text?.slice(7, 15)).toBe('sentense');
  });

  it('carries the rater, the Anthea note and timestamp, and the origin', () => {
    expect(a.flags[1]).toMatchObject({
      comment: 'typo',
      author: { name: 'r1', role: 'reviewer' },
      createdAt: '2023-11-14T22:13:20.000Z',
      status: 'open',
      suggestion: null,
      origin: 'import:mqm-tsv',
    });
    expect(a.flags[0]?.createdAt).toBe(now.toISOString());
  });

  it('keeps the names as written in the side map, with what they were mapped to', () => {
    const origin = a.flagOrigins[a.flags[2]!.id];
    expect(origin).toEqual({
      category: 'Style/Made up',
      severity: 'Major',
      metadata: '{}',
      importedAs: { category: 'Other', severity: 'major' },
    });
  });

  it('counts attention checks and warns about unknown severities and categories', () => {
    expect(a.attentionChecks).toBe(1);
    expect(a.warnings.map((w) => [w.code, w.location.line])).toEqual([
      ['unknown-category', 6],
      ['unknown-severity', 7],
    ]);
    expect(b.flags.map((f) => f.category)).toEqual(['Non-translation']);
  });

  it('imports the system asked for, and refuses one the file does not have', () => {
    const file = readMqmTsv(FILE);
    expect(mqmToProjects(file, { newId, system: 'B' }).map((p) => p.system)).toEqual(['B']);
    expect(() => mqmToProjects(file, { newId, system: 'C' })).toThrow(ImportError);
  });

  it('widens a whitespace span trimmed away, and re-finds spans in rows whose text differs', () => {
    const text = [
      'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity',
      row('S', 'd', '1', '1', 'r', '源', 'It rose.<v> </v>', 'Source error', 'Minor'),
      row('S', 'd', '1', '1', 'r', '源', 'It <v>rose</v> again.', 'Fluency/Grammar', 'Minor'),
    ].join('\n');
    const [project] = mqmToProjects(readMqmTsv(text), { newId });
    expect(project?.flags.map((f) => [f.anchor.quote.exact, f.anchor.position.start])).toEqual([
      ['.', 7],
      ['rose', 3],
    ]);
    expect(project?.warnings.map((w) => w.code)).toEqual(['widened', 'text-differs']);
  });
});
