import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectGlossary } from '../model/project-extras.ts';
import { readGlossaryCsv } from './csv.ts';
import { findChineseTerms } from './match.ts';
import {
  addTerm,
  glossaryFromFile,
  glossaryIndex,
  glossaryToCsv,
  mergeGlossaries,
  removeTerm,
} from './project.ts';
import { termsInUnit } from './unit-terms.ts';

const seedCsv = readFileSync(
  new URL('../../../fixtures/press-conference.glossary.csv', import.meta.url),
  'utf8',
);

const fromCsv = (text: string, name = 'terms.csv') => glossaryFromFile(readGlossaryCsv(text), name);

describe('project glossary', () => {
  it('keeps every entry of the seed glossary with its line', () => {
    const glossary = fromCsv(seedCsv, 'press-conference.glossary.csv');
    const read = readGlossaryCsv(seedCsv);
    expect(glossary.entries).toHaveLength(read.termbase.entries.length);
    expect(glossary.entries[0]?.line).toBe(2);
    expect(glossary.fileName).toBe('press-conference.glossary.csv');
  });

  it('compiles to the index the checks use, once per glossary object', () => {
    const glossary = fromCsv('zh,en\n保障,security\n');
    const index = glossaryIndex(glossary);
    expect(index).not.toBeNull();
    expect(glossaryIndex(glossary)).toBe(index);
    expect(findChineseTerms(index!, '社会保障').map((o) => o.entry.entry.en)).toEqual(['security']);
    expect(glossaryIndex({ fileName: null, entries: [] })).toBeNull();
    expect(glossaryIndex(undefined)).toBeNull();
  });

  it('merges without duplicating a term both glossaries have', () => {
    const existing = fromCsv('zh,en,note\n保障,security,mine\n就业,employment,\n', 'a.csv');
    const incoming = fromCsv(
      'zh,en,note\n保障,Security,theirs\n灵活就业,flexible employment,\n',
      'b.csv',
    );
    const merged = mergeGlossaries(existing, incoming);
    expect(merged.entries.map((t) => [t.en, t.note])).toEqual([
      ['security', 'mine'],
      ['employment', ''],
      ['flexible employment', ''],
    ]);
    expect(merged.fileName).toBe('b.csv');
    expect(mergeGlossaries(undefined, incoming)).toBe(incoming);
  });

  it('adds a term from the app on line 0, replacing the same term', () => {
    const start: ProjectGlossary = fromCsv('zh,en\n零工市场,gig market\n');
    const added = addTerm(start, {
      zh: ' 零工市场 ',
      en: 'odd-job market',
      forbidden: 'gig market',
    });
    expect(added.entries).toHaveLength(2);
    const term = added.entries[1]!;
    expect(term).toMatchObject({ zh: '零工市场', en: 'odd-job market', line: 0 });
    expect(term.forbidden).toEqual(['gig market']);
    expect(addTerm(added, { zh: '零工市场', en: 'Odd-job market' }).entries).toHaveLength(2);
    expect(addTerm(null, { zh: '就业', en: 'employment' }).fileName).toBeNull();
    expect(() => addTerm(start, { zh: '就业', en: '  ' })).toThrow(RangeError);
  });

  it('removes a term by position', () => {
    const glossary = fromCsv('zh,en\n甲,a\n乙,b\n丙,c\n');
    expect(removeTerm(glossary, 1).entries.map((t) => t.zh)).toEqual(['甲', '丙']);
  });

  it('exports CSV that reads back to the same terms, quotes and all', () => {
    const glossary = addTerm(fromCsv(seedCsv), {
      zh: '就业',
      en: 'employment',
      note: 'a "quoted", note\nover two lines',
      forbidden: 'jobs; work',
    });
    const back = fromCsv(glossaryToCsv(glossary));
    expect(back.entries.map((t) => [t.zh, t.en, t.note, t.forbidden])).toEqual(
      glossary.entries.map((t) => [t.zh, t.en, t.note, t.forbidden]),
    );
  });
});

describe('terms of a unit', () => {
  const index = glossaryIndex(
    addTerm(fromCsv('zh,en,forbidden\n社会保障,social security,social protection\n'), {
      zh: '就业',
      en: 'employment',
    }),
  )!;

  it('finds the source terms and whether the target renders them', () => {
    const terms = termsInUnit(
      index,
      '稳定就业，完善社会保障。',
      'Stabilise jobs and improve Social Securities.',
    );
    expect(terms.map((t) => [t.entry.entry.zh, t.rendered, t.forbiddenUsed])).toEqual([
      ['就业', false, []],
      ['社会保障', true, []],
    ]);
    expect(terms[0]?.occurrences).toEqual([{ start: 2, end: 4 }]);
  });

  it('reports a forbidden rendering as the target writes it', () => {
    const [term] = termsInUnit(index, '社会保障', 'better Social Protection');
    expect(term?.rendered).toBe(false);
    expect(term?.forbiddenUsed).toEqual(['Social Protection']);
  });

  it('finds nothing in a source without terms, or checks against no target', () => {
    expect(termsInUnit(index, '今天天气很好。', 'Nice weather.')).toEqual([]);
    expect(termsInUnit(index, '就业', null)[0]?.rendered).toBe(false);
  });
});
