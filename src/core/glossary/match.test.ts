import { describe, expect, it } from 'vitest';
import { readGlossaryCsv } from './csv.ts';
import { compileForm, findAnyForm, findChineseTerms, findForm, indexTermbase } from './match.ts';
import { locateRenderings } from './locate.ts';
import { englishWords, wordForm, wordStem } from './words.ts';

const index = indexTermbase(
  readGlossaryCsv('zh,en\n技能人才,skilled talents\n高技能人才,high-skilled talents\n').termbase,
);

const occurrences = (pattern: string, text: string) =>
  findForm(englishWords(text), compileForm(pattern)).map((o) => text.slice(o.start, o.end));

describe('word forms', () => {
  it('fold case, possessive and plural; stems also fold -ing, -ed, -ion, -ly', () => {
    expect(
      ['Deputies', "People's", 'People’s', 'classes', 'boxes', 'talents', 'status', 'bus'].map(
        wordForm,
      ),
    ).toEqual(['deputy', 'people', 'people', 'class', 'box', 'talent', 'status', 'bus']);
    expect(['integrating', 'integration', 'highly', 'chartered', 'need'].map(wordStem)).toEqual([
      'integrat',
      'integrat',
      'high',
      'charter',
      'need',
    ]);
  });
});

describe('term matching', () => {
  it('finds Chinese terms leftmost-longest', () => {
    const found = findChineseTerms(index, '培养高技能人才和技能人才');
    expect(found.map((o) => [o.start, o.end, o.entry.entry.zh])).toEqual([
      [2, 7, '高技能人才'],
      [8, 12, '技能人才'],
    ]);
  });

  it('finds English forms whatever their inflection and case, but not across a hyphen change', () => {
    expect(
      occurrences(
        "deputy to the National People's Congress",
        "Deputies to the national people's congress met.",
      ),
    ).toEqual(["Deputies to the national people's congress"]);
    expect(occurrences('odd-job market', 'odd job markets and odd-job markets')).toEqual([
      'odd-job markets',
    ]);
    expect(occurrences('the two sessions', 'during this year’s two sessions')).toEqual([
      'two sessions',
    ]);
    expect(occurrences('social security', 'social. Security')).toEqual([]);
  });

  it('takes longer forms first and never reuses a word', () => {
    const words = englishWords('high-skilled talents and skilled talents');
    const found = findAnyForm(words, [
      compileForm('skilled talents'),
      compileForm('high-skilled talents'),
    ]);
    expect(found.map((o) => o.pattern.text)).toEqual(['high-skilled talents', 'skilled talents']);
  });
});

describe('locating a rendering', () => {
  const locate = (term: string, text: string, count = 1) =>
    locateRenderings(text, englishWords(text), [compileForm(term)], new Set(), count).map((r) =>
      text.slice(r.start, r.end),
    );

  it('finds reordered or partly different renderings and widens them to the term\u2019s length', () => {
    expect(
      locate(
        'surveyed urban unemployment rate',
        'the urban surveyed unemployment rate averaged 5.2%',
      ),
    ).toEqual(['urban surveyed unemployment rate']);
    expect(
      locate(
        'Ministry of Human Resources and Social Security',
        'Wang, Minister of Human Resources and social protection:Pressure',
      ),
    ).toEqual(['Minister of Human Resources and social protection']);
    expect(
      locate('structural imbalances', 'Pressure and structural contradictions coexist'),
    ).toEqual(['structural contradictions']);
    expect(
      locate('one-card services', 'promote regional "one card" and the national "one card" to', 2),
    ).toEqual(['one card', 'one card']);
  });

  it('finds nothing when too little of the term is there', () => {
    expect(locate('ex-service members', 'retired military personnel')).toEqual([]);
    expect(
      locate(
        "firmly and fully secure the bottom line of people's basic needs",
        "ensure the bottom line of people's livelihood",
      ),
    ).toEqual([]);
  });
});
