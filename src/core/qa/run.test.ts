import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import { readGlossaryCsv } from '../glossary/csv.ts';
import en from '../../i18n/locales/en/qa.json';
import zh from '../../i18n/locales/zh/qa.json';
import { templateOf } from './messages.ts';
import { dropSubsumed } from './dedupe.ts';
import { CHECK_IDS, checkById, isCheckId } from './registry.ts';
import { checkDocument, checkUnit, prepareChecks, toDocumentRange } from './run.ts';
import { pairedDocument } from './test-helpers.ts';
import type { Finding } from './types.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');
const seed = buildDocument(
  fixture('press-conference.source.zh.txt'),
  fixture('press-conference.mt.en.txt'),
);
const glossary = readGlossaryCsv(fixture('press-conference.glossary.csv')).termbase;

describe('running the checks', () => {
  it('runs only the enabled checks', () => {
    const all = checkDocument(seed, { glossary });
    const some = checkDocument(seed, { glossary, checks: ['article', 'repetition'] });
    expect(new Set(all.map((f) => f.check)).size).toBeGreaterThan(5);
    expect(new Set(some.map((f) => f.check))).toEqual(new Set(['article', 'repetition']));
    expect(isCheckId('number')).toBe(true);
    expect(isCheckId('spelling')).toBe(false);
    expect(CHECK_IDS).toHaveLength(10);
  });

  it('re-checks the unit being edited against the studied document', () => {
    const document = pairedDocument('一。\n二。', 'It is a interesting idea.\nFine.');
    const context = prepareChecks(document, {});
    expect(checkUnit(context, 0).map((f) => f.messageKey)).toEqual(['article.useAn']);
    const edited = checkUnit(context, 0, 'It is an interesting idea..');
    expect(edited.map((f) => [f.messageKey, f.target])).toEqual([
      ['punctuation.doubled', { start: 25, end: 27 }],
    ]);
    expect(() => checkUnit(context, 5)).toThrow(RangeError);
  });

  it('re-checks a unit of the seed in well under 10 ms', () => {
    const context = prepareChecks(seed, { glossary });
    const unit = seed.alignment.units[59]?.target;
    const text = unit ? seed.target.text.slice(unit.start, unit.end) : '';
    checkUnit(context, 59, text);
    const times = Array.from({ length: 21 }, () => {
      const started = performance.now();
      checkUnit(context, 59, `${text} It is a idea.`);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    // The median, so that one garbage collection on a busy machine does not decide.
    expect(times[10]).toBeLessThan(10);
  });

  it('drops findings another check subsumes where their spans overlap', () => {
    const finding = (check: Finding['check'], start: number, end: number): Finding => ({
      check,
      unit: 0,
      category: 'Other',
      severity: 'minor',
      message: '',
      messageKey: '',
      params: {},
      target: { start, end },
      source: null,
    });
    const findings = [
      finding('untranslated', 0, 10),
      finding('punctuation', 4, 5),
      finding('punctuation', 12, 13),
      finding('spacing', 12, 14),
      finding('glossary', 20, 30),
      finding('consistency', 25, 35),
      finding('capitalization', 25, 30),
    ];
    expect(
      dropSubsumed(findings, (id) => checkById(id).subsumes).map((f) => [f.check, f.target?.start]),
    ).toEqual([
      ['untranslated', 0],
      ['punctuation', 12],
      ['glossary', 20],
      ['capitalization', 25],
    ]);
  });

  it('gives document offsets that slice the flagged text out of the file', () => {
    for (const finding of checkDocument(seed, { glossary })) {
      const target = toDocumentRange(seed, finding, 'target');
      const unit = seed.alignment.units[finding.unit]?.target;
      if (!target || !unit || !finding.target) continue;
      expect(seed.target.text.slice(target.start, target.end)).toBe(
        seed.target.text
          .slice(unit.start, unit.end)
          .slice(finding.target.start, finding.target.end),
      );
    }
  });

  it('has an English and a Chinese message for every finding', () => {
    const findings = checkDocument(seed, { glossary, messages: en });
    expect(checkDocument(seed, { glossary }).every((f) => f.message === '')).toBe(true);
    for (const f of findings) {
      expect(f.message).not.toBe('');
      expect(f.message).not.toContain('{{');
      expect(templateOf(zh, f.messageKey), f.messageKey).toBeDefined();
    }
  });
});
