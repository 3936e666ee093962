/**
 * The contract every interchange format implements (XLIFF 1.2, XLIFF 2.x,
 * TMX, MQM TSV, bilingual CSV/TSV), so that the import dialog, the import
 * worker and `duizhao import`/`export` treat them alike through one
 * registry (`formats.ts`) and never branch on a format by name.
 *
 * A format lives in its own folder `core/io/<format>/` and exports one
 * `InterchangeFormat` from `<format>/format.ts`. Reading gives project
 * *drafts*: a project without the identity and dates the app or the CLI
 * assigns (`id`, `createdAt`, `updatedAt`, `origin`, `view`), so core code
 * stays free of clocks and random ids.
 */
import type { Project } from '../model/project.ts';
import type { ImportWarning } from './import-error.ts';

/** The identifiers of the interchange formats. */
export type InterchangeFormatId = 'xliff12' | 'xliff2' | 'tmx' | 'mqm-tsv' | 'csv';

/** A project as a reader makes it, before it is given an id, dates and a view. */
export type ProjectDraft = Pick<
  Project,
  'name' | 'document' | 'review' | 'sourceFileName' | 'targetFileName'
> &
  Partial<Pick<Project, 'interchange' | 'glossary' | 'checks'>>;

/**
 * The name a draft takes from its file: the name without folders and
 * extensions (`talk.en.tmx` → `talk`), since the app shows it as a title.
 */
export function projectNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\..*$/, '') || base;
}

/** What a reader is told besides the text. */
export interface ReadOptions {
  /** The file's name, for locations in messages and for the project's name. */
  fileName: string;
  /** MQM TSV: import only this system (default: one project per system). */
  system?: string;
  /**
   * Read a file that breaks its format's rules (a duplicate id, a missing
   * required attribute: real tools write such files) as far as it can be
   * read, the broken rules becoming warnings. Default `false`: such a file
   * is refused with the first broken rule, and the app offers to read it
   * leniently. Files that are not well-formed are refused either way.
   */
  lenient?: boolean;
  /** Called now and then with the share of the text read so far, in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /**
   * The time given to what the file does not date (an MQM flag without a
   * timestamp, a CSV status). Default: the Unix epoch, so that reading a
   * file twice gives equal drafts; the app and the CLI pass the import time.
   */
  now?: Date;
}

/** What reading one file gave: one draft for most formats, one per system for MQM TSV. */
export interface ReadResult {
  drafts: ProjectDraft[];
  warnings: ImportWarning[];
}

/** What a writer is told besides the project. */
export interface WriteOptions {
  /** The English of each unit: with approved revisions only, or the latest. Default `latest`. */
  texts?: 'approved' | 'latest';
  /** Version of the writing tool, for headers that record it (TMX `creationtoolversion`). */
  toolVersion?: string;
}

/** An interchange format: how to recognise, read and write it. */
export interface InterchangeFormat {
  id: InterchangeFormatId;
  /** Usual file name endings, lower case, without the dot (`xlf`, `xliff`, `sdlxliff`). */
  extensions: readonly string[];
  /** MIME type for downloads. */
  mimeType: string;
  /**
   * How sure the format is that a file is its own, from the first few
   * kilobytes of its decoded text (BOM removed) and its name: 0 (not mine),
   * 1 (the name says so but the content does not tell), 2 (the content says
   * so). Content beats the extension because interchange files are often
   * misnamed.
   */
  detect(head: string, fileName: string): 0 | 1 | 2;
  /** Reads a decoded, normalised text. Throws only `ImportError`. */
  read(text: string, options: ReadOptions): ReadResult;
  /** Writes a project (its texts, review and interchange record) as a file of the format. */
  write(project: Project, options?: WriteOptions): string;
}
