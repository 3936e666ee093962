import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../tests/helpers/flags.ts';
import type { Flag } from '../core/model/flag.ts';
import { indexFlags, NO_FLAGS } from './flag-index.ts';

function flag(
  id: string,
  unit: number,
  side: 'source' | 'target',
  status: Flag['status'] = 'open',
): Flag {
  return makeFlag({ id, unit, side, status, text: 'x', span: [0, 1] });
}

describe('indexFlags', () => {
  it('groups live flags by unit and side', () => {
    const a = flag('a', 1, 'target');
    const b = flag('b', 1, 'source');
    const c = flag('c', 4, 'target', 'deleted');
    const index = indexFlags([a, b, c]);
    expect(index.get(1)).toEqual({ source: [b], target: [a] });
    expect(index.has(4)).toBe(false);
    expect(index.get(1)?.source).not.toBe(NO_FLAGS);
    expect(indexFlags([a]).get(1)?.source).toBe(NO_FLAGS);
  });

  it('keeps the entries of units whose flags did not change', () => {
    const a = flag('a', 1, 'target');
    const b = flag('b', 2, 'target');
    const first = indexFlags([a, b]);
    const b2 = { ...b, comment: 'changed' };
    const second = indexFlags([a, b2], first);
    expect(second.get(1)).toBe(first.get(1));
    expect(second.get(2)).not.toBe(first.get(2));
    expect(second.get(2)?.target).toEqual([b2]);
  });
});
