import { describe, expect, it } from 'vitest';
import { readGlossaryCsv } from '../glossary/csv.ts';
import { runCheck } from './test-helpers.ts';

const found = (zh: string, en: string, csv?: string) =>
  runCheck('capitalization', zh, en, csv ? readGlossaryCsv(csv).termbase : null).map((f) => [
    f.finding.messageKey,
    f.target,
    f.fixed ?? null,
  ]);

describe('capitalization check', () => {
  it('flags a sentence that starts in lower case, with a fix', () => {
    expect(found('原文。', 'the report was read. It was fine.')).toEqual([
      ['capitalization.sentenceStart', 'the', 'The report was read. It was fine.'],
    ]);
  });

  it('leaves sentences that start with a brand, a number or a list marker alone', () => {
    for (const en of ['iPhone sales rose.', '3 km away.', 'e.g. this one.', 'a) the first.']) {
      expect(found('原文。', en), en).toEqual([]);
    }
  });

  it('flags a name written with other capitals than in the termbase', () => {
    const csv = "zh,en\n全国人大代表,deputy to the National People's Congress (NPC deputy)\n";
    expect(
      found(
        '全国人大代表提出建议。',
        "Deputies to the National people's Congress made proposals.",
        csv,
      ),
    ).toEqual([
      [
        'capitalization.name',
        "National people's Congress",
        "Deputies to the National People's Congress made proposals.",
      ],
    ]);
  });

  it('flags a name written with other capitals than elsewhere in the document', () => {
    const zh = '一。\n二。\n三。';
    const en =
      'The Skills China Action began.\nWe joined the Skills China Action.\nWe praised the Skills china Action.';
    expect(found(zh, en)).toEqual([
      ['capitalization.name', 'Skills china Action', 'We praised the Skills China Action.'],
    ]);
  });

  it('flags a lower-case word inside an institution\u2019s name without a termbase', () => {
    expect(
      found(
        '全国政协委员。',
        "Members of the Chinese people's political Consultative Conference spoke.",
      ),
    ).toEqual([
      [
        'capitalization.name',
        "Chinese people's political Consultative Conference",
        "Members of the Chinese People's Political Consultative Conference spoke.",
      ],
    ]);
  });

  it('leaves names used as common nouns in lower case alone', () => {
    const csv = 'zh,en\n社会保障部,Ministry of Social Security\n';
    expect(found('社会保障卡。', 'The social security card is useful.', csv)).toEqual([]);
    expect(found('原文。', 'China Daily reporter asked Wang Xiaoping.')).toEqual([]);
  });

  it('flags an ordinary word capitalised after Chinese or a comma, when the document writes it in lower case', () => {
    const zh = '一。\n二。';
    const en = '持续深化“一卡通”, Vigorously promote it.\nWe will vigorously cultivate it.';
    expect(found(zh, en)).toEqual([
      ['capitalization.midSentence', 'Vigorously', '持续深化“一卡通”, vigorously promote it.'],
    ]);
    // Never written in lower case elsewhere: possibly a name.
    expect(found('一。', 'He met them, Bright said.')).toEqual([]);
  });
});
