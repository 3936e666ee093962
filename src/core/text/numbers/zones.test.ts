import { describe, expect, it } from 'vitest';
import { scriptZones } from './zones.ts';

function zones(text: string): [string, string | null][] {
  return scriptZones(text).map((z) => [text.slice(z.start, z.end), z.script]);
}

describe('scriptZones', () => {
  it('splits where an untranslated sentence switches to English', () => {
    expect(zones('持续深化省级“一卡通”, Vigorously promote')).toEqual([
      ['持续深化省级“一卡通”, ', 'han'],
      ['Vigorously promote', 'latin'],
    ]);
  });

  it('gives digits glued to the next letter to that letter’s zone', () => {
    expect(zones('said 9.7亿人')).toEqual([
      ['said ', 'latin'],
      ['9.7亿人', 'han'],
    ]);
    expect(zones('采用5G技术')).toEqual([
      ['采用', 'han'],
      ['5G', 'latin'],
      ['技术', 'han'],
    ]);
  });

  it('leaves free-standing numbers with the zone before them', () => {
    expect(zones('In 2023, 电子社保卡')).toEqual([
      ['In 2023, ', 'latin'],
      ['电子社保卡', 'han'],
    ]);
  });

  it('covers the text end to end, astral ideographs included', () => {
    const text = '𠀀字 and 𠀁';
    const z = scriptZones(text);
    expect(z.map((x) => x.script)).toEqual(['han', 'latin', 'han']);
    expect(z[0]?.start).toBe(0);
    expect(z.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < z.length; i++) expect(z[i]?.start).toBe(z[i - 1]?.end);
  });

  it('has one letterless zone for digits only', () => {
    expect(zones('2023 15:00')).toEqual([['2023 15:00', null]]);
  });
});
