import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { flagChanged, replay } from '../../review/index.ts';
import type { ProjectDraft } from '../format.ts';
import { projectOf } from '../format.test-support.ts';
import { ImportError } from '../import-error.ts';
import { mqmTsvFormat } from './format.ts';
import { readMqmTsv } from './read.ts';

/** Generated-input tests run hundreds of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 60_000;

const read = (text: string, system?: string) =>
  mqmTsvFormat.read(text, { fileName: 'ted.tsv', ...(system ? { system } : {}) });
const flagsOf = (draft: ProjectDraft) => [...replay(draft.review.ops).flags.values()];

const WMT = 'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity';
const ANTHEA =
  'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata';

const anthea = [
  ANTHEA,
  'A\td\t1\t7\tr1\t中文。\tChinese <v>here</v>.\tNon_translation\tmajor\t{"note":"n","timestamp":1700000000000,"x":1}',
  'A\td\t1\t7\tr2\t中文。\tChinese here.\tNo-error\tNo-error\t{"x":2}',
  'A\td\t1\t7\tr3\t中文。\tChinese here.\tFound\tHOTW-test\t{}',
  'B\td\t1\t7\tr1\t<v>中</v>文。\tEnglish.\tAccuracy/Omission\tMinor\t{}',
].join('\n');

describe('mqmTsvFormat.detect', () => {
  it('knows an MQM file by its header only', () => {
    expect(mqmTsvFormat.detect(anthea, 'x.txt')).toBe(2);
    expect(mqmTsvFormat.detect(`${WMT}\n`, 'x.tsv')).toBe(2);
    expect(mqmTsvFormat.detect('source\ttarget\n中\tZh\n', 'x.tsv')).toBe(0);
  });
});

describe('mqmTsvFormat.read', () => {
  it('gives a draft per system whose review adds the raters’ errors', () => {
    const { drafts, warnings } = read(anthea);
    expect(warnings).toEqual([]);
    expect(drafts.map((d) => d.name)).toEqual(['ted (A)', 'ted (B)']);
    const [a, b] = drafts as [ProjectDraft, ProjectDraft];
    validateDocument(a.document);
    const [flag] = flagsOf(a);
    expect(flag).toMatchObject({
      category: 'Non-translation',
      severity: 'major',
      comment: 'n',
      author: { name: 'r1', role: 'reviewer' },
      createdAt: '2023-11-14T22:13:20.000Z',
      anchor: { side: 'target', quote: { exact: 'here' } },
    });
    expect(a.review.ops.map((op) => [op.id, op.author.name, op.at])).toEqual([
      [`${flag?.id}-add`, 'r1', '2023-11-14T22:13:20.000Z'],
    ]);
    expect(a.interchange?.data).toMatchObject({
      system: 'A',
      dialect: 'anthea',
      segments: [{ doc: 'd', docSegId: '1', globalSegId: '7', noError: [{ rater: 'r2' }] }],
      flagOrigins: { [flag?.id ?? '']: { category: 'Non_translation', severity: 'major' } },
    });
    expect(flagsOf(b)[0]?.anchor.side).toBe('source');
    expect(flagsOf(b)[0]?.id).not.toBe(flag?.id);
  });

  it('is deterministic, and dates undated errors with the time given', () => {
    expect(read(anthea)).toEqual(read(anthea));
    const wmt = `${WMT}\nS\td\t1\t1\tr\t中。\t<v>X</v>.\tFluency/Grammar\tMinor\n`;
    const dated = mqmTsvFormat.read(wmt, { fileName: 'w.tsv', now: new Date(86_400_000) });
    expect(flagsOf(dated.drafts[0] as ProjectDraft)[0]?.createdAt).toBe('1970-01-02T00:00:00.000Z');
  });

  it('reads one system when asked, and refuses an unknown one or an empty file', () => {
    expect(read(anthea, 'B').drafts.map((d) => d.name)).toEqual(['ted (B)']);
    expect(() => read(anthea, 'C')).toThrow(ImportError);
    expect(() => read(`${WMT}\n`)).toThrow(/no rows/);
  });
});

describe('mqmTsvFormat.write', () => {
  it('writes the rows back as they were, with the app’s changes', () => {
    const [a] = read(anthea).drafts as [ProjectDraft];
    expect(mqmTsvFormat.write(projectOf(a))).toBe(
      [...anthea.split('\n').slice(0, 4), ''].join('\n'),
    );
    const [flag] = flagsOf(a);
    const change = flagChanged(
      flag!,
      { severity: 'minor', comment: 'changed' },
      {
        author: { name: 'ed', role: 'editor' },
        now: () => '2025-01-01T00:00:00Z',
        newId: () => 'c',
      },
    );
    const changed = projectOf({ ...a, review: { ...a.review, ops: [...a.review.ops, change!] } });
    expect(mqmTsvFormat.write(changed).split('\n')[1]).toBe(
      'A\td\t1\t7\tr1\t中文。\tChinese <v>here</v>.\tNon-translation\tMinor\t{"note":"changed","timestamp":1700000000000,"x":1}',
    );
  });

  it('writes a project from elsewhere in the WMT layout under its name', () => {
    const [a] = read(anthea).drafts as [ProjectDraft];
    const { interchange: _, ...plain } = a;
    const written = mqmTsvFormat.write(projectOf({ ...plain, name: 'mine' }));
    expect(written.split('\n').slice(0, 2)).toEqual([
      WMT,
      'mine\tdoc\t1\t1\tr1\t中文。\tChinese <v>here</v>.\tNon-translation\tMajor',
    ]);
  });
});

/** A text of an MQM field: Chinese, astral and ASCII, never a tab, line break or mark. */
const text = fc.string({
  unit: fc.constantFrom('中', '文', '。', '“', 'a', 'Z', ' ', '😀', '𠀀', '&', '"'),
  minLength: 1,
  maxLength: 8,
});
const category = fc.constantFrom(
  'Non-translation!',
  'Non_translation',
  'Terminology/Inappropriate',
  'Accuracy/Mistranslation',
  'Accuracy/Omission',
  'Fluency/Punctuation',
  'Style/Awkward',
  'Locale_convention/Name',
  'Other',
  'Bogus category',
);
const row = fc.record({
  rater: fc.constantFrom('rater1', 'rater2', '评审'),
  kind: fc.constantFrom('error', 'error', 'error', 'no-error', 'check'),
  category,
  severity: fc.constantFrom('Major', 'minor', 'Critical', 'Neutral'),
  side: fc.constantFrom('source', 'target'),
  from: fc.nat(8),
  length: fc.nat(4),
  note: fc.option(text, { nil: undefined }),
});
const segment = fc.record({
  system: fc.constantFrom('sysA', 'sysB'),
  doc: fc.constantFrom('doc1', 'doc2'),
  source: text,
  target: text,
  rows: fc.array(row, { minLength: 1, maxLength: 4 }),
});

