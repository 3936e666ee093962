import { describe, expect, it } from 'vitest';
import { checkDocument } from './run.ts';
import { pairedDocument, runCheck } from './test-helpers.ts';

/** A document of `n` ordinary units plus the given last pair. */
function withOutlier(zh: string, en: string, n = 12) {
  const source = Array.from({ length: n }, (_, k) => `我们将继续实施第${k}项就业优先政策。`);
  const target = Array.from(
    { length: n },
    (_, k) => `We will continue policy ${k} that puts jobs first.`,
  );
  return runCheck('length', [...source, zh].join('\n'), [...target, en].join('\n'));
}

describe('length check', () => {
  it('flags a translation far shorter than the document usually runs, as a possible omission', () => {
    const [f, ...rest] = withOutlier(
      '我们将加大对民营经济、中小微企业等就业容量大的各类经营主体的支持，大力培育数字经济。',
      'We will help.',
    );
    expect(rest).toEqual([]);
    expect(f?.finding.messageKey).toBe('length.short');
    expect(f?.finding.category).toBe('Accuracy/Omission');
    expect(f?.target).toBe('We will help.');
  });

  it('flags a translation far longer than usual, as a possible addition', () => {
    const long =
      'We will go on with it, and we will also add a great deal of material that the source never said, at length, again and again.';
    const [f] = withOutlier('我们将继续实施这项政策。', long);
    expect(f?.finding.messageKey).toBe('length.long');
    expect(f?.finding.category).toBe('Accuracy/Addition');
  });

  it('leaves units within the usual spread alone', () => {
    expect(withOutlier('我们将继续实施稳就业政策。', 'We will keep our job policies.')).toEqual([]);
  });

  it('reports a source sentence the aligner found no translation for', () => {
    const document = pairedDocument('一。\n二。', 'Two.');
    const findings = checkDocument(document, { checks: ['length'] });
    expect(findings.map((f) => [f.unit, f.messageKey, f.category])).toEqual([
      [1, 'length.noTranslation', 'Accuracy/Omission'],
    ]);
    const added = checkDocument(pairedDocument('一。', 'One.\nTwo.'), { checks: ['length'] });
    expect(added.map((f) => [f.unit, f.messageKey, f.category])).toEqual([
      [1, 'length.noSource', 'Accuracy/Addition'],
    ]);
  });
});
