import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { replay } from '../../review/index.ts';
import { revisionSaved, unitStatuses } from '../../revision/index.ts';
import type { ProjectDraft } from '../format.ts';
import {
  expectOnlyImportError,
  firstDraft,
  projectOf,
  reopened,
  textsOf,
} from '../format.test-support.ts';
import { ImportError } from '../import-error.ts';
import { unitText } from '../segments.ts';
import { segmentsToCsv } from './bilingual.ts';
import { csvFormat } from './format.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 90_000;

const only = (text: string, fileName = 'table.csv'): ProjectDraft =>
  firstDraft(csvFormat.read(text, { fileName }));
const statusesOf = (draft: ProjectDraft) => unitStatuses(draft.document, replay(draft.review.ops));

describe('csvFormat.detect', () => {
  it('knows a table by its header, a headerless one only by its name', () => {
    expect(csvFormat.detect('原文\t译文\n你好\tHello\n', 'x.txt')).toBe(2);
    expect(csvFormat.detect('"Source","Target","Status"\r\n', 'x')).toBe(2);
    expect(csvFormat.detect('你好,Hello\n', 'x.csv')).toBe(1);
    expect(csvFormat.detect('你好,Hello\n', 'x.txt')).toBe(0);
    expect(
      csvFormat.detect(
        'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity',
        'x.tsv',
      ),
    ).toBe(0);
    expect(csvFormat.detect('<?xml version="1.0"?><tmx>', 'x.csv')).toBe(0);
    expect(csvFormat.detect('"unclosed, target', 'x')).toBe(0);
  });
});

const table = [
  'Source,Target,Status,Comment',
  '你好,Hello,Approved,语气太随意',
  '世界,World,translated,',
  '再见,Bye,Needs work,check',
  ',,reviewed,lost',
  '谢谢,Thanks,,',
].join('\r\n');

describe('csvFormat.read', () => {
  const draft = only(table);

  it('makes statuses unit statuses where they fit and keeps every cell', () => {
    validateDocument(draft.document);
    expect(statusesOf(draft)).toEqual(['approved', 'confirmed', 'untouched', 'untouched']);
    expect(draft.review.ops.map((op) => [op.id, op.author, op.at])).toEqual([
      ['csv-status-0', { name: 'table.csv', role: 'editor' }, '1970-01-01T00:00:00.000Z'],
      ['csv-status-1', { name: 'table.csv', role: 'translator' }, '1970-01-01T00:00:00.000Z'],
    ]);
    expect(draft.interchange?.data).toEqual({
      delimiter: ',',
      header: { source: 'Source', target: 'Target', status: 'Status', comment: 'Comment' },
      units: [
        { status: 'Approved', comment: '语气太随意' },
        { status: 'translated' },
        { status: 'Needs work', comment: 'check' },
        {},
      ],
    });
    expect(draft.interchange?.notes).toEqual({
      '0': [{ text: '语气太随意' }],
      '2': [{ text: 'check' }],
    });
  });

  it('warns of what it kept or left out, and is deterministic', () => {
    const { warnings } = csvFormat.read(table, { fileName: 'table.csv' });
    expect(warnings.map((w) => [w.code, w.location.line])).toEqual([
      ['unknown-status', 4],
      ['blank-row', 5],
    ]);
    expect(csvFormat.read(table, { fileName: 't.csv' })).toEqual(
      csvFormat.read(table, { fileName: 't.csv' }),
    );
  });

  it('refuses a table without rows', () => {
    expect(() => only('source,target\n')).toThrow(ImportError);
  });
});

