/**
 * XLIFF 2.x validation without the OASIS schemas (which the browser app may
 * not ship): the schema-level rules and the specification's processing
 * constraints, for the core and the modules of the conformance suites.
 * Each rule family lives in its own module and is listed in `registry.ts`.
 * Runs in time linear in the document's size: the tree is resolved in one
 * walk, and each rule loops over the flat list of elements or the units.
 */
import type { XmlElement } from '../../xml/index.ts';
import { createContext } from './context.ts';
import { RULES } from './registry.ts';
import { resolveTree } from './tree.ts';

/** One violation of XLIFF 2.x: what is wrong, where (element path) and the element's offset. */
export interface Xliff2Problem {
  message: string;
  /** Like `xliff/file[1]/unit[2]/segment[1]/source/sc[1]`. */
  path: string;
  /** UTF-16 offset of the element's `<`, as in `XmlElement.offset`. */
  offset: number;
}

/** Validates an XLIFF 2.x document; returns every problem found (empty when valid). */
export function validateXliff2(root: XmlElement): Xliff2Problem[] {
  const problems: Xliff2Problem[] = [];
  const ctx = createContext(resolveTree(root), problems);
  for (const rule of RULES) rule(ctx);
  return problems;
}
