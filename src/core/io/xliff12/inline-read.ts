/**
 * Reading the content of one segment (a `source`, `target` or `mrk
 * mtype="seg"`) into plain text with placeholder characters for its inline
 * codes, and the spans ITS Localization Quality Issues mark in it.
 *
 * Codes are numbered per unit, source and target sharing one table (see
 * `model/inline-code.ts`): a code is known by its element, its id and its
 * role, so `<g id="1">` in the source and in the target get one character.
 * `mrk mtype="x-its"` elements that carry issues become spans, not codes:
 * the flags are the truth, and the writer puts the markers back from them.
 */
import { codeChar, type InlineCode, type InlineCodeRole } from '../../model/inline-code.ts';
import { LQI_ATTRIBUTES } from '../its/index.ts';
import { localName, prefixOf, serialize, type XElement, type XNode } from './tree.ts';

/** What the writer needs to put a code back. */
export interface CodeData {
  /** Element name as written (`g`, `x`, `bpt`, `mrk`, `sdl:foo`…). */
  name: string;
  attributes: Record<string, string>;
  /** Content of codes that hold original data (`ph`, `bpt`, `ept`, `it`…). */
  content?: XNode[];
}

/** A span marked by ITS issues, in code units of the raw segment text. */
export interface IssueSpan {
  start: number;
  end: number;
  /** Each issue's attributes by local name (`locQualityIssueType`…), ours prefixed `dz:`. */
  issues: Record<string, string>[];
}

/** The code table of one unit, shared by its source and target. */
export class CodeTable {
  readonly codes: InlineCode[] = [];
  private readonly byKey = new Map<string, InlineCode>();

  /** The character of the code `key`, allocating it on first sight; the target's data wins. */
  charFor(key: string, role: InlineCodeRole, data: CodeData, side: 'source' | 'target'): string {
    const known = this.byKey.get(key);
    if (known) {
      if (side === 'target') known.data = data;
      return known.char;
    }
    const id = data.attributes.id ?? data.attributes.rid ?? data.attributes.mid ?? '';
    const label = (role === 'close' ? '/' : '') + (id || localName(data.name));
    const code: InlineCode = {
      char: codeChar(this.codes.length),
      role,
      label: label.slice(0, 40),
      title: serialize([{ n: data.name, a: data.attributes, c: data.content ?? [] }]).slice(0, 200),
      data,
    };
    this.codes.push(code);
    this.byKey.set(key, code);
    return code.char;
  }
}

/** Namespace prefixes the reader must recognise. */
export interface InlineContext {
  /** Prefixes of XLIFF elements (`''` and any bound to the XLIFF namespace). */
  xliff: ReadonlySet<string>;
  its: ReadonlySet<string>;
  dz: ReadonlySet<string>;
  /** Standoff issues by `xml:id`. */
  standoff: ReadonlyMap<string, Record<string, string>[]>;
  /** Called with a reference that does not resolve in this file. */
  unresolved: (reference: string) => void;
}

/** Segment text and issue spans. */
export interface SegmentContent {
  text: string;
  spans: IssueSpan[];
}

const HOLDS_DATA = new Set(['ph', 'bpt', 'ept', 'it', 'sub']);

/** Reads one segment's nodes. Codes go into `table`. */
export function readSegment(
  nodes: readonly XNode[],
  table: CodeTable,
  side: 'source' | 'target',
  context: InlineContext,
): SegmentContent {
  let text = '';
  const spans: IssueSpan[] = [];
  const seen = new Map<string, number>();
  const keyOf = (name: string, attributes: Record<string, string>, role: InlineCodeRole) => {
    const id = attributes.id ?? attributes.rid ?? attributes.mid;
    const base = `${localName(name)}|${role}|${prefixOf(name)}`;
    if (id !== undefined) return `${base}|${id}`;
    // Without an id, the n-th such code of a side pairs with the n-th of the other.
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|#${n}`;
  };
  const code = (element: XElement, role: InlineCodeRole, content?: XNode[]) => {
    const data: CodeData = { name: element.n, attributes: { ...element.a } };
    if (content !== undefined) data.content = content;
    text += table.charFor(keyOf(element.n, element.a, role), role, data, side);
  };
  const walk = (list: readonly XNode[]): void => {
    for (const node of list) {
      if (typeof node === 'string') {
        text += node;
        continue;
      }
      // Elements of other namespaces are codes of their own kind, whatever their local name.
      const local = context.xliff.has(prefixOf(node.n)) ? localName(node.n) : '';
      const issues = issuesOf(node, context);
      if (issues) {
        const start = text.length;
        walk(node.c);
        spans.push({ start, end: text.length, issues });
      } else if (local === 'x') {
        code(node, 'standalone', node.c.length > 0 ? node.c : undefined);
      } else if (local === 'bx' || local === 'bpt') {
        code(node, 'open', node.c.length > 0 ? node.c : undefined);
      } else if (local === 'ex' || local === 'ept') {
        code(node, 'close', node.c.length > 0 ? node.c : undefined);
      } else if (local === 'it') {
        const role =
          node.a.pos === 'close' ? 'close' : node.a.pos === 'open' ? 'open' : 'standalone';
        code(node, role, node.c);
      } else if (HOLDS_DATA.has(local) || node.c.length === 0) {
        code(node, 'standalone', node.c.length > 0 ? node.c : undefined);
      } else {
        // g, mrk and unknown elements with content wrap text: a pair of codes.
        code(node, 'open');
        walk(node.c);
        code(node, 'close');
      }
    }
  };
  walk(nodes);
  return { text, spans };
}

/**
 * The issues a `mrk` carries, or `null` when it is not an LQI marker; with
 * `marker` false, those any element carries (a `trans-unit` may, for all its text).
 */
export function issuesOf(
  element: XElement,
  context: InlineContext,
  marker = true,
): Record<string, string>[] | null {
  if (marker && (localName(element.n) !== 'mrk' || !context.xliff.has(prefixOf(element.n)))) {
    return null;
  }
  const own: Record<string, string> = {};
  let ref: string | undefined;
  for (const [name, value] of Object.entries(element.a)) {
    const prefix = prefixOf(name);
    const local = localName(name);
    if (context.its.has(prefix) && (LQI_ATTRIBUTES as readonly string[]).includes(local)) {
      if (local === 'locQualityIssuesRef') ref = value;
      else own[local] = value;
    } else if (context.dz.has(prefix)) own[`dz:${local}`] = value;
  }
  if (ref !== undefined) {
    const id = ref.startsWith('#') ? ref.slice(1) : null;
    const found = id === null ? undefined : context.standoff.get(id);
    if (!found) {
      context.unresolved(ref);
      return [];
    }
    return found;
  }
  return Object.keys(own).some((key) => key.startsWith('locQualityIssue')) ? [own] : null;
}