/** An MQM file in the WMT or Anthea layout, each segment's rows sharing its texts. */
const file = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 6 }))
  .map(([useAnthea, segments]) => {
    const lines = [useAnthea ? ANTHEA : WMT];
    segments.forEach((s, k) => {
      for (const r of s.rows) {
        const fields = { source: s.source, target: s.target };
        let categoryCell: string = r.category;
        let severity: string = r.severity;
        if (r.kind === 'error') {
          const field = fields[r.side];
          const start = Math.min(r.from, field.length);
          const end = Math.min(start + r.length, field.length);
          fields[r.side] =
            `${field.slice(0, start)}<v>${field.slice(start, end)}</v>${field.slice(end)}`;
        } else if (r.kind === 'no-error') categoryCell = severity = 'No-error';
        else [categoryCell, severity] = ['Found', 'HOTW-test'];
        const metadata = JSON.stringify(r.note === undefined ? {} : { note: r.note });
        lines.push(
          [
            s.system,
            s.doc,
            k + 1,
            k + 1,
            r.rater,
            fields.source,
            fields.target,
            categoryCell,
            severity,
          ]
            .concat(useAnthea ? [metadata] : [])
            .join('\t'),
        );
      }
    });
    return lines.join('\n') + '\n';
  });

describe('MQM TSV round trips (properties)', () => {
  it(
    'import → export → import gives the same drafts, with the categories spelled as written',
    () => {
      fc.assert(
        fc.property(file, (original) => {
          const first = read(original);
          for (const draft of first.drafts) {
            validateDocument(draft.document);
            const exported = mqmTsvFormat.write(projectOf(draft));
            expect(read(exported).drafts).toEqual([draft]);
            const record = draft.interchange?.data as {
              system: string;
              flagOrigins: Record<string, { category: string }>;
              segments: { keptRows?: { category: string; severity: string }[] }[];
            };
            const errors = (rows: { category: string; severity: string }[]) =>
              rows
                .filter((r) => !/^(no-error|hotw-test)$/i.test(r.severity))
                .map((r) => r.category);
            const kept = [
              ...flagsOf(draft).map((flag) => record.flagOrigins[flag.id]?.category),
              ...errors(record.segments.flatMap((ref) => ref.keptRows ?? [])),
            ];
            expect(errors(readMqmTsv(exported).rows).sort()).toEqual(kept.sort());
            const written = new Set(errors(readMqmTsv(original).rows));
            expect(kept.every((name) => name !== undefined && written.has(name))).toBe(true);
          }
        }),
        { numRuns: 250 },
      );
    },
    TIMEOUT_MS,
  );
});
