/**
 * Change Tracking module (`ctr`): `<revisions ref>` must name the id of a
 * sibling element of the kind given by `appliesTo`, and is required when
 * such elements carry ids; an item's `property` is `content` or an
 * attribute of that kind of element.
 */
import { describe, type Rule } from './context.ts';
import { isCore, type VNode } from './tree.ts';
import { a } from './units.ts';

/** Attributes each core element may have, for `property`. */
const PROPERTIES: Record<string, string[]> = {
  note: ['id', 'appliesTo', 'category', 'priority', 'ref'],
  source: ['lang', 'space'],
  target: ['lang', 'space', 'order'],
  segment: ['id', 'canResegment', 'state', 'subState'],
  unit: ['id', 'name', 'canResegment', 'translate', 'srcDir', 'trgDir', 'type'],
};

/** Checks every `<ctr:revisions>`. */
export const changeTrackingRule: Rule = (ctx) => {
  for (const revisions of ctx.index.of('ctr', 'revisions')) {
    const owner = revisions.parent?.parent;
    if (!owner) continue;
    const appliesTo = a(revisions, 'appliesTo') ?? '';
    const candidates = elementsOf(owner, appliesTo);
    const anyIds = new Set(elementsOf(owner, '*').map((c) => a(c, 'id')));
    const ref = a(revisions, 'ref');
    const withIds = candidates.filter((c) => a(c, 'id') !== undefined);
    if (ref !== undefined && !anyIds.has(ref)) {
      ctx.report(
        revisions,
        `${describe(revisions)}: ref="${ref}" does not match the id of any <${appliesTo}> it can apply to`,
      );
    }
    if (ref === undefined && withIds.length > 1) {
      ctx.report(
        revisions,
        `${describe(revisions)}: appliesTo="${appliesTo}" names several elements with ids, so ref is required`,
      );
    }
    const target = withIds.find((c) => a(c, 'id') === ref);
    for (const revision of revisions.kids) {
      const properties = new Set<string>();
      for (const item of revision.kids) {
        if (item.key !== 'ctr' || item.local !== 'item') continue;
        const property = a(item, 'property') ?? '';
        if (properties.has(property))
          ctx.report(
            item,
            `<ctr:item property="${property}">: a revision records each property once`,
          );
        properties.add(property);
        if (property === 'content') continue;
        const known = PROPERTIES[appliesTo];
        const ok = target
          ? hasAttribute(target, property)
          : known
            ? known.includes(property)
            : true;
        if (!ok)
          ctx.report(
            item,
            `<ctr:item property="${property}">: property must be content or an attribute of the <${appliesTo}> the revision applies to`,
          );
      }
    }
  }
};

/** Whether `node` has an attribute whose local name is `local`, prefixed or not. */
function hasAttribute(node: VNode, local: string): boolean {
  const attributes = node.el.attributes;
  if (local !== 'xmlns' && !local.includes(':') && Object.hasOwn(attributes, local)) return true;
  return node.attrs.some((x) => x.local === local);
}

/** Core elements named `local` that a change track on `owner` can apply to. */
function elementsOf(owner: VNode, local: string): VNode[] {
  const out: VNode[] = [];
  const walk = (node: VNode): void => {
    for (const kid of node.kids) {
      if (!isCore(kid)) continue;
      if (kid.local === local || local === '*') out.push(kid);
      if (kid.local === 'notes' || kid.local === 'segment' || kid.local === 'ignorable') walk(kid);
    }
  };
  walk(owner);
  return out;
}
