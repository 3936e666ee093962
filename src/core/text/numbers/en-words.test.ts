import { describe, expect, it } from 'vitest';
import { readNumberWords } from './en-words.ts';

function read(text: string): [string, number, string] | null {
  const r = readNumberWords(text, 0);
  return r && [text.slice(0, r.end), r.value, r.kind];
}

describe('readNumberWords', () => {
  it.each([
    ['twenty-five people', 'twenty-five', 25],
    ['two hundred million', 'two hundred million', 200_000_000],
    ['one hundred and five', 'one hundred and five', 105],
    ['a thousand', 'a thousand', 1000],
    ['a hundred and twenty', 'a hundred and twenty', 120],
    ['twelve thousand three hundred', 'twelve thousand three hundred', 12_300],
    ['one million two hundred thousand', 'one million two hundred thousand', 1_200_000],
    ['nine hundred ninety nine', 'nine hundred ninety nine', 999],
    ['Thirty-three million people', 'Thirty-three million', 33_000_000],
  ])('%s reads %s = %d', (text, span, value) => {
    expect(read(text)).toEqual([span, value, 'cardinal']);
  });

  it.each([
    ['first', 1],
    ['Second Session', 2],
    ['twentieth', 20],
    ['forty-seventh', 47],
    ['twenty first century', 21],
    ['one hundredth', 100],
  ])('%s is the ordinal %d', (text, value) => {
    expect(read(text)?.slice(1)).toEqual([value, 'ordinal']);
  });

  it.each([
    ['two-thirds', 2 / 3],
    ['one third of', 1 / 3],
    ['three quarters', 0.75],
    ['a quarter of the', 0.25],
    ['one half', 0.5],
  ])('%s is the fraction %d', (text, value) => {
    const r = readNumberWords(text, 0);
    expect(r?.value).toBe(value);
    expect(r?.fraction).toBe(true);
  });

  it('stops before a word that would make the number ill-formed', () => {
    expect(read('one twenty')).toEqual(['one', 1, 'cardinal']);
    expect(read('two hundred and')).toEqual(['two hundred', 200, 'cardinal']);
    expect(read('two third')).toEqual(['two', 2, 'cardinal']);
    expect(read('twenty ten')).toEqual(['twenty', 20, 'cardinal']);
  });

  it('reads "a" only before a scale word or "a third of"', () => {
    expect(readNumberWords('a dog', 0)).toBeNull();
    expect(readNumberWords('a third reason', 0)).toBeNull();
    expect(readNumberWords('hundred', 0)).toBeNull();
  });

  it('gives round numbers a coarse precision', () => {
    expect(readNumberWords('two hundred million', 0)?.precision).toBe(100_000_000);
    expect(readNumberWords('twenty-five', 0)?.precision).toBe(1);
  });
});
