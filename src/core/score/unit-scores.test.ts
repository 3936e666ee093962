import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../../tests/helpers/flags.ts';
import type { ScoringPreset } from './preset.ts';
import { builtinPreset } from './presets.ts';
import { scoreUnits } from './unit-scores.ts';

const wmt = builtinPreset('wmt') as ScoringPreset;

describe('scoreUnits', () => {
  it('sums each unit’s penalties and gives clean units 0', () => {
    const flags = [
      makeFlag({ unit: 0, severity: 'major' }),
      makeFlag({ unit: 0, severity: 'minor', category: 'Fluency/Punctuation' }),
      makeFlag({ unit: 2, severity: 'minor' }),
    ];
    const { units, unplaced } = scoreUnits(flags, 3, wmt);
    expect(units.map((unit) => unit.penalty)).toEqual([5.1, 0, 1]);
    expect(unplaced).toEqual([]);
  });

  it('keeps the heaviest flags of a unit under the cap, position breaking ties', () => {
    const minors = [4, 3, 2, 1, 0].map((start) =>
      makeFlag({ severity: 'minor', span: [start, start + 1] }),
    );
    const major = makeFlag({ severity: 'major', span: [10, 12] });
    const { units } = scoreUnits([...minors, major], 1, wmt);
    const unit = units[0];
    expect(unit?.penalty).toBe(5 + 4);
    expect(unit?.flags.map((f) => f.flag.id)).toEqual(
      [major, ...[...minors].reverse()].map((f) => f.id),
    );
    expect(unit?.flags.map((f) => f.counted)).toEqual([true, true, true, true, true, false]);
    // The dropped flag is the last minor by position.
    expect(unit?.flags.find((f) => !f.counted)?.flag.anchor.position.start).toBe(4);
  });

  it('applies no cap when the preset has none', () => {
    const flags = Array.from({ length: 8 }, (_, k) => makeFlag({ span: [k, k + 1] }));
    const { units } = scoreUnits(flags, 1, { ...wmt, maxErrorsPerUnit: null });
    expect(units[0]?.penalty).toBe(8);
  });

  it('sets aside flags whose unit is not in the document', () => {
    const stray = makeFlag({ unit: 7 });
    const { units, unplaced } = scoreUnits([stray, makeFlag({ unit: 0 })], 2, wmt);
    expect(unplaced).toEqual([stray.id]);
    expect(units.map((unit) => unit.penalty)).toEqual([1, 0]);
  });
});
