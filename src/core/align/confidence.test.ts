import { describe, expect, it } from 'vitest';
import { beadFit, documentRelatedness } from './confidence.ts';

describe('documentRelatedness', () => {
  it('is the prior without evidence, near 1 when anchors pair up and near 0 when they do not', () => {
    const prior = documentRelatedness({ shared: 0, unshared: 0 });
    expect(prior).toBeGreaterThan(0.9);
    expect(prior).toBeLessThan(1);
    expect(documentRelatedness({ shared: 70, unshared: 3 })).toBeGreaterThan(0.999);
    expect(documentRelatedness({ shared: 6, unshared: 61 })).toBeLessThan(0.001);
  });

  it('grows with every shared anchor and shrinks with every unshared one', () => {
    const base = documentRelatedness({ shared: 3, unshared: 3 });
    expect(documentRelatedness({ shared: 4, unshared: 3 })).toBeGreaterThan(base);
    expect(documentRelatedness({ shared: 3, unshared: 4 })).toBeLessThan(base);
  });
});

describe('beadFit', () => {
  const parts = { total: 0, length: 0, deviation: 0, anchors: 0, overlap: 0 };

  it('leaves ordinary beads alone', () => {
    expect(beadFit(parts)).toBe(1);
    expect(beadFit({ ...parts, deviation: -1.9, anchors: 1.5 })).toBe(1);
  });

  it('discounts lengths far out of line and disagreeing anchors', () => {
    expect(beadFit({ ...parts, deviation: 4 })).toBeLessThan(0.2);
    expect(beadFit({ ...parts, anchors: 5 })).toBeCloseTo(0.125, 9);
  });

  it('lets Chinese copied from the source outweigh disagreeing anchors', () => {
    expect(beadFit({ ...parts, anchors: 5, overlap: -10 })).toBe(1);
  });
});
