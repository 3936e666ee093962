import { describe, expect, it } from 'vitest';
import { anchorIn, makeFlag } from '../../../tests/helpers/flags.ts';
import type { Flag } from '../model/flag.ts';
import { adjudicate, type Decision } from './adjudicate.ts';
import { mergeFlags, type FlagContext } from './merge.ts';
import { reconcile } from './reconcile.ts';

const TEXT = 'The quick brown fox jumps over the lazy dog near the riverbank today.';

const context: FlagContext = {
  author: { name: 'Editor', role: 'editor' },
  now: () => '2024-03-08T10:00:00.000Z',
  newId: () => 'merged-1',
};

describe('mergeFlags', () => {
  const a = makeFlag({ text: TEXT, span: [4, 9], suggestion: 'swift', comment: 'Too plain.' });
  const b = makeFlag({
    text: TEXT,
    span: [6, 15],
    severity: 'major',
    category: 'Fluency/Grammar',
    comment: 'Wrong.',
  });

  it('covers the union of the spans, quoted as if anchored afresh', () => {
    const merged = mergeFlags(a, b, context);
    expect(merged.anchor).toEqual(anchorIn(TEXT, 0, 'target', 4, 15));
    expect(merged.anchor.quote.exact).toBe('quick brown');
    // Whichever flag comes first in the text.
    expect(mergeFlags(b, a, context).anchor).toEqual(merged.anchor);
  });

  it('takes the worse severity with its category, both comments, and widens the suggestion', () => {
    const merged = mergeFlags(a, b, context);
    expect(merged).toMatchObject({
      id: 'merged-1',
      severity: 'major',
      category: 'Fluency/Grammar',
      comment: 'Too plain.\nWrong.',
      suggestion: 'swift brown',
      status: 'open',
      author: context.author,
      createdAt: '2024-03-08T10:00:00.000Z',
    });
  });

  it('keeps the outer span when one contains the other, and A’s category on a tie', () => {
    const outer = makeFlag({ text: TEXT, span: [4, 19], category: 'Style/Awkward' });
    const inner = makeFlag({ text: TEXT, span: [10, 15], suggestion: 'grey' });
    const merged = mergeFlags(outer, inner, context);
    expect(merged.anchor).toEqual(anchorIn(TEXT, 0, 'target', 4, 19));
    expect(merged.category).toBe('Style/Awkward');
    expect(merged.suggestion).toBe('quick grey fox');
  });

  it('stays resolved only when both flags were', () => {
    const resolved = (flag: Flag): Flag => ({ ...flag, status: 'resolved' });
    expect(mergeFlags(resolved(a), resolved(b), context).status).toBe('resolved');
    expect(mergeFlags(resolved(a), b, context).status).toBe('open');
  });
});

describe('reconcile and adjudicate', () => {
  const a1 = makeFlag({ text: TEXT, unit: 0, span: [0, 9] });
  const b1 = makeFlag({ text: TEXT, unit: 0, span: [4, 15] });
  const a2 = makeFlag({ text: TEXT, unit: 0, span: [20, 25], category: 'Fluency/Grammar' });
  const b2 = makeFlag({ text: TEXT, unit: 0, span: [20, 25], category: 'Fluency/Spelling' });
  const a3 = makeFlag({ text: TEXT, unit: 1, span: [0, 3] });
  const b3 = makeFlag({ text: TEXT, unit: 1, span: [10, 15] });
  const a4 = makeFlag({ text: TEXT, unit: 2, span: [0, 3], severity: 'major' });
  const b4 = makeFlag({ text: TEXT, unit: 2, span: [0, 3], severity: 'major' });
  const b5 = makeFlag({ text: TEXT, unit: 3, span: [5, 9], severity: 'critical' });
  const gone = makeFlag({ text: TEXT, unit: 3, span: [0, 9], status: 'deleted' });
  const rec = reconcile([a1, a2, a3, a4, gone], [b1, b2, b3, b4, b5]);

  it('separates agreed pairs from disagreements, in document order, with what differs', () => {
    expect(rec.agreed.map((pair) => [pair.a.id, pair.b.id])).toEqual([[a4.id, b4.id]]);
    expect(rec.disagreements.map((d) => [d.id, d.differences])).toEqual([
      [`${a1.id}+${b1.id}`, ['span']],
      [`${a2.id}+${b2.id}`, ['category']],
      [`a:${a3.id}`, ['presence']],
      [`b:${b3.id}`, ['presence']],
      [`b:${b5.id}`, ['presence']],
    ]);
  });

  it('applies decisions, lists the undecided, and ignores stale ones', () => {
    const decisions: Record<string, Decision> = {
      [`${a1.id}+${b1.id}`]: 'merge',
      [`${a2.id}+${b2.id}`]: 'keep-b',
      [`a:${a3.id}`]: 'keep-b', // B saw nothing wrong there: the flag goes.
      [`b:${b3.id}`]: 'merge', // a lone flag merges into itself: kept.
      'a:no-such-flag': 'keep-a',
    };
    const result = adjudicate(rec, decisions, context);
    expect(result.flags.map((flag) => flag.id)).toEqual(['merged-1', b2.id, b3.id, a4.id]);
    expect(result.flags[0]?.anchor.quote.exact).toBe('The quick brown');
    expect(result.pending.map((d) => d.id)).toEqual([`b:${b5.id}`]);
  });

  it('keeps or drops each side as decided', () => {
    const pair = `${a1.id}+${b1.id}`;
    const flagsFor = (decision: Decision) =>
      adjudicate(rec, { [pair]: decision }, context).flags.map((flag) => flag.id);
    expect(flagsFor('keep-a')).toEqual([a1.id, a4.id]);
    expect(flagsFor('keep-b')).toEqual([b1.id, a4.id]);
    expect(flagsFor('drop')).toEqual([a4.id]);
    expect(adjudicate(rec, { [`b:${b5.id}`]: 'keep-b' }, context).flags).toContain(b5);
  });
});
