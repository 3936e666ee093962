import { describe, expect, it } from 'vitest';
import { KNOWN_ABBREVIATIONS, classifyAbbreviation, isSentenceStarter } from './abbreviations.ts';

describe('classifyAbbreviation', () => {
  it.each([
    ['Mr', 'never-final'],
    ['Dr', 'never-final'],
    ['e.g', 'never-final'],
    ['i.e', 'never-final'],
    ['vs', 'never-final'],
    ['No', 'before-number'],
    ['Jan', 'before-number'],
    ['Fig', 'before-number'],
    ['U.S', 'maybe-final'],
    ['p.m', 'maybe-final'],
    ['U.S.A', 'maybe-final'],
    ['Inc', 'maybe-final'],
    ['Ltd', 'maybe-final'],
    ['J', 'maybe-final'],
    ['etc', 'etc'],
    ['yuan', 'word'],
    ['Tom', 'word'],
    ['2023', 'word'],
    ['5.2%', 'word'],
    ['mr', 'word'],
  ] as const)('%s is %s', (word, expected) => {
    expect(classifyAbbreviation(word)).toBe(expected);
  });
});

describe('isSentenceStarter', () => {
  it('knows capitalised function words, not names', () => {
    expect(isSentenceStarter('The')).toBe(true);
    expect(isSentenceStarter('However')).toBe(true);
    expect(isSentenceStarter('the')).toBe(false);
    expect(isSentenceStarter('Army')).toBe(false);
  });
});

describe('KNOWN_ABBREVIATIONS', () => {
  it('lists every class, without periods at the end', () => {
    expect(KNOWN_ABBREVIATIONS).toEqual(expect.arrayContaining(['Mr', 'No', 'Inc', 'etc']));
    expect(KNOWN_ABBREVIATIONS.every((word) => !word.endsWith('.'))).toBe(true);
  });
});
