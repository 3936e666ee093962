import { describe, expect, it } from 'vitest';
import { unitText } from './unit-text.ts';
import { buildDocument } from '../align/index.ts';
import { checkUnit, prepareChecks } from './run.ts';
import { runCheck } from './test-helpers.ts';

describe('spacing check', () => {
  it('collapses double spaces', () => {
    const [f, ...rest] = runCheck('spacing', '原文。', 'He  came  home.');
    expect(rest).toHaveLength(1);
    expect(f?.target).toBe('  ');
    expect(f?.fixed).toBe('He came  home.');
  });

  it('flags the ideographic space and spaces at the edges of the text being edited', () => {
    const document = buildDocument('原文。', 'He came home.', { presplit: true });
    const context = prepareChecks(document, { checks: ['spacing'] });
    const edited = ' He came\u3000home. ';
    const findings = checkUnit(context, 0, edited);
    expect(findings.map((f) => [f.messageKey, f.target, f.fix?.replacement])).toEqual([
      ['spacing.leading', { start: 0, end: 1 }, ''],
      ['spacing.ideographic', { start: 8, end: 9 }, ' '],
      ['spacing.trailing', { start: 14, end: 15 }, ''],
    ]);
    expect(unitText(document, 0, edited).target).toBe(edited);
  });

  it('leaves single spaces and line breaks alone', () => {
    expect(runCheck('spacing', '一。\n二。', 'One. Two three.\nFour.')).toEqual([]);
  });
});
