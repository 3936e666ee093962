import { describe, expect, it } from 'vitest';
import { assignDropped, maxDroppedFiles } from './drop.ts';
import type { FileReadResult } from './side-input.ts';

const ok = (text: string, fileName: string): FileReadResult => ({
  ok: true,
  value: { text, fileName },
});
const bad = (fileName: string): FileReadResult => ({
  ok: false,
  problem: { kind: 'decode', code: 'binary', fileName, size: 10 },
});
const ZH = '今天天气很好。我们去公园散步吧。';
const EN = 'The weather is nice today.';

describe('assignDropped', () => {
  it('makes the more Chinese of two files the source, in either order', () => {
    expect(assignDropped([ok(EN, 'en'), ok(ZH, 'zh')], 'new')).toEqual({
      source: ok(ZH, 'zh'),
      target: ok(EN, 'en'),
    });
    expect(assignDropped([ok(ZH, 'zh'), ok(EN, 'en')], 'new')).toEqual({
      source: ok(ZH, 'zh'),
      target: ok(EN, 'en'),
    });
  });

  it('sends a single file by its language', () => {
    expect(assignDropped([ok(ZH, 'zh')], 'new')).toEqual({ source: ok(ZH, 'zh') });
    expect(assignDropped([ok(EN, 'en')], 'new')).toEqual({ target: ok(EN, 'en') });
  });

  it('puts an unreadable file on the side left over, so its error shows', () => {
    expect(assignDropped([bad('x.png'), ok(ZH, 'zh')], 'new')).toEqual({
      source: ok(ZH, 'zh'),
      target: bad('x.png'),
    });
    expect(assignDropped([bad('x.png'), ok(EN, 'en')], 'new')).toEqual({
      target: ok(EN, 'en'),
      source: bad('x.png'),
    });
    expect(assignDropped([bad('a'), bad('b')], 'new')).toEqual({
      target: bad('a'),
      source: bad('b'),
    });
  });

  it('takes the one file as the source when adding a source', () => {
    expect(assignDropped([ok(EN, 'en')], 'add-source')).toEqual({ source: ok(EN, 'en') });
    expect(maxDroppedFiles('add-source')).toBe(1);
    expect(maxDroppedFiles('new')).toBe(2);
  });
});
