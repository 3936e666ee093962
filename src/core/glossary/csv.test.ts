import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, readGlossaryCsv } from './csv.ts';
import { GlossaryError } from './model.ts';

describe('parseCsv (RFC 4180)', () => {
  it('handles quotes, doubled quotes, separators and line breaks inside quotes, CRLF', () => {
    const text = 'a,"b,c","say ""hi""\r\nthere"\r\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      { fields: ['a', 'b,c', 'say "hi"\r\nthere'], line: 1 },
      { fields: ['1', '', '3'], line: 3 },
    ]);
  });

  it('keeps a quote inside an unquoted field and skips blank lines', () => {
    expect(parseCsv('He said "no",x\n\n')).toEqual([{ fields: ['He said "no"', 'x'], line: 1 }]);
  });

  it('refuses an unterminated quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(
      new GlossaryError('quoted field is never closed', 2),
    );
    expect(() => parseCsv('"a"b,c')).toThrow(/line 1: unexpected "b" after a closing quote/);
  });
});

describe('readGlossaryCsv', () => {
  it('loads the seed glossary', () => {
    const text = readFileSync(
      new URL('../../../fixtures/press-conference.glossary.csv', import.meta.url),
      'utf8',
    );
    const { termbase, problems } = readGlossaryCsv(text);
    expect(problems).toEqual([]);
    expect(termbase.entries).toHaveLength(40);
    const ministry = termbase.entries[0];
    expect(ministry?.zh).toBe('人力资源和社会保障部');
    expect(ministry?.enForms).toEqual([
      'Ministry of Human Resources and Social Security',
      'MOHRSS',
    ]);
    // The note is kept as written; nothing in it becomes a rule.
    expect(ministry?.note).toContain('never "protection"');
    expect(ministry?.forbidden).toEqual([]);
    expect(ministry?.line).toBe(2);
  });

  it('reads an optional forbidden column, a BOM, tabs and header aliases', () => {
    const { termbase } = readGlossaryCsv(
      '\uFEFFChinese\tEnglish\tForbidden\n春风行动\tSpring Breeze Campaign\tOperation Spring Breeze; Spring Wind\n',
    );
    expect(termbase.entries[0]?.forbidden).toEqual(['Operation Spring Breeze', 'Spring Wind']);
  });

  it('skips rows without a term and refuses a file without zh and en columns', () => {
    const { termbase, problems } = readGlossaryCsv('zh,en\n两会,the two sessions\n银发经济,\n');
    expect(termbase.entries).toHaveLength(1);
    expect(problems).toEqual([{ line: 3, message: 'no English term' }]);
    expect(() => readGlossaryCsv('source term,target term\na,b\n')).toThrow(
      /"zh" and an "en" column/,
    );
    expect(() => readGlossaryCsv('')).toThrow(/empty/);
  });
});
