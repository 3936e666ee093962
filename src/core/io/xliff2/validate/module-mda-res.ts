/**
 * Metadata (`mda`) and Resource Data (`res`) modules: unique ids in their
 * scopes; a resource `source`/`target` has `href` if and only if it is
 * empty, and its `xml:lang` agrees with the document's languages.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { attr, type VNode } from './tree.ts';
import { a } from './units.ts';

function isResourceData(node: VNode): boolean {
  return node.key === 'res' && node.local === 'resourceData';
}

/** Resource item ids are unique among all the `<res:resourceData>` of one element. */
function checkResourceItems(ctx: Ctx, node: VNode): void {
  const ids = new Set<string>();
  for (const data of node.kids) {
    if (!isResourceData(data)) continue;
    for (const item of data.kids) {
      const id = a(item, 'id');
      if (id === undefined) continue;
      if (ids.has(id))
        ctx.report(
          item,
          `${describe(item)}: id "${id}" is used more than once among the resource items of the same element`,
        );
      ids.add(id);
    }
  }
}

/** Checks metadata and resource data. */
export const metadataResourceRule: Rule = (ctx) => {
  const srcLang = a(ctx.root, 'srcLang') ?? '';
  for (const node of ctx.index.of('mda', 'metadata')) checkMetadataIds(ctx, node, new Set());
  // Each element holding resource data once, however many <res:resourceData> it has.
  const holders = new Set<VNode>();
  for (const data of ctx.index.of('res', 'resourceData')) if (data.parent) holders.add(data.parent);
  for (const holder of holders) checkResourceItems(ctx, holder);
  for (const local of ['source', 'target']) {
    for (const node of ctx.index.of('res', local)) checkResourceText(ctx, node, srcLang);
  }
};

/** Ids are unique in one `<mda:metadata>`, through its nested groups. */
function checkMetadataIds(ctx: Ctx, n: VNode, ids: Set<string>): void {
  const id = a(n, 'id');
  if (id !== undefined) {
    if (ids.has(id))
      ctx.report(n, `${describe(n)}: id "${id}" is used more than once in the same <mda:metadata>`);
    ids.add(id);
  }
  for (const kid of n.kids) if (kid.key === 'mda') checkMetadataIds(ctx, kid, ids);
}

/** A resource `source`/`target`: href if and only if empty; the source in the document's language. */
function checkResourceText(ctx: Ctx, node: VNode, srcLang: string): void {
  const empty = node.kids.length === 0 && !node.hasText;
  if (empty === (a(node, 'href') === undefined)) {
    ctx.report(node, `<res:${node.local}> must have href if and only if it is empty`);
  }
  // Only the source is bound to the document's language: a resource
  // target may be a variant (the suite's valid files use lb-lu for de).
  const lang = attr(node, 'lang', 'xml');
  if (
    node.local === 'source' &&
    lang !== undefined &&
    lang.toLowerCase() !== srcLang.toLowerCase()
  ) {
    ctx.report(
      node,
      `<res:${node.local}> has xml:lang "${lang}", which is not the document's srcLang "${srcLang}"`,
    );
  }
}
