/**
 * Character-level agreement: how much of the text the two reviews flagged
 * in common, whatever the pairing. It complements span F1, which counts a
 * one-word span inside a sentence-long span as full agreement.
 */
import type { Flag } from '../model/flag.ts';
import { textKey } from './spans.ts';

type Interval = readonly [number, number];

/** The spans of `flags` per text, merged into sorted disjoint intervals. */
function coverage(flags: readonly Flag[]): Map<string, Interval[]> {
  const raw = new Map<string, Interval[]>();
  for (const flag of flags) {
    const { start, end } = flag.anchor.position;
    if (end <= start) continue;
    const key = textKey(flag);
    const intervals = raw.get(key);
    if (intervals) intervals.push([start, end]);
    else raw.set(key, [[start, end]]);
  }
  const merged = new Map<string, Interval[]>();
  for (const [key, intervals] of raw) {
    const out: [number, number][] = [];
    for (const [start, end] of intervals.sort((x, y) => x[0] - y[0])) {
      const last = out[out.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else out.push([start, end]);
    }
    merged.set(key, out);
  }
  return merged;
}

function total(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Length shared by two sorted disjoint interval lists (a linear merge). */
function shared(x: readonly Interval[], y: readonly Interval[]): number {
  let i = 0;
  let j = 0;
  let length = 0;
  while (i < x.length && j < y.length) {
    const [a0, a1] = x[i] as Interval;
    const [b0, b1] = y[j] as Interval;
    length += Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    if (a1 < b1) i++;
    else j++;
  }
  return length;
}

/**
 * Dice coefficient of the flagged characters, 2|A ∩ B| / (|A| + |B|), with
 * each review's spans merged so that overlapping flags of one reviewer do
 * not count a character twice. `null` when neither review flagged any text.
 */
export function characterF1(a: readonly Flag[], b: readonly Flag[]): number | null {
  const coverA = coverage(a);
  const coverB = coverage(b);
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const [key, intervals] of coverA) {
    sizeA += total(intervals);
    common += shared(intervals, coverB.get(key) ?? []);
  }
  for (const intervals of coverB.values()) sizeB += total(intervals);
  return sizeA + sizeB === 0 ? null : (2 * common) / (sizeA + sizeB);
}
