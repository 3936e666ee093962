import { describe, expect, it } from 'vitest';
import { expandTermForms } from './term-forms.ts';

describe('expandTermForms', () => {
  it('reads trailing parentheses as another name for the whole', () => {
    expect(expandTermForms('Ministry of Human Resources and Social Security (MOHRSS)')).toEqual([
      'Ministry of Human Resources and Social Security',
      'MOHRSS',
    ]);
    expect(expandTermForms('person-times (trips / trainee places)')).toEqual([
      'person-times',
      'trips',
      'trainee places',
    ]);
  });

  it('reads inner parentheses as an optional part, in either width', () => {
    expect(expandTermForms('structural (employment) imbalances')).toEqual([
      'structural imbalances',
      'structural employment imbalances',
    ]);
    expect(expandTermForms('结构性（就业）矛盾')).toEqual(['结构性矛盾', '结构性就业矛盾']);
    expect(expandTermForms('社会保障卡（社保卡）')).toEqual(['社会保障卡', '社保卡']);
  });

  it('drops quotes and splits alternatives', () => {
    expect(expandTermForms('"single-plank bridge" and "ceiling"')).toEqual([
      'single-plank bridge and ceiling',
    ]);
    expect(expandTermForms('skills master studio; skills master workshop')).toEqual([
      'skills master studio',
      'skills master workshop',
    ]);
    expect(expandTermForms('big data + legwork')).toEqual(['big data + legwork']);
    expect(expandTermForms('  ')).toEqual([]);
  });
});
