import { describe, expect, it } from 'vitest';
import { findChineseBreaks } from './segment-zh.ts';

/** The text between breaks, untrimmed, so the tests see exactly where each cut falls. */
function pieces(text: string, latinMarks = true): string[] {
  const out: string[] = [];
  let start = 0;
  for (const cut of [...findChineseBreaks(text, 0, text.length, { latinMarks }), text.length]) {
    out.push(text.slice(start, cut));
    start = cut;
  }
  return out;
}

describe('findChineseBreaks', () => {
  it('breaks after 。！？ and keeps ； inside the sentence', () => {
    expect(pieces('今天很好。明天呢？太好了！我们走；你们留。')).toEqual([
      '今天很好。',
      '明天呢？',
      '太好了！',
      '我们走；你们留。',
    ]);
  });

  it('does not break at the end of the paragraph or before trailing blanks only', () => {
    expect(findChineseBreaks('好。', 0, 2)).toEqual([]);
    expect(findChineseBreaks('好。 \u3000', 0, 4)).toEqual([]);
  });

  it('treats a run of marks as one ending', () => {
    expect(pieces('真的吗？！是的。。。好')).toEqual(['真的吗？！', '是的。。。', '好']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(pieces('“我们走吧。”他说。')).toEqual(['“我们走吧。”', '他说。']);
    expect(pieces('（见附件。）下一句。')).toEqual(['（见附件。）', '下一句。']);
    expect(pieces('《书名》真好！》」后面')).toEqual(['《书名》真好！》」', '后面']);
  });

  it('keeps a quotation inside the sentence when it opened mid-sentence and the text runs on', () => {
    expect(pieces('他说：“好。”然后走了。再见。')).toEqual(['他说：“好。”然后走了。', '再见。']);
    expect(pieces('他喊了一声「站住！」就追了上去。')).toEqual([
      '他喊了一声「站住！」就追了上去。',
    ]);
  });

  it('breaks after a mid-sentence quotation when a space or a new sentence follows', () => {
    expect(pieces('他说：“好。” 然后走了。')).toEqual(['他说：“好。”', ' 然后走了。']);
  });

  it('breaks inside a long quotation, as SRX rules do', () => {
    expect(pieces('他说：“我来了。我走了。”然后走了。')).toEqual([
      '他说：“我来了。',
      '我走了。”',
      '然后走了。',
    ]);
  });

  it('does not break before ，、；：', () => {
    expect(pieces('“好！”，他说。“行。”：是')).toEqual(['“好！”，他说。', '“行。”：是']);
  });

  it('breaks after an ellipsis unless a continuation mark follows', () => {
    expect(pieces('我想……我想回家。')).toEqual(['我想……', '我想回家。']);
    expect(pieces('苹果、香蕉……，都有。')).toEqual(['苹果、香蕉……，都有。']);
    expect(pieces('他说了很多...然后走了')).toEqual(['他说了很多...', '然后走了']);
  });

  it('breaks at ASCII ! and ? only before Chinese', () => {
    expect(pieces('你好!我是谁?Yahoo!很好')).toEqual(['你好!', '我是谁?Yahoo!', '很好']);
    expect(pieces('真的? “是的”')).toEqual(['真的?', ' “是的”']);
  });

  it('never breaks at an ASCII period or inside a decimal', () => {
    expect(pieces('全国9.7亿人. 2023年')).toEqual(['全国9.7亿人. 2023年']);
  });

  it('in English text, leaves ASCII marks and a single … to the English rules', () => {
    expect(pieces('Wait… 你好!我们走。Next', false)).toEqual(['Wait… 你好!我们走。', 'Next']);
    expect(pieces('他想……然后', false)).toEqual(['他想……', '然后']);
  });

  it('only looks inside [start, end) and returns offsets into the whole text', () => {
    const text = '前。一。二。后。';
    expect(findChineseBreaks(text, 2, 6)).toEqual([4]);
  });
});
