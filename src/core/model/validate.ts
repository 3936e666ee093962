/**
 * Semantic validation of a bilingual document: the invariants that a zod
 * schema cannot express because they relate one field to another (a range to
 * the length of its text, a sentence to its paragraph, a unit to its
 * sentences).
 *
 * The rest of the app trusts these invariants without checking them (the
 * workspace slices text at unit offsets, the aligner walks sentence indices),
 * so everything that arrives from outside — a project file, an old IndexedDB
 * record — goes through here once. Validation stops at the first problem: a
 * file that is wrong in one place is usually wrong in many, and the first
 * path is what a person fixing it by hand needs.
 */
import type { BilingualDocument, SideText, TextRange, UnitSide } from './document.ts';
import type { Project } from './project.ts';

/** One step of a path into a JSON value: an object key or an array index. */
export type JsonPathSegment = string | number;

/**
 * A document or project that parses but breaks an invariant. `path` locates
 * the offending value from the root of what was validated.
 */
export class DocumentValidationError extends Error {
  override readonly name = 'DocumentValidationError';
  readonly path: readonly JsonPathSegment[];
  /** The problem without the path, for callers that format the path their own way. */
  readonly problem: string;

  constructor(path: readonly JsonPathSegment[], problem: string) {
    super(`${formatJsonPath(path)}: ${problem}`);
    this.path = path;
    this.problem = problem;
  }
}

/**
 * Formats a path the way people write it in JavaScript:
 * `document.alignment.units[3].target.end`. The empty path is `(root)`.
 */
export function formatJsonPath(path: readonly JsonPathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(root)';
}

type Path = readonly JsonPathSegment[];

function fail(path: Path, problem: string): never {
  throw new DocumentValidationError(path, problem);
}

/** A range must be well formed and lie inside a text of `length` code units. */
function checkRange(range: TextRange, length: number, path: Path): void {
  if (range.start > range.end) fail(path, `start ${range.start} is after end ${range.end}`);
  if (range.end > length) {
    fail([...path, 'end'], `${range.end} is past the end of the text (length ${length})`);
  }
}

/**
 * Ranges in document order must not overlap. Touching is allowed: two
 * sentences may meet without whitespace between them (`。` ends one, the next
 * begins at once).
 */
function checkOrdered(previous: TextRange | undefined, range: TextRange, path: Path): void {
  if (previous && range.start < previous.end) {
    fail(
      [...path, 'start'],
      `${range.start} overlaps the previous range, which ends at ${previous.end}`,
    );
  }
}

function checkSide(side: SideText, path: Path): void {
  const length = side.text.length;
  // Offsets are defined on normalised text; a CR would mean the file was
  // written from raw input and every offset after it could be off by one.
  const cr = side.text.indexOf('\r');
  if (cr !== -1) {
    fail(
      [...path, 'text'],
      `contains a carriage return at offset ${cr}; text must be normalised to LF`,
    );
  }

  const { paragraphs, sentences } = side.segmentation;
  const paragraphsPath = [...path, 'segmentation', 'paragraphs'];
  paragraphs.forEach((paragraph, i) => {
    checkRange(paragraph, length, [...paragraphsPath, i]);
    checkOrdered(paragraphs[i - 1], paragraph, [...paragraphsPath, i]);
  });

  const sentencesPath = [...path, 'segmentation', 'sentences'];
  sentences.forEach((sentence, i) => {
    const at = [...sentencesPath, i];
    checkRange(sentence, length, at);
    checkOrdered(sentences[i - 1], sentence, at);
    const paragraph = paragraphs[sentence.paragraph];
    if (!paragraph) {
      fail(
        [...at, 'paragraph'],
        `${sentence.paragraph} is not a paragraph index (there are ${paragraphs.length})`,
      );
    }
    if (sentence.start < paragraph.start || sentence.end > paragraph.end) {
      fail(
        at,
        `[${sentence.start}, ${sentence.end}) is not inside paragraph ${sentence.paragraph} [${paragraph.start}, ${paragraph.end})`,
      );
    }
  });
}

/**
 * Walks one side of every unit, checking that the units take that side's
 * sentences one run at a time, in order, each exactly once, and that a unit's
 * range spans exactly its sentences.
 */
function checkUnitSides(doc: BilingualDocument, side: 'source' | 'target', docPath: Path): void {
  const unitsPath = [...docPath, 'alignment', 'units'];
  const sideText = doc[side];
  const sentences = sideText?.segmentation.sentences ?? [];
  let next = 0;
  doc.alignment.units.forEach((unit, u) => {
    const unitSide: UnitSide | null = unit[side];
    const at = [...unitsPath, u, side];
    if (!unitSide) return;
    if (!sideText) fail(at, `must be null: the document has no ${side} text`);
    unitSide.sentences.forEach((index, k) => {
      if (index !== next) {
        const expected = next < sentences.length ? `sentence ${next}` : 'no more sentences';
        fail(
          [...at, 'sentences', k],
          `is ${index}, expected ${expected} (each sentence in exactly one unit, in order)`,
        );
      }
      next++;
    });
    const first = sentences[unitSide.sentences[0] ?? -1];
    const last = sentences[unitSide.sentences[unitSide.sentences.length - 1] ?? -1];
    if (!first || !last) {
      fail(
        [...at, 'sentences'],
        `refers to a sentence that does not exist (there are ${sentences.length})`,
      );
    }
    if (unitSide.start !== first.start) {
      fail(
        [...at, 'start'],
        `is ${unitSide.start}, expected ${first.start}, the start of its first sentence`,
      );
    }
    if (unitSide.end !== last.end) {
      fail(
        [...at, 'end'],
        `is ${unitSide.end}, expected ${last.end}, the end of its last sentence`,
      );
    }
  });
  if (next < sentences.length) {
    fail([...docPath, side, 'segmentation', 'sentences', next], 'is in no unit');
  }
}

/**
 * Checks every invariant of a bilingual document that its types do not
 * enforce, throwing a `DocumentValidationError` on the first problem.
 * `path` prefixes the error paths (e.g. `['project', 'document']`).
 *
 * Linear in the size of the segmentation and alignment; the text itself is
 * scanned once for CR.
 */
export function validateDocument(doc: BilingualDocument, path: Path = []): void {
  if (doc.source) checkSide(doc.source, [...path, 'source']);
  checkSide(doc.target, [...path, 'target']);
  checkUnitSides(doc, 'source', path);
  checkUnitSides(doc, 'target', path);
  doc.alignment.units.forEach((unit, u) => {
    if (!unit.source && !unit.target) {
      fail([...path, 'alignment', 'units', u], 'has neither a source nor a target side');
    }
  });
}

/**
 * Validates a project: its document, and that the remembered view points into
 * it. An empty document has no units; its active unit must then be 0.
 */
export function validateProject(project: Project, path: Path = []): void {
  validateDocument(project.document, [...path, 'document']);
  const units = project.document.alignment.units.length;
  const { activeUnit } = project.view;
  if (activeUnit >= Math.max(units, 1)) {
    fail([...path, 'view', 'activeUnit'], `${activeUnit} is not a unit index (there are ${units})`);
  }
}
