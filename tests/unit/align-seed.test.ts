/**
 * Alignment quality, measured against known truth:
 * - the seed press conference (fixtures/) against its gold alignment, with
 *   the real segmenters, as strict unit precision / recall / F1;
 * - FLORES-200 devtest (third-party, read from ../shared/data), turned into a
 *   harder document: articles as paragraphs, some sentences merged on one
 *   side (2:1, 1:2), some dropped (1:0, 0:1), some paragraphs merged.
 * The figures are printed so that runs can be compared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSegmented, buildDocument } from '../../src/core/align/index.ts';
import type { AlignedUnit, Segmentation, SideText } from '../../src/core/model/document.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FLORES = `${root}../shared/data/parallel-zhen/flores200-devtest/`;

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function scores(correct: number, predicted: number, truth: number): Scores {
  const precision = predicted ? correct / predicted : 0;
  const recall = truth ? correct / truth : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

function confidenceSummary(correct: number[], wrong: number[]): string {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const above = (xs: number[]) => xs.filter((x) => x > 0.7).length;
  return (
    `confidence: correct units mean ${mean(correct).toFixed(3)}, ${above(correct)}/${correct.length} > 0.7; ` +
    `wrong units mean ${mean(wrong).toFixed(3)}, ${above(wrong)}/${wrong.length} > 0.7`
  );
}

describe('seed press conference against its gold alignment', () => {
  const source = readFileSync(`${root}fixtures/press-conference.source.zh.txt`, 'utf8');
  const target = readFileSync(`${root}fixtures/press-conference.mt.en.txt`, 'utf8');
  const gold = JSON.parse(
    readFileSync(`${root}fixtures/press-conference.alignment.json`, 'utf8'),
  ) as {
    zh: string;
    en: string;
  }[];
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const key = (zh: string, en: string) => `${squeeze(zh)}\u0000${squeeze(en)}`;

  it('reaches unit F1 ≥ 0.95 with the real segmenters', () => {
    const doc = buildDocument(source, target);
    const remaining = new Map<string, number>();
    for (const g of gold) remaining.set(key(g.zh, g.en), (remaining.get(key(g.zh, g.en)) ?? 0) + 1);
    let correct = 0;
    const good: number[] = [];
    const bad: number[] = [];
    for (const unit of doc.alignment.units) {
      const zh = unit.source ? source.slice(unit.source.start, unit.source.end) : '';
      const en = unit.target ? target.slice(unit.target.start, unit.target.end) : '';
      const left = remaining.get(key(zh, en)) ?? 0;
      if (left > 0) {
        remaining.set(key(zh, en), left - 1);
        correct++;
        good.push(unit.confidence);
      } else {
        bad.push(unit.confidence);
        console.log(
          `seed: unmatched unit ${JSON.stringify(zh.slice(0, 30))} ↔ ${JSON.stringify(en.slice(0, 50))}`,
        );
      }
    }
    const s = scores(correct, doc.alignment.units.length, gold.length);
    console.log(
      `seed: ${doc.alignment.units.length} units, ${correct} correct of ${gold.length} gold; ` +
        `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}; ratio ${doc.alignment.charRatio.toFixed(2)}`,
    );
    console.log(`seed: ${confidenceSummary(good, bad)}`);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    // Calibration: correct units are mostly confident.
    expect(good.filter((c) => c > 0.7).length).toBeGreaterThanOrEqual(0.9 * good.length);
  });
});

/** A small deterministic PRNG (mulberry32), so that the perturbed document is the same on every run. */
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

interface Piece {
  text: string;
  article: number;
  /** Index of the truth unit the piece belongs to. */
  unit: number;
}

/** Lay out pieces as a text with paragraphs, returning its segmentation (one sentence per piece). */
function layOut(
  pieces: Piece[],
  joiner: string,
  paragraphOf: (article: number) => number,
): SideText {
  let text = '';
  const segmentation: Segmentation = { paragraphs: [], sentences: [] };
  let paragraph = -1;
  for (const piece of pieces) {
    const p = paragraphOf(piece.article);
    if (p !== paragraph) {
      if (text) text += '\n\n';
      segmentation.paragraphs.push({ start: text.length, end: text.length });
      paragraph = p;
    } else text += joiner;
    segmentation.sentences.push({
      start: text.length,
      end: text.length + piece.text.length,
      paragraph: segmentation.paragraphs.length - 1,
    });
    text += piece.text;
    (segmentation.paragraphs[segmentation.paragraphs.length - 1] as { end: number }).end =
      text.length;
  }
  return { text, segmentation };
}

