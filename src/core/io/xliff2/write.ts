/**
 * Writing a project as XLIFF 2. A project read from XLIFF 2 is written from
 * its record (the file's own tree) with the current texts and the review;
 * any other project gets a fresh XLIFF 2.1 file (`fresh.ts`). Texts are the
 * latest or the approved ones (`WriteOptions.texts`); statuses become
 * `state` and a `duizhao:` `subState`.
 */
import type { Flag } from '../../model/flag.ts';
import type { Project } from '../../model/project.ts';
import type { Revision, UnitStatus } from '../../model/revision.ts';
import { replay } from '../../review/index.ts';
import {
  mtText,
  revisionsByUnit,
  sourceText,
  unitChain,
  unitStatuses,
  unitVersions,
} from '../../revision/index.ts';
import type { WriteOptions } from '../format.ts';
import { DUIZHAO_NS, ITS_NS } from '../its/index.ts';
import type { XmlElement, XmlNode } from '../xml/index.ts';
import { freshData } from './fresh.ts';
import { writeInline, type FlagMarker } from './inline-write.ts';
import type { Xliff2Data } from './model.ts';
import { unpackXliff2Data } from './record.ts';
import { serializeDocument } from './serialize.ts';
import {
  childElements,
  CTR_NS,
  elementName,
  isCoreNs,
  prefixOf,
  ROOT_SCOPE,
  scopeOf,
  type NsScope,
} from './namespaces.ts';
import {
  flagMarker,
  markElement,
  revisionsElement,
  standoffFlag,
  type ReviewPrefixes,
} from './write-review.ts';

const STATES: Readonly<Record<UnitStatus, string | null>> = {
  untouched: null,
  edited: 'translated',
  confirmed: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  rejected: 'translated',
};

/** Binds each namespace the review needs to a prefix on the root, reusing existing bindings. */
function bindPrefixes(root: XmlElement): ReviewPrefixes {
  const bind = (ns: string, wanted: string): string => {
    for (const [name, value] of Object.entries(root.attributes)) {
      if (name.startsWith('xmlns:') && value === ns) return `${name.slice(6)}:`;
    }
    let prefix = wanted;
    for (let n = 2; root.attributes[`xmlns:${prefix}`] !== undefined; n++) prefix = `${wanted}${n}`;
    root.attributes[`xmlns:${prefix}`] = ns;
    return `${prefix}:`;
  };
  return { its: bind(ITS_NS, 'its'), ours: bind(DUIZHAO_NS, 'duizhao'), ctr: bind(CTR_NS, 'ctr') };
}

/** Whitespace around a side's content, kept when the content is regenerated. */
function edges(children: readonly XmlNode[]): [string, string] {
  const first = children[0];
  const last = children[children.length - 1];
  return [
    typeof first === 'string' ? (/^\s*/.exec(first)?.[0] ?? '') : '',
    typeof last === 'string' && children.length > 1 ? (/\s*$/.exec(last)?.[0] ?? '') : '',
  ];
}

function regenerate(side: XmlElement, nodes: XmlNode[]): void {
  const [lead, trail] = edges(side.children);
  const all = [lead, ...nodes, trail].filter((node) => node !== '');
  side.children = all;
}

