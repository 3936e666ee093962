/**
 * ITS 2.0 Localization Quality Issues (LQI) and the project's MQM flags.
 *
 * ITS has a fixed list of issue types and a 0–100 severity score; our flags
 * have MQM category paths and four severities. Both XLIFF writers put the
 * nearest ITS type and score on the marker, so that any ITS-aware tool
 * understands the issue, and the exact category and severity in our own
 * namespace (`DUIZHAO_NS`), so that reading our own file back loses
 * nothing. Files from other tools carry only the ITS values; those are
 * mapped onto the typology's categories here.
 */
import type { Flag, Severity } from '../../model/flag.ts';

/** The ITS 2.0 namespace. */
export const ITS_NS = 'http://www.w3.org/2005/11/its';
/** Our namespace for what ITS and XLIFF have no place for (exact categories, authors, verdicts). */
export const DUIZHAO_NS = 'urn:duizhao:review';

/** The ITS 2.0 `locQualityIssueType` values. */
export const ITS_ISSUE_TYPES = [
  'terminology',
  'mistranslation',
  'omission',
  'untranslated',
  'addition',
  'duplication',
  'inconsistency',
  'grammar',
  'legal',
  'register',
  'locale-specific-content',
  'locale-violation',
  'style',
  'characters',
  'misspelling',
  'typographical',
  'formatting',
  'inconsistent-entities',
  'numbers',
  'markup',
  'pattern-problem',
  'whitespace',
  'internationalization',
  'length',
  'non-conformance',
  'uncategorized',
  'other',
] as const;

/** One ITS issue type. */
export type ItsIssueType = (typeof ITS_ISSUE_TYPES)[number];

/**
 * MQM category paths (lower-cased, WMT and MQM core spellings) and the ITS
 * type they are written as; the longest matching prefix wins, so a
 * sub-category not listed takes its parent's type.
 */
const CATEGORY_TO_ITS: readonly [string, ItsIssueType][] = [
  ['accuracy/mistranslation', 'mistranslation'],
  ['accuracy/addition', 'addition'],
  ['accuracy/omission', 'omission'],
  ['accuracy/untranslated text', 'untranslated'],
  ['accuracy/untranslated', 'untranslated'],
  ['accuracy', 'mistranslation'],
  ['non-translation', 'untranslated'],
  ['fluency/grammar', 'grammar'],
  ['fluency/spelling', 'misspelling'],
  ['fluency/punctuation', 'typographical'],
  ['fluency/inconsistency', 'inconsistency'],
  ['fluency/register', 'register'],
  ['fluency/character encoding', 'characters'],
  ['fluency', 'grammar'],
  // MQM core calls fluency "linguistic conventions" and moves register under style.
  ['linguistic conventions/grammar', 'grammar'],
  ['linguistic conventions/spelling', 'misspelling'],
  ['linguistic conventions/punctuation', 'typographical'],
  ['linguistic conventions/character encoding', 'characters'],
  ['linguistic conventions', 'grammar'],
  ['style/language register', 'register'],
  // ITS `terminology` covers terms "used inconsistently"; its `inconsistency`
  // is explicitly not for terminology, so every terminology path stays here.
  ['terminology', 'terminology'],
  ['style', 'style'],
  ['locale convention/number format', 'numbers'],
  ['locale convention', 'locale-violation'],
  ['locale conventions/number format', 'numbers'],
  ['locale conventions', 'locale-violation'],
  ['design and markup/markup tag', 'markup'],
  ['design and markup/truncation or text expansion', 'length'],
  ['design and markup', 'formatting'],
  ['source error', 'other'],
  ['other', 'other'],
];

/** The ITS type that best says what MQM category `category` says. */
export function itsTypeOf(category: string): ItsIssueType {
  const key = category.toLowerCase();
  let best: ItsIssueType = 'other';
  let bestLength = -1;
  for (const [prefix, type] of CATEGORY_TO_ITS) {
    const matches = key === prefix || key.startsWith(`${prefix}/`);
    if (matches && prefix.length > bestLength) {
      best = type;
      bestLength = prefix.length;
    }
  }
  return best;
}

