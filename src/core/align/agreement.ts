/**
 * Anchor agreement: how much the anchors of a candidate bead's two sides
 * speak for (negative cost) or against (positive cost) their being
 * translations of each other, in nats.
 *
 * The weights are rough log-likelihood ratios: a number in the source shows
 * up, normalised, in its translation most of the time and in a neighbouring
 * sentence rarely, so a shared number is strong evidence and a number with
 * no partner is fairly strong evidence against. Punctuation is a weaker
 * witness: MT engines drop colons and add quotation marks. Only the relative
 * size of the weights matters to the alignment itself; their absolute size
 * matters to the confidence, which is why they are kept modest.
 *
 * One side of a bead may be empty (an omission or an addition): its anchors
 * then all go unpaired, exactly as they would if the sentence were glued
 * onto a neighbour it does not translate, so that the choice between the two
 * rests on lengths and not on a quirk of the bookkeeping.
 */
import { compareNumbers, numbersMatch, type NumberMention } from '../text/numbers/index.ts';
import { hasToken, type Anchors } from './anchors.ts';

const NUMBER_SHARED = 2;
const NUMBER_UNPAIRED = 1;
const LATIN_SHARED = 1;
const LATIN_MISSING = 1;
const QUESTION_SHARED = 0.5;
const QUESTION_UNPAIRED = 1.5;
const COLON_UNPAIRED = 0.3;
const QUOTE_UNPAIRED = 0.15;
const PAREN_UNPAIRED = 0.5;
const ORDINAL_SAME = 2;
const ORDINAL_CLASH = 2;
const ORDINAL_ALONE = 0.5;

/** Counts of the anchors that can vouch for a whole document: numbers and the source's Latin tokens. */
export interface AnchorTally {
  /** Anchors that found their partner on the other side of the bead (a number pair counts twice). */
  shared: number;
  /** Anchors that did not. */
  unshared: number;
}

/**
 * A cheap necessary condition for `numbersMatch`, which this module would
 * otherwise call for every pair of numbers of every candidate bead. Counts,
 * percentages, ordinals and years can only state the same number when their
 * values lie within rounding of each other (half the coarser `precision`, as
 * `NumberMention` documents). Dates and times are left to `numbersMatch`:
 * partial dates and clock hours agree across different values.
 */
function mayMatch(a: NumberMention, b: NumberMention): boolean {
  if (a.kind === 'time' || b.kind === 'time' || a.kind === 'date' || b.kind === 'date') return true;
  const tolerance =
    Math.max(a.precision, b.precision) / 2 + 1e-6 * Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= tolerance;
}

/** Prefix sums of the countable anchors of one side, so that any run's totals cost one subtraction. */
class Totals {
  readonly numbers: Int32Array;
  readonly questions: Int32Array;
  readonly colons: Int32Array;
  readonly quotes: Int32Array;
  readonly parens: Int32Array;

  constructor(items: readonly Anchors[]) {
    const prefix = (count: (a: Anchors) => number) => {
      const sums = new Int32Array(items.length + 1);
      items.forEach((a, k) => (sums[k + 1] = (sums[k] as number) + count(a)));
      return sums;
    };
    this.numbers = prefix((a) => a.numbers.length);
    this.questions = prefix((a) => a.questions);
    this.colons = prefix((a) => a.colons);
    this.quotes = prefix((a) => a.quotes);
    this.parens = prefix((a) => a.parens);
  }
}

function span(sums: Int32Array, from: number, count: number): number {
  return (sums[from + count] as number) - (sums[from] as number);
}

/** Scores the anchor agreement of candidate beads over fixed lists of source and target anchors. */
export class AnchorAgreement {
  private readonly sourceTotals: Totals;
  private readonly targetTotals: Totals;

  constructor(
    private readonly source: readonly Anchors[],
    private readonly target: readonly Anchors[],
  ) {
    this.sourceTotals = new Totals(source);
    this.targetTotals = new Totals(target);
  }