const floresPresent = existsSync(FLORES);
if (!floresPresent)
  console.warn(
    'FLORES alignment test skipped: ../shared/data/parallel-zhen/flores200-devtest is absent',
  );

describe.skipIf(!floresPresent)('FLORES-200 devtest, perturbed', () => {
  it('aligns with unit F1 ≥ 0.9 against the known truth', () => {
    const zh = readFileSync(`${FLORES}zho_Hans.devtest`, 'utf8').split('\n').filter(Boolean);
    const en = readFileSync(`${FLORES}eng_Latn.devtest`, 'utf8').split('\n').filter(Boolean);
    const urls = readFileSync(`${FLORES}metadata_devtest.tsv`, 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t')[0]);
    expect(zh.length).toBe(en.length);
    const article: number[] = [];
    urls.forEach((url, k) =>
      article.push(k > 0 && url === urls[k - 1] ? (article[k - 1] as number) : k),
    );

    const rand = random(20240307);
    const zhPieces: Piece[] = [];
    const enPieces: Piece[] = [];
    let units = 0;
    for (let k = 0; k < zh.length; k++) {
      const a = article[k] as number;
      const sameArticleNext = k + 1 < zh.length && article[k + 1] === a;
      const roll = rand();
      const unit = units++;
      if (roll < 0.03)
        zhPieces.push({ text: zh[k] as string, article: a, unit }); // 1:0
      else if (roll < 0.06)
        enPieces.push({ text: en[k] as string, article: a, unit }); // 0:1
      else if (roll < 0.14 && sameArticleNext) {
        // 2:1 — the English of two sentences as one.
        zhPieces.push(
          { text: zh[k] as string, article: a, unit },
          { text: zh[k + 1] as string, article: a, unit },
        );
        enPieces.push({ text: `${en[k]} ${en[k + 1]}`, article: a, unit });
        k++;
      } else if (roll < 0.19 && sameArticleNext) {
        // 1:2 — the Chinese of two sentences as one.
        zhPieces.push({ text: `${zh[k]}${zh[k + 1]}`, article: a, unit });
        enPieces.push(
          { text: en[k] as string, article: a, unit },
          { text: en[k + 1] as string, article: a, unit },
        );
        k++;
      } else {
        zhPieces.push({ text: zh[k] as string, article: a, unit });
        enPieces.push({ text: en[k] as string, article: a, unit });
      }
    }
    // Some English paragraphs run into the next one (merged paragraphs).
    const merged = new Map<number, number>();
    let current = -1;
    for (const a of new Set(article)) {
      current = current >= 0 && rand() < 0.1 ? current : a;
      merged.set(a, current);
    }
    const source = layOut(zhPieces, '', (a) => a);
    const target = layOut(enPieces, ' ', (a) => merged.get(a) as number);

    // Truth units as pairs of sentence-index lists.
    const truth = new Set<string>();
    const sidesOf = (pieces: Piece[]) => {
      const byUnit = new Map<number, number[]>();
      pieces.forEach((p, index) => byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), index]));
      return byUnit;
    };
    const zhOf = sidesOf(zhPieces);
    const enOf = sidesOf(enPieces);
    for (let u = 0; u < units; u++) {
      if (zhOf.has(u) || enOf.has(u))
        truth.add(`${zhOf.get(u)?.join(',') ?? ''}|${enOf.get(u)?.join(',') ?? ''}`);
    }
    const keyOf = (unit: AlignedUnit) =>
      `${unit.source?.sentences.join(',') ?? ''}|${unit.target?.sentences.join(',') ?? ''}`;

    const started = performance.now();
    const alignment = alignSegmented(source, target);
    const ms = performance.now() - started;
    const good: number[] = [];
    const bad: number[] = [];
    for (const unit of alignment.units) (truth.has(keyOf(unit)) ? good : bad).push(unit.confidence);
    const s = scores(good.length, alignment.units.length, truth.size);
    console.log(
      `FLORES: ${zhPieces.length} zh / ${enPieces.length} en sentences, ${truth.size} truth units, ${alignment.units.length} predicted; ` +
        `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}; ratio ${alignment.charRatio.toFixed(2)}; ${ms.toFixed(0)} ms`,
    );
    console.log(`FLORES: ${confidenceSummary(good, bad)}`);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });
});
