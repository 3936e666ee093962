/**
 * Writing a project as XLIFF 1.2. A project read from XLIFF 1.x is written
 * from its kept tree with the current texts and review put in, so every
 * extension survives; any other project gets a fresh file (`fresh.ts`)
 * that goes through the same steps.
 *
 * Per unit: the target holds the text chosen (`latest` or `approved`); when
 * the unit has revisions, each version (the MT, then every revision in log
 * order) is an `alt-trans` of ours naming its version, author and date, and
 * the flags sit in the version they are anchored to; the status is the
 * target's `state` (and `approved="yes"`) plus our exact mark.
 */
import type { Project } from '../../model/project.ts';
import type { UnitStatus } from '../../model/revision.ts';
import type { WriteOptions } from '../format.ts';
import { freshRecord } from './fresh.ts';
import { DUIZHAO_NS, ITS_NS } from '../its/index.ts';
import {
  prefixed,
  qualify,
  renderSegment,
  type IssueMark,
  type WriteContext,
} from './inline-write.ts';
import type { Xliff12Data } from './model.ts';
import { unpackXliff12Data } from './record.ts';
import { markAttributes, revisionAttributes, signoffAttributes } from './review-attrs.ts';
import { isX, namespacesOf, segmentsOf, transUnits, xChild, type Namespaces } from './structure.ts';
import { prefixOf, serialize, type XElement } from './tree.ts';
import { issueMarks, reviewOf, STATE_OF, type UnitReview } from './write-review.ts';

/** The prefix bound to `uri` on the root, declaring `wanted` (or a free variant) when none is. */
function declare(root: XElement, known: Set<string>, uri: string, wanted: string): string {
  const existing = [...known].find((prefix) => prefix !== '');
  if (existing) return existing;
  let prefix = wanted;
  for (let n = 2; root.a[`xmlns:${prefix}`] !== undefined; n++) prefix = `${wanted}${n}`;
  root.a[`xmlns:${prefix}`] = uri;
  known.add(prefix);
  return prefix;
}

