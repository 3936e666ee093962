import { describe, expect, it, vi } from 'vitest';
import { describeSpan } from '../core/anchor/index.ts';
import type { Flag } from '../core/model/flag.ts';
import type { Finding } from '../core/qa/index.ts';
import type { ChecksClient } from '../workers/checks-client.ts';
import { withQuote } from '../workers/checks-engine.ts';
import type { CheckedFinding } from '../workers/checks-protocol.ts';
import { createChecksStore } from './checks.ts';
import { checkOrigin, flaggedIndex, isFlagged, NO_FLAGGED } from './checks-flagged.ts';

const TEXT = 'We will ensure ensure it,and more.';

function finding(check: Finding['check'], target: Finding['target'], unit = 2): CheckedFinding {
  const base: Finding = {
    check,
    unit,
    category: 'Fluency/Grammar',
    severity: 'minor',
    message: '',
    messageKey: `${check}.x`,
    params: {},
    target,
    source: null,
  };
  return withQuote(base, TEXT, null);
}

function flag(
  start: number,
  end: number,
  origin: string,
  unit = 2,
  status: Flag['status'] = 'open',
): Flag {
  return {
    id: `f${start}-${end}-${origin}`,
    anchor: describeSpan(TEXT, start, end, { side: 'target', unit, version: 'mt' }),
    category: 'Fluency/Grammar',
    severity: 'minor',
    comment: '',
    suggestion: null,
    status,
    author: { name: 'Ann', role: 'reviewer' },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    origin,
  };
}

const doubled = finding('repetition', { start: 8, end: 21 }); // "ensure ensure"
const missingSpace = finding('spacing', { start: 25, end: 25 }); // after the comma

describe('findings accepted as flags', () => {
  it('matches a live flag of the same check on the same words of the same unit', () => {
    const origin = checkOrigin('repetition');
    expect(isFlagged(doubled, flaggedIndex([flag(8, 21, origin)]))).toBe(true);
    expect(isFlagged(doubled, flaggedIndex([flag(8, 21, 'manual')]))).toBe(false);
    expect(isFlagged(doubled, flaggedIndex([flag(8, 21, checkOrigin('spacing'))]))).toBe(false);
    expect(isFlagged(doubled, flaggedIndex([flag(8, 21, origin, 3)]))).toBe(false);
    expect(isFlagged(doubled, flaggedIndex([flag(8, 14, origin)]))).toBe(false);
    expect(isFlagged(doubled, flaggedIndex([flag(8, 21, origin, 2, 'deleted')]))).toBe(false);
    expect(flaggedIndex([flag(8, 21, 'manual')])).toBe(NO_FLAGGED);
  });

  it('matches a zero-width finding by the character its flag took beside it', () => {
    const origin = checkOrigin('spacing');
    expect(missingSpace.quote).toBe('');
    expect(isFlagged(missingSpace, flaggedIndex([flag(24, 25, origin)]))).toBe(true);
    expect(isFlagged(missingSpace, flaggedIndex([flag(20, 21, origin)]))).toBe(false);
  });

  it('takes accepted findings out of the open ones and their counts, and back when the flag goes', async () => {
    const client: ChecksClient = {
      run: () => Promise.resolve({ findings: [doubled, missingSpace], elapsed: 1 }),
      recheck: () => Promise.resolve({ findings: [], elapsed: 0 }),
      dispose: vi.fn(),
    };
    const store = createChecksStore({ client });
    await store.getState().run({ document: null as never, texts: [], glossary: null, checks: [] });
    expect(store.getState().counts.total).toBe(2);
    store.getState().setFlags(flaggedIndex([flag(8, 21, checkOrigin('repetition'))]));
    const s = store.getState();
    expect(s.visible.map((f) => f.check)).toEqual(['spacing']);
    expect(s.flagged.map((f) => f.check)).toEqual(['repetition']);
    expect(s.counts).toMatchObject({ total: 1, byCheck: { spacing: 1 } });
    expect(s.byUnit.get(2)?.map((f) => f.check)).toEqual(['spacing']);
    store.getState().setFlags(NO_FLAGGED);
    expect(store.getState().counts.total).toBe(2);
    expect(store.getState().flagged).toEqual([]);
  });

  it('names the unit being typed in until the edit ends', () => {
    vi.useFakeTimers();
    const client: ChecksClient = {
      run: () => new Promise(() => {}),
      recheck: () => new Promise(() => {}),
      dispose: vi.fn(),
    };
    const store = createChecksStore({ client });
    expect(store.getState().editing).toBeNull();
    store.getState().editUnit(4, 'text');
    expect(store.getState().editing).toBe(4);
    store.getState().editUnit(4, null);
    expect(store.getState().editing).toBeNull();
    vi.useRealTimers();
  });
});