/** Writes `project` as XLIFF 2. */
export function writeXliff2(project: Project, options: WriteOptions = {}): string {
  const { document } = project;
  const own =
    project.interchange?.format === 'xliff2' ? unpackXliff2Data(project.interchange.data) : null;
  const data: Xliff2Data = own ?? freshData(project);
  const ownCodes = own !== null;
  const state = replay(project.review.ops);
  const versions = unitVersions(document, state, { mode: options.texts ?? 'latest' });
  const statuses = unitStatuses(document, state);
  const byUnit = revisionsByUnit(state.revisions.values());
  const flagsByUnit = new Map<number, Flag[]>();
  for (const flag of state.flags.values()) {
    const list = flagsByUnit.get(flag.anchor.unit);
    if (list) list.push(flag);
    else flagsByUnit.set(flag.anchor.unit, [flag]);
  }
  const p = bindPrefixes(data.root);
  let segmentIndex = 0;
  let markerId = 0;

  const writeSegment = (
    segment: XmlElement,
    scope: NsScope,
    unitReview: XmlElement[],
    changes: XmlElement[],
  ): void => {
    const record = data.segments[segmentIndex];
    const k = segmentIndex++;
    const unit = record?.unit ?? null;
    if (unit === null || unit >= document.alignment.units.length) return;
    const prefix = prefixOf(segment.name);
    const codes = ownCodes ? project.interchange?.codes[String(unit)] : undefined;
    const written = versions[unit] ?? { text: '', version: 'mt' };
    const flags = flagsByUnit.get(unit) ?? [];
    const sides = childElements(segment).filter((child) =>
      isCoreNs(elementName(child.name, scopeOf(child, scope)).ns),
    );
    const source = sides.find((side) => side.name === `${prefix}source`);
    let target = sides.find((side) => side.name === `${prefix}target`);
    const onSource: FlagMarker[] = [];
    const onTarget: FlagMarker[] = [];
    const apart: Flag[] = [];
    for (const flag of flags) {
      if (flag.anchor.side === 'source')
        onSource.push(flagMarker(flag, `dzf${++markerId}`, state, p));
      else if (flag.anchor.version === written.version)
        onTarget.push(flagMarker(flag, `dzf${++markerId}`, state, p));
      else apart.push(flag);
    }
    if (
      source &&
      (onSource.length > 0 || (record?.target === null && source.children.length === 0))
    ) {
      regenerate(source, writeInline(sourceText(document, unit), codes, onSource, prefix));
    }
    if (!target && written.text) {
      target = { name: `${prefix}target`, attributes: {}, children: [], offset: 0 };
      segment.children.push(target);
    }
    if (target && (record?.target !== written.text || onTarget.length > 0)) {
      regenerate(target, writeInline(written.text, codes, onTarget, prefix));
    }
    const status = statuses[unit] ?? 'untouched';
    const stateValue = STATES[status];
    if (stateValue) {
      segment.attributes.state = stateValue;
      segment.attributes.subState = `duizhao:${status}`;
    }
    const revisions: Revision[] = byUnit.get(unit) ?? [];
    const mark = state.unitMarks.get(unit);
    if (revisions.length === 0 && !mark && apart.length === 0) return;
    segment.attributes.id ??= `dzs${k + 1}`;
    const id = segment.attributes.id;
    if (revisions.length > 0) {
      const mt = mtText(document, unit);
      const chain = unitChain(mt, revisions);
      changes.push(revisionsElement(revisions, chain.texts, mt, id, written.version, p));
    }
    const markElementOf = markElement(state, unit, id, p);
    if (markElementOf) unitReview.push(markElementOf);
    for (const flag of apart) unitReview.push(standoffFlag(flag, id, state, p));
  };

  const visit = (element: XmlElement, outer: NsScope): void => {
    for (const child of childElements(element)) {
      const scope = scopeOf(child, outer);
      const q = elementName(child.name, scope);
      if (!isCoreNs(q.ns)) continue;
      if (q.local === 'file' || q.local === 'group') visit(child, scope);
      if (q.local !== 'unit') continue;
      const unitReview: XmlElement[] = [];
      const changes: XmlElement[] = [];
      for (const segment of childElements(child)) {
        const inner = scopeOf(segment, scope);
        const name = elementName(segment.name, inner);
        if (isCoreNs(name.ns) && name.local === 'segment')
          writeSegment(segment, inner, unitReview, changes);
      }
      const added: XmlElement[] = [];
      if (changes.length > 0)
        added.push({ name: `${p.ctr}changeTrack`, attributes: {}, children: changes, offset: 0 });
      if (unitReview.length > 0)
        added.push({ name: `${p.ours}review`, attributes: {}, children: unitReview, offset: 0 });
      child.children = [...added, ...child.children];
    }
  };
  visit(data.root, scopeOf(data.root, ROOT_SCOPE));
  return serializeDocument(data.root);
}
