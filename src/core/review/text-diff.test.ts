import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextChanges, textChanges } from './text-diff.ts';

describe('text changes', () => {
  it('diffs English by word and Chinese by character', () => {
    expect(textChanges('the tarrif rate', 'the tariff rate')).toEqual([
      { value: 'the ', added: false, removed: false },
      { value: 'tarrif', added: false, removed: true },
      { value: 'tariff', added: true, removed: false },
      { value: ' rate', added: false, removed: false },
    ]);
    expect(textChanges('汇率调整', '汇率变化')).toEqual([
      { value: '汇率', added: false, removed: false },
      { value: '调整', added: false, removed: true },
      { value: '变化', added: true, removed: false },
    ]);
  });

  it('applies a change list back to the text it was computed against (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        expect(applyTextChanges(before, textChanges(before, after))).toBe(after);
      }),
    );
  });

  it('refuses a change list computed against another text', () => {
    expect(() => applyTextChanges('abc', textChanges('abd', 'abx'))).toThrow(/does not apply/);
    expect(() => applyTextChanges('abcdef', textChanges('abc', 'abc'))).toThrow(/covers 3 of 6/);
  });
});
