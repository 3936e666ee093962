/**
 * The checks against the seed's marked errors: recall of the errors an
 * automatic check could find and precision of the findings must both stay
 * at or above 0.8, so a regression in any check fails CI. `npm run bench`
 * prints the same figures per check (`bench/qa.bench.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import { readGlossaryCsv } from '../glossary/csv.ts';
import { evaluate, rate, type MarkedError } from './evaluate.ts';
import { checkDocument } from './run.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

const document = buildDocument(
  fixture('press-conference.source.zh.txt'),
  fixture('press-conference.mt.en.txt'),
);
const errors = JSON.parse(fixture('press-conference.errors.json')) as MarkedError[];
const glossary = readGlossaryCsv(fixture('press-conference.glossary.csv')).termbase;

describe('the checks on the seed press conference', () => {
  const result = evaluate(document, checkDocument(document, { glossary }), errors);

  it('find at least 80% of the errors a check could find', () => {
    expect(result.recall.total).toBe(errors.filter((e) => e.auto_detectable !== 'none').length);
    expect(rate(result.recall)).toBeGreaterThanOrEqual(0.8);
  });

  it('are right at least 80% of the time', () => {
    expect(result.precision.total).toBeGreaterThan(20);
    expect(rate(result.precision)).toBeGreaterThanOrEqual(0.8);
  });

  it('find every error marked for a check that needs no termbase', () => {
    for (const [check, tally] of Object.entries(result.recallByCheck)) {
      if (check !== 'glossary') expect(tally.hits, check).toBe(tally.total);
    }
  });

  it('locate every marked error in the texts', () => {
    const { missed } = result;
    expect(missed.every((e) => e.target !== null)).toBe(true);
  });
});
