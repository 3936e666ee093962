import { describe, expect, it } from 'vitest';
import type { Flag } from '../../core/model/flag.ts';
import {
  authorsOf,
  compareFlags,
  filterFlags,
  matchesFilter,
  NO_FILTER,
  severityCounts,
} from './filters.ts';

let serial = 0;
function flag(
  overrides: Partial<Flag> & { unit?: number; side?: 'source' | 'target'; start?: number },
): Flag {
  const { unit = 0, side = 'target', start = 0, ...rest } = overrides;
  return {
    id: `f${++serial}`,
    anchor: {
      side,
      unit,
      version: 'mt',
      quote: { type: 'TextQuoteSelector', exact: 'ensure, ensure', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + 14 },
    },
    category: 'Accuracy/Mistranslation',
    severity: 'major',
    comment: '',
    suggestion: null,
    status: 'open',
    author: { name: 'Li Wei', role: 'reviewer' },
    createdAt: '2024-03-05T08:00:00.000Z',
    updatedAt: '2024-03-05T08:00:00.000Z',
    origin: 'manual',
    ...rest,
  };
}

describe('matchesFilter', () => {
  it('hides deleted flags by default and shows them on request', () => {
    const deleted = flag({ status: 'deleted' });
    expect(matchesFilter(deleted, NO_FILTER)).toBe(false);
    expect(matchesFilter(deleted, { ...NO_FILTER, status: 'all' })).toBe(true);
    expect(matchesFilter(deleted, { ...NO_FILTER, status: 'deleted' })).toBe(true);
    expect(matchesFilter(flag({}), { ...NO_FILTER, status: 'resolved' })).toBe(false);
  });

  it('matches a category or its top-level category, never a mere prefix of a name', () => {
    const f = flag({ category: 'Accuracy/Mistranslation' });
    expect(matchesFilter(f, { ...NO_FILTER, category: 'Accuracy' })).toBe(true);
    expect(matchesFilter(f, { ...NO_FILTER, category: 'Accuracy/Mistranslation' })).toBe(true);
    expect(matchesFilter(f, { ...NO_FILTER, category: 'Accu' })).toBe(false);
    expect(matchesFilter(f, { ...NO_FILTER, category: 'Fluency' })).toBe(false);
  });

  it('filters by severity and author', () => {
    const f = flag({ severity: 'minor', author: { name: 'Wang Fang', role: 'editor' } });
    expect(matchesFilter(f, { ...NO_FILTER, severity: 'minor', author: 'Wang Fang' })).toBe(true);
    expect(matchesFilter(f, { ...NO_FILTER, severity: 'major' })).toBe(false);
    expect(matchesFilter(f, { ...NO_FILTER, author: 'Li Wei' })).toBe(false);
  });

  it('finds every word of the search in quote, comment, suggestion or category, any case', () => {
    const f = flag({ comment: 'Migrant workers’ WAGES', suggestion: 'firmly safeguard' });
    expect(matchesFilter(f, { ...NO_FILTER, text: 'wages migrant' })).toBe(true);
    expect(matchesFilter(f, { ...NO_FILTER, text: 'ENSURE safeguard' })).toBe(true);
    expect(matchesFilter(f, { ...NO_FILTER, text: 'mistranslation' })).toBe(true);
    expect(matchesFilter(f, { ...NO_FILTER, text: 'wages pensions' })).toBe(false);
  });
});

describe('ordering and counting', () => {
  it('lists flags in document order, English before Chinese within a unit', () => {
    const a = flag({ unit: 2, start: 5 });
    const b = flag({ unit: 0, side: 'source' });
    const c = flag({ unit: 0, side: 'target', start: 9 });
    const d = flag({ unit: 2, start: 1 });
    expect(filterFlags([a, b, c, d], NO_FILTER)).toEqual([c, b, d, a]);
    expect(compareFlags(a, a)).toBe(0);
  });

  it('counts the flags that stand, by severity', () => {
    const counts = severityCounts([
      flag({ severity: 'critical' }),
      flag({ severity: 'major' }),
      flag({ severity: 'major', status: 'resolved' }),
      flag({ severity: 'minor', status: 'rejected' }),
      flag({ severity: 'neutral', status: 'deleted' }),
    ]);
    expect(counts).toEqual({ critical: 1, major: 2, minor: 0, neutral: 0 });
  });

  it('lists each author once, sorted', () => {
    const names = authorsOf([
      flag({ author: { name: 'Wang Fang', role: 'editor' } }),
      flag({}),
      flag({}),
    ]);
    expect(names).toEqual(['Li Wei', 'Wang Fang']);
  });
});