  /**
   * Cost of the agreement between source (Chinese) items `[i, i + di)` and
   * target (English MT) items `[j, j + dj)`. Latin tokens are looked up from
   * the source only: in Chinese text they are rare and telling (an acronym,
   * a brand), whereas nearly every English word is one.
   */
  cost(i: number, di: number, j: number, dj: number): number {
    const s = this.sourceTotals;
    const t = this.targetTotals;
    const sourceNumbers = span(s.numbers, i, di);
    const targetNumbers = span(t.numbers, j, dj);
    const paired =
      sourceNumbers > 0 && targetNumbers > 0 ? this.pairedNumbers(i, di, j, dj, targetNumbers) : 0;
    let cost =
      (sourceNumbers + targetNumbers - 2 * paired) * NUMBER_UNPAIRED - paired * NUMBER_SHARED;

    const { shared, missing } = this.latin(i, di, j, dj);
    cost += missing * LATIN_MISSING - shared * LATIN_SHARED;

    const questionsS = span(s.questions, i, di);
    const questionsT = span(t.questions, j, dj);
    cost +=
      Math.abs(questionsS - questionsT) * QUESTION_UNPAIRED -
      Math.min(questionsS, questionsT) * QUESTION_SHARED;
    cost += Math.abs(span(s.colons, i, di) - span(t.colons, j, dj)) * COLON_UNPAIRED;
    cost += Math.abs(span(s.quotes, i, di) - span(t.quotes, j, dj)) * QUOTE_UNPAIRED;
    cost += Math.abs(span(s.parens, i, di) - span(t.parens, j, dj)) * PAREN_UNPAIRED;

    const ordinalS = di > 0 ? (this.source[i] as Anchors).ordinal : 0;
    const ordinalT = dj > 0 ? (this.target[j] as Anchors).ordinal : 0;
    if (ordinalS > 0 && ordinalT > 0) cost += ordinalS === ordinalT ? -ORDINAL_SAME : ORDINAL_CLASH;
    else if (ordinalS > 0 || ordinalT > 0) cost += ORDINAL_ALONE;
    return cost;
  }

  /** The numbers and Latin tokens of the bead that found, or did not find, their partners. */
  tally(i: number, di: number, j: number, dj: number): AnchorTally {
    const sourceNumbers = span(this.sourceTotals.numbers, i, di);
    const targetNumbers = span(this.targetTotals.numbers, j, dj);
    const paired =
      sourceNumbers > 0 && targetNumbers > 0 ? this.pairedNumbers(i, di, j, dj, targetNumbers) : 0;
    const { shared, missing } = this.latin(i, di, j, dj);
    return {
      shared: 2 * paired + shared,
      unshared: sourceNumbers + targetNumbers - 2 * paired + missing,
    };
  }

  /** How many Latin tokens of the source items occur, as whole words, in the target items. */
  private latin(i: number, di: number, j: number, dj: number): { shared: number; missing: number } {
    let shared = 0;
    let missing = 0;
    for (let k = i; k < i + di; k++) {
      for (const token of (this.source[k] as Anchors).latin) {
        let found = false;
        for (let l = j; l < j + dj && !found; l++)
          found = hasToken((this.target[l] as Anchors).lower, token);
        if (found) shared++;
        else missing++;
      }
    }
    return { shared, missing };
  }

  /**
   * How many numbers of the source items pair up one to one with numbers of
   * the target items (see `numbersMatch`). Greedy in text order, like
   * `compareNumbers`, but without building lists, since this runs for every
   * candidate bead. Targets already taken are kept in a bit mask, so beyond
   * 31 target numbers (a paragraph of statistics) the lists are handed to
   * `compareNumbers` instead.
   */
  private pairedNumbers(i: number, di: number, j: number, dj: number, targetCount: number): number {
    if (targetCount > 31) {
      const all = (items: readonly Anchors[], from: number, count: number) =>
        items.slice(from, from + count).flatMap((a) => a.numbers);
      return compareNumbers(all(this.source, i, di), all(this.target, j, dj)).matched.length;
    }
    let taken = 0;
    let paired = 0;
    for (let k = i; k < i + di; k++) {
      for (const s of (this.source[k] as Anchors).numbers) {
        let bit = 1;
        search: for (let l = j; l < j + dj; l++) {
          for (const t of (this.target[l] as Anchors).numbers) {
            if ((taken & bit) === 0 && mayMatch(s, t) && numbersMatch(s, t)) {
              taken |= bit;
              paired++;
              break search;
            }
            bit <<= 1;
          }
        }
      }
    }
    return paired;
  }
}
