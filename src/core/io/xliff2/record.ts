/**
 * The XLIFF 2 record (`model.ts`) packed for the project
 * (`packed-record.ts`): one JSON string (what `packRecord` would make of it,
 * written here node by node), with each element written as
 * `[name, attributes, ...children]` (no key names, no parse offsets), which
 * keeps the string about the size of the file rather than three times it,
 * and one byte a character (`narrowJson`).
 * Unpacking checks every node by hand: the record comes back from project
 * files and IndexedDB, and a zod schema walking a tree of a million nodes
 * would cost seconds at every export.
 */
import { narrowJson, unpackRecord, type PackedRecord } from '../packed-record.ts';
import type { XmlElement, XmlNode } from '../xml/index.ts';
import { xliff2DataSchema, type Xliff2Data, type Xliff2Segment } from './model.ts';

/**
 * Appends the packed JSON of `node` to `out`, written directly rather than
 * through `JSON.stringify` of a packed copy: a copy of a 50 MB file's tree
 * is hundreds of megabytes more at the import's peak.
 */
function packNode(node: XmlNode, out: string[]): void {
  if (typeof node === 'string') {
    out.push(JSON.stringify(node));
    return;
  }
  out.push(`[${JSON.stringify(node.name)},${JSON.stringify(node.attributes)}`);
  for (const child of node.children) {
    out.push(',');
    packNode(child, out);
  }
  out.push(']');
}

/** Thrown (and caught by `unpackRecord`) for a node that is not a packed one. */
function bad(): never {
  throw new TypeError('not a packed XLIFF 2 record');
}

function unpackAttributes(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad();
  for (const v of Object.values(value)) if (typeof v !== 'string') bad();
  return value as Record<string, string>;
}

function unpackElement(value: unknown): XmlElement {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || value[0] === '') bad();
  const children: XmlNode[] = [];
  for (let i = 2; i < value.length; i++) {
    const child: unknown = value[i];
    children.push(typeof child === 'string' ? child : unpackElement(child));
  }
  return { name: value[0], attributes: unpackAttributes(value[1]), children, offset: 0 };
}

function unpackSegment(value: unknown): Xliff2Segment {
  if (!Array.isArray(value) || value.length !== 2) bad();
  const pair: unknown[] = value;
  const [unit, target] = pair;
  const unitOk = unit === null || (typeof unit === 'number' && Number.isInteger(unit) && unit >= 0);
  if (!unitOk || (target !== null && typeof target !== 'string')) bad();
  return { unit, target };
}

/** `data` packed for `ProjectInterchange.data`. */
export function packXliff2Data(data: Xliff2Data): PackedRecord {
  const out: string[] = [`{"kind":${JSON.stringify(data.kind)},"root":`];
  packNode(data.root, out);
  out.push(',"segments":[');
  data.segments.forEach((segment, index) => {
    if (index > 0) out.push(',');
    out.push(`[${JSON.stringify(segment.unit)},${JSON.stringify(segment.target)}]`);
  });
  out.push(']}');
  return narrowJson(out.join(''));
}

function decode(value: unknown): Xliff2Data | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (!Array.isArray(record.root)) {
    // A record stored unpacked by an earlier build: the element tree itself.
    const parsed = xliff2DataSchema.safeParse(value);
    return parsed.success ? structuredClone(parsed.data) : null;
  }
  if (record.kind !== 'xliff2' || !Array.isArray(record.segments)) return null;
  return {
    kind: 'xliff2',
    root: unpackElement(record.root),
    segments: record.segments.map(unpackSegment),
  };
}

/**
 * The record in `ProjectInterchange.data`, as a fresh tree the writer may
 * edit, or `null` when there is none or it is damaged.
 */
export function unpackXliff2Data(data: unknown): Xliff2Data | null {
  return unpackRecord(data, decode);
}
