/**
 * A namespace-resolved view of the parsed element tree. The parser keeps
 * prefixes as written; XLIFF files bind modules to any prefix (or to the
 * default namespace), so every rule works on resolved names instead:
 * `key` is `xlf`, a module key (`mtc`, `gls`...), `ext` or `''`.
 *
 * Built in one walk that also lists the elements in document order, so
 * that rules loop over a flat array; nothing per node is built that only a
 * report needs (paths, positions among siblings): those come on demand.
 */
import type { XmlElement } from '../../xml/index.ts';
import { namespaceKey, XML_NS } from './namespaces.ts';

/** A prefixed attribute with its namespace resolved. */
export interface VAttr {
  /** As written, e.g. `fs:fs`. */
  name: string;
  ns: string;
  key: string;
  local: string;
  value: string;
}

/** An element with its namespace resolved and links for the rules to walk. */
export interface VNode {
  el: XmlElement;
  ns: string;
  key: string;
  local: string;
  parent: VNode | undefined;
  /**
   * 1-based position among the parent's children of the same name, for
   * paths; 0 until `pathOf` needs it.
   */
  index: number;
  /**
   * The prefixed attributes (namespace declarations aside), resolved.
   * Unprefixed ones have no namespace: rules read them from `el.attributes`,
   * which saves an object per attribute on big files.
   */
  attrs: readonly VAttr[];
  kids: readonly VNode[];
  /** The element holds character data other than whitespace. */
  hasText: boolean;
}

/** The resolved tree, its elements in document order and by kind. */
export interface VTree {
  root: VNode;
  all: VNode[];
  index: KindIndex;
}

/** The value of an unprefixed attribute, or of `xml:NAME` when `key` is `xml`. */
export function attr(node: VNode, local: string, key = ''): string | undefined {
  for (const a of node.attrs) if (a.local === local && a.key === key) return a.value;
  return undefined;
}

/** Whether the node is the core element `local` (any local when omitted). */
export function isCore(node: VNode | undefined, local?: string): boolean {
  return node !== undefined && node.key === 'xlf' && (local === undefined || node.local === local);
}

/** A path like `xliff/file[1]/unit[2]/segment[1]/source/sc[1]`, built only for reports. */
export function pathOf(node: VNode): string {
  const parts: string[] = [];
  for (let at: VNode | undefined = node; at; at = at.parent) {
    if (SINGLE.has(at.el.name) || !at.parent) parts.push(at.el.name);
    else {
      if (at.index === 0) numberSiblings(at.parent);
      parts.push(`${at.el.name}[${at.index}]`);
    }
  }
  return parts.reverse().join('/');
}

/** Numbers all children of `parent` at once, so that many reports stay linear. */
function numberSiblings(parent: VNode): void {
  const seen = new Map<string, number>();
  for (const kid of parent.kids) {
    const n = (seen.get(kid.el.name) ?? 0) + 1;
    seen.set(kid.el.name, n);
    kid.index = n;
  }
}

/** Elements that occur at most once where they are, so their path needs no index. */
const SINGLE = new Set(['xliff', 'source', 'target', 'notes', 'originalData', 'skeleton']);

/** A bound namespace and its key, resolved once per declaration rather than per element. */
interface Binding {
  ns: string;
  key: string;
}

type Scope = ReadonlyMap<string, Binding>;

const NO_ATTRS: readonly VAttr[] = Object.freeze([]);
const NO_KIDS: readonly VNode[] = Object.freeze([]);
const NO_NODES: readonly VNode[] = Object.freeze([]);
const UNBOUND: Binding = { ns: '', key: '' };

/**
 * The core elements rules look up by kind. Inline elements, sources and
 * targets (most of a file) are reached through their units instead, and
 * not listing them saves a quarter of the time of resolving the tree.
 */
const INDEXED_CORE: ReadonlySet<string> = new Set([
  'file',
  'skeleton',
  'notes',
  'note',
  'originalData',
  'unit',
  'segment',
  'ignorable',
  'mrk',
  'sm',
]);

/**
 * The elements of each kind (namespace key and local name) and the
 * elements carrying attributes of each module, in document order, so that
 * a rule visits only what it checks.
 */
export class KindIndex {
  private readonly elements = new Map<string, Map<string, VNode[]>>();
  private readonly attributes = new Map<string, VNode[]>();

