/**
 * Aligner benchmark: a 10,000-unit document made by repeating the seed press
 * conference's paragraphs on both sides, segmented and aligned by
 * `buildDocument` as the app does on import. Budget: under 2 s in Node.
 *
 * Run with `npx tsx bench/align.bench.ts`; prints one JSON line
 * `{"name":"align-10k","ms":…}` for the bench runner.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../src/core/align/index.ts';

const UNITS = 10_000;
/** Units in the seed's gold alignment, so that the repeat count gives UNITS. */
const SEED_UNITS = 71;

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const paragraphs = (name: string) =>
  readFileSync(fixtures + name, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

const sourceParagraphs = paragraphs('press-conference.source.zh.txt');
const targetParagraphs = paragraphs('press-conference.mt.en.txt');
const copies = Math.ceil(UNITS / SEED_UNITS);
const repeat = (lines: string[]) =>
  Array.from({ length: copies }, () => lines.join('\n\n')).join('\n\n');
const source = repeat(sourceParagraphs);
const target = repeat(targetParagraphs);

// Timed cold, JIT warm-up included: the app aligns a document once, on import.
const started = performance.now();
const doc = buildDocument(source, target);
const ms = Math.round(performance.now() - started);
if (doc.alignment.units.length < UNITS)
  throw new Error(`expected ≥ ${UNITS} units, got ${doc.alignment.units.length}`);
console.log(JSON.stringify({ name: 'align-10k', ms, units: doc.alignment.units.length }));
