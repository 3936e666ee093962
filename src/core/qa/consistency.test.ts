import { describe, expect, it } from 'vitest';
import { readGlossaryCsv } from '../glossary/csv.ts';
import { skeleton } from './renderings.ts';
import { sharedChinese } from './shared-chinese.ts';
import { runCheck } from './test-helpers.ts';

const found = (zh: string, en: string, csv?: string) =>
  runCheck('consistency', zh, en, csv ? readGlossaryCsv(csv).termbase : null).map((f) => [
    f.finding.messageKey,
    f.source,
    f.target,
  ]);

describe('consistency check', () => {
  it('flags an accepted rendering that differs from the document\u2019s usual one', () => {
    const csv = 'zh,en\n高技能人才,high-skilled talents (highly skilled workers)\n';
    const zh = '培养高技能人才。\n高技能人才紧缺。\n引进高技能人才。';
    const en =
      'Train high-skilled talents.\nHighly skilled workers are scarce.\nAttract high-skilled talents.';
    expect(found(zh, en, csv)).toEqual([
      ['consistency.term', '高技能人才', 'Highly skilled workers'],
    ]);
  });

  it('flags a term capitalised differently from its usual form', () => {
    const csv = 'zh,en\n政府工作报告,Government Work Report\n';
    const zh = '政府工作报告作出部署。\n落实政府工作报告要求。\n政府工作报告提出要求。';
    const en =
      'The government work report made plans.\nWe implement the government work report.\nThe Government Work Report sets goals.';
    expect(found(zh, en, csv)).toEqual([
      ['consistency.term', '政府工作报告', 'Government Work Report'],
    ]);
  });

  it('without a termbase, flags another spelling of a phrase rendering the same Chinese', () => {
    const zh =
      '复合型高技能人才紧缺。\n培养高技能人才。\n其中高技能人才超过6000万人。\n引进高技能人才。';
    const en =
      'Compound high-skilled talents are scarce.\nTrain high-skilled talents.\nIncluding highly skilled talents.\nAttract high-skilled talents.';
    expect(found(zh, en)).toEqual([
      ['consistency.rendering', '高技能人才', 'highly skilled talents'],
    ]);
  });

  it('leaves different words, inflections and unrelated sources alone', () => {
    const zh = '暗物质与普通物质。\n暗物质的作用。\n稳就业是基础。\n我们要稳就业。';
    const en =
      'Dark matter and regular matter.\nThe role of dark matter.\nStabilizing employment is the basis.\nWe must stabilize employment.';
    expect(found(zh, en)).toEqual([]);
    expect(
      found('劳动力市场。\n天气很好。', 'The labour market.\nThe labor market is fine.'),
    ).toEqual([]);
  });

  it('finds the term-like Chinese two sources share', () => {
    expect(sharedChinese('复合型高技能人才依然紧缺', '引进高技能人才')).toBe('高技能人才');
    expect(sharedChinese('我们将继续推进', '我们将认真落实')).toBeNull();
  });

  it('keys spelling variants together', () => {
    expect(skeleton('highly')).toBe(skeleton('high'));
    expect(skeleton('labour')).toBe(skeleton('labor'));
    expect(skeleton('organisation')).toBe(skeleton('organization'));
    expect(skeleton('modelling')).toBe(skeleton('modeling'));
    expect(skeleton('centre')).toBe(skeleton('center'));
    expect(skeleton('farm')).not.toBe(skeleton('form'));
    expect(skeleton('care')).not.toBe(skeleton('career'));
  });
});
