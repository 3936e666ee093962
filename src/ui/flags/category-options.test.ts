import { describe, expect, it } from 'vitest';
import {
  categoryLabel,
  filterOptions,
  groupOptions,
  highlighted,
  stepOption,
  typologyOptions,
} from './category-options.ts';

const CATEGORIES = [
  {
    path: 'Accuracy',
    name: 'Accuracy',
    name_zh: '准确性',
    children: [
      { path: 'Accuracy/Mistranslation', name: 'Mistranslation', name_zh: '误译' },
      { path: 'Accuracy/Omission', name: 'Omission', name_zh: '漏译' },
    ],
  },
  {
    path: 'Fluency',
    name: 'Fluency',
    name_zh: '流畅性',
    children: [{ path: 'Fluency/Grammar', name: 'Grammar', name_zh: '语法' }],
  },
  { path: 'Non-translation', name: 'Non-translation', name_zh: '未翻译' },
];

describe('category options', () => {
  const en = typologyOptions(CATEGORIES, 'en');

  it('lists every category under its top-level one, parents first', () => {
    expect(en.map((o) => o.path)).toEqual([
      'Accuracy',
      'Accuracy/Mistranslation',
      'Accuracy/Omission',
      'Fluency',
      'Fluency/Grammar',
      'Non-translation',
    ]);
    expect(en.filter((o) => o.parent).map((o) => o.path)).toEqual(['Accuracy', 'Fluency']);
    expect(groupOptions(en).map((g) => [g.label, g.options.length])).toEqual([
      ['Accuracy', 3],
      ['Fluency', 2],
      ['Non-translation', 1],
    ]);
  });

  it('labels in Chinese for the Chinese interface', () => {
    const zh = typologyOptions(CATEGORIES, 'zh');
    expect(categoryLabel(zh, 'Accuracy/Omission')).toBe('准确性 › 漏译');
    expect(categoryLabel(zh, 'Non-translation')).toBe('未翻译');
    expect(categoryLabel(zh, 'Unknown/Thing')).toBe('Unknown/Thing');
    expect(filterOptions(zh, '漏').map((o) => o.path)).toEqual(['Accuracy/Omission']);
  });

  it('filters on every typed word, any case, across group and name', () => {
    expect(filterOptions(en, 'mistr').map((o) => o.path)).toEqual(['Accuracy/Mistranslation']);
    expect(filterOptions(en, 'acc omi').map((o) => o.path)).toEqual(['Accuracy/Omission']);
    expect(filterOptions(en, 'fluency/gram').map((o) => o.path)).toEqual(['Fluency/Grammar']);
    expect(filterOptions(en, '  ')).toHaveLength(en.length);
    expect(filterOptions(en, 'zzz')).toEqual([]);
  });

  it('keeps the current choice highlighted while it is listed, and steps within bounds', () => {
    expect(highlighted(en, 'Fluency')?.path).toBe('Fluency');
    expect(highlighted(filterOptions(en, 'omi'), 'Fluency')?.path).toBe('Accuracy/Omission');
    expect(highlighted([], 'Fluency')).toBeNull();
    expect(stepOption(en, 'Accuracy', 1)?.path).toBe('Accuracy/Mistranslation');
    expect(stepOption(en, 'Accuracy', -1)?.path).toBe('Accuracy');
    expect(stepOption(en, 'Non-translation', 1)?.path).toBe('Non-translation');
    expect(stepOption(en, null, 1)?.path).toBe('Accuracy');
  });
});