describe('csvFormat.write', () => {
  const draft = only(table);

  it('writes the cells back as they were while the statuses hold', () => {
    expect(csvFormat.write(projectOf(draft))).toBe(
      [
        'Source,Target,Status,Comment',
        '你好,Hello,Approved,语气太随意',
        '世界,World,translated,',
        '再见,Bye,Needs work,check',
        '谢谢,Thanks,,',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the current English and the status a change gave', () => {
    const mt = unitText(draft.document, draft.document.alignment.units[1]!, 'target') ?? '';
    const op = revisionSaved(1, { text: mt, version: 'mt' }, 'The world', {
      author: { name: 'ed', role: 'editor' },
      now: () => '2025-01-01T00:00:00Z',
      newId: () => 'r1',
    });
    const project = projectOf({
      ...draft,
      review: { ...draft.review, ops: [...draft.review.ops, op!] },
    });
    const rows = csvFormat.write(project).split('\r\n');
    expect(rows[2]).toBe('世界,The world,edited,');
    expect(csvFormat.write(project, { texts: 'approved' }).split('\r\n')[2]).toBe(
      '世界,World,edited,',
    );
  });

  it('writes another format’s notes as comments', () => {
    const { interchange: _, ...plain } = draft;
    const project = projectOf({
      ...plain,
      review: { ...plain.review, ops: [] },
      interchange: {
        format: 'tmx',
        codes: {},
        notes: { '3': [{ text: 'a' }, { text: 'b' }] },
        data: null,
      },
    });
    expect(csvFormat.write(project).split('\r\n').slice(0, 2)).toEqual([
      'source,target,comment',
      '你好,Hello,',
    ]);
    expect(csvFormat.write(project)).toContain('谢谢,Thanks,"a\nb"');
  });
});

const text = fc.string({
  unit: fc.constantFrom('中', '文', '。', 'a', 'Z', ' ', ',', '"', '\t', '\n', '😀', '𠀀', ';'),
  maxLength: 8,
});
const rowArb = fc.record({
  source: text,
  target: text,
  status: fc.constantFrom(
    '',
    'approved',
    '已批准',
    'Reviewed',
    'translated',
    'edited',
    'new',
    'odd',
  ),
  comment: text,
});

describe('CSV round trips (properties)', () => {
  it(
    'import → export → import gives the same draft (texts, statuses, cells)',
    () => {
      fc.assert(
        fc.property(
          fc.array(rowArb, { minLength: 1, maxLength: 8 }),
          fc.constantFrom(',' as const, '\t' as const, ';' as const),
          (rows, delimiter) => {
            const written = segmentsToCsv(rows, { delimiter });
            const fileName = delimiter === '\t' ? 't.tsv' : 't.csv';
            let first: ProjectDraft;
            try {
              first = only(written, fileName);
            } catch (error) {
              // A table whose every row is blank has nothing to import.
              expect(error).toBeInstanceOf(ImportError);
              return;
            }
            validateDocument(first.document);
            const again = only(csvFormat.write(projectOf(first)), fileName);
            expect(again).toEqual(first);
            expect(statusesOf(again)).toEqual(statusesOf(first));
          },
        ),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );

  it('keeps the delimiter out of the record when only one column will be written', () => {
    // Found by the property above: a `;` table whose source column is blank
    // is written back with the target column alone, which shows no delimiter.
    const first = only('source;target\n;中\n', 't.csv');
    expect(only(csvFormat.write(projectOf(first)), 't.csv')).toEqual(first);
    const two = only('source;target\n一;One\n', 't.csv');
    expect((two.interchange?.data as { delimiter: string }).delimiter).toBe(';');
  });
});

describe('csvFormat.read (fuzz)', () => {
  it(
    'throws only ImportError on 10,000 random tables, and gives projects that save, open and write',
    () => {
      const token = fc.constantFrom(
        ',',
        ';',
        '\t',
        '"',
        '\n',
        '\r\n',
        'source',
        'target',
        'status',
        'comment',
        '中',
        'a',
        ' ',
        '原文',
        'approved',
      );
      const input = textsOf(token, { maxLength: 20, noise: 3 });
      fc.assert(
        fc.property(input, fc.constantFrom('f.csv', 'f.tsv', 'f.txt'), (value, fileName) => {
          expectOnlyImportError(fileName, () => {
            for (const draft of csvFormat.read(value, { fileName }).drafts) {
              // The draft must be a project the app can save and open again.
              csvFormat.write(reopened(projectOf(draft)));
            }
          });
        }),
        { numRuns: 10_000 },
      );
    },
    TIMEOUT_MS,
  );
});
