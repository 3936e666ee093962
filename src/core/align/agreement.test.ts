import { describe, expect, it } from 'vitest';
import { AnchorAgreement } from './agreement.ts';
import { anchorsOf } from './anchors.ts';

function agreement(source: string[], target: string[]): AnchorAgreement {
  return new AnchorAgreement(
    source.map((s) => anchorsOf(s, 'zh')),
    target.map((t) => anchorsOf(t, 'en')),
  );
}

describe('AnchorAgreement', () => {
  const a = agreement(
    ['全年城镇新增就业1244万人，失业率平均5.2%。', '下一步将采取哪些举措？', '一是全力稳岗位。'],
    [
      '12.44 million new urban jobs were created and unemployment averaged 5.2%.',
      'What measures will be taken next?',
      'The first aspect is to stabilize jobs.',
    ],
  );

  it('rewards shared numbers and penalises numbers without a partner', () => {
    expect(a.cost(0, 1, 0, 1)).toBeLessThan(0);
    expect(a.cost(0, 1, 1, 1)).toBeGreaterThan(0);
    expect(a.cost(0, 1, 0, 1)).toBeLessThan(a.cost(0, 1, 1, 1));
  });

  it('rewards matching question marks and list positions', () => {
    expect(a.cost(1, 1, 1, 1)).toBeLessThan(a.cost(1, 1, 2, 1));
    expect(a.cost(2, 1, 2, 1)).toBeLessThan(a.cost(2, 1, 1, 1));
  });

  it('charges a one-sided bead for the anchors it leaves unpaired, and nothing else', () => {
    expect(a.cost(0, 1, 0, 0)).toBeGreaterThan(0);
    expect(a.tally(0, 1, 0, 0)).toEqual({ shared: 0, unshared: 2 });
    const empty = agreement(['今天天气很好。'], ['The weather is fine today.']);
    expect(empty.cost(0, 1, 0, 0)).toBe(0);
  });

  it('pairs numbers one to one across a multi-sentence bead', () => {
    const b = agreement(['增加20%。', '增加20%。'], ['It rose 20%.']);
    // Two 20% against one: one pair, one left over.
    expect(b.tally(0, 2, 0, 1)).toEqual({ shared: 2, unshared: 1 });
  });

  it('looks up the Latin tokens of the source in the target', () => {
    const c = agreement(
      ['人工智能（AI）发展迅速。'],
      ['AI is developing rapidly.', 'It is developing rapidly.'],
    );
    expect(c.tally(0, 1, 0, 1)).toEqual({ shared: 1, unshared: 0 });
    expect(c.tally(0, 1, 1, 1)).toEqual({ shared: 0, unshared: 1 });
    expect(c.cost(0, 1, 0, 1)).toBeLessThan(c.cost(0, 1, 1, 1));
  });
});
