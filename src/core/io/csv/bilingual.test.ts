import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { ImportError } from '../import-error.ts';
import { documentFromSegments, segmentsFromDocument } from '../segments.ts';
import { csvToSegments, segmentsToCsv, type CsvExportRow } from './bilingual.ts';
import { roleOfHeader } from './columns.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 30_000;

const pairs = (text: string, file?: string) =>
  csvToSegments(text, file === undefined ? {} : { file }).segments.map(
    ({ source, target, status, comment }) => ({ source, target, status, comment }),
  );

describe('csvToSegments', () => {
  it('finds columns by English header names in any order', () => {
    const text = 'Comment,Target,Source,Status\r\nok,Hello,你好,approved\r\n,World,世界,\r\n';
    expect(pairs(text)).toEqual([
      { source: '你好', target: 'Hello', status: 'approved', comment: 'ok' },
      { source: '世界', target: 'World', status: undefined, comment: undefined },
    ]);
  });

  it('finds columns by Chinese header names and by language codes', () => {
    expect(pairs('原文\t译文\t备注\n你好\tHello\t语气\n', 'a.tsv')).toEqual([
      { source: '你好', target: 'Hello', status: undefined, comment: '语气' },
    ]);
    expect(pairs('zh-CN;en-US\n你好;Hello\n')).toEqual([
      { source: '你好', target: 'Hello', status: undefined, comment: undefined },
    ]);
    expect(
      ['源语言', 'Machine_Translation', ' 状态 ', 'NOTES', 'zh_Hans'].map(roleOfHeader),
    ).toEqual(['source', 'target', 'status', 'comment', 'source']);
  });

  it('reads a table without header as source, target (and warns about more columns)', () => {
    const read = csvToSegments('你好,Hello,x\n世界,World,y\n');
    expect(read.header).toBeNull();
    expect(read.segments.map((s) => [s.source, s.target, s.line])).toEqual([
      ['你好', 'Hello', 1],
      ['世界', 'World', 2],
    ]);
    expect(read.warnings.map((w) => w.code)).toEqual(['ignored-columns']);
  });

  it('reads one column without header as MT alone', () => {
    expect(pairs('Hello\nWorld\n')).toEqual([
      { source: null, target: 'Hello', status: undefined, comment: undefined },
      { source: null, target: 'World', status: undefined, comment: undefined },
    ]);
  });

  it('keeps quoted line breaks and skips blank rows', () => {
    const read = csvToSegments('source,target\n"一\n二","one\ntwo"\n\n,\n三,three\n');
    expect(read.segments.map((s) => [s.target, s.line])).toEqual([
      ['one\ntwo', 2],
      ['three', 7],
    ]);
  });

  it('reads an unquoted TSV whose fields begin with quotes, with a warning', () => {
    const read = csvToSegments('source\ttarget\n他说\t"Yes," he said.\n', { file: 'x.tsv' });
    expect(read.segments[0]?.target).toBe('"Yes," he said.');
    expect(read.warnings[0]?.code).toBe('unquoted-tsv');
  });

  it('refuses a header without a target column, an empty table and a broken quote', () => {
    const codes = ['原文,说明\n你好,x\n', ' \n\n', 'a,"b\n'].map((text) => {
      try {
        csvToSegments(text, { file: 'f.csv' });
      } catch (error) {
        if (error instanceof ImportError) return [error.code, error.location.line];
      }
      return null;
    });
    expect(codes).toEqual([
      ['invalid', 1],
      ['empty', undefined],
      ['malformed', 1],
    ]);
  });

  it('builds a valid document', () => {
    const { segments } = csvToSegments('原文,译文\n你好。,Hello.\n,Only MT.\n');
    const doc = documentFromSegments(segments);
    validateDocument(doc);
    expect(doc.source?.text).toBe('你好。');
    expect(doc.alignment.units.map((u) => [u.source !== null, u.target !== null])).toEqual([
      [true, true],
      [false, true],
    ]);
  });
});

describe('segmentsToCsv', () => {
  it('writes an English header and only the columns used', () => {
    expect(segmentsToCsv([{ source: null, target: 'a,b' }])).toBe('target\r\n"a,b"\r\n');
    expect(
      segmentsToCsv([{ source: '你好', target: 'Hi', status: 'approved' }], {
        delimiter: '\t',
        bom: true,
      }),
    ).toBe('\ufeffsource\ttarget\tstatus\n你好\tHi\tapproved\n');
  });
});

const cellText = fc.string({
  unit: fc.constantFrom('a', 'Z', '中', '文', '😀', '𠀀', ',', '\t', '"', '\n', ' ', '。'),
  maxLength: 8,
});
const row: fc.Arbitrary<CsvExportRow> = fc.record({
  source: cellText,
  target: cellText,
  status: fc.option(fc.constantFrom('approved', 'draft', '已审'), { nil: undefined }),
  comment: fc.option(cellText, { nil: undefined }),
});

describe('CSV round trip (properties)', () => {
  it(
    'import → export → import is the identity on segments and documents',
    () => {
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 8 }),
          fc.constantFrom<',' | '\t' | ';'>(',', '\t', ';'),
          (rows, delimiter) => {
            let first;
            try {
              first = csvToSegments(segmentsToCsv(rows, { delimiter }), { delimiter });
            } catch (error) {
              // Only a table whose every row is blank may fail, as empty.
              expect((error as ImportError).code).toBe('empty');
              return;
            }
            const doc = documentFromSegments(first.segments);
            const again = csvToSegments(segmentsToCsv(first.segments, { delimiter }), {
              delimiter,
            });
            const withoutLines = (read: typeof first) =>
              read.segments.map(({ line: _, ...s }) => s);
            expect(withoutLines(again)).toEqual(withoutLines(first));
            expect(documentFromSegments(again.segments)).toEqual(doc);
            const exported = segmentsFromDocument(doc);
            expect(documentFromSegments(csvToSegments(segmentsToCsv(exported)).segments)).toEqual(
              doc,
            );
          },
        ),
        { numRuns: 1000 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('csvToSegments (fuzz)', () => {
  const valid = segmentsToCsv([
    { source: '你好，世界', target: 'Hello, "world"', status: 'approved', comment: 'ok' },
    { source: '第二行\n续', target: 'Second', comment: '' },
  ]);

  const check = (text: string): void => {
    try {
      const read = csvToSegments(text);
      validateDocument(documentFromSegments(read.segments));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
    }
  };

  it(
    'throws only ImportError on 10,000 random strings',
    () => {
      const text = fc.string({
        unit: fc.oneof(
          fc.constantFrom('"', ',', '\t', ';', '\n', '\r', '原文', 'target', '中'),
          fc.string({ maxLength: 1 }),
        ),
        maxLength: 30,
      });
      fc.assert(fc.property(text, check), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );

  it(
    'throws only ImportError on 10,000 mutations of a valid table',
    () => {
      const mutation = fc.tuple(fc.nat(valid.length), fc.nat(8), fc.string({ maxLength: 3 }));
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
          let text = valid;
          for (const [at, remove, insert] of edits) {
            text = text.slice(0, at) + insert + text.slice(at + remove);
          }
          check(text);
        }),
        { numRuns: 10_000 },
      );
    },
    TIMEOUT_MS,
  );
});
