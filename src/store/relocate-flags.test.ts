import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../tests/helpers/flags.ts';
import { buildDocument } from '../core/align/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Flag } from '../core/model/flag.ts';
import { mtText } from '../core/revision/index.ts';
import { relocatedAnchors } from './relocate-flags.ts';

const TARGET = 'Alpha is first. Beta follows.\nGamma ends it.';

function flagOn(document: BilingualDocument, unit: number, words: string, id: string): Flag {
  return makeFlag({ id, unit, text: mtText(document, unit), words });
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
      const text = mtText(after, anchor.unit);
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
