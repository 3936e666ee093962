import { describe, expect, it } from 'vitest';
import { sbdBreaks } from './sbd-breaks.ts';

describe('sbdBreaks', () => {
  it('maps sbd sentences back to offsets just after each sentence', () => {
    const text = 'He left. She stayed! Did he? Yes.';
    expect([...sbdBreaks(text, 0, text.length)]).toEqual([8, 20, 28]);
  });

  it('is not thrown off by whitespace sbd collapses', () => {
    const text = 'He   left.\t\u00a0 She\u3000stayed.  Then  went.';
    const breaks = [...sbdBreaks(text, 0, text.length)];
    expect(breaks.map((b) => text.slice(b - 5, b))).toEqual(['left.', 'ayed.']);
  });

  it('puts the break after the period that sbd drops from a glued sentence', () => {
    const text = 'He earned 5 yuan.Then he left.';
    expect([...sbdBreaks(text, 0, text.length)]).toEqual([text.indexOf('.') + 1]);
  });

  it('keeps closing quotes before the break', () => {
    const text = 'He said "Hi." She laughed.';
    expect([...sbdBreaks(text, 0, text.length)]).toEqual([13]);
  });

  it('works on a range of a larger text', () => {
    const text = 'Zero. It is one. It is two. Three.';
    expect([...sbdBreaks(text, 6, 27)]).toEqual([16]);
  });

  it('returns nothing for a single sentence or a blank range', () => {
    expect(sbdBreaks('Just one sentence here.', 0, 23).size).toBe(0);
    expect(sbdBreaks('   ', 0, 3).size).toBe(0);
  });

  it('returns breaks inside the range for any text, Chinese and symbols included', () => {
    const text = '你好。 Hello!!! ?? ... 9.7亿. "" ” A. b. C';
    for (const b of sbdBreaks(text, 0, text.length)) {
      expect(b).toBeGreaterThan(0);
      expect(b).toBeLessThanOrEqual(text.length);
    }
  });
});
