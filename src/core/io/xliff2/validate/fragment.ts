/**
 * XLIFF fragment identifiers (`#f=f1/u=u1/n=n1`, `#m1`, `#/f=f1/...`):
 * syntax, known prefixes, order of selectors, a single leaf at the end.
 * Checked on same-document references of `<mrk>`/`<sm>`/`<note>`, and of
 * the Translation Candidates and Glossary modules.
 */
import { describe, type Rule } from './context.ts';
import { nmtoken } from './values.ts';

/** One-letter prefixes are the core's; longer ones must be registered. */
const CORE_PREFIXES = new Set(['f', 'g', 'u', 'n', 'd', 't']);
/** Module prefixes, and extension prefixes registered with the XLIFF TC that we know. */
const REGISTERED = new Set(['mtc', 'gls', 'mda', 'res', 'ctr', 'slr', 'val', 'its', 'pgs', 'tbx']);

/** What is wrong with the fragment identifier `ref` (starting with `#`), or `undefined`. */
export function fragmentProblem(ref: string): string | undefined {
  const absolute = ref.startsWith('#/');
  const body = ref.slice(absolute ? 2 : 1);
  if (body === '') return 'is an empty fragment identifier';
  const selectors = body.split('/');
  let stage = 0; // 0: nothing yet, 1: after f, 2: after g, 3: after u, 4: after the leaf
  const seen = new Set<string>();
  for (const [i, selector] of selectors.entries()) {
    const eq = selector.indexOf('=');
    const prefix = eq === -1 ? '' : selector.slice(0, eq);
    const id = eq === -1 ? selector : selector.slice(eq + 1);
    if (eq !== -1 && nmtoken(prefix)) return `has a prefix "${prefix}" that is not an NMTOKEN`;
    if (nmtoken(id) || id.includes('='))
      return `has a selector "${selector}" that is not prefix=id or id`;
    if (prefix.length === 1 && !CORE_PREFIXES.has(prefix))
      return `uses "${prefix}=", which is not an XLIFF core prefix`;
    if (prefix.length > 1 && !REGISTERED.has(prefix)) return `uses the unknown prefix "${prefix}="`;
    if (stage === 4) return `has "${selector}" after its final selector`;
    if (prefix !== '' && prefix !== 'g' && seen.has(prefix)) return `uses "${prefix}=" twice`;
    seen.add(prefix);
    if (prefix === 'f') {
      if (i !== 0) return 'has f= after other selectors (f= must come first)';
      stage = 1;
    } else if (prefix === 'g') {
      if (stage > 2) return 'has g= after u= (order must be f, g, u, then the target)';
      stage = 2;
    } else if (prefix === 'u') {
      if (stage > 2) return 'has u= after the final selector';
      stage = 3;
    } else stage = 4;
    if (absolute && i === 0 && prefix !== 'f') return 'is absolute (#/) but does not start with f=';
  }
  return undefined;
}

/** Elements whose `ref` holds a same-document reference. */
const REFERENCES: readonly (readonly [string, string])[] = [
  ['xlf', 'mrk'],
  ['xlf', 'sm'],
  ['xlf', 'note'],
  ['gls', 'glossEntry'],
  ['gls', 'translation'],
  ['mtc', 'match'],
];

/** Results for the references seen most: a big file repeats a few (`#n=n1`) many times. */
const memo = new Map<string, string | undefined>();

function memoizedProblem(ref: string): string | undefined {
  if (memo.has(ref)) return memo.get(ref);
  const problem = fragmentProblem(ref);
  // Bounded, so that a file of unique references cannot grow it without end.
  if (memo.size < 1000) memo.set(ref, problem);
  return problem;
}

/** Checks the syntax of every same-document fragment identifier. */
export const fragmentRule: Rule = (ctx) => {
  for (const [key, local] of REFERENCES) {
    for (const node of ctx.index.of(key, local)) {
      const ref = node.el.attributes.ref;
      if (ref === undefined || !ref.startsWith('#')) continue;
      const problem = memoizedProblem(ref);
      if (problem) ctx.report(node, `${describe(node)}: ref="${ref}" ${problem}`);
    }
  }
};
