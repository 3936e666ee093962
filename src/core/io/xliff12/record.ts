/**
 * The XLIFF 1.2 record (`model.ts`) packed for the project
 * (`packed-record.ts`), as XLIFF 2's is (`../xliff2/record.ts`): one JSON
 * string written here node by node, each element as
 * `[name, attributes, ...children]` (no key names), so the string stays
 * about the size of the file, at one byte a character (`narrowJson`).
 * Unpacking checks every node by hand: the record comes back from project
 * files and IndexedDB, and a zod schema walking a tree of a million nodes
 * would cost seconds at every export. A record stored unpacked by an earlier
 * build (the `{n, a, c}` tree) is still read, through the zod schema.
 */
import { narrowJson, unpackRecord, type PackedRecord } from '../packed-record.ts';
import { xliff12DataSchema, type Xliff12Data } from './model.ts';
import type { XElement, XNode } from './tree.ts';

/**
 * Appends the packed JSON of `node` to `out`, written directly rather than
 * through `JSON.stringify` of a packed copy, which for a 50 MB file would be
 * hundreds of megabytes more at the import's peak.
 */
function packNode(node: XNode, out: string[]): void {
  if (typeof node === 'string') {
    out.push(JSON.stringify(node));
    return;
  }
  out.push(`[${JSON.stringify(node.n)},${JSON.stringify(node.a)}`);
  for (const child of node.c) {
    out.push(',');
    packNode(child, out);
  }
  out.push(']');
}

/** Thrown (and caught by `unpackRecord`) for a node that is not a packed one. */
function bad(): never {
  throw new TypeError('not a packed XLIFF 1.2 record');
}

function unpackAttributes(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad();
  for (const v of Object.values(value)) if (typeof v !== 'string') bad();
  return value as Record<string, string>;
}

function unpackElement(value: unknown): XElement {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || value[0] === '') bad();
  const c: XNode[] = [];
  for (let i = 2; i < value.length; i++) {
    const child: unknown = value[i];
    c.push(typeof child === 'string' ? child : unpackElement(child));
  }
  return { n: value[0], a: unpackAttributes(value[1]), c };
}

function unpackUnitOfSegment(value: unknown): (number | null)[] {
  if (!Array.isArray(value)) bad();
  for (const unit of value as unknown[]) {
    const ok = unit === null || (typeof unit === 'number' && Number.isInteger(unit) && unit >= 0);
    if (!ok) bad();
  }
  return value as (number | null)[];
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * `json` with every character beyond ASCII escaped, Latin-1 included
 * (`narrowJson` keeps those, one byte in the engine): the record is then
 * one byte a character wherever it goes, UTF-8 project files included, and
 * the same bytes whatever encoding something on the way assumes.
 */
function asciiJson(json: string): string {
  return json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `data` packed for `ProjectInterchange.data`: JSON in ASCII characters only. */
export function packXliff12Data(data: Xliff12Data): PackedRecord {
  const out: string[] = [`{"record":${JSON.stringify(data.record)},"root":`];
  packNode(data.root, out);
  out.push(`,"unitOfSegment":${JSON.stringify(data.unitOfSegment)}}`);
  // `narrowJson` finds nothing left to escape; it makes the engine's string one-byte.
  return narrowJson(asciiJson(out.join('')));
}

function decode(value: unknown): Xliff12Data | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (!Array.isArray(record.root)) {
    // A record stored unpacked by an earlier build: `{n, a, c}` nodes.
    // zod's output is a fresh copy, which the writer may edit.
    const parsed = xliff12DataSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }
  if (record.record !== 1) return null;
  return {
    record: 1,
    root: unpackElement(record.root),
    unitOfSegment: unpackUnitOfSegment(record.unitOfSegment),
  };
}

/**
 * The record in `ProjectInterchange.data`, as a fresh tree the writer may
 * edit, or `null` when there is none or it is damaged.
 */
export function unpackXliff12Data(data: unknown): Xliff12Data | null {
  return unpackRecord(data, decode);
}
