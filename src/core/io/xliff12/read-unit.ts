/**
 * Reading one `trans-unit` into its segments: source and target text with
 * placeholders, issue spans, the versions our `alt-trans` elements keep, the
 * status mark, and the unit's notes.
 */
import type { InterchangeNote } from '../../model/project-extras.ts';
import {
  CodeTable,
  issuesOf,
  readSegment,
  type InlineContext,
  type IssueSpan,
} from './inline-read.ts';
import { isX, segmentsOf, xChild, type Namespaces } from './structure.ts';
import { elements, localName, prefixOf, serialize, type XElement } from './tree.ts';

/** A version of the target our `alt-trans` kept (the MT, or a revision's text). */
export interface KeptVersion {
  dz: Record<string, string>;
  text: string;
  spans: IssueSpan[];
}

/** One segment as read. */
export interface SegmentRead {
  table: CodeTable;
  source: { text: string; spans: IssueSpan[] } | null;
  target: { text: string; spans: IssueSpan[]; dz: Record<string, string> } | null;
  /** The versions kept in our `alt-trans`, in file (log) order. */
  versions: KeptVersion[];
  notes: InterchangeNote[];
  paragraphStart: boolean;
  path: string;
}

/** Our attributes of `element`, by local name. */
export function dzAttributes(
  element: XElement | null | undefined,
  ns: Namespaces,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(element?.a ?? {})) {
    if (ns.dz.has(prefixOf(name)) && name.includes(':')) out[localName(name)] = value;
  }
  return out;
}

/** Whether an `alt-trans` is one of ours (it names the version it keeps). */
export function isOurAltTrans(element: XElement, ns: Namespaces): boolean {
  return isX(element, 'alt-trans', ns) && dzAttributes(element, ns).version !== undefined;
}

function readNotes(unit: XElement, ns: Namespaces): InterchangeNote[] {
  return elements(unit)
    .filter((element) => isX(element, 'note', ns))
    .map((element) => {
      // Notes are text; markup someone put in one (a `<script>`) is kept as the text it was.
      const text = element.c
        .map((node) => (typeof node === 'string' ? node : serialize([node])))
        .join('');
      const note: InterchangeNote = { text };
      if (element.a.from) note.from = element.a.from;
      if (element.a.annotates === 'source' || element.a.annotates === 'target') {
        note.appliesTo = element.a.annotates;
      }
      const priority = Number(element.a.priority);
      if (Number.isInteger(priority) && priority >= 1 && priority <= 10) note.priority = priority;
      return note;
    });
}

/** Reads the segments of one unit; `paragraphStart` says whether its first segment starts a paragraph. */
export function readUnit(
  unit: XElement,
  path: string,
  paragraphStart: boolean,
  ns: Namespaces,
  context: InlineContext,
  onWholeTarget: () => void,
): SegmentRead[] {
  const { segments, wholeTarget } = segmentsOf(unit, ns);
  if (wholeTarget) onWholeTarget();
  const ours = elements(unit).filter((element) => isOurAltTrans(element, ns));
  const notes = readNotes(unit, ns);
  // Issues on the unit itself are about its whole translation (or source, untranslated).
  const unitIssues = issuesOf(unit, context, false);
  return segments.map((segment, index) => {
    const table = new CodeTable();
    const source = segment.source ? readSegment(segment.source.c, table, 'source', context) : null;
    const target = segment.target
      ? {
          ...readSegment(segment.target.c, table, 'target', context),
          dz: dzAttributes(segment.target, ns),
        }
      : null;
    const versions = ours
      .filter((alt) => (alt.a.mid ?? null) === segment.mid)
      .map((alt) => {
        const holder = xChild(alt, 'target', ns);
        const read = readSegment(holder?.c ?? [], table, 'target', context);
        return { dz: dzAttributes(alt, ns), ...read };
      });
    if (unitIssues && unitIssues.length > 0) {
      const whole = target ?? source;
      whole?.spans.push({ start: 0, end: whole.text.length, issues: unitIssues });
    }
    return {
      table,
      source,
      target,
      versions,
      notes: index === 0 ? notes : [],
      paragraphStart: index === 0 && paragraphStart,
      path: segment.mid === null ? path : `${path}/mrk[@mid=${segment.mid}]`,
    };
  });
}
