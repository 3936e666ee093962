import { describe, expect, it } from 'vitest';
import { runCheck } from './test-helpers.ts';

describe('untranslated check', () => {
  it('flags a unit left wholly in Chinese as a critical non-translation', () => {
    const [f, ...rest] = runCheck(
      'untranslated',
      '今天下午3时举行记者会。',
      '今天下午3时举行记者会。',
    );
    expect(rest).toEqual([]);
    expect(f?.target).toBe('今天下午3时举行记者会。');
    expect(f?.source).toBe('今天下午3时举行记者会。');
    expect(f?.finding.category).toBe('Non-translation');
    expect(f?.finding.severity).toBe('critical');
    expect(f?.finding.messageKey).toBe('untranslated.whole');
  });

  it('flags the Chinese clause before an MT switches to English, with its full-width punctuation', () => {
    const [f] = runCheck(
      'untranslated',
      '持续深化省级“一卡通”，大力推进区域“一卡通”。',
      '持续深化省级“一卡通”， Vigorously promote regional "one card".',
    );
    expect(f?.target).toBe('持续深化省级“一卡通”，');
    expect(f?.finding.severity).toBe('major');
    expect(f?.finding.category).toBe('Accuracy/Untranslated text');
    expect(f?.source).toBe('持续深化省级“一卡通”，');
  });

  it('flags a lone Han character and has no source span when the source differs', () => {
    const [f] = runCheck('untranslated', '他去了北京。', 'He went to 北京 yesterday.');
    expect(f?.target).toBe('北京');
    expect(f?.source).toBe('北京');
    const [g] = runCheck('untranslated', '他去了上海。', 'He went to 北京 yesterday.');
    expect(g?.source).toBeNull();
  });

  it('leaves English with curly quotes, dashes and ellipses alone', () => {
    expect(runCheck('untranslated', '他说：“好。”', 'He said: “Fine — really…”')).toEqual([]);
  });
});
