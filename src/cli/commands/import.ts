/**
 * `duizhao import`: make a project file the app opens from a Chinese text
 * and its English MT, or from one file another tool wrote (XLIFF, TMX, MQM
 * TSV, bilingual CSV/TSV) or the app exported (a project file).
 */
import { buildDocument } from '../../core/align/index.ts';
import { replay } from '../../core/review/index.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import {
  baseName,
  printWarnings,
  projectNameOf,
  readBytes,
  readText,
  writeOutput,
} from '../files.ts';
import type { ImportedProject } from '../import-formats.ts';
import { newProject, projectFileText } from '../new-project.ts';
import type { Command, CommandIO } from './command.ts';

const HELP = `Usage: duizhao import SOURCE TARGET -o PROJECT.duizhao.json [--presplit]
       duizhao import FILE -o PROJECT.duizhao.json [--system NAME] [--lenient]

Make a project file that the app opens (Projects → Open file) and the other
commands read, from a Chinese text and its English machine translation, or
from one file in another format. The format is told from the content, then
from the extension:

  XLIFF         1.2 (also 1.0/1.1) and 2.x; each segment becomes a unit, its
                inline codes protected tokens, its ITS quality issues flags
  TMX           XML with a <tmx> root (1.4b or 1.1, any encoding XML allows);
                the zh* and en* variant of each unit become one unit
  MQM TSV       the WMT / Google MQM releases and Anthea exports (a header
                with system, doc, source, target, category, severity); each
                error becomes a flag by its rater
  CSV / TSV     a bilingual table, one segment pair per row; with a header
                (source/target, zh/en, 原文/译文, …) under any name, without
                one only as .csv, .tsv or .tab (first column source, second
                target)
  project file  a *.duizhao.json exported from the app, written back in the
                current format version

Arguments:
  SOURCE TARGET     the Chinese source and the English MT as text files
                    (UTF-8, UTF-16 with BOM or GB18030); every non-empty line
                    is a paragraph; sentences are split and aligned
  FILE              one file of a format above

Options:
  -o, --output PATH the project file to write (required)
  --system NAME     MQM TSV only: import this MT system. Without it a file
                    of several systems gives one project file per system,
                    named after PATH with the system inserted
                    (out.duizhao.json → out.<system>.duizhao.json)
  --presplit        SOURCE TARGET only: every non-empty line is one sentence
  --lenient         FILE only: read a file that breaks its format's rules
                    (an XLIFF 2 id used twice, a missing required attribute)
                    as far as it can be read; each broken rule is a warning.
                    Without it such a file is refused, naming the first rule
  -h, --help        show this help

Warnings about what a reader had to work around (skipped rows, unknown
categories) go to stderr; a file that cannot be read is an error naming the
place, as file:line:column.

Exit status: 0 on success, 2 on bad arguments or a file that cannot be
imported.

Examples:
  duizhao import zh.txt en.txt -o talk.duizhao.json
  duizhao import memory.tmx -o memory.duizhao.json
  duizhao import job.xlf -o job.duizhao.json
  duizhao import mqm_ted_zhen.tsv --system Online-B -o ted.duizhao.json
`;

/**
 * Where the project of `system` goes when one file gives several: the
 * system's name, made safe for a file name, before the project extension.
 */
export function systemOutputPath(output: string, system: string): string {
  const safe = system.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '') || 'system';
  const match = /(\.duizhao\.json|\.json)$/i.exec(output);
  return match
    ? `${output.slice(0, match.index)}.${safe}${match[1]}`
    : `${output}.${safe}.duizhao.json`;
}

/** The projects the positional arguments make. */
async function readProjects(
  paths: readonly string[],
  options: { system?: string; presplit: boolean; lenient: boolean },
  io: CommandIO,
): Promise<ImportedProject[]> {
  if (paths.length === 2) {
    if (options.system !== undefined) throw new CliError('--system applies to MQM TSV files');
    if (options.lenient) throw new CliError('--lenient applies to a single FILE, not to texts');
    const [sourcePath, targetPath] = paths as [string, string];
    const [source, target] = await Promise.all([readText(sourcePath), readText(targetPath)]);
    const document = buildDocument(source, target, { presplit: options.presplit });
    const project = newProject({
      name: projectNameOf(targetPath),
      document,
      sourceFileName: baseName(sourcePath),
      targetFileName: baseName(targetPath),
    });
    return [{ project }];
  }
  if (paths.length !== 1) {
    throw new CliError(`expected SOURCE TARGET or one FILE, got ${paths.length} file arguments`);
  }
  const [path] = paths as [string];
  if (options.presplit) {
    throw new CliError('--presplit applies to SOURCE TARGET texts, not to a single FILE');
  }
  // Loaded on use: the interchange readers would otherwise add to the
  // start-up of every command.
  const { importFile } = await import('../import-formats.ts');
  const read = importFile(await readBytes(path), path, options);
  printWarnings(read.warnings, io);
  return read.projects;
}

/** How much a project holds, for the confirmation line. */
function describe(imported: ImportedProject): string {
  const units = imported.project.document.alignment.units.length;
  const flags = replay(imported.project.review.ops).flags.size;
  return `${units} unit${units === 1 ? '' : 's'}, ${flags} flag${flags === 1 ? '' : 's'}`;
}

/** `duizhao import`. */
export const importCommand: Command = {
  name: 'import',
  summary: 'make a project file from texts, XLIFF, TMX, MQM TSV or a bilingual CSV/TSV',
  help: HELP,
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      system: { type: 'string' },
      presplit: { type: 'boolean', default: false },
      lenient: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const output = values.output;
    if (output === undefined) throw new CliError('give the project file to write with -o PATH');
    const projects = await readProjects(
      positionals,
      {
        presplit: values.presplit,
        lenient: values.lenient,
        ...(values.system === undefined ? {} : { system: values.system }),
      },
      io,
    );
    const input = positionals.join(' ');
    const several = projects.length > 1;
    // Every file is checked before any is written, so a failure leaves nothing half done.
    const taken = new Set<string>();
    const files = projects.map((imported) => {
      let path = several && imported.system ? systemOutputPath(output, imported.system) : output;
      // Two systems can differ only in characters a file name cannot hold.
      for (let n = 2; taken.has(path); n++) {
        path = systemOutputPath(output, `${imported.system ?? ''}-${n}`);
      }
      taken.add(path);
      return { imported, path, text: projectFileText(imported.project, input) };
    });
    for (const { path, text } of files) await writeOutput(path, text);
    if (several) {
      io.stdout(`${input} holds ${projects.length} systems; wrote one project file each:\n`);
    }
    for (const { imported, path } of files) {
      const system = several && imported.system ? `${imported.system}: ` : '';
      io.stdout(`${several ? '  ' : ''}${system}wrote ${path} (${describe(imported)})\n`);
    }
    return 0;
  },
};
