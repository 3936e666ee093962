import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/qa/index.ts';
import { withQuote } from '../../workers/checks-engine.ts';
import { acceptedFlag, describeFix, fixedText, flaggableSpan } from './finding-actions.ts';
import { filterFindings, groupFindings, listedOrder, listRows } from './findings-group.ts';

const TEXT = 'We will ensure, ensure, and ensure it.';
function finding(partial: Partial<Finding>): ReturnType<typeof withQuote> {
  const base: Finding = {
    check: 'repetition',
    unit: 4,
    category: 'Accuracy/Mistranslation',
    severity: 'major',
    message: '',
    messageKey: 'repetition.word',
    params: {},
    target: { start: 8, end: 34 },
    source: null,
    ...partial,
  };
  return withQuote(base, TEXT, '确保');
}
const texts = { target: TEXT, version: 'rev:r1', source: '我们会确保。' };

describe('accepting a finding', () => {
  it('flags its target span with its category, severity, message and origin', () => {
    const input = acceptedFlag(finding({}), texts, 'repeated');
    expect(input).toMatchObject({
      category: 'Accuracy/Mistranslation',
      severity: 'major',
      comment: 'repeated',
      origin: 'check:repetition',
      anchor: {
        side: 'target',
        unit: 4,
        version: 'rev:r1',
        quote: { exact: 'ensure, ensure, and ensure' },
      },
    });
  });

  it('falls back to the source span, then to the whole unit; widens an empty span', () => {
    const onSource = acceptedFlag(
      finding({ target: null, source: { start: 3, end: 5 } }),
      texts,
      '',
    );
    expect(onSource?.anchor).toMatchObject({
      side: 'source',
      version: 'mt',
      quote: { exact: '确保' },
    });
    const nowhere = acceptedFlag(finding({ target: null }), texts, '');
    expect(nowhere?.anchor.quote.exact).toBe(TEXT);
    expect(flaggableSpan({ start: 5, end: 5 }, 10)).toEqual({ start: 4, end: 5 });
    expect(flaggableSpan({ start: 0, end: 0 }, 10)).toEqual({ start: 0, end: 1 });
    expect(
      acceptedFlag(finding({ target: null }), { target: '', version: 'mt', source: '' }, ''),
    ).toBeNull();
  });
});

describe('quick fixes', () => {
  it('applies an edit and refuses one that no longer fits', () => {
    expect(fixedText('a apple', { start: 0, end: 1, replacement: 'an' })).toBe('an apple');
    expect(fixedText('short', { start: 3, end: 9, replacement: '' })).toBeNull();
    expect(describeFix('the the', { start: 3, end: 7, replacement: '' })).toEqual({
      kind: 'remove',
      from: ' the',
      to: '',
    });
    expect(describeFix('a,b', { start: 2, end: 2, replacement: ' ' }).kind).toBe('insert');
  });
});

describe('grouping findings', () => {
  const list = [
    finding({ unit: 1, check: 'spacing', severity: 'minor' }),
    finding({ unit: 1, check: 'repetition' }),
    finding({ unit: 3, check: 'repetition' }),
  ];
  it('groups by unit in order, or by check in the registry order', () => {
    expect(groupFindings(list, 'unit').map((g) => [g.unit, g.findings.length])).toEqual([
      [1, 2],
      [3, 1],
    ]);
    const byCheck = groupFindings(list, 'check');
    expect(byCheck.map((g) => g.check)).toEqual(['repetition', 'spacing']);
    expect(listedOrder(byCheck).map((f) => f.unit)).toEqual([1, 3, 1]);
  });
  it('flattens the groups into heading and finding rows for the virtualised list', () => {
    const { rows, order, rowOf } = listRows(groupFindings(list, 'check'));
    expect(rows.map((r) => (r.kind === 'group' ? `#${r.group.check}` : r.finding.unit))).toEqual([
      '#repetition',
      1,
      3,
      '#spacing',
      1,
    ]);
    expect(order).toEqual(listedOrder(groupFindings(list, 'check')));
    const last = order[order.length - 1]!;
    expect(rowOf.get(last.id)).toBe(4);
  });
  it('filters by check and severity', () => {
    expect(filterFindings(list, { check: 'repetition', severity: '' })).toHaveLength(2);
    expect(filterFindings(list, { check: '', severity: 'minor' }).map((f) => f.check)).toEqual([
      'spacing',
    ]);
  });
});
