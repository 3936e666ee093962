import { describe, expect, it } from 'vitest';
import { renderTable, wrapText } from './table.ts';
import { codePointWidth, displayWidth } from './width.ts';

describe('displayWidth', () => {
  it('counts CJK and full-width forms as two columns, marks and controls as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('社保卡')).toBe(6);
    expect(displayWidth('，。（）')).toBe(8);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('𠀀')).toBe(2); // Extension B: one code point, two UTF-16 units
    expect(displayWidth('e\u0301')).toBe(1); // combining acute accent
    expect(displayWidth('a\u200Bb')).toBe(2); // zero-width space
    expect(displayWidth('한국')).toBe(4);
    expect(codePointWidth(0x09)).toBe(0);
    expect(codePointWidth(0x3000)).toBe(2); // ideographic space
  });
});

describe('wrapText', () => {
  it('breaks English at spaces and never exceeds the width', () => {
    const lines = wrapText('Employment affects the lives of thousands of households', 20);
    expect(lines).toEqual(['Employment affects', 'the lives of', 'thousands of', 'households']);
  });

  it('breaks Chinese between any two characters, by display width', () => {
    const lines = wrapText('目前全国98%的人都有社保卡', 10);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10);
    expect(lines.join('')).toBe('目前全国98%的人都有社保卡');
    expect(lines).toEqual(['目前全国', '98%的人都', '有社保卡']); // "98%" stays whole
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off the end', () => {
    const lines = wrapText('一二三四。五六', 8);
    expect(lines).toEqual(['一二三', '四。五六']);
    expect(wrapText('一二三《四五》', 8)).toEqual(['一二三', '《四五》']);
  });

  it('keeps numbers with separators whole', () => {
    expect(wrapText('about 1,000,000 people', 12)).toEqual(['about', '1,000,000', 'people']);
  });

  it('cuts a piece longer than the line and keeps newlines', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('a\nb', 10)).toEqual(['a', 'b']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('renderTable', () => {
  it('pads cells to equal display width so columns line up', () => {
    const out = renderTable(
      [
        { header: '#', width: 1, align: 'right' },
        { header: 'zh', width: 6 },
        { header: 'en', width: 8 },
      ],
      [
        ['1', '甲乙丙丁', 'one two three'],
        ['2', '戊', 'four'],
      ],
    );
    expect(out).toBe(
      [
        '#  zh      en',
        '-  ------  --------',
        '1  甲乙丙  one two',
        '   丁      three',
        '',
        '2  戊      four',
        '',
      ].join('\n'),
    );
  });
});
