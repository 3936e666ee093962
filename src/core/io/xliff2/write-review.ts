/**
 * The review of one segment as XLIFF 2: flags as ITS quality markers
 * (`FlagMarker`s for `inline-write.ts`) or, when they sit on another
 * version of the text than the one written, as `<duizhao:flag>`; revisions
 * as Change Tracking `<ctr:revisions>`; the unit status as `<duizhao:mark>`.
 */
import type { Flag } from '../../model/flag.ts';
import type { ReviewState } from '../../model/review-log.ts';
import { revisionVersion, type Revision } from '../../model/revision.ts';
import type { XmlElement } from '../xml/index.ts';
import type { FlagMarker } from './inline-write.ts';
import { itsIssueAttributes } from '../its/index.ts';
import { decisionAttributes, flagAttributes } from './review-attrs.ts';

/** The prefixes (with colon) bound to the namespaces the review is written in. */
export interface ReviewPrefixes {
  its: string;
  ours: string;
  ctr: string;
}

function prefixed(prefix: string, attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [prefix + name, value]),
  );
}

/** The marker attributes of a flag: ITS values and ours. */
export function markerAttributes(
  flag: Flag,
  state: ReviewState,
  p: ReviewPrefixes,
): Record<string, string> {
  return {
    type: 'its:any',
    ...prefixed(p.its, itsIssueAttributes(flag)),
    ...prefixed(p.ours, flagAttributes(flag, state.flagDecisions.get(flag.id))),
  };
}

/** A flag as a marker on `text`, when it is on that text. */
export function flagMarker(
  flag: Flag,
  id: string,
  state: ReviewState,
  p: ReviewPrefixes,
): FlagMarker {
  const { start, end } = flag.anchor.position;
  return { start, end, id, attributes: markerAttributes(flag, state, p) };
}

/** A flag on another version, recorded apart. */
export function standoffFlag(
  flag: Flag,
  segment: string,
  state: ReviewState,
  p: ReviewPrefixes,
): XmlElement {
  const { side, version, position } = flag.anchor;
  return {
    name: `${p.ours}flag`,
    attributes: {
      segment,
      side,
      version,
      start: String(position.start),
      end: String(position.end),
      ...markerAttributes(flag, state, p),
    },
    children: [],
    offset: 0,
  };
}

/** The unit status a person set, when there is one. */
export function markElement(
  state: ReviewState,
  unit: number,
  segment: string,
  p: ReviewPrefixes,
): XmlElement | null {
  const mark = state.unitMarks.get(unit);
  if (!mark) return null;
  return {
    name: `${p.ours}mark`,
    attributes: {
      segment,
      status: mark.status,
      version: mark.version,
      by: mark.by.name,
      role: mark.by.role,
      at: mark.at,
      ...(mark.reason ? { reason: mark.reason } : {}),
      ...(mark.note ? { note: mark.note } : {}),
    },
    children: [],
    offset: 0,
  };
}

/**
 * The Change Tracking record of a unit's revisions: the MT as version `mt`,
 * then each revision (rejected ones too) with the text it produced;
 * `current` names the version written in `<target>`.
 */
export function revisionsElement(
  revisions: readonly Revision[],
  texts: ReadonlyMap<string, string | null>,
  mt: string,
  segment: string,
  current: string,
  p: ReviewPrefixes,
): XmlElement {
  const item = (text: string): XmlElement => ({
    name: `${p.ctr}item`,
    attributes: { property: 'content' },
    children: text ? [text] : [],
    offset: 0,
  });
  const children: XmlElement[] = [
    { name: `${p.ctr}revision`, attributes: { version: 'mt' }, children: [item(mt)], offset: 0 },
  ];
  for (const revision of revisions) {
    const text = texts.get(revisionVersion(revision.id));
    if (text == null) continue;
    children.push({
      name: `${p.ctr}revision`,
      attributes: {
        author: revision.author.name,
        datetime: revision.at,
        version: revisionVersion(revision.id),
        ...prefixed(p.ours, {
          base: revision.baseVersion,
          role: revision.author.role,
          ...(revision.comment ? { comment: revision.comment } : {}),
          ...decisionAttributes(revision.decision),
        }),
      },
      children: [item(text)],
      offset: 0,
    });
  }
  return {
    name: `${p.ctr}revisions`,
    attributes: {
      appliesTo: 'target',
      ref: segment,
      currentVersion: current,
      [`${p.ours}segment`]: segment,
    },
    children,
    offset: 0,
  };
}