/**
 * ITS types and the WMT MQM category a flag of that type from another tool
 * gets. `terminology` and `style` are as broad as the MQM parents, so they
 * get the parent rather than a guessed sub-category.
 */
const ITS_TO_CATEGORY: Readonly<Record<ItsIssueType, string>> = {
  terminology: 'Terminology',
  mistranslation: 'Accuracy/Mistranslation',
  omission: 'Accuracy/Omission',
  untranslated: 'Accuracy/Untranslated text',
  addition: 'Accuracy/Addition',
  duplication: 'Accuracy/Addition',
  inconsistency: 'Fluency/Inconsistency',
  grammar: 'Fluency/Grammar',
  legal: 'Other',
  register: 'Fluency/Register',
  'locale-specific-content': 'Locale convention',
  'locale-violation': 'Locale convention',
  style: 'Style',
  characters: 'Fluency/Character encoding',
  misspelling: 'Fluency/Spelling',
  typographical: 'Fluency/Punctuation',
  formatting: 'Other',
  'inconsistent-entities': 'Fluency/Inconsistency',
  numbers: 'Locale convention/Number format',
  markup: 'Other',
  'pattern-problem': 'Other',
  whitespace: 'Fluency/Punctuation',
  internationalization: 'Other',
  length: 'Other',
  'non-conformance': 'Other',
  uncategorized: 'Other',
  other: 'Other',
};

/**
 * The WMT MQM category for an ITS type as another tool wrote it, read
 * leniently (case and surrounding space ignored); `Other` for unknown values.
 */
export function categoryOfItsType(type: string | undefined): string {
  const key = type?.trim().toLowerCase() ?? '';
  const known = (ITS_ISSUE_TYPES as readonly string[]).includes(key);
  return known ? ITS_TO_CATEGORY[key as ItsIssueType] : 'Other';
}

/** The ITS score (0–100) written for a severity. */
export function itsScoreOf(severity: Severity): number {
  return { critical: 100, major: 60, minor: 30, neutral: 0 }[severity];
}

/**
 * The severity of an ITS score as another tool wrote it: 0 is neutral
 * (a preference), up to 44 minor, up to 84 major, above critical; a missing
 * or unreadable score is minor, the mildest severity that still counts.
 */
export function severityOfItsScore(score: string | undefined): Severity {
  const value = Number(score);
  if (score === undefined || score.trim() === '' || !Number.isFinite(value)) return 'minor';
  if (value <= 0) return 'neutral';
  if (value < 45) return 'minor';
  if (value < 85) return 'major';
  return 'critical';
}

/** The ITS LQI attributes (local names) that make an element carry issues. */
export const LQI_ATTRIBUTES = [
  'locQualityIssuesRef',
  'locQualityIssueType',
  'locQualityIssueComment',
  'locQualityIssueSeverity',
  'locQualityIssueProfileRef',
  'locQualityIssueEnabled',
] as const;

/**
 * The ITS LQI attributes of a flag, by local name: what any ITS-aware tool
 * understands of it. A rejected or deleted flag is written disabled rather
 * than left out, so that reading the file back keeps it.
 */
export function itsIssueAttributes(
  flag: Pick<Flag, 'category' | 'comment' | 'severity' | 'status'>,
): Record<string, string> {
  return {
    locQualityIssueType: itsTypeOf(flag.category),
    ...(flag.comment ? { locQualityIssueComment: flag.comment } : {}),
    locQualityIssueSeverity: String(itsScoreOf(flag.severity)),
    ...(flag.status === 'rejected' || flag.status === 'deleted'
      ? { locQualityIssueEnabled: 'no' }
      : {}),
  };
}
