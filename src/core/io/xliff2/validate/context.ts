/**
 * What every rule receives: the resolved tree, its elements in document
 * order, and the way to report a problem. Paths and element descriptions
 * are built only when a problem is reported.
 */
import type { Xliff2Problem } from './index.ts';
import { pathOf, type KindIndex, type VNode, type VTree } from './tree.ts';

/** The validation in progress. */
export interface Ctx {
  root: VNode;
  /** Every element in document order. */
  all: readonly VNode[];
  /** Elements by kind, and by the modules of their attributes, in document order. */
  index: KindIndex;
  /** Records a problem at `node`. */
  report(node: VNode, message: string): void;
}

/** One family of checks; rules are independent and may run in any order. */
export type Rule = (ctx: Ctx) => void;

/** A context collecting problems into `problems`. */
export function createContext(tree: VTree, problems: Xliff2Problem[]): Ctx {
  return {
    root: tree.root,
    all: tree.all,
    index: tree.index,
    report(node, message) {
      problems.push({ message, path: pathOf(node), offset: node.el.offset });
    },
  };
}

const IDENTIFYING = ['id', 'startRef', 'ref'];

/** `<name a="v">` as written, for messages: the element with its identifying attribute. */
export function describe(node: VNode): string {
  const el = node.el;
  for (const key of IDENTIFYING) {
    const value = el.attributes[key];
    if (value !== undefined) return `<${el.name} ${key}="${value}">`;
  }
  return `<${el.name}>`;
}
