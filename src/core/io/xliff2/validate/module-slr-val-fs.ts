/**
 * Size and Length Restriction (`slr`), Validation (`val`) and Format Style
 * (`fs`) constraints beyond attribute types: `sizeInfo` and `sizeInfoRef`
 * are exclusive, a non-isolated `<ec>` carries none of the size
 * attributes, `sizeInfoRef` points into an `<slr:data>` in scope, sizes are
 * integers under the standard profiles; a validation rule has exactly one
 * test and `existsInSource` only with the tests that allow it; `subFs`
 * needs `fs`.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { isCore, type VAttr, type VNode } from './tree.ts';
import { a } from './units.ts';

function get(node: VNode, key: string, local: string): VAttr | undefined {
  for (const x of node.attrs) if (x.key === key && x.local === local) return x;
  return undefined;
}

/** Whether the node has an attribute of the slr module. */
function hasSlr(node: VNode): boolean {
  for (const x of node.attrs) if (x.key === 'slr') return true;
  return false;
}

/** Checks slr, val and fs constraints. */
export const sizeValidationStyleRule: Rule = (ctx) => {
  const standardProfile = ctx.index
    .of('slr', 'profiles')
    .some((n) => /^xliff:/.test(a(n, 'generalProfile') ?? ''));
  for (const node of ctx.index.withAttributesOf('slr')) {
    checkSizeAndStyle(ctx, node, standardProfile);
  }
  // A node with attributes of both modules has been checked with the slr ones.
  for (const node of ctx.index.withAttributesOf('fs')) {
    if (!hasSlr(node)) checkSizeAndStyle(ctx, node, standardProfile);
  }
  for (const node of ctx.index.of('val', 'rule')) checkValidationRule(ctx, node);
};

function checkSizeAndStyle(ctx: Ctx, node: VNode, standardProfile: boolean): void {
  const sizeInfo = get(node, 'slr', 'sizeInfo');
  const sizeInfoRef = get(node, 'slr', 'sizeInfoRef');
  if (sizeInfo && sizeInfoRef)
    ctx.report(node, `${describe(node)}: slr:sizeInfo and slr:sizeInfoRef cannot be used together`);
  for (const x of [sizeInfo, get(node, 'slr', 'equivStorage')]) {
    // Without a standard profile the value is free text; a number must still be whole.
    if (x && (standardProfile || /^[\d.,+-]+$/.test(x.value)) && !/^\d+$/.test(x.value)) {
      ctx.report(node, `${describe(node)}: ${x.name} "${x.value}" is not a non-negative integer`);
    }
  }
  if (isCore(node, 'ec') && a(node, 'isolated') !== 'yes') {
    for (const x of node.attrs) {
      if (x.key !== 'slr' && x.key !== 'fs') continue;
      ctx.report(
        node,
        `${describe(node)}: ${x.name} is allowed on an <ec> only when it is isolated`,
      );
    }
  }
  if (sizeInfoRef && !dataIdInScope(node, sizeInfoRef.value)) {
    ctx.report(
      node,
      `${describe(node)}: slr:sizeInfoRef="${sizeInfoRef.value}" does not point into an <slr:data> of this element or an ancestor`,
    );
  }
  if (get(node, 'fs', 'subFs') && !get(node, 'fs', 'fs'))
    ctx.report(node, `${describe(node)}: fs:subFs requires fs:fs`);
}

function dataIdInScope(node: VNode, id: string): boolean {
  for (let up = node.parent; up; up = up.parent) {
    for (const kid of up.kids) {
      if (kid.key !== 'slr' || kid.local !== 'data') continue;
      const stack = [...kid.kids];
      while (stack.length > 0) {
        const next = stack.pop() as VNode;
        if (next.el.attributes.id === id) return true;
        stack.push(...next.kids);
      }
    }
  }
  return false;
}

function checkValidationRule(ctx: Ctx, rule: VNode): void {
  const tests = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'].filter(
    (t) => a(rule, t) !== undefined,
  );
  const custom = rule.attrs.filter((x) => x.key !== '' && x.key !== 'xml');
  if (tests.length + custom.length !== 1) {
    ctx.report(
      rule,
      `<val:rule> must have exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom rule attribute (found ${tests.length + custom.length})`,
    );
  }
  if (a(rule, 'existsInSource') !== undefined && !tests.some((t) => t !== 'isNotPresent')) {
    ctx.report(
      rule,
      `<val:rule>: existsInSource is allowed only with isPresent, startsWith or endsWith`,
    );
  }
}
