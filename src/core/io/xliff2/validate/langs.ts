/**
 * Document-level agreement: `trgLang` present when there are targets, the
 * effective `xml:lang` of sources and targets equal to `srcLang` and
 * `trgLang`, the same `xml:space` on a source and its target, and the
 * segment `state`/`subState` rules.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { attr, isCore, type VNode } from './tree.ts';
import { a } from './units.ts';

/** The effective value of `xml:NAME` at `node`, inherited from ancestors. */
export function inherited(node: VNode, name: string): string | undefined {
  for (let at: VNode | undefined = node; at; at = at.parent) {
    const value = attr(at, name, 'xml');
    if (value !== undefined) return value;
  }
  return undefined;
}

const same = (x: string | undefined, y: string | undefined): boolean =>
  (x ?? '').toLowerCase() === (y ?? '').toLowerCase();

/** Checks languages, spaces and states. */
export const languageRule: Rule = (ctx) => {
  const srcLang = a(ctx.root, 'srcLang');
  const trgLang = a(ctx.root, 'trgLang');
  for (const local of PARTS) {
    for (const part of ctx.index.of('xlf', local)) {
      if (local === 'segment') checkState(ctx, part);
      for (const node of part.kids) {
        if (isCore(node, 'source')) checkSource(ctx, node, srcLang);
        else if (isCore(node, 'target')) checkTarget(ctx, node, part, trgLang);
      }
    }
  }
};

const PARTS = ['segment', 'ignorable'];

function checkSource(ctx: Ctx, node: VNode, srcLang: string | undefined): void {
  const lang = inherited(node, 'lang');
  if (lang !== undefined && !same(lang, srcLang)) {
    ctx.report(
      node,
      `<source> has xml:lang "${lang}" (given or inherited), which is not the srcLang "${srcLang ?? ''}"`,
    );
  }
}

function checkTarget(ctx: Ctx, node: VNode, part: VNode, trgLang: string | undefined): void {
  if (trgLang === undefined)
    ctx.report(node, `the document has a <target> but <xliff> has no trgLang`);
  const lang = inherited(node, 'lang');
  if (lang !== undefined && trgLang !== undefined && !same(lang, trgLang)) {
    ctx.report(
      node,
      `<target> has xml:lang "${lang}" (given or inherited), which is not the trgLang "${trgLang}"`,
    );
  }
  const source = part.kids.find((k) => isCore(k, 'source'));
  if (
    source &&
    (inherited(source, 'space') ?? 'default') !== (inherited(node, 'space') ?? 'default')
  ) {
    ctx.report(
      node,
      `<target> has xml:space "${inherited(node, 'space') ?? 'default'}" but its <source> has "${inherited(source, 'space') ?? 'default'}"`,
    );
  }
}

function checkState(ctx: Ctx, node: VNode): void {
  const state = a(node, 'state');
  if (a(node, 'subState') !== undefined && state === undefined) {
    ctx.report(node, `${describe(node)}: subState requires an explicit state`);
  }
  if (state !== undefined && state !== 'initial' && !node.kids.some((k) => isCore(k, 'target'))) {
    ctx.report(node, `${describe(node)}: state="${state}" requires a <target>`);
  }
}
