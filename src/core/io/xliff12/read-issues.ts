/**
 * Standoff ITS issues (`its:locQualityIssues xml:id="…"`), collected once
 * per file so that markers anywhere can refer to them.
 */
import { LQI_ATTRIBUTES } from '../its/index.ts';
import type { Namespaces } from './structure.ts';
import { elements, localName, prefixOf, type XElement } from './tree.ts';

/** The issue records by `xml:id`, and the elements holding them. */
export interface Standoff {
  issues: Map<string, Record<string, string>[]>;
  elements: Map<string, XElement>;
}

/** Reads the attributes of an issue element: ITS ones by local name, ours as `dz:<local>`. */
export function issueRecord(element: XElement, ns: Namespaces): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.a)) {
    const prefix = prefixOf(name);
    const local = localName(name);
    if (
      (prefix === '' || ns.its.has(prefix)) &&
      (LQI_ATTRIBUTES as readonly string[]).includes(local)
    ) {
      record[local] = value;
    } else if (ns.dz.has(prefix)) record[`dz:${local}`] = value;
  }
  return record;
}

/** Every `its:locQualityIssues` of the file. */
export function collectStandoff(root: XElement, ns: Namespaces): Standoff {
  const standoff: Standoff = { issues: new Map(), elements: new Map() };
  const stack = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (localName(element.n) === 'locQualityIssues' && ns.its.has(prefixOf(element.n))) {
      const id = element.a['xml:id'];
      if (id !== undefined) {
        standoff.elements.set(id, element);
        standoff.issues.set(
          id,
          elements(element)
            .filter((item) => localName(item.n) === 'locQualityIssue')
            .map((item) => issueRecord(item, ns)),
        );
      }
      continue;
    }
    for (const next of elements(element)) stack.push(next);
  }
  return standoff;
}
