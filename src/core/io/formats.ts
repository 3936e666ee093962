/**
 * The registry of interchange formats: the one place that knows which
 * formats exist, so the import dialog, the import worker and the CLI's
 * `import`/`export` recognise, read and write files without ever branching
 * on a format by name.
 *
 * Recognition is by content first and by name second (each format's
 * `detect` says how sure it is), because interchange files are often
 * misnamed: a TMX saved as `.xml`, an XLIFF 2 as `.xlf`, an MQM TSV as
 * `.txt`. Project and review files are not interchange formats, but a file
 * dropped on the import dialog may be either, so they are recognised here
 * too and the caller routes them.
 */
import type { Project, ProjectOrigin, ProjectView } from '../model/project.ts';
import { PROJECT_FORMAT } from '../model/schema.ts';
import { REVIEW_FORMAT } from '../model/review-schema.ts';
import { normalizeText } from '../text/normalize.ts';
import { csvFormat } from './csv/format.ts';
import type {
  InterchangeFormat,
  InterchangeFormatId,
  ProjectDraft,
  ReadOptions,
  ReadResult,
} from './format.ts';
import { checkSize, decodeForImport, ImportError } from './import-error.ts';
import { mqmTsvFormat } from './mqm-tsv/format.ts';
import { tmxFormat } from './tmx/format.ts';
import { decodeXml } from './xml/index.ts';
import { xliff12Format } from './xliff12/format.ts';
import { xliff2Format } from './xliff2/format.ts';

/**
 * Every interchange format, in the order that settles ties between equally
 * sure formats: the XML formats (which cannot both claim one root), then
 * MQM TSV before the bilingual table, whose header an MQM header also fits.
 */
export const INTERCHANGE_FORMATS: readonly InterchangeFormat[] = [
  xliff2Format,
  xliff12Format,
  tmxFormat,
  mqmTsvFormat,
  csvFormat,
];

/** The identifiers of every interchange format, in registry order. */
export const INTERCHANGE_FORMAT_IDS: readonly InterchangeFormatId[] = INTERCHANGE_FORMATS.map(
  (format) => format.id,
);

/**
 * Largest file the registry reads, in bytes: over it a file is refused
 * before it is decoded. A 50 MB XLIFF must load (the target), with
 * room to spare for UTF-16 files, which are twice the size of their text.
 */
export const MAX_INTERCHANGE_BYTES = 256 * 1024 * 1024;

/** How many characters of a file `detect` functions are given. */
export const DETECT_HEAD_CHARS = 8192;

/** What a file is, as far as importing goes. */
export type DetectedFile =
  | { kind: 'interchange'; format: InterchangeFormat; certainty: 1 | 2 }
  /** A Duizhao project file (`*.duizhao.json`): imported as it is. */
  | { kind: 'project' }
  /** A Duizhao review file: flags without text, merged into a project rather than imported. */
  | { kind: 'review' };

/** The format with identifier `id`; throws `RangeError` for an unknown one. */
export function interchangeFormat(
  id: InterchangeFormatId,
  formats: readonly InterchangeFormat[] = INTERCHANGE_FORMATS,
): InterchangeFormat {
  const format = formats.find((candidate) => candidate.id === id);
  if (!format) throw new RangeError(`No interchange format "${id}".`);
  return format;
}

/** The lower-cased extension of `fileName`, without the dot. */
function extensionOf(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** Whether `head` is the start of one of our JSON files, and which (`format` near the top). */
function ownJsonKind(head: string, fileName: string): 'project' | 'review' | null {
  const json = head.trimStart().startsWith('{');
  const format = /"format"\s*:\s*"([^"]*)"/.exec(head)?.[1];
  if (json && format === REVIEW_FORMAT) return 'review';
  if (json && format === PROJECT_FORMAT) return 'project';
  // A `.json` that says nothing we know still goes to the project reader,
  // whose error says what it expected.
  if (json && extensionOf(fileName) === 'json') return 'project';
  return null;
}

/**
 * What the file starting with `head` (decoded, BOM removed) and named
 * `fileName` is: one of our own JSON files, or the interchange format most
 * sure of it (content beats extension; ties go to the earlier format), or
 * `null` when nothing recognises it.
 */
