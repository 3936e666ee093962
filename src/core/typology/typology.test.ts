import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  categoryPaths,
  DEFAULT_TYPOLOGY_ID,
  findCategory,
  normalizeCategory,
  TYPOLOGIES,
  typologyById,
} from './index.ts';
import { typologySchema } from './schema.ts';

const wmt = typologyById('wmt-mqm')!;
const core = typologyById('mqm-core')!;

describe('shipped typologies', () => {
  it('are WMT MQM (the default) and MQM Core', () => {
    expect(TYPOLOGIES.map((t) => t.id)).toEqual(['wmt-mqm', 'mqm-core']);
    expect(DEFAULT_TYPOLOGY_ID).toBe('wmt-mqm');
    expect(typologyById('nope')).toBeUndefined();
  });

  it('WMT MQM has exactly the categories of the WMT evaluations', () => {
    expect(categoryPaths(wmt)).toEqual([
      'Accuracy',
      'Accuracy/Mistranslation',
      'Accuracy/Addition',
      'Accuracy/Omission',
      'Accuracy/Untranslated text',
      'Fluency',
      'Fluency/Grammar',
      'Fluency/Spelling',
      'Fluency/Punctuation',
      'Fluency/Inconsistency',
      'Fluency/Register',
      'Fluency/Character encoding',
      'Terminology',
      'Terminology/Inappropriate for context',
      'Terminology/Inconsistent use of terminology',
      'Style',
      'Style/Awkward',
      'Locale convention',
      'Locale convention/Number format',
      'Locale convention/Currency format',
      'Locale convention/Date format',
      'Locale convention/Time format',
      'Locale convention/Name format',
      'Locale convention/Address format',
      'Locale convention/Telephone format',
      'Non-translation',
      'Source error',
      'Other',
    ]);
  });

  it('MQM Core has its seven dimensions', () => {
    expect(core.categories.map((c) => c.name)).toEqual([
      'Terminology',
      'Accuracy',
      'Linguistic conventions',
      'Style',
      'Locale conventions',
      'Audience appropriateness',
      'Design and markup',
    ]);
  });

  it('every category has a Chinese name and a description; paths are unique', () => {
    for (const typology of TYPOLOGIES) {
      const paths = categoryPaths(typology);
      expect(new Set(paths).size).toBe(paths.length);
      for (const path of paths) {
        const node = findCategory(typology, path)!;
        expect(node.name_zh).toMatch(/\p{Script=Han}/u);
        expect(node.description.length).toBeGreaterThan(10);
      }
    }
  });

  it('refuses data whose paths do not match the tree', () => {
    const broken = structuredClone(wmt);
    broken.categories[0]!.children![0]!.path = 'Fluency/Mistranslation';
    expect(() => typologySchema.parse(broken)).toThrow(/should have the path/);
    expect(typologySchema.safeParse(broken).error?.issues[0]?.message).toBe(
      'category "Fluency/Mistranslation" should have the path "Accuracy/Mistranslation"',
    );
  });
});

describe('normalizeCategory', () => {
  it('maps names from older releases and other tools onto WMT MQM', () => {
    const cases: [string, string | null][] = [
      ['Accuracy/Mistranslation', 'Accuracy/Mistranslation'],
      ['accuracy / mistranslation', 'Accuracy/Mistranslation'],
      ['Accuracy/Untranslated', 'Accuracy/Untranslated text'],
      ['Terminology/Inconsistent use', 'Terminology/Inconsistent use of terminology'],
      ['Terminology/Inconsistent', 'Terminology/Inconsistent use of terminology'],
      ['Terminology/Inappropriate', 'Terminology/Inappropriate for context'],
      ['Non-translation!', 'Non-translation'],
      ['Non_translation', 'Non-translation'],
      ['Locale_convention/Name', 'Locale convention/Name format'],
      ['Locale_convention/Currency', 'Locale convention/Currency format'],
      ['Style/Unnatural or awkward', 'Style/Awkward'],
      ['Accuracy/Omission (Translation 2)', 'Accuracy/Omission'],
      ['Grammar', 'Fluency/Grammar'],
      ['No-error', null],
      ['Fluency/Mistranslation', null],
      ['', null],
    ];
    for (const [name, expected] of cases)
      expect([name, normalizeCategory(name, wmt)]).toEqual([name, expected]);
  });

  it('maps WMT names onto MQM Core', () => {
    expect(normalizeCategory('Fluency/Grammar', core)).toBe('Linguistic conventions/Grammar');
    expect(normalizeCategory('Style/Awkward', core)).toBe('Style/Awkward style');
    expect(normalizeCategory('Accuracy/Untranslated text', core)).toBe('Accuracy/Untranslated');
    expect(normalizeCategory('Locale_convention/Date format', core)).toBe(
      'Locale conventions/Date format',
    );
    expect(normalizeCategory('Fluency', core)).toBe('Linguistic conventions');
  });

  it('knows every category of the public Chinese–English MQM annotations', () => {
    const data = new URL('../../../../shared/data/mqm-zhen/', import.meta.url);
    if (!existsSync(data)) {
      console.log(`skipped: ${data.pathname} is absent`);
      return;
    }
    const files = [
      'ted2021/mqm_ted_zhen.talk5+talk7.tsv',
      'newstest2021/mqm_newstest2021_zhen.3docs.tsv',
      'generalMT2023-sxs/sxs_mqm_generalMT2023_zhen.3docs.tsv',
    ];
    const unknown = new Set<string>();
    for (const file of files) {
      const [header, ...rows] = readFileSync(new URL(file, data), 'utf8').split('\n');
      const column = header!.split('\t').indexOf('category');
      for (const row of rows) {
        const category = row.split('\t')[column];
        // "No-error" marks a segment without errors; "Found" is an attention check.
        if (!category || category === 'No-error' || category === 'Found') continue;
        if (normalizeCategory(category, wmt) === null) unknown.add(category);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});
