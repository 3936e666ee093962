/**
 * Translation Candidates module (`mtc`): a match's `ref` must point, as a
 * fragment identifier, to a span of its own unit; no `xml:lang` on a
 * match; `subType` needs `type`; ids unique within `<matches>`.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { attr, type VNode } from './tree.ts';
import { a, unitsOf, type UnitView } from './units.ts';

/** Checks every `<mtc:match>`. */
export const matchesRule: Rule = (ctx) => {
  for (const view of unitsOf(ctx)) {
    let spans: Set<string> | undefined;
    for (const matches of view.unit.kids) {
      if (matches.key !== 'mtc' || matches.local !== 'matches') continue;
      spans ??= spansOf(view);
      const ids = new Set<string>();
      for (const match of matches.kids) {
        if (match.key === 'mtc' && match.local === 'match') checkMatch(ctx, match, spans, ids);
      }
    }
  }
};

/** The ids a match may point to: segments, ignorables and inline elements of the unit. */
function spansOf(view: UnitView): Set<string> {
  const spans = new Set<string>();
  const add = (node: VNode): void => {
    const id = a(node, 'id');
    if (id !== undefined) spans.add(id);
  };
  view.parts.forEach(add);
  for (const side of view.sources) side.inline.forEach(add);
  for (const side of view.targets) side.inline.forEach(add);
  return spans;
}

function checkMatch(ctx: Ctx, match: VNode, spans: Set<string>, ids: Set<string>): void {
  const report = (node: VNode, message: string): void => {
    ctx.report(node, message);
  };
  const name = describe(match);
  const id = a(match, 'id');
  if (id !== undefined) {
    if (ids.has(id))
      report(match, `${name}: id "${id}" is used more than once in the same <mtc:matches>`);
    ids.add(id);
  }
  if (attr(match, 'lang', 'xml') !== undefined)
    report(match, `${name}: xml:lang must not be set on a match`);
  if (a(match, 'subType') !== undefined && a(match, 'type') === undefined) {
    report(match, `${name}: subType requires a type attribute`);
  }
  const ref = a(match, 'ref') ?? '';
  const target = /^#(?:t=)?([^/=]+)$/.exec(ref);
  if (!ref.startsWith('#'))
    report(match, `${name}: ref="${ref}" is not a fragment identifier (#id) of a span in the unit`);
  else if (!target || !spans.has(target[1] ?? '')) {
    report(match, `${name}: ref="${ref}" does not point to a segment or marker of the same unit`);
  }
}
