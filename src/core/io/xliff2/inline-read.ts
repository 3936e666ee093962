/**
 * Reading the content of a `<source>` or `<target>`: text with one
 * placeholder character per inline code (`model/inline-code.ts`), the ITS
 * quality markers found in it (which become flags), and the content with
 * those markers taken out (kept in the record, so the writer can put the
 * content back unchanged when the text did not change).
 */
import { codeChar, type InlineCode, type InlineCodeRole } from '../../model/inline-code.ts';
import { DUIZHAO_NS, ITS_NS } from '../its/index.ts';
import type { XmlElement, XmlNode } from '../xml/index.ts';
import type { Xliff2CodeData, Xliff2CodeKind } from './model.ts';
import { attributeName, elementName, isCoreNs, scopeOf, type NsScope } from './namespaces.ts';

/** One quality issue on a marker: its ITS attributes and ours, by local name. */
export interface LqiIssue {
  its: Record<string, string>;
  ours: Record<string, string>;
}

/** A span of the side's raw text carrying quality issues. */
export interface LqiSpan {
  start: number;
  end: number;
  issues: LqiIssue[];
}

/** A side as read. */
export interface SideRead {
  /** Raw text (not trimmed) with placeholders. */
  text: string;
  lqi: LqiSpan[];
  /** The content with the quality markers unwrapped. */
  children: XmlNode[];
}

/** The codes of one segment: source and target share the characters. */
export class CodeTable {
  readonly codes: InlineCode[] = [];
  /** Made on the first code: most segments of a large file have none. */
  private byKey: Map<string, InlineCode> | null = null;

  /** The character of the code `data` (the same one for the same code on both sides). */
  charFor(data: Xliff2CodeData, role: InlineCodeRole, label: string, title: string): string {
    const key = codeKey(data);
    this.byKey ??= new Map();
    const known = this.byKey.get(key);
    if (known) return known.char;
    const code: InlineCode = { char: codeChar(this.codes.length), role, label, title, data };
    this.codes.push(code);
    this.byKey.set(key, code);
    return code.char;
  }

  /** How many codes there are; the table is full at the end of the placeholder range. */
  get size(): number {
    return this.codes.length;
  }
}

/**
 * What makes two codes the same: kind and attributes in order. Joined with
 * control characters no attribute value of an XML 1.0 file can hold, which
 * is several times cheaper than `JSON.stringify` over 100,000 codes.
 */
function codeKey(data: Xliff2CodeData): string {
  let key = data.kind;
  for (const name in data.attributes) key += `\u0001${name}\u0002${data.attributes[name]}`;
  return key;
}

/** Standoff issues (`its:locQualityIssues`) by `xml:id`, for `locQualityIssuesRef`. */
export type StandoffIssues = (ref: string) => LqiIssue[];

const ROLES: Readonly<Record<Xliff2CodeKind, InlineCodeRole>> = {
  ph: 'standalone',
  cp: 'standalone',
  pc: 'open',
  mrk: 'open',
  sc: 'open',
  sm: 'open',
  'pc-end': 'close',
  'mrk-end': 'close',
  ec: 'close',
  em: 'close',
};

/** The quality issues on a marker element, or `null` when it is not a quality marker. */
export function lqiIssues(
  element: XmlElement,
  scope: NsScope,
  standoff: StandoffIssues,
): LqiIssue[] | null {
  const its: Record<string, string> = {};
  const ours: Record<string, string> = {};
  let lqi = false;
  for (const [name, value] of Object.entries(element.attributes)) {
    const q = attributeName(name, scope);
    if (q.ns === ITS_NS && q.local.startsWith('locQualityIssue')) {
      its[q.local] = value;
      lqi = true;
    } else if (q.ns === DUIZHAO_NS) ours[q.local] = value;
  }
  if (!lqi) return null;
  const ref = its.locQualityIssuesRef;
  if (ref !== undefined) {
    const issues = standoff(ref.replace(/^#/, ''));
    return issues.length > 0 ? issues : [{ its, ours }];
  }
  return [{ its, ours }];
}

/** Inline elements that stand for one code each, whatever their content. */
const STANDALONE: ReadonlySet<string> = new Set(['ph', 'sc', 'ec', 'sm', 'em', 'cp']);

function describe(kind: Xliff2CodeKind, attributes: Record<string, string>): [string, string] {
  const id = attributes.id ?? attributes.startRef ?? '';
  const equiv = attributes.equiv ?? attributes.equivStart ?? attributes.equivEnd;
  const closing = ROLES[kind] === 'close';
  const label =
    kind === 'cp'
      ? `U+${(attributes.hex ?? '').toUpperCase()}`
      : equiv && equiv.length <= 16
        ? equiv
        : `${closing ? '/' : ''}${id}`;
  const title = attributes.disp ?? attributes.dispStart ?? attributes.dispEnd ?? `${kind} ${id}`;
  return [label, title];
}

/** Reads the inline content of `side` (a `<source>` or `<target>`). */
export function readInline(
  side: XmlElement,
  outer: NsScope,
  table: CodeTable,
  standoff: StandoffIssues,
): SideRead {
  // Most sides are text alone: no walk, and the content kept as it is.
  if (side.children.every((child) => typeof child === 'string')) {
    return { text: side.children.join(''), lqi: [], children: side.children };
  }
  let text = '';
  const lqi: LqiSpan[] = [];
  const openSm = new Map<string, LqiSpan>();
  const code = (
    kind: Xliff2CodeKind,
    element: XmlElement,
    attributes = element.attributes,
  ): string => {
    const data: Xliff2CodeData = { kind, name: element.name, attributes };
    const [label, title] = describe(kind, attributes);
    return table.charFor(data, ROLES[kind], label, title);
  };
  const walk = (nodes: readonly XmlNode[], scope: NsScope): XmlNode[] => {
    const kept: XmlNode[] = [];
    for (const node of nodes) {
      if (typeof node === 'string') {
        text += node;
        kept.push(node);
        continue;
      }
      const inner = scopeOf(node, scope);
      const q = elementName(node.name, inner);
      const local = isCoreNs(q.ns) ? q.local : '';
      const issues = local === 'mrk' || local === 'sm' ? lqiIssues(node, inner, standoff) : null;
      if (issues && local === 'mrk') {
        const span: LqiSpan = { start: text.length, end: 0, issues };
        kept.push(...walk(node.children, inner));
        span.end = text.length;
        lqi.push(span);
      } else if (issues) {
        const span: LqiSpan = { start: text.length, end: -1, issues };
        lqi.push(span);
        openSm.set(node.attributes.id ?? '', span);
      } else if (local === 'em' && openSm.has(node.attributes.startRef ?? '')) {
        const span = openSm.get(node.attributes.startRef ?? '');
        if (span) span.end = text.length;
        openSm.delete(node.attributes.startRef ?? '');
      } else if (local === 'pc' || local === 'mrk') {
        text += code(local, node);
        const children = walk(node.children, inner);
        text += code(local === 'pc' ? 'pc-end' : 'mrk-end', node, { id: node.attributes.id ?? '' });
        kept.push({ ...node, children });
      } else if (STANDALONE.has(local)) {
        text += code(local as Xliff2CodeKind, node);
        kept.push(node);
      } else {
        // Not inline content XLIFF allows; kept, shows as nothing.
        kept.push(node);
      }
    }
    return kept;
  };
  const children = walk(side.children, outer);
  for (const span of lqi) if (span.end < 0) span.end = text.length;
  return { text, lqi, children };
}
