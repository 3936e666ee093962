/**
 * The XLIFF 1.2 file as the project keeps it: a compact element tree (short
 * keys, no offsets) that the writer serialises again with the current
 * texts put in. Keeping the whole tree, rather than picking fields, is what
 * makes write-back lossless for the many tools' extensions (SDL, memoQ,
 * Okapi…) that no reader can know in advance.
 */
import { z } from 'zod';
import { escapeXmlAttribute, escapeXmlText, type XmlElement, type XmlNode } from '../xml/index.ts';

/** An element of the kept tree: name as written (prefix included), attributes, children. */
export interface XElement {
  n: string;
  a: Record<string, string>;
  c: XNode[];
}

/** Character data or an element. */
export type XNode = string | XElement;

/** zod schema of a kept node (recursive). */
export const xNodeSchema: z.ZodType<XNode> = z.lazy(() =>
  z.union([
    z.string(),
    z.object({
      n: z.string().min(1),
      a: z.record(z.string(), z.string()),
      c: z.array(xNodeSchema),
    }),
  ]),
);

/** The kept form of a parsed element. */
export function keep(element: XmlElement): XElement {
  return {
    n: element.name,
    a: { ...element.attributes },
    c: element.children.map((child: XmlNode) => (typeof child === 'string' ? child : keep(child))),
  };
}

/** The local part of a qualified name (`sdl:seg` → `seg`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The prefix of a qualified name, `''` when none. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? '' : name.slice(0, colon);
}

/** The element children of `element`, optionally only those named `name`. */
export function elements(element: XElement, name?: string): XElement[] {
  return element.c.filter(
    (child): child is XElement =>
      typeof child !== 'string' && (name === undefined || child.n === name),
  );
}

/** The first element child named `name`. */
export function child(element: XElement, name: string): XElement | undefined {
  return element.c.find((node): node is XElement => typeof node !== 'string' && node.n === name);
}

/** The concatenated character data of `nodes`, elements' text included. */
export function textOf(nodes: readonly XNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : textOf(node.c))).join('');
}

/** Serialises nodes as XML, escaping text and attributes; empty elements self-close. */
export function serialize(nodes: readonly XNode[]): string {
  const out: string[] = [];
  // An explicit stack, not recursion: the tree's depth is bounded by the
  // parser, but a stack keeps serialising cheap on 50 MB files.
  const stack: (XNode | { close: string })[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (typeof node === 'string') {
      out.push(escapeXmlText(node));
      continue;
    }
    if ('close' in node) {
      out.push(`</${node.close}>`);
      continue;
    }
    const attributes = Object.entries(node.a)
      .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
      .join('');
    if (node.c.length === 0) {
      out.push(`<${node.n}${attributes}/>`);
      continue;
    }
    out.push(`<${node.n}${attributes}>`);
    stack.push({ close: node.n });
    for (let i = node.c.length - 1; i >= 0; i--) {
      const item = node.c[i];
      if (item !== undefined) stack.push(item);
    }
  }
  return out.join('');
}
