import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.ts';
import { detectDelimiter, readDelimited, writeDelimited, type Delimiter } from './delimited.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 30_000;

const fields = (text: string, delimiter: Delimiter = ',', quoting = true) =>
  readDelimited(text, { delimiter, quoting }).map((r) => r.fields);

function errorOf(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readDelimited', () => {
  it('reads RFC 4180: quotes, doubled quotes, delimiters and line breaks inside quotes', () => {
    const text = 'a,"b,c","say ""hi"""\r\n"line\r\nbreak",,x\r\n';
    expect(fields(text)).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['line\r\nbreak', '', 'x'],
    ]);
  });

  it('skips a BOM, ends records at LF, CRLF or CR, and keeps blank lines as records', () => {
    expect(fields('\ufeffa,b\nc,d\re,f\r\n\r\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      [''],
      ['g', 'h'],
    ]);
  });

  it('numbers records by the line they start on', () => {
    const records = readDelimited('a\n"x\ny"\nb\n', { delimiter: ',' });
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads a quote inside an unquoted field as a character', () => {
    expect(fields('5" screen,ok')).toEqual([['5" screen', 'ok']]);
  });

  it('reads everything literally with quoting off', () => {
    expect(fields('"a\t"b"\tc', '\t', false)).toEqual([['"a', '"b"', 'c']]);
  });

  it('reports an unclosed quote at the opening quote', () => {
    const error = errorOf(() =>
      readDelimited('a,b\nc,"open\nmore', { delimiter: ',', file: 't.csv' }),
    );
    expect(error.code).toBe('malformed');
    expect(error.location).toEqual({ file: 't.csv', line: 2, column: 3 });
    expect(error.message).toMatch(/^t\.csv:2:3: /);
  });

  it('reports text after a closing quote where it is', () => {
    const error = errorOf(() => readDelimited('x\n"a\nb"c,d', { delimiter: ',' }));
    expect(error.location).toEqual({ line: 3, column: 3 });
  });
});

describe('writeDelimited', () => {
  it('quotes only the fields that need it and ends every record', () => {
    expect(
      writeDelimited(
        [
          ['a', 'b,c', 'q"'],
          ['x\ny', ''],
        ],
        { delimiter: ',' },
      ),
    ).toBe('a,"b,c","q"""\r\n"x\ny",\r\n');
    expect(writeDelimited([['a,b', 'c\td']], { delimiter: '\t' })).toBe('a,b\t"c\td"\n');
  });

  it(
    'round-trips any records through read (commas, tabs, semicolons)',
    () => {
      const cell = fc.string({
        unit: fc.constantFrom('a', '中', '😀', ',', '\t', ';', '"', '\n', '\r', ' ', '\ufeff'),
      });
      fc.assert(
        fc.property(
          fc.constantFrom<Delimiter>(',', '\t', ';'),
          fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
          (delimiter, records) => {
            expect(fields(writeDelimited(records, { delimiter }), delimiter)).toEqual(records);
          },
        ),
        { numRuns: 2000 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('detectDelimiter', () => {
  it('prefers tabs, then the more frequent of comma and semicolon, ignoring quoted text', () => {
    expect(detectDelimiter('a\tb,c,d\n')).toBe('\t');
    expect(detectDelimiter('a;b;c,d\n')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('abc')).toBe(',');
  });
});

describe('readDelimited (fuzz)', () => {
  it(
    'returns records or throws ImportError, for 10,000 random inputs',
    () => {
      const input = fc.string({
        unit: fc.oneof(
          fc.constantFrom('"', ',', '\t', '\n', '\r', 'a', '中'),
          fc.string({ maxLength: 1 }),
        ),
        maxLength: 24,
      });
      fc.assert(
        fc.property(
          input,
          fc.constantFrom<Delimiter>(',', '\t', ';'),
          fc.boolean(),
          (text, delimiter, quoting) => {
            try {
              const records = readDelimited(text, { delimiter, quoting });
              for (const r of records) expect(r.line).toBeGreaterThanOrEqual(1);
            } catch (error) {
              expect(error).toBeInstanceOf(ImportError);
              expect((error as ImportError).location.line).toBeGreaterThanOrEqual(1);
            }
          },
        ),
        { numRuns: 10_000 },
      );
    },
    TIMEOUT_MS,
  );
});
