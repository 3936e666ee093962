/**
 * What the kept tree must not hold: everything the writer regenerates from
 * the review (our `alt-trans` versions, ITS issue markers and their
 * standoff records). Writing them back from the tree as well would double
 * every flag on the next import.
 */
import { LQI_ATTRIBUTES } from '../its/index.ts';
import type { Standoff } from './read-issues.ts';
import { isOurAltTrans } from './read-unit.ts';
import { isX, transUnits, type Namespaces } from './structure.ts';
import { localName, prefixOf, type XElement, type XNode } from './tree.ts';

function isIssueMarker(node: XElement, ns: Namespaces): boolean {
  return (
    isX(node, 'mrk', ns) &&
    Object.keys(node.a).some(
      (name) =>
        ns.its.has(prefixOf(name)) &&
        (LQI_ATTRIBUTES as readonly string[]).includes(localName(name)),
    )
  );
}

/** `nodes` with issue markers replaced by their content, adjacent text merged. */
function unwrap(nodes: readonly XNode[], ns: Namespaces): XNode[] {
  const out: XNode[] = [];
  const push = (node: XNode): void => {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(node);
  };
  for (const node of nodes) {
    if (typeof node === 'string') push(node);
    else if (isIssueMarker(node, ns)) unwrap(node.c, ns).forEach(push);
    else push({ ...node, c: unwrap(node.c, ns) });
  }
  return out;
}

/** Strips, in place, what the writer regenerates; returns `root`. */
export function stripRegenerated(root: XElement, ns: Namespaces, standoff: Standoff): XElement {
  const records = new Set(standoff.elements.values());
  for (const { unit } of transUnits(root, ns)) {
    for (const name of Object.keys(unit.a)) {
      const local = localName(name);
      if (ns.its.has(prefixOf(name)) && (LQI_ATTRIBUTES as readonly string[]).includes(local)) {
        delete unit.a[name];
      }
    }
    unit.c = unit.c
      .filter(
        (node) => typeof node === 'string' || (!isOurAltTrans(node, ns) && !records.has(node)),
      )
      .map((node) =>
        typeof node !== 'string' &&
        ['source', 'seg-source', 'target'].some((name) => isX(node, name, ns))
          ? { ...node, c: unwrap(node.c, ns) }
          : node,
      );
  }
  return root;
}
