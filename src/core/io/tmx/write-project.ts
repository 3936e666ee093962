/**
 * A project as a TMX memory. A project read from TMX is written from its
 * record (`record.ts`): the memory as it was, with the target of each unit
 * whose text changed (latest or approved, as asked) rebuilt from the text
 * and its codes, so headers, props, notes, attributes, other languages and
 * untouched segments come back exactly. Any other project gives a fresh
 * TMX 1.4 memory of its unit pairs, Chinese to English.
 */
import type { Project } from '../../model/project.ts';
import { replay } from '../../review/index.ts';
import { mtText, sourceText, unitTexts } from '../../revision/index.ts';
import type { WriteOptions } from '../format.ts';
import { contentFromPlaceholders } from './codes.ts';
import type { Tmx, Tu, Tuv } from './model.ts';
import { readTmxRecord, type TmxRecord } from './record.ts';
import { tmxFromSegments } from './segments.ts';
import { writeTmx } from './write.ts';

/** The memory `project` gives (see the module comment). */
export function projectToTmx(project: Project, options: WriteOptions = {}): Tmx {
  const { document } = project;
  const texts = unitTexts(document, replay(project.review.ops), {
    mode: options.texts ?? 'latest',
  });
  const interchange = project.interchange;
  const record =
    interchange?.format === 'tmx'
      ? readTmxRecord(interchange.data, document.alignment.units.length)
      : null;
  if (record) return fromRecord(record, project, texts);
  // Another format's codes carry that format's data, which means nothing here.
  const codes = Object.fromEntries(
    Object.entries(interchange?.codes ?? {}).map(([unit, list]) => [
      unit,
      interchange?.format === 'tmx' ? list : list.map((code) => ({ ...code, data: null })),
    ]),
  );
  const updated = new Date(project.updatedAt);
  const base = tmxFromSegments([], {
    now: Number.isNaN(updated.getTime()) ? new Date(0) : updated,
    ...(options.toolVersion === undefined ? {} : { creationToolVersion: options.toolVersion }),
  });
  const sourceLang = base.header.attributes.srclang ?? 'zh-CN';
  const variant = (lang: string, text: string, unit: number): Tuv => ({
    lang,
    attributes: {},
    notes: [],
    props: [],
    content: contentFromPlaceholders(text, codes[String(unit)]),
  });
  const units: Tu[] = [];
  texts.forEach((target, unit) => {
    const source = sourceText(document, unit);
    if (!source.trim() && !target.trim()) return;
    units.push({
      attributes: { tuid: String(units.length + 1) },
      notes: [],
      props: [],
      variants: [variant(sourceLang, source, unit), variant('en', target, unit)],
    });
  });
  return { ...base, units };
}

function fromRecord(record: TmxRecord, project: Project, texts: readonly string[]): Tmx {
  const tmx = structuredClone(record.tmx);
  const codes = project.interchange?.codes ?? {};
  record.units.forEach((origin, unit) => {
    const text = texts[unit] ?? '';
    const variant =
      origin.target === null ? undefined : tmx.units[origin.tu]?.variants[origin.target];
    if (!variant || text === mtText(project.document, unit)) return;
    variant.content = contentFromPlaceholders(text, codes[String(unit)]);
  });
  return tmx;
}

/** The TMX file of `project`. */
export function writeProjectTmx(project: Project, options: WriteOptions = {}): string {
  return writeTmx(projectToTmx(project, options));
}
