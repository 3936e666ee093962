/**
 * The demo project scored with the seed's 93 known errors as flags: the
 * totals per category and severity must be the seed's own, and the MT must
 * fail under the default preset. The figures are printed for the report.
 */
import { describe, expect, it } from 'vitest';
import {
  demoWithSeedFlags,
  readSeedErrors,
  seedCategory,
} from '../../../tests/helpers/seed-flags.ts';
import type { ScoringPreset } from './preset.ts';
import { builtinPreset, defaultPreset } from './presets.ts';
import { scoreFlags } from './scorecard.ts';

const { doc, flags } = demoWithSeedFlags();

describe('demo scorecard with the seed errors', () => {
  it('loads all 93 seed errors onto units of the demo', () => {
    expect(flags).toHaveLength(93);
    const card = scoreFlags(flags, doc, defaultPreset());
    expect(card.flags).toEqual({ counted: 93, capped: 0, excluded: 0, unplaced: [] });
  });

  it('totals the seed’s severities: Minor 72, Major 19, Critical 2', () => {
    const card = scoreFlags(flags, doc, defaultPreset());
    expect(card.bySeverity).toEqual({
      critical: { count: 2, penalty: 20 },
      major: { count: 19, penalty: 95 },
      minor: { count: 72, penalty: 72 },
      neutral: { count: 0, penalty: 0 },
    });
  });

  it('totals the seed’s categories per severity', () => {
    const card = scoreFlags(flags, doc, defaultPreset());
    const table = Object.fromEntries(
      card.byCategory.map((row) => [
        row.category,
        [row.severities.critical, row.severities.major, row.severities.minor],
      ]),
    );
    expect(table).toEqual({
      'Accuracy/Mistranslation': [0, 13, 21],
      'Terminology/Inappropriate for context': [0, 4, 12],
      'Style/Awkward': [0, 0, 16],
      'Fluency/Grammar': [0, 0, 12],
      'Fluency/Punctuation': [0, 0, 4],
      'Terminology/Inconsistent use of terminology': [0, 1, 3],
      'Fluency/Spelling': [0, 0, 3],
      'Accuracy/Untranslated text': [2, 0, 0],
      'Accuracy/Omission': [0, 1, 0],
      'Locale convention/Number format': [0, 0, 1],
    });
    // The same table counted straight from the fixture, independently of the flags.
    const counted: Record<string, number> = {};
    for (const error of readSeedErrors()) {
      const category = seedCategory(error.category);
      counted[category] = (counted[category] ?? 0) + 1;
    }
    expect(Object.fromEntries(card.byCategory.map((row) => [row.category, row.count]))).toEqual(
      counted,
    );
    expect(card.byDimension.map((row) => [row.category, row.count])).toEqual([
      ['Accuracy', 37],
      ['Terminology', 20],
      ['Fluency', 19],
      ['Style', 16],
      ['Locale convention', 1],
    ]);
  });

  it('fails under the default preset', () => {
    const card = scoreFlags(flags, doc, defaultPreset());
    console.log(
      `demo (${card.presetId}): raw ${card.rawPenalty} over ${card.size} English words = ` +
        `${card.normalised?.toFixed(1)} per 1,000 words, threshold ${card.passThreshold}; ` +
        `worst unit ${card.worstUnits[0]?.unit} (${card.worstUnits[0]?.penalty})`,
    );
    expect(card.rawPenalty).toBe(187);
    expect(card.normalised).toBeGreaterThan(card.passThreshold as number);
    expect(card.pass).toBe(false);
    expect(card.paragraphs).toHaveLength(17);
    expect(card.paragraphs.reduce((sum, p) => sum + p.penalty, 0)).toBe(card.rawPenalty);
  });

  it('scores the same flags under WMT and MateCat weights', () => {
    const wmt = scoreFlags(flags, doc, builtinPreset('wmt') as ScoringPreset);
    // 68 Minor × 1 + 4 Minor punctuation × 0.1 + 19 Major × 5 + 2 Critical × 5.
    expect(wmt.rawPenalty).toBeCloseTo(68 + 0.4 + 95 + 10, 9);
    expect(wmt.normalised).toBeCloseTo(wmt.rawPenalty / doc.alignment.units.length, 12);
    expect(wmt.pass).toBeNull();
    const matecat = scoreFlags(flags, doc, builtinPreset('matecat') as ScoringPreset);
    expect(matecat.rawPenalty).toBe(72 * 0.5 + 19 * 2 + 2 * 6);
    expect(matecat.pass).toBe(false);
    const zh = scoreFlags(flags, doc, { ...defaultPreset(), normalisation: 'per-1000-zh-chars' });
    console.log(
      `demo: WMT ${wmt.normalised?.toFixed(3)} per unit over ${wmt.size} units; ` +
        `MateCat ${matecat.normalised?.toFixed(1)} per 1,000 words; ` +
        `MQM ${zh.normalised?.toFixed(1)} per 1,000 Han characters (${zh.size})`,
    );
  });
});
