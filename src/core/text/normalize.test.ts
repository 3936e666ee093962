import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('strips a leading BOM only', () => {
    expect(normalizeText('\ufeffabc')).toBe('abc');
    expect(normalizeText('a\ufeffb')).toBe('a\ufeffb');
    expect(normalizeText('\ufeff\ufeffa')).toBe('\ufeffa');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\nd\r\r\n')).toBe('a\nb\nc\nd\n\n');
  });

  it('changes nothing else', () => {
    const text = '  全角，空格\u3000NBSP\u00a0 tab\t “quotes” ＡＢＣ\u2028x ';
    expect(normalizeText(text)).toBe(text);
  });

  it('returns the empty string unchanged', () => {
    expect(normalizeText('')).toBe('');
  });
});
