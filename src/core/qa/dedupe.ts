/**
 * One problem, one finding. Where a check's finding makes another's
 * redundant (`Check.subsumes`), the redundant one is dropped: a full-width
 * comma inside an untranslated Chinese clause is not a punctuation error of
 * its own, and a term the glossary check already flags needs no
 * consistency finding on the same words. Precision is what makes a
 * reviewer trust the list.
 */
import type { TextRange } from '../model/document.ts';
import type { CheckId, Finding } from './types.ts';

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether two findings are about the same words: target spans if both have one, else source spans. */
function samePlace(a: Finding, b: Finding): boolean {
  if (a.target && b.target) return overlaps(a.target, b.target);
  if (!a.target && !b.target && a.source && b.source) return overlaps(a.source, b.source);
  return false;
}

/**
 * `findings` of one unit without those another finding subsumes. `subsumes`
 * gives, for a check, the checks it makes redundant.
 */
export function dropSubsumed(
  findings: readonly Finding[],
  subsumes: (check: CheckId) => readonly CheckId[],
): Finding[] {
  if (findings.length < 2) return [...findings];
  // Cheapest test first: most pairs are from one check or far apart.
  return findings.filter(
    (f) =>
      !findings.some(
        (g) => g.check !== f.check && samePlace(g, f) && subsumes(g.check).includes(f.check),
      ),
  );
}
