import { describe, expect, it } from 'vitest';
import { describeSpan } from '../core/anchor/index.ts';
import { buildDocument } from '../core/align/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Flag } from '../core/model/flag.ts';
import { relocatedAnchors } from './relocate-flags.ts';

const TARGET = 'Alpha is first. Beta follows.\nGamma ends it.';

function unitText(document: BilingualDocument, unit: number): string {
  const range = document.alignment.units[unit]!.target!;
  return document.target.text.slice(range.start, range.end);
}

function flagOn(document: BilingualDocument, unit: number, exact: string, id: string): Flag {
  const text = unitText(document, unit);
  const start = text.indexOf(exact);
  return {
    id,
    anchor: describeSpan(text, start, start + exact.length, {
      side: 'target',
      unit,
      version: 'mt',
    }),
    category: 'Other',
    severity: 'minor',
    comment: '',
    suggestion: null,
    status: 'open',
    author: { name: 'A', role: 'reviewer' },
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    origin: 'manual',
  };
}

describe('relocatedAnchors', () => {
  it('moves flags with their words into the units of the new alignment', () => {
    // One unit per line before, one per sentence pair after adding a source.
    const before = buildDocument(null, TARGET, { presplit: true });
    const after = buildDocument('阿尔法是第一个。贝塔紧随其后。\n伽马结束了它。', TARGET);
    const beta = flagOn(before, 0, 'Beta', 'b');
    const gamma = flagOn(before, before.alignment.units.length - 1, 'Gamma', 'g');
    const moved = relocatedAnchors([beta, gamma], before, after);
    // Both change unit: the sentences of line 1 become units of their own.
    expect([...moved.keys()].sort()).toEqual(['b', 'g']);
    for (const flag of [beta, gamma]) {
      const anchor = moved.get(flag.id) ?? flag.anchor;
      const text = unitText(after, anchor.unit);
      expect(text.slice(anchor.position.start, anchor.position.end)).toBe(flag.anchor.quote.exact);
      expect(anchor.quote.exact).toBe(flag.anchor.quote.exact);
    }
  });

  it('leaves unchanged, deleted and unplaceable flags alone', () => {
    const document = buildDocument(null, TARGET);
    const same = flagOn(document, 0, 'Alpha', 'a');
    const deleted = { ...flagOn(document, 0, 'Alpha', 'd'), status: 'deleted' as const };
    const lost = {
      ...same,
      id: 'l',
      anchor: {
        ...same.anchor,
        quote: { ...same.anchor.quote, exact: 'Omega', prefix: '', suffix: '' },
      },
    };
    expect(relocatedAnchors([same, deleted, lost], document, document).size).toBe(0);
  });
});
