import { describe, expect, it } from 'vitest';
import { typologyById } from '../../core/typology/index.ts';
import { isMostlyUntranslated, wholeUnitCategory, wholeUnitSpan } from './whole-unit.ts';

const CHINESE = '今天下午3时,十四届全国人大二次会议举行记者会。';
const MIXED =
  '持续深化省级“一卡通”, Vigorously promote regional "one card" and gradually realize it.';

describe('whole-unit flags', () => {
  it('span the text without its outer spaces', () => {
    expect(wholeUnitSpan('  Hello there. ')).toEqual({ start: 2, end: 14 });
    expect(wholeUnitSpan('   ')).toBeNull();
  });

  it('tell a mostly Chinese unit from one with a Chinese fragment', () => {
    expect(isMostlyUntranslated(CHINESE)).toBe(true);
    expect(isMostlyUntranslated(MIXED)).toBe(false);
    expect(isMostlyUntranslated('')).toBe(false);
  });

  it('start with the typology’s non-translation category for Chinese units', () => {
    const wmt = typologyById('wmt-mqm');
    const core = typologyById('mqm-core');
    expect(wholeUnitCategory(CHINESE, wmt, 'Style/Awkward')).toBe('Non-translation');
    expect(wholeUnitCategory(CHINESE, core, null)).toBe('Accuracy/Untranslated');
    expect(wholeUnitCategory(MIXED, wmt, 'Style/Awkward')).toBe('Style/Awkward');
    expect(wholeUnitCategory(CHINESE, undefined, null)).toBeNull();
  });
});
