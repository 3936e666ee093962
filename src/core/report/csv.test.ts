import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../../tests/helpers/flags.ts';
import { buildDocument } from '../align/index.ts';
import { readDelimited } from '../io/csv/delimited.ts';
import type { ScoringPreset } from '../score/preset.ts';
import { builtinPreset } from '../score/presets.ts';
import { scoreFlags } from '../score/scorecard.ts';
import { csvField, toCsv } from './csv.ts';
import { FLAG_COLUMNS, flagsCsv } from './flags-csv.ts';
import { scoresCsv } from './scores-csv.ts';

/** The rows a CSV reader gets, through the project's own RFC 4180 reader (which skips the BOM). */
function parseCsv(text: string): string[][] {
  return readDelimited(text, { delimiter: ',' }).map((record) => record.fields);
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3.5)).toBe('-3.5');
  });

  it('writes null and non-finite numbers as empty cells, booleans as words', () => {
    expect([csvField(null), csvField(NaN), csvField(true), csvField(false)]).toEqual([
      '',
      '',
      'true',
      'false',
    ]);
  });

  it('round-trips through a CSV reader, with a BOM and CRLF line ends', () => {
    const csv = toCsv(['a', 'b'], [['x,"y"\nz', 2]]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x,"y"\nz', '2'],
    ]);
  });
});

const mqm = builtinPreset('mqm') as ScoringPreset;
const doc = buildDocument(null, 'One two three. Four five.\nSix seven eight nine ten.');

describe('flagsCsv', () => {
  it('writes one row per flag with its penalty, hostile text kept as text', () => {
    const hostile = makeFlag({
      unit: 1,
      severity: 'major',
      comment: '<script>alert(1)</script>, "quoted"\nnext line',
      suggestion: '=cmd|calc',
    });
    const rejected = makeFlag({ unit: 2, status: 'rejected' });
    const card = scoreFlags([hostile, rejected], doc, mqm);
    const rows = parseCsv(flagsCsv([hostile, rejected], card));
    expect(rows[0]).toEqual([...FLAG_COLUMNS]);
    const record = (row: string[] | undefined) =>
      Object.fromEntries(FLAG_COLUMNS.map((column, i) => [column, row?.[i]]));
    expect(record(rows[1])).toMatchObject({
      unit: '2',
      severity: 'major',
      counted: 'true',
      penalty: '5',
      comment: '<script>alert(1)</script>, "quoted"\nnext line',
      suggestion: "'=cmd|calc",
    });
    expect(record(rows[2])).toMatchObject({ status: 'rejected', counted: 'false', penalty: '' });
    expect(rows).toHaveLength(3);
  });
});

describe('scoresCsv', () => {
  it('has a document row, the four severities, categories, paragraphs and units', () => {
    const card = scoreFlags(
      [makeFlag({ unit: 0, severity: 'major', category: 'Accuracy/Omission' })],
      doc,
      mqm,
    );
    const rows = parseCsv(scoresCsv(card));
    expect(rows[1]).toEqual(['document', 'mqm:per-1000-en-words', '1', '5', '10', '500', 'false']);
    const scopes = rows.slice(1).map((row) => row[0]);
    expect(scopes.filter((s) => s === 'severity')).toHaveLength(4);
    expect(rows.find((row) => row[0] === 'category')).toEqual([
      'category',
      'Accuracy/Omission',
      '1',
      '5',
      '',
      '',
      '',
    ]);
    expect(rows.filter((row) => row[0] === 'paragraph').map((row) => row.slice(1, 6))).toEqual([
      ['1', '1', '5', '5', '1000'],
      ['2', '0', '0', '5', '0'],
    ]);
    expect(scopes.filter((s) => s === 'unit')).toHaveLength(3);
  });
});
