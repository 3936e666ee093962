/** Walking a typology's category tree. */
import type { CategoryNode, Typology } from './schema.ts';

/** Every category node of `typology`, depth first, each dimension before its subtypes. */
export function categoryNodes(typology: Typology): CategoryNode[] {
  const out: CategoryNode[] = [];
  const walk = (nodes: readonly CategoryNode[]) => {
    for (const node of nodes) {
      out.push(node);
      if (node.children) walk(node.children);
    }
  };
  walk(typology.categories);
  return out;
}

/**
 * Every category path of `typology`, depth first. Dimensions are included:
 * MQM allows annotating at a dimension when no subtype fits.
 */
export function categoryPaths(typology: Typology): string[] {
  return categoryNodes(typology).map((node) => node.path);
}

/** The category at `path` in `typology`, or `undefined`. */
export function findCategory(typology: Typology, path: string): CategoryNode | undefined {
  return categoryNodes(typology).find((node) => node.path === path);
}
