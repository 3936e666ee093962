/**
 * The walk of an XLIFF 2 tree: every `<segment>` in document order with its
 * texts, codes, quality markers and our review, and the tree itself edited
 * in place so that it holds what the writer will not regenerate (quality
 * markers unwrapped, our review taken out).
 */
import type { InterchangeNote } from '../../model/project-extras.ts';
import type { WarningLog } from '../import-error.ts';
import { ITS_NS } from '../its/index.ts';
import type { XmlElement } from '../xml/index.ts';
import { CodeTable, lqiIssues, readInline, type LqiIssue, type LqiSpan } from './inline-read.ts';
import {
  childElements,
  elementName,
  isCoreNs,
  nsAttribute,
  ROOT_SCOPE,
  scopeOf,
  XML_NS,
  type NsScope,
} from './namespaces.ts';
import { takeUnitReview, type SegmentReview } from './review-read.ts';

/** One `<segment>` as read. */
export interface ReadSegment {
  /** Raw source text with placeholders. */
  source: string;
  /** Raw MT: our recorded MT when the file has our revisions, else the `<target>`. */
  target: string;
  /** Raw text of `<target>`, `null` without one. */
  targetAsRead: string | null;
  paragraphStart: boolean;
  table: CodeTable;
  sourceLqi: LqiSpan[];
  targetLqi: LqiSpan[];
  review: SegmentReview | undefined;
  /** The unit's notes, on its first segment. */
  notes: InterchangeNote[];
  path: string;
}

/** Every segment of the file. */
export interface ReadUnits {
  segments: ReadSegment[];
}

function readNotes(unit: XmlElement, scope: NsScope): InterchangeNote[] {
  const notes: InterchangeNote[] = [];
  for (const child of childElements(unit)) {
    const inner = scopeOf(child, scope);
    const q = elementName(child.name, inner);
    if (!isCoreNs(q.ns) || q.local !== 'notes') continue;
    for (const note of childElements(child)) {
      const { category, priority, appliesTo } = note.attributes;
      const text = note.children.filter((c) => typeof c === 'string').join('');
      notes.push({
        text,
        ...(category ? { category } : {}),
        ...(appliesTo === 'source' || appliesTo === 'target' ? { appliesTo } : {}),
        ...(priority && /^([1-9]|10)$/.test(priority) ? { priority: Number(priority) } : {}),
      });
    }
  }
  return notes;
}

/** Standoff quality issues of a unit by `xml:id`, and a record of which were used. */
function standoffOf(
  unit: XmlElement,
  scope: NsScope,
): { find: (id: string) => LqiIssue[]; used: Set<XmlElement> } {
  const byId = new Map<string, XmlElement>();
  for (const child of childElements(unit)) {
    const inner = scopeOf(child, scope);
    const q = elementName(child.name, inner);
    if (q.ns !== ITS_NS || q.local !== 'locQualityIssues') continue;
    const id = nsAttribute(child, inner, XML_NS, 'id');
    if (id !== undefined) byId.set(id, child);
  }
  const used = new Set<XmlElement>();
  const find = (id: string): LqiIssue[] => {
    const element = byId.get(id);
    if (!element) return [];
    used.add(element);
    const inner = scopeOf(element, scope);
    return childElements(element).flatMap((issue) => {
      const its: Record<string, string> = {};
      for (const [name, value] of Object.entries(issue.attributes)) {
        if (!name.includes(':') && name.startsWith('locQualityIssue')) its[name] = value;
      }
      // Standoff issues carry their values as plain attributes, or ITS-qualified ones.
      const qualified = lqiIssues(issue, inner, () => [])?.[0];
      return [{ its: { ...its, ...qualified?.its }, ours: qualified?.ours ?? {} }];
    });
  };
  return { find, used };
}

/** Walks `root` (edited in place; see the module comment). */
export function collectUnits(root: XmlElement, warnings: WarningLog, file: string): ReadUnits {
  const segments: ReadSegment[] = [];
  const visit = (element: XmlElement, outer: NsScope, path: string): void => {
    const counts = new Map<string, number>();
    for (const child of childElements(element)) {
      const scope = scopeOf(child, outer);
      const q = elementName(child.name, scope);
      if (!isCoreNs(q.ns)) continue;
      const n = (counts.get(q.local) ?? 0) + 1;
      counts.set(q.local, n);
      const here = `${path}/${q.local}[${n}]`;
      if (q.local === 'file' || q.local === 'group') visit(child, scope, here);
      else if (q.local === 'unit') readUnit(child, scope, here);
    }
  };
  const readUnit = (unit: XmlElement, scope: NsScope, path: string): void => {
    const reviews = takeUnitReview(unit, scope);
    const standoff = standoffOf(unit, scope);
    const notes = readNotes(unit, scope);
    let first = true;
    let k = 0;
    for (const segment of childElements(unit)) {
      const inner = scopeOf(segment, scope);
      const q = elementName(segment.name, inner);
      if (!isCoreNs(q.ns) || q.local !== 'segment') continue;
      k++;
      const table = new CodeTable();
      let source: ReturnType<typeof readInline> | null = null;
      let target: ReturnType<typeof readInline> | null = null;
      for (const side of childElements(segment)) {
        const sideScope = scopeOf(side, inner);
        const local = elementName(side.name, sideScope).local;
        if (local !== 'source' && local !== 'target') continue;
        const read = readInline(side, sideScope, table, standoff.find);
        side.children = read.children;
        if (local === 'source') source = read;
        else target = read;
      }
      const review = reviews.get(segment.attributes.id ?? '');
      segments.push({
        source: source?.text ?? '',
        target: review?.mt ?? target?.text ?? '',
        targetAsRead: target ? target.text : null,
        paragraphStart: first,
        table,
        sourceLqi: source?.lqi ?? [],
        targetLqi: target?.lqi ?? [],
        review,
        notes: first ? notes : [],
        path: `${path}/segment[${k}]`,
      });
      first = false;
    }
    if (standoff.used.size > 0) {
      unit.children = unit.children.filter((c) => typeof c === 'string' || !standoff.used.has(c));
    }
    if (first) warnings.add('no-segment', 'a unit has no segment', { file, path }, 'no-segment');
  };
  visit(root, scopeOf(root, ROOT_SCOPE), 'xliff');
  return { segments };
}
