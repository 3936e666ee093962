/**
 * Reading an XLIFF 2.0/2.1/2.2 file into a project draft.
 *
 * Order: the safe XML parse (`xml/`), the root checked to be XLIFF 2, the
 * file validated against the core and module rules (`validate/`: a broken
 * rule refuses the file unless `lenient`, when it becomes a warning), then the
 * walk: every `<segment>` of every `<unit>` (in `<file>`s and `<group>`s)
 * becomes one project unit, the first of each XLIFF unit starting a
 * paragraph. What the project model has no place for stays in the record
 * (`model.ts`), and the review we wrote, if any, is read back into the log.
 */
import type { ReadOptions, ReadResult } from '../format.ts';
import { ImportError, WarningLog } from '../import-error.ts';
import { buildSegmentDocument, type SegmentPair } from '../segments.ts';
import { parseXml, type XmlDocument, type XmlElement } from '../xml/index.ts';
import { validateXliff2 } from './validate/index.ts';
import { collectUnits } from './read-units.ts';
import { draftFromUnits } from './read-draft.ts';
import { elementName, isCoreNs, ROOT_SCOPE, scopeOf } from './namespaces.ts';

/** Largest XLIFF 2 text read, in characters: a 50 MB file must load, with room to spare. */
export const MAX_XLIFF2_CHARS = 256 * 1024 * 1024;

/** Refuses a root that is not XLIFF 2. */
function checkRoot(root: XmlElement, file: string): void {
  const q = elementName(root.name, scopeOf(root, ROOT_SCOPE));
  if (q.local !== 'xliff' || !isCoreNs(q.ns)) {
    throw new ImportError(
      'unsupported',
      `the root element is <${root.name}>, not an XLIFF 2 <xliff>`,
      {
        file,
        path: root.name,
      },
    );
  }
  const version = root.attributes.version ?? '';
  if (!/^2\.\d+$/.test(version)) {
    throw new ImportError('unsupported', `XLIFF version "${version}" is not 2.x`, {
      file,
      path: 'xliff',
    });
  }
}

/** Reads an XLIFF 2 file. Throws `ImportError` only. */
export function readXliff2(text: string, options: ReadOptions): ReadResult {
  const file = options.fileName;
  const doc = parseXml(text, { file, maxChars: MAX_XLIFF2_CHARS });
  checkRoot(doc.root, file);
  const problems = validateXliff2(doc.root);
  const first = problems[0];
  if (first && !options.lenient) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    throw new ImportError(
      'invalid',
      `${first.message}${more}`,
      doc.locate(first.offset, first.path),
    );
  }
  const warnings = new WarningLog();
  for (const problem of problems) {
    // One warning per rule message, counted: a file with 10,000 duplicate
    // ids says so once, with the first place.
    warnings.add(
      'invalid',
      problem.message,
      doc.locate(problem.offset, problem.path),
      problem.message,
    );
  }
  if (first) return readLeniently(doc, warnings, options);
  return readValid(doc, warnings, options);
}

/**
 * Reads a file that breaks XLIFF rules. The mapping below was written for
 * valid files and may meet a structure it cannot make sense of (a `<sc>`
 * whose `<ec>` is missing, an id used twice); what it cannot read is
 * refused with the first broken rule, never with a stray `TypeError`.
 */
function readLeniently(doc: XmlDocument, warnings: WarningLog, options: ReadOptions): ReadResult {
  try {
    return readValid(doc, warnings, options);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const [first] = warnings.list();
    throw new ImportError(
      'invalid',
      `the file breaks XLIFF rules too badly to be read: ${first?.message ?? String(error)}`,
      first?.location ?? { file: options.fileName },
    );
  }
}

/** Maps a parsed file, valid or leniently accepted, to a project draft. */
function readValid(doc: XmlDocument, warnings: WarningLog, options: ReadOptions): ReadResult {
  const file = options.fileName;
  options.onProgress?.(0.5);
  const { srcLang, trgLang } = doc.root.attributes;
  if (srcLang !== undefined && !/^zh\b/i.test(srcLang)) {
    warnings.add('source-language', `the source language is ${srcLang}, not Chinese`, {
      file,
      path: 'xliff',
    });
  }
  if (trgLang !== undefined && !/^en\b/i.test(trgLang)) {
    warnings.add('target-language', `the target language is ${trgLang}, not English`, {
      file,
      path: 'xliff',
    });
  }
  const units = collectUnits(doc.root, warnings, file);
  const pairs: SegmentPair[] = units.segments.map((segment) => ({
    source: segment.source,
    target: segment.target,
    paragraphStart: segment.paragraphStart,
  }));
  const built = buildSegmentDocument(pairs);
  options.onProgress?.(0.9);
  const draft = draftFromUnits(units, built, doc.root, warnings, file);
  return { drafts: [draft], warnings: warnings.list() };
}
