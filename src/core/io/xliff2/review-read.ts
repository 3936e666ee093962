/**
 * Reading back the review we wrote into a unit: our Change Tracking
 * revisions (`<ctr:revisions>` carrying our attributes) and our
 * `<duizhao:review>` element (unit statuses and flags on versions other
 * than the one in `<target>`). They are taken out of the unit, since the
 * writer writes them afresh from the project; Change Tracking from other
 * tools stays in the unit untouched.
 */
import { DUIZHAO_NS } from '../its/index.ts';
import type { XmlElement, XmlNode } from '../xml/index.ts';
import type { LqiIssue } from './inline-read.ts';
import { lqiIssues } from './inline-read.ts';
import {
  attributeName,
  childElements,
  CTR_NS,
  elementName,
  scopeOf,
  type NsScope,
} from './namespaces.ts';

/** One of our revisions as the file records it. */
export interface RevisionRecord {
  id: string;
  base: string;
  text: string;
  attributes: Record<string, string>;
  author: string | undefined;
  at: string | undefined;
}

/** A flag recorded apart from the text (its version is not the one in `<target>`). */
export interface StandoffFlag {
  side: 'source' | 'target';
  version: string;
  start: number;
  end: number;
  issue: LqiIssue;
}

/** What we wrote about one segment. */
export interface SegmentReview {
  mt?: string;
  current?: string;
  revisions: RevisionRecord[];
  mark?: Record<string, string>;
  flags: StandoffFlag[];
}

function ours(element: XmlElement, scope: NsScope): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.attributes)) {
    const q = attributeName(name, scope);
    if (q.ns === DUIZHAO_NS) found[q.local] = value;
  }
  return found;
}

function textOf(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : textOf(child)))
    .join('');
}

/**
 * Takes our review out of `unit` (its children are replaced) and returns
 * it by segment id.
 */
export function takeUnitReview(unit: XmlElement, unitScope: NsScope): Map<string, SegmentReview> {
  const bySegment = new Map<string, SegmentReview>();
  const entry = (id: string): SegmentReview => {
    let review = bySegment.get(id);
    if (!review) bySegment.set(id, (review = { revisions: [], flags: [] }));
    return review;
  };
  const kept: XmlNode[] = [];
  for (const child of unit.children) {
    if (typeof child === 'string') {
      kept.push(child);
      continue;
    }
    const scope = scopeOf(child, unitScope);
    const q = elementName(child.name, scope);
    if (q.ns === CTR_NS && q.local === 'changeTrack') {
      const others = childElements(child).filter((revisions) => {
        const inner = scopeOf(revisions, scope);
        const mine = ours(revisions, inner);
        if (mine.segment === undefined) return true;
        readRevisions(revisions, inner, entry(mine.segment), revisions.attributes.currentVersion);
        return false;
      });
      if (others.length === childElements(child).length) kept.push(child);
      else if (others.length > 0) kept.push({ ...child, children: others });
    } else if (q.ns === DUIZHAO_NS && q.local === 'review') {
      for (const item of childElements(child)) {
        const inner = scopeOf(item, scope);
        const attributes = ours(item, inner);
        const local = elementName(item.name, inner).local;
        const segment = item.attributes.segment ?? attributes.segment ?? '';
        if (local === 'mark') entry(segment).mark = { ...item.attributes };
        if (local === 'flag') {
          const issues = lqiIssues(item, inner, () => []);
          const at = (name: string): number => Number(item.attributes[name]);
          if (issues?.[0]) {
            entry(segment).flags.push({
              side: item.attributes.side === 'source' ? 'source' : 'target',
              version: item.attributes.version ?? 'mt',
              start: at('start'),
              end: at('end'),
              issue: issues[0],
            });
          }
        }
      }
    } else kept.push(child);
  }
  unit.children = kept;
  return bySegment;
}

function readRevisions(
  revisions: XmlElement,
  scope: NsScope,
  review: SegmentReview,
  current: string | undefined,
): void {
  if (current !== undefined) review.current = current;
  for (const revision of childElements(revisions)) {
    const inner = scopeOf(revision, scope);
    const item = childElements(revision)[0];
    const text = item ? textOf(item) : '';
    const version = revision.attributes.version ?? '';
    if (version === 'mt') {
      review.mt = text;
      continue;
    }
    const attributes = ours(revision, inner);
    review.revisions.push({
      id: version.replace(/^rev:/, ''),
      base: attributes.base ?? 'mt',
      text,
      attributes,
      author: revision.attributes.author,
      at: revision.attributes.datetime,
    });
  }
}
