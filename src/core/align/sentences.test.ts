import { describe, expect, it } from 'vitest';
import type { Block } from './band.ts';
import { LENGTH_VARIANCE } from './length.ts';
import { profileSentence } from './profile.ts';
import { alignSentences, paragraphBreaks } from './sentences.ts';

const zh = [
  '一是全力稳岗位。',
  '稳岗位是稳就业的基础。',
  '过去一年，我们实施了一系列稳就业政策，各级各类资金支持就业创业超过3000亿元。',
  '二是全力拓宽就业渠道。',
  '进一步加大担保贷款、税费减免、场地安排等扶持力度，释放创业带动就业潜能。',
  '三是全力提升就业技能。',
  '近年来，每年开展补贴性职业技能培训1800万人次以上，有效增加了技能劳动者供给。',
];
const en = [
  'The first aspect is to make every effort to stabilize jobs.',
  'Stabilizing jobs is the basis for stabilizing employment.',
  'In the past year, we have implemented a series of policies to stabilize employment, and funds at all levels have supported employment exceeding 300 billion yuan.',
  'The second aspect is to make every effort to expand employment channels.',
  'Further increase support for guaranteed loans, tax exemptions, and venue arrangements to unleash the potential for entrepreneurship to drive employment.',
  'The third aspect is to make every effort to improve employment skills.',
  'In recent years, subsidized vocational skills training has been carried out for more than 18 million people every year, effectively increasing the supply of skilled workers.',
];
const model = { ratio: 3.5, variance: LENGTH_VARIANCE };
const side = (texts: string[], lang: 'zh' | 'en', paragraphOf: number[]) => ({
  profiles: texts.map((t) => profileSentence(t, lang)),
  paragraphOf,
});
const pairs = (steps: { i: number; di: number; j: number; dj: number }[]) =>
  steps.map((s) => `${s.i}+${s.di}:${s.j}+${s.dj}`);
const diagonal = Array.from({ length: 7 }, (_, k) => `${k}+1:${k}+1`);

describe('alignSentences', () => {
  const paragraphs = [0, 0, 0, 1, 1, 2, 2];
  const blocks: Block[] = [
    { s0: 0, s1: 3, t0: 0, t1: 3 },
    { s0: 3, s1: 5, t0: 3, t1: 5 },
    { s0: 5, s1: 7, t0: 5, t1: 7 },
  ];

  it('aligns one to one with posteriors near 1', () => {
    const steps = alignSentences(
      side(zh, 'zh', paragraphs),
      side(en, 'en', paragraphs),
      blocks,
      model,
    );
    expect(pairs(steps)).toEqual(diagonal);
    for (const s of steps) expect(s.posterior).toBeGreaterThan(0.8);
  });

  it('follows the length diagonal when there are no paragraph blocks', () => {
    const steps = alignSentences(
      side(zh, 'zh', paragraphs),
      side(en, 'en', [0, 0, 0, 0, 0, 0, 0]),
      null,
      model,
    );
    expect(pairs(steps)).toEqual(diagonal);
  });

  it('widens its corridor when the paragraph blocks are wrong', () => {
    // Blocks four sentences off: the right path runs outside them and their margin.
    const wrong: Block[] = [
      { s0: 0, s1: 5, t0: 0, t1: 1 },
      { s0: 5, s1: 7, t0: 1, t1: 7 },
    ];
    const flat = [0, 0, 0, 0, 0, 0, 0];
    const steps = alignSentences(side(zh, 'zh', flat), side(en, 'en', flat), wrong, model);
    expect(pairs(steps)).toEqual(diagonal);
  });

  it('lets a bead span a paragraph break where the MT split a sentence across paragraphs', () => {
    const source = side(
      [
        '我们将推进技能中国行动，聚焦先进制造、现代服务、养老服务等重点领域需求，大规模开展职业技能培训。',
      ],
      'zh',
      [0],
    );
    const target = side(
      [
        'We will further promote the Skills China Action and focus on the needs of key areas such as advanced manufacturing.',
        'Large-scale vocational skills training will be carried out.',
      ],
      'en',
      [0, 1],
    );
    const steps = alignSentences(source, target, [{ s0: 0, s1: 1, t0: 0, t1: 2 }], model);
    expect(pairs(steps)).toEqual(['0+1:0+2']);
  });
});

describe('paragraphBreaks', () => {
  it('marks the start, the end and every change of paragraph', () => {
    expect([...paragraphBreaks([0, 0, 1, 3, 3])]).toEqual([1, 0, 1, 1, 0, 1]);
  });
});
