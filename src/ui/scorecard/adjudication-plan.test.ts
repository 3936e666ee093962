import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../../tests/helpers/flags.ts';
import { planAdjudication } from './adjudication-plan.ts';

describe('planAdjudication', () => {
  it('removes counted flags not kept, adds kept flags the review lacks, ignores dead ones', () => {
    const kept = makeFlag({ unit: 0 });
    const dropped = makeFlag({ unit: 1 });
    const rejected = makeFlag({ unit: 2, status: 'rejected' });
    const theirs = makeFlag({ unit: 3, severity: 'major', comment: 'B says so' });
    const plan = planAdjudication([kept, dropped, rejected], [kept, theirs]);
    expect(plan.remove).toEqual([dropped.id]);
    expect(plan.add).toEqual([
      {
        anchor: theirs.anchor,
        category: theirs.category,
        severity: 'major',
        comment: 'B says so',
        suggestion: null,
        origin: 'manual',
      },
    ]);
  });
});