  /** Elements `key:local`; for the core, only the kinds in `INDEXED_CORE`. */
  of(key: string, local: string): readonly VNode[] {
    if (key === 'xlf' && !INDEXED_CORE.has(local)) throw new Error(`<${local}> is not indexed`);
    return this.elements.get(key)?.get(local) ?? NO_NODES;
  }

  /** Every element of the namespace key `key`, kind by kind. */
  ofKey(key: string): VNode[] {
    return [...(this.elements.get(key)?.values() ?? [])].flat();
  }

  /** Elements with at least one attribute of the namespace key `key`. */
  withAttributesOf(key: string): readonly VNode[] {
    return this.attributes.get(key) ?? NO_NODES;
  }

  /** Records `node` (called in document order). */
  addElement(node: VNode): void {
    if (node.key === 'xlf' && !INDEXED_CORE.has(node.local)) return;
    let locals = this.elements.get(node.key);
    if (!locals) this.elements.set(node.key, (locals = new Map<string, VNode[]>()));
    const list = locals.get(node.local);
    if (list) list.push(node);
    else locals.set(node.local, [node]);
  }

  /** Records that `node` has an attribute of `key` (once per node and key). */
  addAttribute(node: VNode, key: string): void {
    const list = this.attributes.get(key);
    if (!list) this.attributes.set(key, [node]);
    else if (list[list.length - 1] !== node) list.push(node);
  }
}

/** Resolves namespaces of the whole tree (linear in its size). */
export function resolveTree(root: XmlElement): VTree {
  const all: VNode[] = [];
  const index = new KindIndex();
  const initial: Scope = new Map([['xml', { ns: XML_NS, key: namespaceKey(XML_NS) }]]);
  return { root: build(root, undefined, initial, all, index), all, index };
}

function build(
  el: XmlElement,
  parent: VNode | undefined,
  outer: Scope,
  all: VNode[],
  index: KindIndex,
): VNode {
  const attributes = el.attributes;
  let scope = outer;
  let prefixed = 0;
  for (const name in attributes) {
    if (name !== 'xmlns' && !name.includes(':')) continue;
    if (!isNamespaceDeclaration(name)) {
      prefixed++;
      continue;
    }
    if (scope === outer) scope = new Map(outer);
    const ns = attributes[name] ?? '';
    (scope as Map<string, Binding>).set(name.length === 5 ? '' : name.slice(6), {
      ns,
      key: namespaceKey(ns),
    });
  }
  const colon = el.name.indexOf(':');
  const binding = scope.get(colon === -1 ? '' : el.name.slice(0, colon)) ?? UNBOUND;
  const node: VNode = {
    el,
    ns: binding.ns,
    key: binding.key,
    local: colon === -1 ? el.name : el.name.slice(colon + 1),
    parent,
    index: 0,
    attrs: NO_ATTRS,
    kids: NO_KIDS,
    hasText: false,
  };
  all.push(node);
  index.addElement(node);
  if (prefixed > 0) node.attrs = attributesOf(node, scope, index);
  // Sized up front: arrays grown by push keep room for 17, and most elements have one or two.
  let elements = 0;
  for (const child of el.children) {
    if (typeof child !== 'string') elements++;
    else if (!node.hasText && !isBlank(child)) node.hasText = true;
  }
  if (elements > 0) {
    const kids = new Array<VNode>(elements);
    let k = 0;
    for (const child of el.children) {
      if (typeof child !== 'string') kids[k++] = build(child, node, scope, all, index);
    }
    node.kids = kids;
  }
  return node;
}

/** The prefixed attributes of `node` other than namespace declarations, resolved in `scope`. */
function attributesOf(node: VNode, scope: Scope, index: KindIndex): VAttr[] {
  const attributes = node.el.attributes;
  const list: VAttr[] = [];
  for (const name in attributes) {
    const colon = name.indexOf(':');
    if (colon === -1 || isNamespaceDeclaration(name)) continue;
    const value = attributes[name] as string;
    const prefix = name.slice(0, colon);
    const binding = scope.get(prefix);
    const ns = binding ? binding.ns : `undeclared:${prefix}`;
    const key = binding ? binding.key : namespaceKey(ns);
    list.push({ name, ns, key, local: name.slice(colon + 1), value });
    if (key !== 'xml') index.addAttribute(node, key);
  }
  return list;
}

/** `xmlns` or `xmlns:prefix`. */
function isNamespaceDeclaration(name: string): boolean {
  return name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 0x3a);
}

/** Whether `text` is XML white space only. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}
