/**
 * Scoring the checks against errors a person marked, as the seed's
 * `press-conference.errors.json` records them: `{para, en, zh, category,
 * severity, auto_detectable}`, where `en` and `zh` are exact substrings of
 * the 1-based `para`-th paragraph (non-empty line) of each side, and
 * `auto_detectable` names the check expected to catch the error (`none`
 * when no automatic check could).
 *
 * A finding *hits* an error when its target span overlaps the error's
 * English; a finding with no target span (a number left out, a term with
 * no rendering to point at) hits when its source span overlaps the error's
 * Chinese. Recall is over the errors a check could catch, with a hit by
 * any check counting (the reviewer does not care which one found it);
 * precision is over all findings, a hit on any marked error counting.
 */
import type { BilingualDocument, SideText, TextRange } from '../model/document.ts';
import { toDocumentRange } from './run.ts';
import type { Finding } from './types.ts';

/** An error as the seed's errors file records it. */
export interface MarkedError {
  para: number;
  en: string;
  zh: string;
  category: string;
  severity: string;
  auto_detectable: string;
}

/** A marked error with its place in each side's text (`null` where it could not be found). */
export interface LocatedError extends MarkedError {
  target: TextRange | null;
  source: TextRange | null;
}

/** A count out of a total. */
export interface Tally {
  hits: number;
  total: number;
}

/** Recall by the check expected to find each error, precision by the check that reported each finding. */
export interface Evaluation {
  recall: Tally;
  precision: Tally;
  recallByCheck: Record<string, Tally>;
  precisionByCheck: Record<string, Tally>;
  /** Errors a check should have found and no finding hit. */
  missed: LocatedError[];
  /** Findings that hit no marked error. */
  falseAlarms: Finding[];
}

function locate(side: SideText | null, para: number, quote: string): TextRange | null {
  const paragraph = side?.segmentation.paragraphs[para - 1];
  if (!side || !paragraph || quote === '') return null;
  const at = side.text.slice(paragraph.start, paragraph.end).indexOf(quote);
  return at < 0 ? null : { start: paragraph.start + at, end: paragraph.start + at + quote.length };
}

/** Finds each marked error in the document's texts. */
export function locateErrors(
  document: BilingualDocument,
  errors: readonly MarkedError[],
): LocatedError[] {
  return errors.map((e) => ({
    ...e,
    target: locate(document.target, e.para, e.en),
    source: locate(document.source, e.para, e.zh),
  }));
}

const overlaps = (a: TextRange | null, b: TextRange | null) =>
  a !== null && b !== null && a.start < b.end && b.start < a.end;

/** Whether `finding` hits `error` (see the module comment). */
export function hits(document: BilingualDocument, finding: Finding, error: LocatedError): boolean {
  const target = toDocumentRange(document, finding, 'target');
  if (target) return overlaps(target, error.target);
  return overlaps(toDocumentRange(document, finding, 'source'), error.source);
}

const ratio = (t: Tally) => (t.total === 0 ? 1 : t.hits / t.total);

/** Recall and precision of `findings` against `errors`. */
export function evaluate(
  document: BilingualDocument,
  findings: readonly Finding[],
  errors: readonly MarkedError[],
): Evaluation {
  const located = locateErrors(document, errors);
  const recallByCheck: Record<string, Tally> = {};
  const precisionByCheck: Record<string, Tally> = {};
  const missed: LocatedError[] = [];
  const falseAlarms: Finding[] = [];
  for (const error of located) {
    if (error.auto_detectable === 'none') continue;
    const tally = (recallByCheck[error.auto_detectable] ??= { hits: 0, total: 0 });
    tally.total++;
    if (findings.some((f) => hits(document, f, error))) tally.hits++;
    else missed.push(error);
  }
  for (const finding of findings) {
    const tally = (precisionByCheck[finding.check] ??= { hits: 0, total: 0 });
    tally.total++;
    if (located.some((e) => hits(document, finding, e))) tally.hits++;
    else falseAlarms.push(finding);
  }
  const sum = (tallies: Record<string, Tally>) =>
    Object.values(tallies).reduce((a, t) => ({ hits: a.hits + t.hits, total: a.total + t.total }), {
      hits: 0,
      total: 0,
    });
  return {
    recall: sum(recallByCheck),
    precision: sum(precisionByCheck),
    recallByCheck,
    precisionByCheck,
    missed,
    falseAlarms,
  };
}

/** A tally as a fraction in [0, 1], 1 when there was nothing to count. */
export function rate(tally: Tally): number {
  return ratio(tally);
}
