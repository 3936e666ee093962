import { describe, expect, it } from 'vitest';
import { unpairedMarks } from './balance.ts';
import { runCheck } from './test-helpers.ts';

const found = (zh: string, en: string) =>
  runCheck('punctuation', zh, en).map((f) => [f.finding.messageKey, f.target, f.fixed ?? null]);

describe('punctuation check', () => {
  it('replaces full-width punctuation in English, adding the space English wants', () => {
    expect(found('他来了，然后走了。', 'He came，then left．')).toEqual([
      ['punctuation.fullWidth', '，', 'He came, then left．'],
      ['punctuation.fullWidth', '．', 'He came，then left.'],
    ]);
    // Book-title brackets may become quotes or italics: no automatic fix.
    expect(
      found('他读了《红楼梦》。', 'He read 《Dream of the Red Chamber》.').map((f) => f[2]),
    ).toEqual([null, null]);
  });

  it('flags doubled punctuation, fixing a stray period', () => {
    expect(found('重点从五个方面发力：', 'We will work in five areas.:')).toEqual([
      ['punctuation.doubled', '.:', 'We will work in five areas:'],
    ]);
    expect(found('甲，乙。', 'One,, two.')).toEqual([['punctuation.doubled', ',,', 'One, two.']]);
  });

  it('leaves ellipses, "?!" and abbreviations before a mark alone', () => {
    for (const en of [
      'Wait... what?!',
      'Apples, pears, etc., were sold.',
      'He moved to the U.S.: a new life.',
    ]) {
      expect(found('原文。', en), en).toEqual([]);
    }
  });

  it('flags a space before and a missing space after a mark', () => {
    expect(found('他说：压力很大。', 'He said:Pressure is high .')).toEqual([
      ['punctuation.spaceAfter', ':P', 'He said: Pressure is high .'],
      ['punctuation.spaceBefore', ' .', 'He said:Pressure is high.'],
    ]);
    expect(
      found('今年以来，“春风行动”举办了招聘会。', 'This year,"Operation Spring Breeze" was held.'),
    ).toEqual([['punctuation.spaceAfter', ',"', 'This year, "Operation Spring Breeze" was held.']]);
  });

  it('leaves numbers, decimals, times, URLs and initials alone', () => {
    for (const en of [
      'It cost 1,000.50 yuan at 10:30 on 3.5 acres.',
      'See https://example.com/a,b for details.',
      'J.K. Rowling wrote it. Node.js runs it.',
      'The rate was .5 percent.',
    ]) {
      expect(found('原文。', en), en).toEqual([]);
    }
  });

  it('flags unmatched brackets and quotes when the source pairs its own', () => {
    expect(unpairedMarks('He (said "yes.')).toEqual([3, 9]);
    expect(unpairedMarks('a) first, b) second; "one" and (two)')).toEqual([]);
    expect(found('他说“好”（真的）。', 'He said "fine (really.')).toEqual([
      ['punctuation.unpaired', '"', null],
      ['punctuation.unpaired', '(', null],
    ]);
    // The source cuts the quotation too: the unit boundary did it, not the MT.
    expect(found('“我们会赢。', '"We will win.')).toEqual([]);
    // No quotes in the source: a lone quote continues a quotation from another unit.
    expect(found('它们与深穴相似，库欣说。', 'It is like deep holes," Cushing said.')).toEqual([]);
  });

  it('flags a question that lost its question mark, and the reverse', () => {
    expect(
      found('如何看待当前就业形势？', 'How to view the current employment situation.'),
    ).toEqual([['punctuation.finalMark', '.', null]]);
    expect(found('形势很好。', 'Is the situation good?')).toEqual([
      ['punctuation.finalMark', '?', null],
    ]);
    expect(found('如何看待？', 'How do you view it?')).toEqual([]);
    expect(found('太好了！', 'That is great.')).toEqual([]);
  });
});
