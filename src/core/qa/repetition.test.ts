import { describe, expect, it } from 'vitest';
import { flagged, runCheck } from './test-helpers.ts';

const check = (en: string) => flagged('repetition', '原文。', en);

describe('repetition check', () => {
  it('flags a doubled word with a fix that deletes the copy', () => {
    const [f] = runCheck('repetition', '原文。', 'He read the the report.');
    expect(f?.target).toBe('the the');
    expect(f?.fixed).toBe('He read the report.');
    expect(f?.finding.category).toBe('Fluency/Grammar');
    expect(f?.finding.severity).toBe('minor');
  });

  it('flags a doubled phrase', () => {
    const [f] = runCheck('repetition', '原文。', 'It is part of the of the plan.');
    expect(f?.target).toBe('of the of the');
    expect(f?.fixed).toBe('It is part of the plan.');
  });

  it('flags near-synonyms collapsed into "X and X", without a fix', () => {
    const [f] = runCheck(
      'repetition',
      '我们有信心有底气。',
      'We have confidence and confidence in it.',
    );
    expect(f?.target).toBe('confidence and confidence');
    expect(f?.finding.fix).toBeUndefined();
    expect(f?.finding.severity).toBe('major');
    expect(check('the model of integrating engineering and engineering and teaching')).toEqual([
      'engineering and engineering',
    ]);
  });

  it('flags a reduplication rendered as a list of one word', () => {
    expect(check('and ensure, ensure, and ensure the bottom line.')).toEqual([
      'ensure, ensure, and ensure',
    ]);
  });

  it('leaves repetitions English makes on purpose alone', () => {
    for (const en of [
      'More and more people came, again and again.',
      'Prices grew bigger and bigger over years and years.',
      'What he had had was gone; he knew that that was true.',
      'It was very, very cold.',
      'They visited Bora Bora.',
      'Nobody knows who wrote it, it is known that it was early.',
      'Athens was a city or city-state.',
      'Options include backcountry ski, ski touring or ski hiking.',
      'Hundreds and hundreds of birds, 10 and 10 more.',
    ]) {
      expect(check(en), en).toEqual([]);
    }
  });

  it('leaves a repetition the source itself contains', () => {
    expect(flagged('repetition', '口号是“go go go”。', 'The slogan was "go go go".')).toEqual([]);
  });
});
