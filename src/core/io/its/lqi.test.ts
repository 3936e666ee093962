import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../model/flag.ts';
import { categoryPaths, findCategory, typologyById } from '../../typology/index.ts';
import {
  categoryOfItsType,
  ITS_ISSUE_TYPES,
  itsScoreOf,
  itsTypeOf,
  severityOfItsScore,
} from './lqi.ts';

const wmt = typologyById('wmt-mqm')!;
const core = typologyById('mqm-core')!;

describe('MQM category → ITS issue type', () => {
  it('gives every shipped category a specific type, but for those ITS has none for', () => {
    const generic = [...categoryPaths(wmt), ...categoryPaths(core)].filter(
      (path) => itsTypeOf(path) === 'other',
    );
    expect(generic).toEqual([
      'Source error',
      'Other',
      'Audience appropriateness',
      'Audience appropriateness/Culture-specific reference',
      'Audience appropriateness/Offensive',
    ]);
  });

  it('keeps inconsistent terminology under ITS terminology, as ITS 2.0 defines it', () => {
    expect(itsTypeOf('Terminology/Inconsistent use of terminology')).toBe('terminology');
    expect(itsTypeOf('Fluency/Inconsistency')).toBe('inconsistency');
  });

  it('maps MQM Core spellings like their WMT counterparts', () => {
    expect(itsTypeOf('Linguistic conventions/Spelling')).toBe(itsTypeOf('Fluency/Spelling'));
    expect(itsTypeOf('Style/Language register')).toBe(itsTypeOf('Fluency/Register'));
    expect(itsTypeOf('Locale conventions/Number format')).toBe('numbers');
    expect(itsTypeOf('Locale conventions/Date format')).toBe('locale-violation');
  });

  it('matches whole path steps only, case-insensitively', () => {
    expect(itsTypeOf('accuracy/OMISSION')).toBe('omission');
    expect(itsTypeOf('Accuracy/Omissions')).toBe('mistranslation');
    expect(itsTypeOf('Stylistic')).toBe('other');
  });
});

describe('ITS issue type → MQM category', () => {
  it('gives every ITS type a category of the WMT typology', () => {
    const missing = ITS_ISSUE_TYPES.filter((type) => !findCategory(wmt, categoryOfItsType(type)));
    expect(missing).toEqual([]);
  });

  it('gives broad ITS types the MQM parent, and reads leniently', () => {
    expect(categoryOfItsType('terminology')).toBe('Terminology');
    expect(categoryOfItsType(' Style ')).toBe('Style');
    expect(categoryOfItsType('misspelling')).toBe('Fluency/Spelling');
    expect(categoryOfItsType('made-up')).toBe('Other');
    expect(categoryOfItsType(undefined)).toBe('Other');
  });
});

describe('severity ↔ ITS score', () => {
  it('reads back every severity it writes', () => {
    for (const severity of SEVERITIES) {
      expect(severityOfItsScore(String(itsScoreOf(severity)))).toBe(severity);
    }
  });

  it('bands scores from other tools, and takes a missing score as minor', () => {
    expect(['0', '1', '44', '45', '84', '85', '100'].map(severityOfItsScore)).toEqual([
      'neutral',
      'minor',
      'minor',
      'major',
      'major',
      'critical',
      'critical',
    ]);
    expect(severityOfItsScore(undefined)).toBe('minor');
    expect(severityOfItsScore('high')).toBe('minor');
  });
});
