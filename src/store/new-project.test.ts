import { describe, expect, it } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import {
  makeProject,
  newProjectId,
  targetOffsetOfUnit,
  unitAtTargetOffset,
} from './new-project.ts';

describe('newProjectId', () => {
  it('makes distinct version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 50 }, newProjectId));
    expect(ids.size).toBe(50);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('falls back to getRandomValues where randomUUID is missing', () => {
    // Shadow the prototype's method with an own property, as an insecure context lacks it.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newProjectId()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      Reflect.deleteProperty(crypto, 'randomUUID');
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });
});

describe('makeProject', () => {
  it('stamps both dates and opens at the first unit', () => {
    const document = buildDocument(null, 'One.\nTwo.');
    const project = makeProject(
      { name: 'n', origin: 'import', sourceFileName: null, targetFileName: 't.txt', document },
      'id-1',
      new Date('2024-03-05T00:00:00Z'),
    );
    expect(project).toMatchObject({
      id: 'id-1',
      createdAt: '2024-03-05T00:00:00.000Z',
      updatedAt: '2024-03-05T00:00:00.000Z',
      view: { activeUnit: 0 },
    });
  });
});

describe('carrying the place across a realignment', () => {
  const target = 'Alpha.\nBeta.\nGamma.';
  const mtOnly = buildDocument(null, target);
  const aligned = buildDocument('甲。\n乙。\n丙。', target);

  it('maps a unit to the unit covering the same target text', () => {
    for (let i = 0; i < 3; i++) {
      expect(unitAtTargetOffset(aligned, targetOffsetOfUnit(mtOnly, i))).toBe(i);
    }
  });

  it('stays inside the document for offsets past the end', () => {
    expect(unitAtTargetOffset(aligned, target.length + 10)).toBe(2);
    expect(unitAtTargetOffset(buildDocument(null, ''), 5)).toBe(0);
  });
});
