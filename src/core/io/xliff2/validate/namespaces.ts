/**
 * Namespace names of XLIFF 2.x and of the modules the validator knows, and
 * the short keys the rules use for them.
 */

/** XLIFF 2.0 (also used by 2.1 documents) and 2.2 core namespaces. */
export const CORE_NAMESPACES: ReadonlySet<string> = new Set([
  'urn:oasis:names:tc:xliff:document:2.0',
  'urn:oasis:names:tc:xliff:document:2.1',
  'urn:oasis:names:tc:xliff:document:2.2',
]);

/** The `xml:` namespace, bound without a declaration. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Module namespaces by the key the rules use (the prefix the specification uses). */
export const MODULE_NAMESPACES: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:xliff:matches:2.0': 'mtc',
  'urn:oasis:names:tc:xliff:glossary:2.0': 'gls',
  'urn:oasis:names:tc:xliff:fs:2.0': 'fs',
  'urn:oasis:names:tc:xliff:metadata:2.0': 'mda',
  'urn:oasis:names:tc:xliff:resourcedata:2.0': 'res',
  'urn:oasis:names:tc:xliff:changetracking:2.0': 'ctr',
  'urn:oasis:names:tc:xliff:changetracking:2.1': 'ctr',
  'urn:oasis:names:tc:xliff:sizerestriction:2.0': 'slr',
  'urn:oasis:names:tc:xliff:validation:2.0': 'val',
  'http://www.w3.org/2005/11/its': 'its',
  'urn:oasis:names:tc:xliff:itsm:2.1': 'itsm',
  'urn:oasis:names:tc:xliff:pgs:1.0': 'pgs',
};

/**
 * The namespace key of a namespace name: `xlf` for the core, `xml`, a module
 * key, `ext` for any other namespace and `''` for no namespace.
 */
export function namespaceKey(uri: string): string {
  if (uri === '') return '';
  if (CORE_NAMESPACES.has(uri)) return 'xlf';
  if (uri === XML_NS) return 'xml';
  return MODULE_NAMESPACES[uri] ?? 'ext';
}
