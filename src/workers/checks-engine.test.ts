import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import { CHECK_IDS } from '../core/qa/index.ts';
import { mtText } from '../core/revision/index.ts';
import { createChecksEngine, findingId } from './checks-engine.ts';
import { runInParts, type WholeRun } from './checks-engine.test-support.ts';

const read = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const document = buildDocument(
  read('press-conference.source.zh.txt'),
  read('press-conference.mt.en.txt'),
);
const mt = document.alignment.units.map((u, i) => (u.target ? mtText(document, i) : null));
const ENSURE = 'ensure, ensure, and ensure';
const ensureUnit = mt.findIndex((text) => text?.includes(ENSURE));

const run = (texts = mt, checks = [...CHECK_IDS]): WholeRun => ({
  document,
  texts,
  glossary: null,
  checks,
});

describe('checks engine', () => {
  it('finds the demo repetition with its quote, and gives every finding a distinct id', () => {
    const findings = runInParts(createChecksEngine(), run());
    const repetition = findings.find((f) => f.check === 'repetition' && f.unit === ensureUnit);
    expect(repetition?.quote).toBe(ENSURE);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    expect(findings.every((f) => f.id === findingId(f))).toBe(true);
  });

  it('checks the current English: a revised unit is checked as revised', () => {
    const texts = [...mt];
    texts[ensureUnit] =
      (mt[ensureUnit] ?? '').replace(ENSURE, 'ensure') + ' It was a honest answer.';
    const findings = runInParts(createChecksEngine(), run(texts));
    const inUnit = findings.filter((f) => f.unit === ensureUnit);
    expect(inUnit.some((f) => f.check === 'repetition')).toBe(false);
    const article = inUnit.find((f) => f.check === 'article');
    expect(article?.quote).toContain('a honest');
  });

  it('runs only the checks switched on', () => {
    const findings = runInParts(createChecksEngine(), run(mt, ['repetition']));
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.check))).toEqual(new Set(['repetition']));
  });

  it('re-checks one unit with typed text against the last run, keeping the document', () => {
    const engine = createChecksEngine();
    expect(() => engine.handle({ kind: 'unit', id: 1, unit: 0, text: 'x' })).toThrow();
    runInParts(engine, run());
    // A second run without the document reuses the first one's.
    expect(runInParts(engine, { ...run(), document: null }, 2).length).toBeGreaterThan(0);
    const typed = engine.handle({
      kind: 'unit',
      id: 2,
      unit: ensureUnit,
      text: 'We saw the the bridge.',
    });
    expect(typed.every((f) => f.unit === ensureUnit)).toBe(true);
    expect(typed.find((f) => f.check === 'repetition')?.quote).toContain('the the');
    expect(
      engine
        .handle({ kind: 'unit', id: 3, unit: ensureUnit, text: 'We saw the bridge.' })
        .filter((f) => f.check === 'repetition'),
    ).toEqual([]);
    // An abandoned edit: the unit as the run saw it.
    const asRun = engine.handle({ kind: 'unit', id: 4, unit: ensureUnit, text: null });
    expect(asRun.some((f) => f.check === 'repetition' && f.quote === ENSURE)).toBe(true);
  });
});
