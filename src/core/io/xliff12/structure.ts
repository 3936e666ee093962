/**
 * Finding one's way in an XLIFF 1.x tree: which prefixes name which
 * namespace, the translation units in document order, and the segments of
 * each (one per `mrk mtype="seg"` of its `seg-source`, else the unit
 * itself). Reader and writer walk the tree with these same functions, so
 * that the n-th segment read is the n-th written.
 */
import { DUIZHAO_NS, ITS_NS } from '../its/index.ts';
import { elements, localName, prefixOf, type XElement, type XNode } from './tree.ts';

/** Prefixes bound to the namespaces we read. `''` is XLIFF unless bound elsewhere. */
export interface Namespaces {
  xliff: Set<string>;
  its: Set<string>;
  dz: Set<string>;
}

/** The XLIFF 1.2 namespace, which files we write declare. */
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** Whether `uri` is an XLIFF 1.x namespace (1.0, 1.1, 1.2). */
export function isXliff1Namespace(uri: string): boolean {
  return /^urn:oasis:names:tc:xliff:document:1\.[0-2]$/.test(uri);
}

/** The prefixes of every namespace declaration in the document (prefixes are used consistently in practice). */
export function namespacesOf(root: XElement): Namespaces {
  const found: Namespaces = { xliff: new Set(['']), its: new Set(), dz: new Set() };
  const stack = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    for (const [name, uri] of Object.entries(element.a)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const prefix = name === 'xmlns' ? '' : name.slice(6);
      if (isXliff1Namespace(uri)) found.xliff.add(prefix);
      // Only the root's default namespace decides for unprefixed names at large;
      // a nested `xmlns` (SDL's `file-info`) is honoured by `isX` for its element.
      else if (prefix === '' && uri !== '' && element === root) found.xliff.delete('');
      if (uri === ITS_NS) found.its.add(prefix);
      if (uri === DUIZHAO_NS) found.dz.add(prefix);
    }
    for (const next of elements(element)) stack.push(next);
  }
  return found;
}

/** Whether `node` is the XLIFF element `local`. */
export function isX(node: XNode, local: string, ns: Namespaces): node is XElement {
  if (typeof node === 'string' || localName(node.n) !== local || !ns.xliff.has(prefixOf(node.n))) {
    return false;
  }
  const own = prefixOf(node.n) === '' ? node.a.xmlns : undefined;
  return own === undefined || own === '' || isXliff1Namespace(own);
}

/** The first XLIFF child named `local`. */
export function xChild(element: XElement, local: string, ns: Namespaces): XElement | undefined {
  return element.c.find((node): node is XElement => isX(node, local, ns));
}

/** A translation unit found in the tree, with where it is. */
export interface FoundUnit {
  unit: XElement;
  file: XElement;
  /** Structural path for messages, e.g. `xliff/file[1]/body/trans-unit[3]`. */
  path: string;
  /** The `group` directly holding the unit, if any. */
  group: XElement | null;
}

/** The translation units of `root` in document order (files, bodies, nested groups). */
export function transUnits(root: XElement, ns: Namespaces): FoundUnit[] {
  const found: FoundUnit[] = [];
  const visit = (parent: XElement, path: string, file: XElement, group: XElement | null): void => {
    const counts = new Map<string, number>();
    for (const node of parent.c) {
      if (typeof node === 'string') continue;
      const local = localName(node.n);
      if (!isX(node, local, ns)) continue;
      const n = (counts.get(local) ?? 0) + 1;
      counts.set(local, n);
      const here = `${path}/${local}[${n}]`;
      if (local === 'trans-unit') found.push({ unit: node, file, path: here, group });
      else if (local === 'group') visit(node, here, file, node);
      else if (local === 'body') visit(node, `${path}/body`, file, group);
    }
  };
  let n = 0;
  for (const file of root.c) {
    if (isX(file, 'file', ns)) visit(file, `xliff/file[${++n}]`, file, null);
  }
  return found;
}

/** One segment of a unit: where its source and target content are. */
export interface FoundSegment {
  /** The `mid` of its `mrk mtype="seg"`; `null` for an unsegmented unit. */
  mid: string | null;
  /** The element whose children are the source text (`source`, or a seg `mrk`). */
  source: XElement | null;
  /** Likewise for the target; `null` when the unit has no target for it. */
  target: XElement | null;
}

/** The `mrk mtype="seg"` elements under `element`, at any depth, in order. */
export function segMarkers(element: XElement, ns: Namespaces): XElement[] {
  const out: XElement[] = [];
  for (const node of element.c) {
    if (typeof node === 'string') continue;
    if (isX(node, 'mrk', ns) && node.a.mtype === 'seg') out.push(node);
    else out.push(...segMarkers(node, ns));
  }
  return out;
}

/** The segments of a unit; `wholeTarget` is set when a segmented unit's target is not segmented. */
export function segmentsOf(
  unit: XElement,
  ns: Namespaces,
): { segments: FoundSegment[]; wholeTarget: boolean } {
  const source = xChild(unit, 'source', ns) ?? null;
  const segSource = xChild(unit, 'seg-source', ns);
  const target = xChild(unit, 'target', ns) ?? null;
  const markers = segSource ? segMarkers(segSource, ns) : [];
  if (markers.length === 0)
    return { segments: [{ mid: null, source, target }], wholeTarget: false };
  const targetMarkers = new Map<string, XElement>();
  for (const marker of target ? segMarkers(target, ns) : []) {
    targetMarkers.set(marker.a.mid ?? '', marker);
  }
  const wholeTarget = target !== null && targetMarkers.size === 0 && target.c.length > 0;
  const segments = markers.map((marker, index) => ({
    mid: marker.a.mid ?? '',
    source: marker,
    target: wholeTarget
      ? index === 0
        ? target
        : null
      : (targetMarkers.get(marker.a.mid ?? '') ?? null),
  }));
  return { segments, wholeTarget };
}
