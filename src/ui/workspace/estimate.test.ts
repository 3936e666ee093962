import { describe, expect, it } from 'vitest';
import { DEFAULT_ROW_METRICS, estimateRowHeight } from './estimate.ts';
import type { WorkspaceRow } from './rows.ts';

const m = DEFAULT_ROW_METRICS;
const oneLine = m.lineHeight + m.cellPaddingY;

function row(source: string | null, target: string | null, paragraphStart = false): WorkspaceRow {
  return { source, target, paragraphStart, lowConfidence: false, confidence: 1 };
}

describe('estimateRowHeight', () => {
  it('gives one line to short and empty cells', () => {
    expect(estimateRowHeight(row('你好。', 'Hello.'), 400)).toBe(oneLine);
    expect(estimateRowHeight(row(null, null), 400)).toBe(oneLine);
  });

  it('lets the taller cell set the height, Chinese glyphs being twice as wide', () => {
    const textWidth = 400 - m.cellPaddingX;
    const perLineZh = Math.floor(textWidth / m.fontSize);
    // Three lines of Chinese, one of English.
    const zh = '中'.repeat(perLineZh * 2 + 1);
    expect(estimateRowHeight(row(zh, 'Short.'), 400)).toBe(3 * m.lineHeight + m.cellPaddingY);
    // The same number of English characters fits on half as many lines.
    expect(estimateRowHeight(row(null, 'e'.repeat(zh.length)), 400)).toBe(
      2 * m.lineHeight + m.cellPaddingY,
    );
  });

  it('adds the paragraph gap', () => {
    expect(estimateRowHeight(row('你好。', 'Hello.', true), 400)).toBe(oneLine + m.paragraphGap);
  });

  it('stays finite for a column of zero width', () => {
    const height = estimateRowHeight(row('中'.repeat(100), null), 0);
    expect(Number.isFinite(height)).toBe(true);
    expect(height).toBeGreaterThan(oneLine);
  });
});
