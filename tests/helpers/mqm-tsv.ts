/**
 * A small reader for Google's MQM TSV files (wmt-mqm-human-evaluation,
 * Anthea/MQM Viewer exports), for tests only: the app's importer lives in
 * `src/core/io/mqm-tsv/`, and tests that check the app's scores against
 * these files must not share its reading of them.
 *
 * One row per error; a rated segment without errors has one `No-error` row.
 * The error span is wrapped in `<v>…</v>` in the target, or in the source
 * for omissions and source errors. Fields are read with quoting off, as the
 * data README says (they contain raw `"`).
 */
import { readFileSync } from 'node:fs';
import type { BilingualDocument, Side } from '../../src/core/model/document.ts';
import type { Flag, Severity } from '../../src/core/model/flag.ts';
import { anchorIn } from './flags.ts';

/** One row of an MQM TSV file. */
export interface MqmRow {
  system: string;
  doc: string;
  /** The segment's id within the document (`seg_id` or `docSegId`). */
  segment: string;
  rater: string;
  /** Source and target as in the file, the span marked with `<v>…</v>`. */
  source: string;
  target: string;
  category: string;
  severity: string;
}

/**
 * Rows of the file at `path`. Both layouts are read by column name: the
 * 2021 one (`system doc doc_id seg_id rater source target category severity`)
 * and the Anthea one (`system doc docSegId globalSegId rater … metadata`).
 */
export function readMqmTsv(path: string): MqmRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = (lines[0] ?? '').split('\t');
  const column = (...names: string[]) => {
    const index = header.findIndex((name) => names.includes(name));
    if (index < 0) throw new Error(`${path}: no column ${names.join(' or ')}`);
    return index;
  };
  const at = {
    system: column('system'),
    doc: column('doc'),
    segment: column('seg_id', 'docSegId'),
    rater: column('rater'),
    source: column('source'),
    target: column('target'),
    category: column('category'),
    severity: column('severity'),
  };
  return lines
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const fields = line.split('\t');
      const field = (key: keyof typeof at) => fields[at[key]] ?? '';
      return {
        system: field('system'),
        doc: field('doc'),
        segment: field('segment'),
        rater: field('rater'),
        source: field('source'),
        target: field('target'),
        category: field('category'),
        severity: field('severity'),
      };
    });
}

/** A text with its `<v>…</v>` markup removed, and the marked span (first one) in the clean text. */
export function unmark(marked: string): { text: string; span: [number, number] | null } {
  const open = marked.indexOf('<v>');
  const close = marked.indexOf('</v>', open);
  const text = marked.replaceAll('<v>', '').replaceAll('</v>', '');
  if (open < 0 || close < 0) return { text, span: null };
  const start = marked.slice(0, open).replaceAll('</v>', '').length;
  const end = start + marked.slice(open + 3, close).replaceAll('<v>', '').length;
  return { text, span: [start, end] };
}

/**
 * A field's text without markup and trailing whitespace. Anthea keeps a
 * segment's trailing space in some rows (those whose span runs to the end,
 * such as a whole-segment Non-translation) and not in others; without it,
 * every row of an item has the same text.
 */
export function cleanText(marked: string): string {
  return unmark(marked).text.trimEnd();
}

/** A rated segment of one system: its rows, by every rater. */
export interface MqmItem {
  system: string;
  doc: string;
  segment: string;
  /** Clean texts (markup removed). */
  source: string;
  target: string;
  rows: MqmRow[];
}

/** Rows grouped into items (document, segment, system), in file order of first appearance. */
export function groupItems(rows: readonly MqmRow[]): MqmItem[] {
  const items = new Map<string, MqmItem>();
  for (const row of rows) {
    const key = `${row.doc}\u0000${row.segment}\u0000${row.system}`;
    let item = items.get(key);
    if (!item) {
      item = {
        system: row.system,
        doc: row.doc,
        segment: row.segment,
        source: cleanText(row.source),
        target: cleanText(row.target),
        rows: [],
      };
      items.set(key, item);
    }
    item.rows.push(row);
  }
  return [...items.values()];
}

/** A document whose units are `items`, one per line on each side, paired one to one. */
export function itemsDocument(
  items: readonly { source: string; target: string }[],
): BilingualDocument {
  const side = (texts: string[]) => {
    let text = '';
    const ranges = texts.map((line, k) => {
      if (k > 0) text += '\n';
      const range = { start: text.length, end: text.length + line.length };
      text += line;
      return range;
    });
    return {
      text,
      ranges,
      segmentation: {
        paragraphs: ranges,
        sentences: ranges.map((range, paragraph) => ({ ...range, paragraph })),
      },
    };
  };
  const source = side(items.map((item) => item.source));
  const target = side(items.map((item) => item.target));
  return {
    source: { text: source.text, segmentation: source.segmentation },
    target: { text: target.text, segmentation: target.segmentation },
    alignment: {
      charRatio: 3,
      units: items.map((_, k) => ({
        source: { ...(source.ranges[k] as { start: number; end: number }), sentences: [k] },
        target: { ...(target.ranges[k] as { start: number; end: number }), sentences: [k] },
        confidence: 1,
      })),
    },
  };
}

/**
 * The category as the typology spells it: Anthea's side-by-side suffixes
 * ("Accuracy/Omission (Translation 2)") and the "!" of "Non-translation!"
 * dropped, older underscores ("Non_translation") made spaces or dashes.
 */
export function mqmCategory(category: string): string {
  return category
    .replace(/\s*\(Translation(?: \d+)?\)$/, '')
    .replace(/!$/, '')
    .replace(/^Non_translation/i, 'Non-translation')
    .replaceAll('_', ' ');
}

const SEVERITIES: Record<string, Severity> = {
  critical: 'critical',
  major: 'major',
  minor: 'minor',
  neutral: 'neutral',
};

/**
 * The flag a row stands for on unit `unit`, or `null` for rows that are no
 * error (`No-error`, HOTW attention checks). The span is where `<v>` marks
 * it, target first; a row with no mark flags the whole target.
 */
export function rowFlag(row: MqmRow, unit: number, id: string): Flag | null {
  if (/^no[-_]error$/i.test(row.category) || /^hotw/i.test(row.severity)) return null;
  const severity = SEVERITIES[row.severity.toLowerCase()];
  if (!severity) throw new Error(`unknown severity ${row.severity}`);
  const target = unmark(row.target);
  const source = unmark(row.source);
  const [side, marked, span]: [Side, string, [number, number]] = target.span
    ? ['target', row.target, target.span]
    : source.span
      ? ['source', row.source, source.span]
      : ['target', row.target, [0, target.text.length]];
  const text = cleanText(marked);
  const clip = (offset: number) => Math.min(offset, text.length);
  return {
    id,
    anchor: anchorIn(text, unit, side, clip(span[0]), clip(span[1])),
    category: mqmCategory(row.category),
    severity,
    comment: '',
    suggestion: null,
    status: 'open',
    author: { name: row.rater, role: 'reviewer' },
    createdAt: '2021-01-01T00:00:00.000Z',
    updatedAt: '2021-01-01T00:00:00.000Z',
    origin: 'import:mqm-tsv',
  };
}
