/**
 * Writing one segment's text back as XLIFF 1.2 content: placeholder
 * characters become their original elements again, and flags become ITS
 * issue markers (`mrk mtype="x-its"`).
 *
 * Markers must nest with the codes that wrap text (`g`, `mrk`), and flags
 * may overlap each other, so the text is cut at every flag boundary and
 * around every wrapping code; each piece covered by flags gets its own
 * marker (one flag: inline attributes; several: a standoff record). The
 * reader joins the pieces of a flag again by its `dz:id`.
 */
import { z } from 'zod';
import type { InlineCode, UnitCodes } from '../../model/inline-code.ts';
import type { CodeData } from './inline-read.ts';
import { localName, xNodeSchema, type XElement, type XNode } from './tree.ts';

/** A flag's span in the segment text and its attributes (local names). */
export interface IssueMark {
  start: number;
  end: number;
  its: Record<string, string>;
  dz: Record<string, string>;
}

/** Prefixes to write with, and where standoff records go. */
export interface WriteContext {
  /** Prefix of XLIFF elements (`''` for the default namespace). */
  xliff: string;
  its: string;
  dz: string;
  /** Stores a standoff record of several issues; returns its `xml:id`. */
  standoff: (issues: IssueMark[]) => string;
}

const codeDataSchema = z.object({
  name: z.string().min(1),
  attributes: z.record(z.string(), z.string()),
  content: z.array(xNodeSchema).optional(),
});

const NOT_WRAPPING = new Set(['bx', 'ex', 'bpt', 'ept', 'it', 'x', 'ph']);

/** The element name in the writer's XLIFF prefix. */
export function qualify(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

/** Our code data, or a generic `x`/`bx`/`ex` for codes another format read. */
function dataOf(code: InlineCode, index: number, context: WriteContext): CodeData {
  const parsed = codeDataSchema.safeParse(code.data);
  if (parsed.success) {
    const data: CodeData = { name: parsed.data.name, attributes: parsed.data.attributes };
    if (parsed.data.content) data.content = parsed.data.content;
    return data;
  }
  const local = code.role === 'open' ? 'bx' : code.role === 'close' ? 'ex' : 'x';
  return { name: qualify(context.xliff, local), attributes: { id: String(index + 1) } };
}

function wraps(code: InlineCode, data: CodeData): boolean {
  return code.role !== 'standalone' && !NOT_WRAPPING.has(localName(data.name));
}

/** The issue attributes of one marker, prefixed. */
export function prefixed(
  prefix: string,
  attributes: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [`${prefix}:${key}`, value]),
  );
}

/** Renders `text` with `codes` and `issues` as XLIFF content nodes. */
export function renderSegment(
  text: string,
  codes: UnitCodes | undefined,
  issues: readonly IssueMark[],
  context: WriteContext,
): XNode[] {
  const table = new Map<string, { code: InlineCode; data: CodeData }>();
  codes?.forEach((code, index) =>
    table.set(code.char, { code, data: dataOf(code, index, context) }),
  );
  const cuts = new Set<number>([0, text.length]);
  for (const issue of issues) {
    cuts.add(Math.max(0, Math.min(issue.start, text.length)));
    cuts.add(Math.max(0, Math.min(issue.end, text.length)));
  }
  for (let i = 0; i < text.length; i++) {
    const entry = table.get(text.charAt(i));
    if (entry && wraps(entry.code, entry.data)) cuts.add(i).add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root: XElement = { n: '', a: {}, c: [] };
  const stack: { element: XElement; data: CodeData | null }[] = [{ element: root, data: null }];
  const top = () => stack[stack.length - 1] ?? { element: root, data: null };
  const append = (parent: XElement, node: XNode): void => {
    const last = parent.c[parent.c.length - 1];
    if (typeof node === 'string' && typeof last === 'string')
      parent.c[parent.c.length - 1] = last + node;
    else parent.c.push(node);
  };
  const emit = (parent: XElement, from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = text.charAt(i);
      const entry = table.get(c);
      if (!entry) append(parent, c);
      else
        append(parent, {
          n: entry.data.name,
          a: { ...entry.data.attributes },
          c: entry.data.content ?? [],
        });
    }
  };
  const marked = new Set<IssueMark>();
  const marker = (covering: IssueMark[]): XElement => {
    const element: XElement = { n: qualify(context.xliff, 'mrk'), a: { mtype: 'x-its' }, c: [] };
    const only = covering[0];
    if (covering.length === 1 && only) {
      Object.assign(element.a, prefixed(context.its, only.its), prefixed(context.dz, only.dz));
    } else {
      element.a[`${context.its}:locQualityIssuesRef`] = `#${context.standoff(covering)}`;
    }
    for (const issue of covering) marked.add(issue);
    return element;
  };
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] ?? 0;
    const to = points[k + 1] ?? 0;
    const entry = to === from + 1 ? table.get(text.charAt(from)) : undefined;
    if (entry && wraps(entry.code, entry.data)) {
      // A flag on nothing but wrapping codes still needs a marker: an empty one here.
      for (const issue of issues) {
        if (issue.start <= from && to <= issue.end && issue.end <= to && !marked.has(issue)) {
          append(top().element, marker([issue]));
        }
      }
      if (entry.code.role === 'open') {
        const element: XElement = { n: entry.data.name, a: { ...entry.data.attributes }, c: [] };
        append(top().element, element);
        stack.push({ element, data: entry.data });
        continue;
      }
      const open = top().data;
      const id = (data: CodeData) => data.attributes.id ?? data.attributes.mid ?? '';
      if (
        stack.length > 1 &&
        open &&
        open.name === entry.data.name &&
        id(open) === id(entry.data)
      ) {
        stack.pop();
      } else {
        // A closing code whose opening is gone (edited away): keep it as a lone end code.
        append(top().element, {
          n: qualify(context.xliff, 'ex'),
          a: { id: id(entry.data) },
          c: [],
        });
      }
      continue;
    }
    const covering = issues.filter((issue) => issue.start <= from && to <= issue.end);
    if (covering.length === 0) {
      emit(top().element, from, to);
      continue;
    }
    const element = marker(covering);
    emit(element, from, to);
    append(top().element, element);
  }
  return root.c;
}
