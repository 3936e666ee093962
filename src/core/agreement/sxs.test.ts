/**
 * Agreement between real MQM raters: WMT 2023 general MT zh→en, 3 news
 * documents × 10 systems, 3 raters per item (Google's side-by-side Anthea
 * data, from ../shared/data). Raters come in two trios — {1, 3, 6} and
 * {5, 6, 8} — so every pair of raters is compared on the items both rated.
 * HOTW attention-check rows are left out. The figures are printed for the
 * report; the pairing is checked against an independent maximum matching.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  groupItems,
  itemsDocument,
  readMqmTsv,
  rowFlag,
} from '../../../tests/helpers/mqm-tsv.ts';
import type { Flag } from '../model/flag.ts';
import { compareFlagSets, type PairAgreement } from './compare.ts';
import { meanAgreement } from './raters.ts';
import { spansOverlap, textKey } from './spans.ts';

const SXS = fileURLToPath(
  new URL(
    '../../../../shared/data/mqm-zhen/generalMT2023-sxs/sxs_mqm_generalMT2023_zhen.3docs.tsv',
    import.meta.url,
  ),
);
const present = existsSync(SXS);
if (!present) {
  console.warn(
    'MQM rater agreement test skipped: ../shared/data/mqm-zhen/generalMT2023-sxs is absent',
  );
}

/** Size of a maximum matching of overlapping flags (Kuhn's augmenting paths), for cross-checking. */
function maximumMatching(a: readonly Flag[], b: readonly Flag[]): number {
  const partner = new Map<Flag, Flag>();
  const augment = (x: Flag, seen: Set<Flag>): boolean => {
    for (const y of b) {
      if (seen.has(y) || textKey(x) !== textKey(y)) continue;
      if (!spansOverlap(x.anchor.position, y.anchor.position)) continue;
      seen.add(y);
      const holder = partner.get(y);
      if (!holder || augment(holder, seen)) {
        partner.set(y, x);
        return true;
      }
    }
    return false;
  };
  return a.filter((x) => augment(x, new Set())).length;
}

const fixed = (value: number | null, digits = 3) =>
  value === null ? 'n/a' : value.toFixed(digits);

describe.skipIf(!present)('rater agreement on generalMT2023 zh→en (side by side, 3 raters)', () => {
  const rows = present ? readMqmTsv(SXS).filter((row) => !/^hotw/i.test(row.severity)) : [];
  const items = groupItems(rows);
  const doc = itemsDocument(items);
  const raters = [...new Set(rows.map((row) => row.rater))].sort();
  /** Each rater's flags and the units (items) they rated. */
  const byRater = new Map(
    raters.map((rater) => [rater, { flags: [] as Flag[], units: new Set<number>() }]),
  );
  items.forEach((item, unit) => {
    item.rows.forEach((row, k) => {
      const entry = byRater.get(row.rater);
      if (!entry) return;
      entry.units.add(unit);
      const flag = rowFlag(row, unit, `${unit}/${row.rater}/${k}`);
      if (flag) entry.flags.push(flag);
    });
  });

  it('reads 290 items (29 segments × 10 systems), each rated by 3 raters on one text', () => {
    expect(items).toHaveLength(290);
    expect(doc.alignment.units).toHaveLength(290);
    for (const item of items) {
      expect(new Set(item.rows.map((row) => row.rater)).size).toBe(3);
      for (const row of item.rows) {
        expect(cleanText(row.target)).toBe(item.target);
        expect(cleanText(row.source)).toBe(item.source);
      }
    }
  });

  it('measures pairwise agreement between raters on the items they share', () => {
    const pairs: PairAgreement[] = [];
    const lines: string[] = [];
    raters.forEach((first, i) => {
      for (const second of raters.slice(i + 1)) {
        const x = byRater.get(first);
        const y = byRater.get(second);
        if (!x || !y) continue;
        const shared = new Set([...x.units].filter((unit) => y.units.has(unit)));
        if (shared.size === 0) continue;
        const flagsA = x.flags.filter((flag) => shared.has(flag.anchor.unit));
        const flagsB = y.flags.filter((flag) => shared.has(flag.anchor.unit));
        const result = compareFlagSets(flagsA, flagsB);
        expect(result.matched).toBe(maximumMatching(flagsA, flagsB));
        expect(result.f1).toBeCloseTo((2 * result.matched) / (flagsA.length + flagsB.length), 12);
        for (const value of [
          result.category.kappa,
          result.dimension.kappa,
          result.severity.kappa,
        ]) {
          expect(value === null || (value >= -1 && value <= 1)).toBe(true);
        }
        pairs.push(result);
        lines.push(
          `${first}–${second} (${shared.size} items, ${flagsA.length}/${flagsB.length} flags, ${result.matched} matched): ` +
            `span F1 ${fixed(result.f1)}, char F1 ${fixed(result.characterF1)}, ` +
            `category κ ${fixed(result.category.kappa)} (${fixed(result.category.agreement)} agree), ` +
            `dimension κ ${fixed(result.dimension.kappa)}, ` +
            `severity agree ${fixed(result.severity.agreement)} κw ${fixed(result.severity.kappa)}`,
        );
      }
    });
    expect(pairs).toHaveLength(6);
    const mean = meanAgreement(pairs);
    console.log(`generalMT2023 zh→en rater agreement:\n  ${lines.join('\n  ')}`);
    console.log(
      `  mean over ${mean.pairs} pairs: span F1 ${fixed(mean.f1)}, char F1 ${fixed(mean.characterF1)}, ` +
        `category κ ${fixed(mean.category.kappa)}, dimension κ ${fixed(mean.dimension.kappa)}, ` +
        `severity agree ${fixed(mean.severity.agreement)} κw ${fixed(mean.severity.kappa)}`,
    );
    // Experts agree far above chance on where errors are, and not perfectly.
    expect(mean.f1 as number).toBeGreaterThan(0.2);
    expect(mean.f1 as number).toBeLessThan(0.95);
  });
});
