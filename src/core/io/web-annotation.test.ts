import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import { describeSpan } from '../anchor/index.ts';
import type { Flag } from '../model/flag.ts';
import { createFlag } from '../review/index.ts';
import { testContext } from '../review/review.fixtures.ts';
import { documentHash } from './document-hash.ts';
import { toWebAnnotations } from './web-annotation.ts';

const SOURCE = '发言人表示。关税税率将提高。';
const TARGET = 'The spokesman said. The tarrif rate will rise.';

function setup() {
  const document = buildDocument(SOURCE, TARGET);
  const ctx = testContext('f');
  const unit = document.alignment.units.findIndex(
    (u) => u.target && TARGET.slice(u.target.start, u.target.end).includes('tarrif'),
  );
  const side = document.alignment.units[unit]!.target!;
  const unitText = TARGET.slice(side.start, side.end);
  const start = unitText.indexOf('tarrif rate');
  const anchor = describeSpan(unitText, start, start + 11, { side: 'target', unit, version: 'mt' });
  const flag = (over: Partial<Flag>): Flag => ({
    ...createFlag({ anchor, category: 'Fluency/Spelling', severity: 'minor' }, ctx),
    ...over,
  });
  return { document, flag, hash: documentHash(SOURCE, TARGET) };
}

describe('toWebAnnotations', () => {
  it('writes a JSON-LD collection of annotations with quote and document-level position', () => {
    const { document, flag, hash } = setup();
    const spelling = flag({ comment: 'Misspelt <b>tariff</b>.', suggestion: 'tariff rate' });
    const out = toWebAnnotations([spelling], document, { documentHash: hash, label: 'Demo' });
    expect(out).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 1,
    });
    const [annotation] = (out.first as { items: Record<string, unknown>[] }).items;
    expect(annotation).toMatchObject({
      id: `urn:uuid:${spelling.id}`,
      type: 'Annotation',
      motivation: 'editing',
      creator: { type: 'Person', name: 'Li Wei' },
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Misspelt <b>tariff</b>.',
          format: 'text/plain',
        },
        { purpose: 'classifying', value: 'Fluency/Spelling' },
        { purpose: 'tagging', value: 'severity:minor' },
        { purpose: 'editing', value: 'tariff rate' },
      ],
      target: { source: `urn:duizhao:${hash}:target` },
    });
    const [quote, position] = (annotation!.target as { selector: Record<string, unknown>[] })
      .selector;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'tarrif rate' });
    const { start, end } = position as { start: number; end: number };
    expect(TARGET.slice(start, end)).toBe('tarrif rate');
  });

  it('uses motivation assessing without a suggestion, tags the status, leaves deleted flags out', () => {
    const { document, flag, hash } = setup();
    const flags = [flag({ status: 'resolved' }), flag({ status: 'deleted' })];
    const out = toWebAnnotations(flags, document, { documentHash: hash });
    const items = (out.first as { items: Record<string, unknown>[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ motivation: 'assessing' });
    expect(items[0]!.body).toContainEqual(expect.objectContaining({ value: 'status:resolved' }));
    expect(
      toWebAnnotations(flags, document, { documentHash: hash, includeDeleted: true }).total,
    ).toBe(2);
  });

  it('gives no position for an anchor on a revision or a unit that no longer exists', () => {
    const { document, flag, hash } = setup();
    const base = flag({});
    const flags = [
      { ...base, anchor: { ...base.anchor, version: 'rev:1' } },
      { ...base, anchor: { ...base.anchor, unit: 999 } },
    ];
    const items = (
      toWebAnnotations(flags, document, { documentHash: hash }).first as {
        items: { target: { selector: unknown[] } }[];
      }
    ).items;
    expect(items.map((item) => item.target.selector.length)).toEqual([1, 1]);
  });
});
