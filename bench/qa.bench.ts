/**
 * Automatic checks benchmark: quality on the seed and speed on a large
 * document, printed as one JSON line `{"name":"qa-10k","ms":…,…}`.
 *
 * - Quality: the checks (with the seed glossary) against
 *   `fixtures/press-conference.errors.json`: recall of the errors whose
 *   `auto_detectable` is not `none`, precision of the findings (see
 *   `core/qa/evaluate.ts` for what counts as a hit), overall and per check.
 * - Speed: a full run (study and all units, cold, JIT warm-up included)
 *   over a 10,000-unit document made by repeating the seed, budget 1 s;
 *   and re-checking one edited unit against the prepared context, p50 and
 *   p95 over 200 units, budget 10 ms. Then, warm, where the time goes:
 *   `time.units` (slicing the units), `time.shared` (their words and terms,
 *   which several checks read) and `time.<check>` (study and every unit).
 * - False alarms: findings per 100 segments on FLORES-200 devtest (human
 *   translations, so near zero is right), when ../shared/data is present.
 *
 * Run with `npx tsx bench/qa.bench.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../src/core/align/index.ts';
import { readGlossaryCsv } from '../src/core/glossary/csv.ts';
import { evaluate, rate, type MarkedError, type Tally } from '../src/core/qa/evaluate.ts';
import { indexTermbase } from '../src/core/glossary/match.ts';
import { CHECK_IDS, CHECKS } from '../src/core/qa/registry.ts';
import { checkDocument, checkUnit, prepareChecks } from '../src/core/qa/run.ts';
import { termUse } from '../src/core/qa/term-use.ts';
import { documentUnits, targetWords } from '../src/core/qa/unit-text.ts';
import type { BilingualDocument } from '../src/core/model/document.ts';

const UNITS = 10_000;
const SEED_UNITS = 71;
const RECHECKS = 200;

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const read = (name: string) => readFileSync(fixtures + name, 'utf8');
const glossary = readGlossaryCsv(read('press-conference.glossary.csv')).termbase;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Per-check figures as flat keys (`recall.glossary`), for the bench table. */
function perCheck(prefix: string, tallies: Record<string, Tally>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(tallies).map(([check, t]) => [`${prefix}.${check}`, round(rate(t))]),
  );
}

function seedQuality(): Record<string, number> {
  const document = buildDocument(
    read('press-conference.source.zh.txt'),
    read('press-conference.mt.en.txt'),
  );
  const errors = JSON.parse(read('press-conference.errors.json')) as MarkedError[];
  const result = evaluate(document, checkDocument(document, { glossary }), errors);
  return {
    seedRecall: round(rate(result.recall)),
    seedPrecision: round(rate(result.precision)),
    seedErrors: result.recall.total,
    seedFindings: result.precision.total,
    ...perCheck('recall', result.recallByCheck),
    ...perCheck('precision', result.precisionByCheck),
  };
}

/** Milliseconds per check over `document` (warm: after the full run), shared work apart. */
function perCheckTiming(document: BilingualDocument): Record<string, number> {
  const time: Record<string, number> = {};
  let started = performance.now();
  const units = documentUnits(document);
  time['time.units'] = performance.now() - started;
  const termIndex = indexTermbase(glossary);
  started = performance.now();
  for (const unit of units) {
    targetWords(unit);
    termUse(unit, termIndex);
  }
  time['time.shared'] = performance.now() - started;
  const view = { units, termIndex, hasSource: true, charRatio: document.alignment.charRatio };
  for (const check of CHECKS) {
    started = performance.now();
    const run = check.prepare(view);
    for (const unit of units) run(unit);
    time[`time.${check.id}`] = performance.now() - started;
  }
  return Object.fromEntries(Object.entries(time).map(([k, v]) => [k, Math.round(v)]));
}

function speed(): Record<string, number> {
  const lines = (name: string) =>
    read(name)
      .split('\n')
      .filter((l) => l.trim() !== '');
  const copies = Math.ceil(UNITS / SEED_UNITS);
  const repeat = (l: string[]) => Array.from({ length: copies }, () => l.join('\n\n')).join('\n\n');
  const document = buildDocument(
    repeat(lines('press-conference.source.zh.txt')),
    repeat(lines('press-conference.mt.en.txt')),
  );
  const units = document.alignment.units.length;
  if (units < UNITS) throw new Error(`expected ≥ ${UNITS} units, got ${units}`);
  const started = performance.now();
  const findings = checkDocument(document, { glossary });
  const ms = performance.now() - started;

  const context = prepareChecks(document, { glossary });
  const times: number[] = [];
  for (let k = 0; k < RECHECKS; k++) {
    const index = Math.floor((k * units) / RECHECKS);
    const side = document.alignment.units[index]?.target;
    const text = side ? document.target.text.slice(side.start, side.end) : '';
    const t = performance.now();
    checkUnit(context, index, `${text} An useful edit.`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return {
    ms: Math.round(ms),
    units,
    findings: findings.length,
    recheckP50Ms: at(0.5),
    recheckP95Ms: at(0.95),
    ...perCheckTiming(document),
  };
}

function floresFalseAlarms(): Record<string, number> {
  const dir = fileURLToPath(
    new URL('../../shared/data/parallel-zhen/flores200-devtest/', import.meta.url),
  );
  if (!existsSync(dir)) {
    console.error(`qa bench: ${dir} not found, FLORES false-alarm rate skipped`);
    return {};
  }
  const document = buildDocument(
    readFileSync(dir + 'zho_Hans.devtest', 'utf8'),
    readFileSync(dir + 'eng_Latn.devtest', 'utf8'),
    { presplit: true },
  );
  const findings = checkDocument(document);
  const per100 = (n: number) => round((100 * n) / document.alignment.units.length, 2);
  return {
    floresPer100: per100(findings.length),
    ...Object.fromEntries(
      CHECK_IDS.map((id) => [
        `flores.${id}`,
        per100(findings.filter((f) => f.check === id).length),
      ]),
    ),
  };
}

// Speed first, so the 10k timing is taken cold.
const timing = speed();
console.log(
  JSON.stringify({ name: 'qa-10k', ...timing, ...seedQuality(), ...floresFalseAlarms() }),
);
