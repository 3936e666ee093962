/**
 * What `duizhao import` makes of one file: the format is told from the
 * content first and the extension second, because interchange files are
 * often misnamed (`.txt` TMX, `.tsv` MQM next to `.tsv` spreadsheets), and
 * each format's reader is the one the app uses.
 *
 * Order of the tests, and why:
 * 1. XML (or a `.tmx` name): TMX. A `.tmx` that is not XML goes to the TMX
 *    reader anyway, whose error says where it stops being well-formed.
 * 2. JSON (or a `.json` name): a project file, copied through the reader so
 *    an old version comes out current; a review file is refused (no text).
 * 3. An MQM header (`isMqmTsv`): MQM TSV, one project per system.
 * 4. A `.csv`/`.tsv`/`.tab` name, or any file whose first row is a
 *    bilingual header: a bilingual table. A headerless table is accepted
 *    only under a table extension: without one, any text file would pass as
 *    a one-column table and a mistaken argument would import silently.
 */
import { randomUUID } from 'node:crypto';
import { csvToSegments } from '../core/io/csv/index.ts';
import { decodeForImport, ImportError, type ImportWarning } from '../core/io/import-error.ts';
import { isMqmTsv, mqmToProjects, readMqmTsv } from '../core/io/mqm-tsv/index.ts';
import { ProjectFileError, readProjectFile } from '../core/io/project-file.ts';
import { buildSegmentDocument } from '../core/io/segments.ts';
import { readTmx, tmxToSegments } from '../core/io/tmx/index.ts';
import type { Project } from '../core/model/project.ts';
import { normalizeText } from '../core/text/normalize.ts';
import { CliError } from './errors.ts';
import { baseName, importing, projectNameOf } from './files.ts';
import { newProject } from './new-project.ts';

/** The interchange formats `import` reads from one file. */
export type ImportFormat = 'tmx' | 'project' | 'mqm-tsv' | 'csv';

/** One project read from a file; an MQM file gives one per system. */
export interface ImportedProject {
  project: Project;
  /** The MT system, for MQM files. */
  system?: string;
}

/** What reading one file gave. */
export interface FileImport {
  format: ImportFormat;
  projects: ImportedProject[];
  warnings: ImportWarning[];
}

/** Options of `importFile`. */
export interface FileImportOptions {
  /** MQM only: the one system to import. */
  system?: string;
}

const EXTENSION = /\.([a-z0-9]+)$/i;

/** The lower-cased extension of `path`, without the dot. */
function extensionOf(path: string): string {
  return EXTENSION.exec(path)?.[1]?.toLowerCase() ?? '';
}

/** Which reader `text` (decoded) from `path` goes to, or `null` when none fits. */
export function detectFormat(text: string, path: string): ImportFormat | 'review' | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .trimStart();
  const extension = extensionOf(path);
  if (head.startsWith('<') || extension === 'tmx') return 'tmx';
  if (head.startsWith('{') || extension === 'json') {
    return /"format"\s*:\s*"duizhao-review"/.test(head) ? 'review' : 'project';
  }
  if (isMqmTsv(text)) return 'mqm-tsv';
  if (['csv', 'tsv', 'tab'].includes(extension)) return 'csv';
  const table = tryTable(text, path);
  return table?.header ? 'csv' : null;
}

/** The table `text` reads as, or `null` when it does not read as one. */
function tryTable(text: string, path: string) {
  try {
    return csvToSegments(text, { file: baseName(path) });
  } catch (error) {
    if (error instanceof ImportError) return null;
    throw error;
  }
}

/**
 * Reads one file of any supported format into projects. Every problem with
 * the file is a `CliError` whose message starts with its location.
 */
export function importFile(
  bytes: Uint8Array,
  path: string,
  options: FileImportOptions = {},
): FileImport {
  const file = baseName(path);
  const text = importing(() => decodeForImport(bytes, file));
  const format = detectFormat(text, path);
  if (options.system !== undefined && format !== 'mqm-tsv') {
    throw new CliError(`--system applies to MQM TSV files; ${path} is not one`);
  }
  switch (format) {
    case 'tmx':
      return importTmx(bytes, path);
    case 'project':
      return { format, projects: [{ project: readProject(text, path) }], warnings: [] };
    case 'review':
      throw new CliError(
        `${path} is a review file, which holds flags but no text; import the project it belongs to, or give the review to "duizhao export" or "duizhao score" with --project PROJECT.duizhao.json`,
      );
    case 'mqm-tsv':
      return importMqm(text, path, options);
    case 'csv':
      return importCsv(normalizeText(text), path);
    case null:
      throw new CliError(
        `cannot tell the format of ${path}: it is not TMX, MQM TSV, a bilingual CSV/TSV table with a header row, or a project file (for a Chinese text and its English MT give both files: duizhao import SOURCE TARGET -o PROJECT)`,
      );
  }
}

function readProject(text: string, path: string): Project {
  try {
    return readProjectFile(text);
  } catch (error) {
    if (error instanceof ProjectFileError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

function importTmx(bytes: Uint8Array, path: string): FileImport {
  const file = baseName(path);
  const { tmx, warnings } = importing(() => readTmx(bytes, { file }));
  const read = tmxToSegments(tmx);
  if (read.segments.length === 0) {
    throw new CliError(
      `${file}: no translation unit has both a Chinese (zh*) and an English (en*) variant`,
    );
  }
  const project = newProject({
    name: projectNameOf(path),
    document: buildSegmentDocument(read.segments).document,
    sourceFileName: file,
    targetFileName: file,
  });
  return { format: 'tmx', projects: [{ project }], warnings: [...warnings, ...read.warnings] };
}

function importMqm(text: string, path: string, options: FileImportOptions): FileImport {
  const file = baseName(path);
  const read = importing(() => readMqmTsv(text, { file }));
  const systems = importing(() =>
    mqmToProjects(read, {
      newId: randomUUID,
      file,
      ...(options.system === undefined ? {} : { system: options.system }),
    }),
  );
  if (systems.length === 0) throw new CliError(`${file}: the file has no rows to import`);
  const name = projectNameOf(path);
  // Warnings of the file itself repeat in every system's list: keep each once.
  const warnings = new Map<string, ImportWarning>();
  for (const system of systems) {
    for (const warning of system.warnings) {
      warnings.set(`${warning.code}\u0000${warning.message}`, warning);
    }
  }
  return {
    format: 'mqm-tsv',
    projects: systems.map((system) => ({
      system: system.system,
      project: newProject({
        name: `${name} (${system.system})`,
        document: system.document,
        sourceFileName: file,
        targetFileName: file,
        flags: system.flags,
      }),
    })),
    warnings: [...warnings.values()],
  };
}

function importCsv(text: string, path: string): FileImport {
  const file = baseName(path);
  const table = importing(() => csvToSegments(text, { file }));
  if (table.segments.length === 0) throw new CliError(`${file}: the table has no rows`);
  const extra = table.segments.filter((segment) => segment.status || segment.comment).length;
  const warnings: ImportWarning[] = [...table.warnings];
  if (extra > 0) {
    warnings.push({
      code: 'status-comment-ignored',
      message: `${extra} rows have a status or comment, which the command line does not import (the project holds no review of them)`,
      location: { file },
      count: 1,
    });
  }
  const project = newProject({
    name: projectNameOf(path),
    document: buildSegmentDocument(table.segments).document,
    sourceFileName: file,
    targetFileName: file,
  });
  return { format: 'csv', projects: [{ project }], warnings };
}
