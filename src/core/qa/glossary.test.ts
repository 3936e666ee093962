import { describe, expect, it } from 'vitest';
import { readGlossaryCsv } from '../glossary/csv.ts';
import { runCheck } from './test-helpers.ts';

const TERMS = readGlossaryCsv(`zh,en,note,forbidden
人力资源和社会保障部,Ministry of Human Resources and Social Security (MOHRSS),,
结构性（就业）矛盾,structural (employment) imbalances,,
零工市场,gig job market (odd-job market),,
春风行动,Spring Breeze Campaign,,Operation Spring Breeze
技能人才,skilled talents (skilled workers),,
高技能人才,high-skilled talents (highly skilled workers),,
退役军人,ex-service members (veterans),,
全国人大代表,deputy to the National People's Congress (NPC deputy),,
`).termbase;

const found = (zh: string, en: string) =>
  runCheck('glossary', zh, en, TERMS).map((f) => [f.finding.messageKey, f.source, f.target]);

describe('glossary check', () => {
  it('accepts the term in any inflection, case, or as its abbreviation or alternative', () => {
    for (const [zh, en] of [
      ['全国人大代表提出建议。', "Deputies to the National People's Congress made proposals."],
      ['人力资源和社会保障部发布通知。', 'The MOHRSS issued a notice.'],
      ['零工市场。', 'Odd-job markets.'],
      ['这是结构性就业矛盾。', 'This is a structural employment imbalance.'],
      ['我们培养高技能人才和技能人才。', 'We train high-skilled talents and skilled workers.'],
    ]) {
      expect(found(zh as string, en as string), en).toEqual([]);
    }
  });

  it('points at what the MT wrote instead when it resembles the term', () => {
    expect(
      found(
        '人力资源和社会保障部部长说。',
        'The Minister of Human Resources and social protection said.',
      ),
    ).toEqual([
      [
        'glossary.wrong',
        '人力资源和社会保障部',
        'Minister of Human Resources and social protection',
      ],
    ]);
    expect(
      found('就业总量压力和结构性矛盾并存。', 'Pressure and structural contradictions coexist.'),
    ).toEqual([['glossary.wrong', '结构性矛盾', 'structural contradictions']]);
    // Hyphens matter: "odd job markets" is not "odd-job markets".
    expect(found('发挥6900多家零工市场作用。', 'Use more than 6,900 odd job markets.')).toEqual([
      ['glossary.wrong', '零工市场', 'odd job markets'],
    ]);
  });

  it('names the Chinese term alone when nothing in the target resembles it', () => {
    const [f] = runCheck(
      'glossary',
      '做好退役军人就业工作。',
      'Help retired military personnel find jobs.',
      TERMS,
    );
    expect(f?.finding.messageKey).toBe('glossary.missing');
    expect(f?.target).toBeNull();
    expect(f?.source).toBe('退役军人');
    expect(f?.finding.message).toBe(
      '“退役军人” should be rendered as “ex-service members (veterans)”, which is missing from the translation.',
    );
  });

  it('flags a forbidden rendering as major', () => {
    const [f, ...rest] = runCheck(
      'glossary',
      '今年以来，“春风行动”举办招聘会。',
      'This year, "Operation Spring Breeze" held job fairs.',
      TERMS,
    );
    expect(rest).toEqual([]);
    expect(f?.finding.messageKey).toBe('glossary.forbidden');
    expect(f?.target).toBe('Operation Spring Breeze');
    expect(f?.finding.severity).toBe('major');
  });

  it('reads 提高技能人才 as the inner term when the target renders it', () => {
    expect(found('提高技能人才待遇水平。', 'Improve the treatment of skilled talents.')).toEqual(
      [],
    );
    expect(
      found('其中高技能人才超过6000万人。', 'Including 60 million highly skilled talents.'),
    ).toEqual([['glossary.wrong', '高技能人才', 'highly skilled talents']]);
  });

  it('leaves Chinese the MT copied to the untranslated check', () => {
    expect(found('退役军人。', '退役军人。')).toEqual([]);
  });

  it('does nothing without a termbase', () => {
    expect(runCheck('glossary', '退役军人。', 'Retired soldiers.')).toEqual([]);
  });
});
