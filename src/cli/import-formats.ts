/**
 * What `duizhao import` makes of one file. The format is told by the
 * registry (`core/io/formats.ts`): content first, extension second, because
 * interchange files are often misnamed; the reader is the one the app's
 * import worker uses, so a file gives the same project here and there.
 * Project files are copied through their reader (an old version comes out
 * current); a review file is refused, having no text.
 */
import { randomUUID } from 'node:crypto';
import type { ProjectDraft } from '../core/io/format.ts';
import {
  detectInterchangeFormat,
  decodeInterchange,
  projectFromDraft,
  readInterchange,
} from '../core/io/formats.ts';
import type { ImportWarning } from '../core/io/import-error.ts';
import { ProjectFileError, readProjectFile } from '../core/io/project-file.ts';
import type { Project } from '../core/model/project.ts';
import { CliError } from './errors.ts';
import { baseName, importing } from './files.ts';

/** What `import` reads from one file: an interchange format, or a project file. */
export type ImportFormat = 'xliff12' | 'xliff2' | 'tmx' | 'mqm-tsv' | 'csv' | 'project';

/** One project read from a file; an MQM file gives one per system. */
export interface ImportedProject {
  project: Project;
  /** The MT system, for MQM files of several systems. */
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
  /** Read a file that breaks its format's rules as far as possible, the broken rules as warnings. */
  lenient?: boolean;
}

/**
 * The system a draft of a file of several holds. MQM readers name each
 * project `NAME (SYSTEM)`; the parentheses are all the draft says of it.
 */
function systemOf(draft: ProjectDraft): string | undefined {
  const open = draft.name.lastIndexOf(' (');
  return open !== -1 && draft.name.endsWith(')') ? draft.name.slice(open + 2, -1) : undefined;
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
  const text = importing(() => decodeInterchange(bytes, file));
  const detected = detectInterchangeFormat(text, file);
  if (
    options.system !== undefined &&
    (detected?.kind !== 'interchange' || detected.format.id !== 'mqm-tsv')
  ) {
    throw new CliError(`--system applies to MQM TSV files; ${path} is not one`);
  }
  if (detected === null) {
    throw new CliError(
      `cannot tell the format of ${path}: it is not XLIFF, TMX, MQM TSV, a bilingual CSV/TSV table with a header row, or a project file (for a Chinese text and its English MT give both files: duizhao import SOURCE TARGET -o PROJECT)`,
    );
  }
  if (detected.kind === 'review') {
    throw new CliError(
      `${path} is a review file, which holds flags but no text; import the project it belongs to, or give the review to "duizhao export" or "duizhao score" with --project PROJECT.duizhao.json`,
    );
  }
  if (detected.kind === 'project') {
    return { format: 'project', projects: [{ project: readProject(text, path) }], warnings: [] };
  }
  const now = new Date();
  const read = importing(() =>
    readInterchange(text, {
      fileName: file,
      format: detected.format.id,
      now,
      ...(options.lenient ? { lenient: true } : {}),
      ...(options.system === undefined ? {} : { system: options.system }),
    }),
  );
  const several = read.drafts.length > 1;
  return {
    format: read.format,
    projects: read.drafts.map((draft) => {
      const system = several ? systemOf(draft) : undefined;
      const project = projectFromDraft(draft, { id: randomUUID(), now });
      return system === undefined ? { project } : { project, system };
    }),
    warnings: read.warnings,
  };
}

function readProject(text: string, path: string): Project {
  try {
    return readProjectFile(text);
  } catch (error) {
    if (error instanceof ProjectFileError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}
