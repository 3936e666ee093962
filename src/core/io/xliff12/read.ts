/**
 * Reading XLIFF 1.0, 1.1 and 1.2 (and files without a namespace, such as
 * Passolo's) into a project draft: one unit per segment, the codes, notes,
 * and the review the file carries. See `format.ts` for the whole picture.
 */
import type { ReadOptions, ReadResult } from '../format.ts';
import { ImportError, WarningLog } from '../import-error.ts';
import { buildSegmentDocument } from '../segments.ts';
import { parseXml } from '../xml/index.ts';
import type { InterchangeNote, ProjectInterchange } from '../../model/project-extras.ts';
import type { UnitCodes } from '../../model/inline-code.ts';
import { emptyProjectReview } from '../../review/index.ts';
import { MAX_XLIFF_CHARS, UNKNOWN_TIME } from './model.ts';
import { collectStandoff } from './read-issues.ts';
import { buildReview } from './read-review.ts';
import { packXliff12Data } from './record.ts';
import { dzAttributes, readUnit, type SegmentRead } from './read-unit.ts';
import { stripRegenerated } from './strip.ts';
import { isX, namespacesOf, transUnits } from './structure.ts';
import { keep, localName } from './tree.ts';

/** Reads an XLIFF 1.x document. Throws `ImportError` only. */
export function readXliff12(text: string, options: ReadOptions): ReadResult {
  const file = options.fileName;
  const doc = parseXml(text, { file, maxChars: MAX_XLIFF_CHARS });
  const root = keep(doc.root);
  options.onProgress?.(0.4);
  const where = (path: string) => ({ file, path });
  if (localName(root.n) !== 'xliff') {
    throw new ImportError(
      'invalid',
      `the root element is <${root.n}>, not <xliff>`,
      doc.locate(doc.root.offset, root.n),
    );
  }
  const version = root.a.version ?? '';
  if (/^2/.test(version)) {
    throw new ImportError(
      'unsupported',
      `this is XLIFF ${version}, not 1.x`,
      doc.locate(doc.root.offset, 'xliff'),
    );
  }
  const ns = namespacesOf(root);
  const warnings = new WarningLog();
  const standoff = collectStandoff(root, ns);
  const context = {
    xliff: ns.xliff,
    its: ns.its,
    dz: ns.dz,
    standoff: standoff.issues,
    unresolved: (reference: string) =>
      warnings.add(
        'unresolved-issues',
        `ITS issues ${reference} are not in this file; they were left out`,
        { file },
        reference,
      ),
  };
  const segments: SegmentRead[] = [];
  const files = root.c.filter((node) => isX(node, 'file', ns));
  const seen = new Map<unknown, Set<string>>();
  for (const found of transUnits(root, ns)) {
    const ids = seen.get(found.file) ?? new Set<string>();
    seen.set(found.file, ids);
    const id = found.unit.a.id ?? '';
    if (ids.has(id)) {
      warnings.add(
        'duplicate-id',
        `trans-unit id "${id}" is used more than once in its file`,
        where(found.path),
      );
    }
    ids.add(id);
    const grouped = found.group?.a.restype === 'x-duizhao-paragraph';
    const first = found.group
      ? found.group.c.find((node) => isX(node, 'trans-unit', ns))
      : undefined;
    const paragraphStart = !grouped || first === found.unit;
    segments.push(
      ...readUnit(found.unit, found.path, paragraphStart, ns, context, () =>
        warnings.add(
          'unsegmented-target',
          'a segmented unit has an unsegmented target; it was given to its first segment',
          where(found.path),
        ),
      ),
    );
  }
  checkLanguages(
    files.map((node) => (typeof node === 'string' ? {} : node.a)),
    warnings,
    file,
  );
  options.onProgress?.(0.7);
  const mts = segments.map((segment) => mtOf(segment));
  const { document, unitOfPair } = buildSegmentDocument(
    segments.map((segment, k) => ({
      source: segment.source?.text ?? '',
      target: mts[k] ?? '',
      paragraphStart: segment.paragraphStart,
    })),
  );
  if (document.alignment.units.length === 0) {
    throw new ImportError('empty', 'the file has no translation units with text', { file });
  }
  const codes: Record<string, UnitCodes> = {};
  const notes: Record<string, InterchangeNote[]> = {};
  segments.forEach((segment, k) => {
    const unit = unitOfPair[k];
    if (unit === null || unit === undefined) return;
    if (segment.table.codes.length > 0) codes[String(unit)] = segment.table.codes;
    if (segment.notes.length > 0) notes[String(unit)] = segment.notes;
  });
  const fallback = { author: { name: 'XLIFF', role: 'reviewer' as const }, at: fileDate(files) };
  const rootDz = dzAttributes(root, ns);
  const review = buildReview(
    document,
    segments,
    unitOfPair,
    fallback,
    rootDz,
    (code, message, path) => warnings.add(code, message, where(path)),
  );
  // Packed (one ASCII string), so the project is cheap to clone and store.
  const data = packXliff12Data({
    record: 1,
    root: stripRegenerated(root, ns, standoff),
    unitOfSegment: unitOfPair,
  });
  const interchange: ProjectInterchange = { format: 'xliff12', codes, notes, data };
  const name = file.replace(/^.*[\\/]/, '').replace(/\.(sdl)?xliff?$|\.xlf$/i, '') || file;
  options.onProgress?.(1);
  return {
    drafts: [
      {
        name,
        document,
        review: { ...emptyProjectReview(), ops: review },
        sourceFileName: file,
        targetFileName: file,
        interchange,
      },
    ],
    warnings: warnings.list(),
  };
}

/** The MT of a segment: the text our `alt-trans` kept as `mt`, else its target. */
function mtOf(segment: SegmentRead): string {
  const kept = segment.versions.find((version) => version.dz.version === 'mt');
  return kept ? kept.text : (segment.target?.text ?? '');
}

function fileDate(files: readonly unknown[]): string {
  for (const node of files) {
    const date = (node as { a?: Record<string, string> }).a?.date;
    if (date && !Number.isNaN(Date.parse(date))) return new Date(Date.parse(date)).toISOString();
  }
  return UNKNOWN_TIME;
}

function checkLanguages(files: Record<string, string>[], warnings: WarningLog, file: string): void {
  for (const attributes of files) {
    const source = attributes['source-language'] ?? '';
    const target = attributes['target-language'] ?? '';
    if (!/^zh\b/i.test(source)) {
      warnings.add(
        'source-not-chinese',
        `the source language is "${source}", not Chinese`,
        { file },
        source,
      );
    }
    if (target && !/^en\b/i.test(target)) {
      warnings.add(
        'target-not-english',
        `the target language is "${target}", not English`,
        { file },
        target,
      );
    }
  }
}