/** Writes `project` as an XLIFF 1.2 document. */
export function writeXliff12(project: Project, options: WriteOptions = {}): string {
  const kept =
    project.interchange?.format === 'xliff12' ? unpackXliff12Data(project.interchange.data) : null;
  // The unpacked record is a fresh copy, so the project's record is never written into.
  const record: Xliff12Data = kept ?? freshRecord(project);
  const root = record.root;
  const ns = namespacesOf(root);
  const its = declare(root, ns.its, ITS_NS, 'its');
  const dz = declare(root, ns.dz, DUIZHAO_NS, 'dz');
  root.a[`${its}:version`] ??= '2.0';
  const xliff = prefixOf(root.n);
  const { unit: review, signoff } = reviewOf(project, options.texts ?? 'latest');
  for (const name of Object.keys(root.a)) if (prefixOf(name) === dz) delete root.a[name];
  Object.assign(root.a, prefixed(dz, signoffAttributes(signoff)));
  const codes = project.interchange?.codes ?? {};
  let k = 0;
  let standoffCount = 0;
  for (const { unit } of transUnits(root, ns)) {
    const records: XElement[] = [];
    const context: WriteContext = {
      xliff,
      its,
      dz,
      standoff: (issues) => {
        const id = `dz-lqi-${++standoffCount}`;
        records.push(standoffRecord(id, issues, its, dz));
        return id;
      },
    };
    segmentTarget(unit, ns, xliff);
    const alts: XElement[] = [];
    const statuses: UnitStatus[] = [];
    for (const segment of segmentsOf(unit, ns).segments) {
      const index = record.unitOfSegment[k++];
      if (index === null || index === undefined) continue;
      const unitCodes = codes[String(index)];
      const r = review(index);
      const sourceMarks = issueMarks(r, 'source', 'mt');
      if (segment.source && sourceMarks.length > 0) {
        segment.source.c = renderSegment(
          sourceText(project, index),
          unitCodes,
          sourceMarks,
          context,
        );
      }
      const target = segment.target ?? addTarget(unit, ns, xliff);
      const marks: IssueMark[] = r.chain ? [] : issueMarks(r, 'target', 'mt');
      target.c = renderSegment(r.written.text, unitCodes, marks, context);
      for (const name of Object.keys(target.a)) if (prefixOf(name) === dz) delete target.a[name];
      // State before our attributes, so that writing a written file again changes nothing.
      if (segment.mid === null) applyState(unit, target, r.status);
      statuses.push(r.status);
      Object.assign(
        target.a,
        prefixed(dz, {
          ...(r.chain ? { version: r.written.version } : {}),
          ...markAttributes(r.mark),
        }),
      );
      if (r.chain) alts.push(...versionAlts(r, segment.mid, unitCodes, context));
    }
    const target = xChild(unit, 'target', ns);
    if (target && statuses.length > 0 && segmentsOf(unit, ns).segments[0]?.mid !== null) {
      applyState(unit, target, leastAdvanced(statuses));
    }
    insertAfterTarget(unit, ns, alts);
    unit.c.push(...records);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize([root])}\n`;
}

function sourceText(project: Project, index: number): string {
  const range = project.document.alignment.units[index]?.source;
  return range && project.document.source
    ? project.document.source.text.slice(range.start, range.end)
    : '';
}

/** Our `alt-trans` for each version of a revised unit. */
function versionAlts(
  r: UnitReview,
  mid: string | null,
  codes: Parameters<typeof renderSegment>[1],
  context: WriteContext,
): XElement[] {
  const alt = (attributes: Record<string, string>, version: string, text: string): XElement => ({
    n: qualify(context.xliff, 'alt-trans'),
    a: {
      ...(mid === null ? {} : { mid }),
      alttranstype: 'previous-version',
      ...prefixed(context.dz, attributes),
    },
    c: [
      {
        n: qualify(context.xliff, 'target'),
        a: {},
        c: renderSegment(text, codes, issueMarks(r, 'target', version), context),
      },
    ],
  });
  const out = [alt({ version: 'mt' }, 'mt', r.mt)];
  for (const revision of r.revisions) {
    const version = `rev:${revision.id}`;
    const text = r.chain?.texts.get(version);
    if (text === null || text === undefined) continue;
    out.push(alt(revisionAttributes(revision), version, text));
  }
  return out;
}

function standoffRecord(
  id: string,
  issues: readonly IssueMark[],
  its: string,
  dz: string,
): XElement {
  return {
    n: `${its}:locQualityIssues`,
    a: { 'xml:id': id },
    c: issues.map((issue) => ({
      n: `${its}:locQualityIssue`,
      a: { ...issue.its, ...prefixed(dz, issue.dz) },
      c: [],
    })),
  };
}

function applyState(unit: XElement, target: XElement, status: UnitStatus): void {
  const state = STATE_OF[status];
  if (state) target.a.state = state;
  if (status === 'approved') unit.a.approved = 'yes';
  else if (state) delete unit.a.approved;
}

/** How far along each status is, for a segmented unit: it is as far as its least advanced segment. */
const PROGRESS: readonly UnitStatus[] = [
  'untouched',
  'rejected',
  'edited',
  'confirmed',
  'reviewed',
  'approved',
];

/** The status a segmented unit's `target` states: its least advanced segment's. */
function leastAdvanced(statuses: readonly UnitStatus[]): UnitStatus {
  return statuses.reduce<UnitStatus>(
    (least, status) => (PROGRESS.indexOf(status) < PROGRESS.indexOf(least) ? status : least),
    'approved',
  );
}

/** A new empty `target` after the unit's source (and seg-source). */
function addTarget(unit: XElement, ns: Namespaces, xliff: string): XElement {
  const target: XElement = { n: qualify(xliff, 'target'), a: {}, c: [] };
  const after = xChild(unit, 'seg-source', ns) ?? xChild(unit, 'source', ns);
  const at = after ? unit.c.indexOf(after) + 1 : 0;
  unit.c.splice(at, 0, target);
  return target;
}

/** Gives a segmented unit a segmented target (a copy of its seg-source) when it lacks one. */
function segmentTarget(unit: XElement, ns: Namespaces, xliff: string): void {
  const segSource = xChild(unit, 'seg-source', ns);
  if (!segSource || segmentsOf(unit, ns).segments[0]?.mid === null) return;
  const { segments, wholeTarget } = segmentsOf(unit, ns);
  if (!wholeTarget && segments.some((segment) => segment.target)) return;
  const old = xChild(unit, 'target', ns);
  const copy: XElement = {
    n: qualify(xliff, 'target'),
    a: { ...(old?.a ?? {}) },
    c: structuredClone(segSource.c),
  };
  if (old) unit.c[unit.c.indexOf(old)] = copy;
  else unit.c.splice(unit.c.indexOf(segSource) + 1, 0, copy);
}

function insertAfterTarget(unit: XElement, ns: Namespaces, alts: XElement[]): void {
  if (alts.length === 0) return;
  const target = xChild(unit, 'target', ns);
  const at = target
    ? unit.c.indexOf(target) + 1
    : unit.c.findIndex((node) => isX(node, 'note', ns));
  unit.c.splice(at < 0 ? unit.c.length : at, 0, ...alts);
}
