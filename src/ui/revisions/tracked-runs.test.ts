import { describe, expect, it } from 'vitest';
import type { Revision } from '../../core/model/revision.ts';
import { revisionChanges } from '../../core/revision/index.ts';
import { chainTo, runsText, trackedRuns } from './tracked-runs.ts';

function revision(id: string, base: string, from: string, to: string, name: string): Revision {
  return {
    id,
    unit: 0,
    side: 'target',
    baseVersion: base,
    changes: revisionChanges(from, to),
    author: { name, role: 'translator' },
    at: '2024-03-05T08:00:00Z',
    status: 'pending',
  };
}

const MT = 'We will ensure, ensure, and ensure the bottom line.';
const ONE = 'We will firmly safeguard the bottom line.';
const TWO = 'We shall firmly safeguard the bottom line of livelihoods.';

describe('tracked runs', () => {
  const r1 = revision('a', 'mt', MT, ONE, 'Wang');
  const r2 = revision('b', 'rev:a', ONE, TWO, 'Zhao');
  const byId = new Map([r1, r2].map((r) => [r.id, r]));

  it('follows a unit from its head back to the MT', () => {
    expect(chainTo('rev:b', byId)).toEqual([r1, r2]);
    expect(chainTo('mt', byId)).toEqual([]);
  });

  it('attributes each insertion and deletion to its revision and rebuilds the text', () => {
    const runs = trackedRuns(MT, [r1, r2]);
    expect(runsText(runs)).toBe(TWO);
    const by = (kind: string, name: string) =>
      runs
        .filter((run) => run.kind === kind && run.by?.author.name === name)
        .map((run) => run.text.trim());
    expect(by('deleted', 'Wang').join(' ')).toContain('ensure, ensure, and ensure');
    expect(by('inserted', 'Wang').join(' ')).toContain('firmly safeguard');
    expect(by('inserted', 'Zhao').join(' ')).toContain('of livelihoods');
    // "will" was in the MT: deleting it is Zhao's, and "shall" is his insertion.
    expect(by('deleted', 'Zhao')).toContain('will');
    expect(by('inserted', 'Zhao')).toContain('shall');
  });

  it('drops words one revision inserted and a later one deleted', () => {
    const r3 = revision('c', 'rev:a', ONE, MT, 'Li');
    const runs = trackedRuns(MT, [r1, r3]);
    expect(runsText(runs)).toBe(MT);
    expect(runs.some((run) => run.text.includes('firmly'))).toBe(false);
  });

  it('is the MT alone without revisions', () => {
    expect(trackedRuns(MT, [])).toEqual([{ text: MT, kind: 'kept', by: null }]);
    expect(trackedRuns('', [])).toEqual([]);
  });
});
