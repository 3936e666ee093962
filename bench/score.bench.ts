/**
 * Scoring and agreement benchmark: a 10,000-unit MT (the seed's MT repeated,
 * segmented without a source), two reviews of about 13,000 flags each at
 * seeded random places (the seed's density: 93 flags per 71 units), scored
 * under the default preset and compared. The scorecard and the agreement
 * view recompute on every flag change and every decision, so the warm time
 * (`warmMs`, a second run on the same data) is the one users feel; `ms` is
 * the first, cold run, JIT warm-up and word counting included.
 *
 * Run with `npx tsx bench/score.bench.ts`; prints one JSON line per
 * measurement for the bench runner.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareFlagSets, reconcile } from '../src/core/agreement/index.ts';
import { buildDocument } from '../src/core/align/index.ts';
import type { Flag, Severity } from '../src/core/model/flag.ts';
import { defaultPreset, scoreFlags } from '../src/core/score/index.ts';

const UNITS = 10_000;
const FLAGS_PER_UNIT = 93 / 71;
const CATEGORIES = ['Accuracy/Mistranslation', 'Fluency/Grammar', 'Style/Awkward'];
const SEVERITIES: Severity[] = ['minor', 'minor', 'minor', 'major', 'critical'];

/** mulberry32: the same reviews on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mt = readFileSync(
  fileURLToPath(new URL('../fixtures/press-conference.mt.en.txt', import.meta.url)),
  'utf8',
);
let target = mt;
while (buildDocument(null, target).alignment.units.length < UNITS) target += `\n\n${mt}`;
const doc = buildDocument(null, target);
const units = doc.alignment.units.length;

function review(seed: number, name: string): Flag[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
  return Array.from({ length: Math.round(units * FLAGS_PER_UNIT) }, (_, k) => {
    const unit = Math.floor(rand() * units);
    const range = doc.alignment.units[unit]?.target ?? { start: 0, end: 0 };
    const length = range.end - range.start;
    const start = Math.floor(rand() * Math.max(1, length - 10));
    const end = Math.min(length, start + 1 + Math.floor(rand() * 20));
    const exact = target.slice(range.start + start, range.start + end);
    return {
      id: `${name}-${k}`,
      anchor: {
        side: 'target',
        unit,
        version: 'mt',
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end },
      },
      category: pick(CATEGORIES),
      severity: pick(SEVERITIES),
      comment: '',
      suggestion: null,
      status: 'open',
      author: { name, role: 'reviewer' },
      createdAt: '2024-03-07T00:00:00.000Z',
      updatedAt: '2024-03-07T00:00:00.000Z',
      origin: 'manual',
    };
  });
}

const a = review(1, 'A');
const b = review(2, 'B');

function time(name: string, run: () => unknown, extra: Record<string, unknown> = {}): void {
  const clock = () => {
    const started = performance.now();
    run();
    return Math.round((performance.now() - started) * 10) / 10;
  };
  const ms = clock();
  const warmMs = clock();
  console.log(JSON.stringify({ name, ms, warmMs, units, flags: a.length, ...extra }));
}

time('score-10k', () => scoreFlags(a, doc, defaultPreset()));
time('agreement-10k', () => compareFlagSets(a, b));
time('reconcile-10k', () => reconcile(a, b), {
  disagreements: reconcile(a, b).disagreements.length,
});
