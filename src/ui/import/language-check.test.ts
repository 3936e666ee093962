import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageWarning } from './language-check.ts';
import { defaultProjectName } from './default-name.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

describe('languageWarning', () => {
  it('accepts the demo pair as it is, although its MT starts in Chinese', () => {
    expect(languageWarning('source', fixture('press-conference.source.zh.txt'))).toBeNull();
    expect(languageWarning('target', fixture('press-conference.mt.en.txt'))).toBeNull();
  });

  it('warns about the two files swapped', () => {
    expect(languageWarning('source', fixture('press-conference.mt.en.txt'))).toBe(
      'source-not-chinese',
    );
    expect(languageWarning('target', fixture('press-conference.source.zh.txt'))).toBe(
      'target-all-chinese',
    );
  });

  it('has nothing to say about text without letters', () => {
    expect(languageWarning('source', '2024 — 3.5%')).toBeNull();
    expect(languageWarning('target', '   ')).toBeNull();
  });
});

describe('defaultProjectName', () => {
  it('drops the last extension of the MT file, or falls back', () => {
    expect(defaultProjectName('press-conference.mt.en.txt', 'Untitled')).toBe(
      'press-conference.mt.en',
    );
    expect(defaultProjectName('README', 'Untitled')).toBe('README');
    expect(defaultProjectName('.txt', 'Untitled')).toBe('.txt');
    expect(defaultProjectName(null, 'Untitled')).toBe('Untitled');
  });
});
