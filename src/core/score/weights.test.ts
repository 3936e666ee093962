import { describe, expect, it } from 'vitest';
import type { ScoringPreset } from './preset.ts';
import { builtinPreset } from './presets.ts';
import { categoryMatch, flagPenalty, sameCategory } from './weights.ts';

const wmt = builtinPreset('wmt') as ScoringPreset;
const mqm = builtinPreset('mqm') as ScoringPreset;

describe('categoryMatch', () => {
  it('matches whole path parts, ignoring case and spaces around parts', () => {
    expect(categoryMatch('Fluency', 'Fluency/Punctuation')).toBe(1);
    expect(categoryMatch('fluency/punctuation', 'Fluency/Punctuation')).toBe(2);
    expect(categoryMatch('Fluency / Punctuation', 'Fluency/Punctuation/Quotes')).toBe(2);
    expect(categoryMatch('Fluency', 'Fluency2/Punctuation')).toBe(-1);
    expect(categoryMatch('Fluency/Punctuation', 'Fluency')).toBe(-1);
    expect(categoryMatch('', 'Fluency')).toBe(-1);
  });

  it('tells when two paths name the same category', () => {
    expect(sameCategory('Style/Awkward', 'style/awkward')).toBe(true);
    expect(sameCategory('Style', 'Style/Awkward')).toBe(false);
  });
});

describe('flagPenalty under the WMT preset (Freitag et al. 2021)', () => {
  it('weighs Major 5, Minor 1, Neutral 0', () => {
    expect(flagPenalty('Accuracy/Mistranslation', 'major', wmt)).toBe(5);
    expect(flagPenalty('Accuracy/Mistranslation', 'minor', wmt)).toBe(1);
    expect(flagPenalty('Style/Awkward', 'neutral', wmt)).toBe(0);
  });

  it('weighs Minor Fluency/Punctuation 0.1 but Major Fluency/Punctuation 5', () => {
    expect(flagPenalty('Fluency/Punctuation', 'minor', wmt)).toBe(0.1);
    expect(flagPenalty('Fluency/Punctuation', 'major', wmt)).toBe(5);
  });

  it('weighs Non-translation 25 at any non-neutral severity', () => {
    expect(flagPenalty('Non-translation', 'major', wmt)).toBe(25);
    expect(flagPenalty('Non-translation', 'minor', wmt)).toBe(25);
    expect(flagPenalty('Non-translation', 'neutral', wmt)).toBe(0);
  });

  it('weighs Critical like Major, as Google’s MQM Viewer does', () => {
    expect(flagPenalty('Accuracy/Untranslated text', 'critical', wmt)).toBe(5);
  });
});

describe('flagPenalty with type weights and overrides', () => {
  const preset: ScoringPreset = {
    ...mqm,
    categoryWeights: [
      { category: 'Accuracy', weight: 2 },
      { category: 'Accuracy/Omission', weight: 3 },
      { category: 'Style', weight: 0.5 },
    ],
    categoryOverrides: [
      { category: 'Accuracy', severities: ['critical'], weight: 50 },
      { category: 'Accuracy/Omission', severities: ['critical'], weight: 40 },
    ],
  };

  it('multiplies the severity weight by the most specific type weight', () => {
    expect(flagPenalty('Accuracy/Mistranslation', 'major', preset)).toBe(10);
    expect(flagPenalty('Accuracy/Omission', 'major', preset)).toBe(15);
    expect(flagPenalty('Style/Awkward', 'minor', preset)).toBe(0.5);
    expect(flagPenalty('Fluency/Grammar', 'minor', preset)).toBe(1);
  });

  it('lets the most specific override replace the product, at its severities only', () => {
    expect(flagPenalty('Accuracy/Mistranslation', 'critical', preset)).toBe(50);
    expect(flagPenalty('Accuracy/Omission', 'critical', preset)).toBe(40);
    expect(flagPenalty('Accuracy/Omission', 'minor', preset)).toBe(3);
  });

  it('does not depend on the order of the entries', () => {
    const reversed: ScoringPreset = {
      ...preset,
      categoryWeights: [...preset.categoryWeights].reverse(),
      categoryOverrides: [...preset.categoryOverrides].reverse(),
    };
    for (const category of ['Accuracy/Omission', 'Accuracy/Addition', 'Style/Awkward']) {
      for (const severity of ['critical', 'major', 'minor', 'neutral'] as const) {
        expect(flagPenalty(category, severity, reversed)).toBe(
          flagPenalty(category, severity, preset),
        );
      }
    }
  });
});