export function detectInterchangeFormat(
  head: string,
  fileName: string,
  formats: readonly InterchangeFormat[] = INTERCHANGE_FORMATS,
): DetectedFile | null {
  const start = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const sample = start.slice(0, DETECT_HEAD_CHARS);
  const own = ownJsonKind(sample, fileName);
  if (own) return { kind: own };
  let best: { format: InterchangeFormat; certainty: 1 | 2 } | null = null;
  for (const format of formats) {
    const certainty = format.detect(sample, fileName);
    if (certainty > 0 && (!best || certainty > best.certainty)) {
      best = { format, certainty: certainty as 1 | 2 };
    }
  }
  return best ? { kind: 'interchange', ...best } : null;
}

/** Whether the bytes start (after any BOM and whitespace) like an XML document. */
function looksLikeXml(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  // UTF-16 without BOM: `<` followed or preceded by a zero byte.
  if ((head[0] === 0x3c && head[1] === 0) || (head[0] === 0 && head[1] === 0x3c)) return true;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const text = new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head);
    return text
      .replace(/^\ufeff/, '')
      .trimStart()
      .startsWith('<');
  }
  const text = new TextDecoder('latin1').decode(head);
  return text
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .startsWith('<');
}

/**
 * The text of an interchange file's bytes, decoded and normalised (BOM
 * removed, line breaks LF). XML says its own encoding (`decodeXml`);
 * anything else is decoded as a text file (`decode.ts`: UTF-8, UTF-16 with
 * BOM, GB18030). Throws `ImportError` (`too-large` over
 * `MAX_INTERCHANGE_BYTES`, `undecodable`, `empty`…).
 */
export function decodeInterchange(bytes: Uint8Array, fileName: string): string {
  checkSize(bytes.length, MAX_INTERCHANGE_BYTES, 'bytes', fileName);
  const text = looksLikeXml(bytes) ? decodeXml(bytes, fileName) : decodeForImport(bytes, fileName);
  return normalizeText(text);
}

/** What `readInterchange` is told: a reader's options, and the format when the caller knows it. */
export interface InterchangeReadOptions extends ReadOptions {
  format?: InterchangeFormatId;
}

/** What reading a file gave, with the format that read it. */
export interface InterchangeRead extends ReadResult {
  format: InterchangeFormatId;
}

/**
 * Reads a decoded, normalised interchange file: with the format given, or
 * the one `detectInterchangeFormat` finds. Throws `ImportError` only:
 * `unsupported` for a project, review or unrecognised file, `empty` when the
 * reader found nothing to import, and whatever the reader throws.
 */
export function readInterchange(
  text: string,
  options: InterchangeReadOptions,
  formats: readonly InterchangeFormat[] = INTERCHANGE_FORMATS,
): InterchangeRead {
  const { format: id, ...readOptions } = options;
  const where = { file: options.fileName };
  let format: InterchangeFormat;
  if (id) {
    format = interchangeFormat(id, formats);
  } else {
    const detected = detectInterchangeFormat(text, options.fileName, formats);
    if (detected?.kind !== 'interchange') {
      const what = detected ? `a Duizhao ${detected.kind} file` : 'in no format Duizhao reads';
      throw new ImportError('unsupported', `the file is ${what}, not an interchange file`, where);
    }
    format = detected.format;
  }
  const result = format.read(text, readOptions);
  if (result.drafts.length === 0) {
    throw new ImportError('empty', 'the file has nothing to import', where);
  }
  return { format: format.id, ...result };
}

/** What the caller gives a draft to make it a project. */
export interface DraftIdentity {
  id: string;
  /** Creation and modification time. */
  now: Date;
  /** Default `import`. */
  origin?: ProjectOrigin;
  /** Default: at the first unit. */
  view?: ProjectView;
}

/** The project `draft` becomes with the identity, dates and view the caller assigns. */
export function projectFromDraft(draft: ProjectDraft, identity: DraftIdentity): Project {
  const stamp = identity.now.toISOString();
  return {
    ...draft,
    id: identity.id,
    origin: identity.origin ?? 'import',
    createdAt: stamp,
    updatedAt: stamp,
    view: identity.view ?? { activeUnit: 0 },
  };
}
