/**
 * XML namespaces for the XLIFF 2 reader and writer. The element tree keeps
 * names as written (`xlf:unit`, `its:locQualityIssueType`), so prefixes are
 * resolved here through the `xmlns` declarations in scope: files bind the
 * core and the modules to whatever prefixes they like, or to none.
 */
import type { XmlElement } from '../xml/index.ts';

/** The XLIFF 2.0 and 2.1 core namespace (also used by XLIFF 2.2 files that keep it). */
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** The namespace of the XLIFF 2.2 drafts' schema and test suite. */
export const XLIFF22_NS = 'urn:oasis:names:tc:xliff:document:2.2';
/** The Change Tracking module. */
export const CTR_NS = 'urn:oasis:names:tc:xliff:changetracking:2.0';
/** The namespace bound to the `xml` prefix. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Whether `uri` is an XLIFF 2 core namespace. */
export function isCoreNs(uri: string | undefined): boolean {
  return uri === XLIFF2_NS || uri === XLIFF22_NS;
}

/** Prefix → namespace bindings in scope; `''` is the default namespace. */
export type NsScope = ReadonlyMap<string, string>;

/** The scope at the root: only `xml` is bound. */
export const ROOT_SCOPE: NsScope = new Map([['xml', XML_NS]]);

/** The scope inside `element`, given the scope around it. */
export function scopeOf(element: XmlElement, outer: NsScope): NsScope {
  let scope: Map<string, string> | null = null;
  const { attributes } = element;
  // `for…in` rather than `Object.entries`: called for every element of the
  // file, and most have no declaration to allocate anything for.
  for (const name in attributes) {
    if (!name.startsWith('xmlns') || (name.length > 5 && name.charCodeAt(5) !== 0x3a)) continue;
    scope ??= new Map(outer);
    scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name] ?? '');
  }
  return scope ?? outer;
}

/** A name split into namespace and local part. */
export interface QName {
  ns: string | undefined;
  local: string;
}

/** An element name resolved in `scope` (unprefixed names take the default namespace). */
export function elementName(name: string, scope: NsScope): QName {
  const colon = name.indexOf(':');
  return colon === -1
    ? { ns: scope.get(''), local: name }
    : { ns: scope.get(name.slice(0, colon)), local: name.slice(colon + 1) };
}

/** An attribute name resolved in `scope` (unprefixed attributes are in no namespace). */
export function attributeName(name: string, scope: NsScope): QName {
  const colon = name.indexOf(':');
  if (colon === -1) return { ns: undefined, local: name };
  const prefix = name.slice(0, colon);
  return { ns: prefix ? scope.get(prefix) : undefined, local: name.slice(colon + 1) };
}

/** The prefix of a name as written, with its colon (`xlf:`), or `''`. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? '' : name.slice(0, colon + 1);
}

/** The value of the attribute of `element` in namespace `ns` named `local`, if any. */
export function nsAttribute(
  element: XmlElement,
  scope: NsScope,
  ns: string,
  local: string,
): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) {
    const q = attributeName(name, scope);
    if (q.ns === ns && q.local === local) return value;
  }
  return undefined;
}

/** The child elements of `element`, skipping text. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}
