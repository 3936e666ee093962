/**
 * Uniqueness of ids in their scopes (files in the document, groups and
 * units in a file, notes in a `<notes>`, data in `<originalData>`,
 * segments/ignorables/inline elements in a unit, extension elements among
 * their siblings) and of `order` in a unit, with its range.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { isCore, type VNode } from './tree.ts';
import { a, unitsOf, type UnitView } from './units.ts';

/** Ids seen in the current scope; one set, cleared per scope, so scopes cost no allocation. */
type Seen = Set<string>;

/** Reports `node` when its id repeats one seen before in the scope, and records it. */
function see(ctx: Ctx, seen: Seen, node: VNode, scope: string): void {
  // Extension elements may identify themselves with xml:id as well.
  const id =
    node.el.attributes.id ?? (node.key === 'ext' ? node.el.attributes['xml:id'] : undefined);
  if (id === undefined) return;
  if (seen.has(id))
    ctx.report(node, `${describe(node)}: id "${id}" is used more than once ${scope}`);
  seen.add(id);
}

/** Checks id uniqueness and `order`. */
export const idRule: Rule = (ctx) => {
  const seen: Seen = new Set();
  for (const kid of ctx.root.kids)
    if (isCore(kid, 'file')) see(ctx, seen, kid, 'among the <file> elements');
  const groups: Seen = new Set();
  for (const file of ctx.index.of('xlf', 'file')) {
    seen.clear();
    groups.clear();
    checkStructural(ctx, file, groups, seen);
  }
  for (const notes of ctx.index.of('xlf', 'notes')) {
    seen.clear();
    for (const kid of notes.kids)
      if (isCore(kid, 'note')) see(ctx, seen, kid, 'in the same <notes>');
  }
  for (const data of ctx.index.of('xlf', 'originalData')) {
    seen.clear();
    for (const kid of data.kids) see(ctx, seen, kid, 'in the same <originalData>');
  }
  const parents = new Set<VNode>();
  for (const node of ctx.index.ofKey('ext')) if (node.parent) parents.add(node.parent);
  for (const parent of parents) checkExtensionSiblings(ctx, parent);
  const sourceIds = new Map<string, VNode>();
  for (const view of unitsOf(ctx)) checkUnit(ctx, view, seen, sourceIds);
};

/** Groups and units of a file, recursively through groups (not into extension elements). */
function checkStructural(ctx: Ctx, node: VNode, groups: Seen, units: Seen): void {
  for (const kid of node.kids) {
    if (isCore(kid, 'unit')) see(ctx, units, kid, 'among the <unit> elements of the file');
    else if (isCore(kid, 'group')) {
      see(ctx, groups, kid, 'among the <group> elements of the file');
      checkStructural(ctx, kid, groups, units);
    }
  }
}

/** Extension children of `node` must have unique ids within their namespace. */
function checkExtensionSiblings(ctx: Ctx, node: VNode): void {
  let byNamespace: Map<string, Seen> | undefined;
  for (const kid of node.kids) {
    if (kid.key !== 'ext') continue;
    byNamespace ??= new Map();
    let seen = byNamespace.get(kid.ns);
    if (!seen) byNamespace.set(kid.ns, (seen = new Set()));
    see(ctx, seen, kid, 'among sibling extension elements');
  }
}

const UNIT_SCOPE = 'among the segments, ignorables and inline elements of the unit';

function checkUnit(ctx: Ctx, view: UnitView, seen: Seen, sourceIds: Map<string, VNode>): void {
  if (!view.parts.some((p) => p.local === 'segment'))
    ctx.report(view.unit, `${describe(view.unit)} has no <segment>`);
  seen.clear();
  // The first element with each id, for targets reusing the ids of source codes.
  sourceIds.clear();
  for (const part of view.parts) {
    see(ctx, seen, part, UNIT_SCOPE);
    const id = a(part, 'id');
    if (id !== undefined && !sourceIds.has(id)) sourceIds.set(id, part);
  }
  for (const side of view.sources) {
    for (const node of side.inline) {
      see(ctx, seen, node, UNIT_SCOPE);
      const id = a(node, 'id');
      if (id !== undefined && !sourceIds.has(id)) sourceIds.set(id, node);
    }
  }
  for (const side of view.targets) {
    for (const node of side.inline) {
      const id = a(node, 'id');
      const twin = id === undefined ? undefined : sourceIds.get(id);
      if (twin && twin.local !== node.local) {
        ctx.report(
          node,
          `${describe(node)} in a target uses the id of <${twin.el.name}> of the source; a target element may reuse only the id of the corresponding source element`,
        );
      }
    }
  }
  checkOrder(ctx, view);
}

/** `order` of targets: unique (explicit or implicit) and within the unit's parts. */
function checkOrder(ctx: Ctx, view: UnitView): void {
  if (view.targets.length > 1) checkPositions(ctx, view);
  for (const side of view.targets) {
    const order = a(side.content, 'order');
    if (order !== undefined && Number(order) > view.parts.length) {
      ctx.report(
        side.content,
        `<target order="${order}">: order is greater than the number of segments and ignorables in the unit (${view.parts.length})`,
      );
    }
  }
}

/** A target without order is at its part's position: explicit orders may not take it. */
function checkPositions(ctx: Ctx, view: UnitView): void {
  const taken = new Set<number>();
  // Positions of the parts: searched in small units, looked up in big ones (thousands of parts).
  let positions: Map<VNode, number> | undefined;
  for (const side of view.targets) {
    const order = a(side.content, 'order');
    let position: number;
    if (order !== undefined) position = Number(order);
    else if (view.parts.length <= 16) position = view.parts.indexOf(side.part) + 1;
    else {
      positions ??= new Map(view.parts.map((part, i) => [part, i + 1]));
      position = positions.get(side.part) ?? 0;
    }
    if (taken.has(position))
      ctx.report(
        side.content,
        `<target> takes position ${position} in the unit, already taken by another target (order must be unique, explicit or implicit)`,
      );
    taken.add(position);
  }
}
