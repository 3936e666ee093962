/**
 * `duizhao export`: write a project's corrected transcript, its aligned
 * pairs or its review in another format, with the app's exporters.
 */
import { oneOf, parseCommandArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import { BINARY_FORMATS, EXPORT_FORMATS } from '../export-format-names.ts';
import { writeOutput } from '../files.ts';
import { readReviewed } from '../reviewed-input.ts';
import type { Command, CommandIO } from './command.ts';

const HELP = `Usage: duizhao export PROJECT.duizhao.json --to FORMAT [options]
       duizhao export REVIEW.review.json --to FORMAT [--project PROJECT.duizhao.json] [options]

Write a project (as exported from the app, or made by "duizhao import") in
another format, with the exporters the app uses.

Formats (--to):
  txt             the corrected English, in the MT's paragraph layout
  md              the same as Markdown, one paragraph per MT paragraph
  html            the same as a self-contained HTML page
  docx            the same as a Word document (needs -o); with --tracked,
                  each unit's change from the MT as Word tracked changes
  xliff12         XLIFF 1.2: each unit a trans-unit with its Chinese and
                  corrected English, flags as ITS quality issues, statuses
                  as state; a project imported from XLIFF 1.2 is written
                  back into its own file, everything it held kept
  xliff2          XLIFF 2: the same with XLIFF 2 units and segments,
                  revisions in the Change Tracking module
  tmx             a TMX 1.4 memory: each unit's Chinese and corrected English
  csv             a bilingual CSV table (source, target, status, comment),
                  one row per unit
  mqm-tsv         the flags as MQM TSV (WMT layout, or Anthea's when the
                  project came from an Anthea file), one row per flag
  review-json     the review alone as a review file (*.review.json)
  web-annotation  the flags as W3C Web Annotations (JSON-LD); positions are
                  UTF-16 code unit offsets into each side's whole text

The corrected English of a unit is its MT with every revision not rejected
applied; with --approved-only, only approved revisions.

A review file holds flags but no text: it exports as review-json alone, and
every other format needs the project it belongs to (--project), whose text
must be the one the review names by hash.

Options:
  --to FORMAT        the format, as above (required)
  -o, --output PATH  the file to write; without it text formats go to stdout
  --approved-only    use approved revisions only
  --tracked          docx only: show changes from the MT as tracked changes
  --project PATH     for a review file: the project it reviews
  -h, --help         show this help

Exit status: 0 on success, 2 on bad arguments or an unreadable input file.

Examples:
  duizhao export talk.duizhao.json --to txt > talk.en.txt
  duizhao export talk.duizhao.json --to docx --tracked -o talk.docx
  duizhao export talk.duizhao.json --to xliff2 --approved-only -o talk.xlf
  duizhao export alice.review.json --project talk.duizhao.json --to mqm-tsv
`;

/** `duizhao export`. */
export const exportCommand: Command = {
  name: 'export',
  summary:
    'write a project as txt, md, html, docx, xliff12, xliff2, tmx, csv, mqm-tsv or a review file',
  help: HELP,
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'approved-only': { type: 'boolean', default: false },
      tracked: { type: 'boolean', default: false },
      project: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values.to === undefined) {
      throw new CliError(`give the format with --to (${EXPORT_FORMATS.join(', ')})`);
    }
    const format = oneOf('--to', values.to, EXPORT_FORMATS);
    if (positionals.length !== 1) {
      throw new CliError(
        `expected one project or review file, got ${positionals.length} file arguments`,
      );
    }
    const output = values.output;
    // Checked before reading: a docx on a terminal is garbage, and no work should be lost to it.
    if (output === undefined && BINARY_FORMATS.has(format)) {
      throw new CliError(`--to ${format} writes a binary file: give its name with -o PATH`);
    }
    const input = await readReviewed(positionals[0] as string, values.project);
    if (input.kind === 'project' && values.project !== undefined) {
      throw new CliError(
        `--project is for review files; ${input.path} is a project file, with its own review`,
      );
    }
    // Loaded on use: the exporters (docx and its zip library, TMX, MQM) would
    // otherwise add to the start-up of every command.
    const { exportContent } = await import('../export-formats.ts');
    const content = await exportContent(input, {
      format,
      approvedOnly: values['approved-only'],
      tracked: values.tracked,
    });
    if (output !== undefined) await writeOutput(output, content);
    else if (typeof content === 'string') io.stdout(content);
    else throw new CliError(`--to ${format} writes a binary file: give its name with -o PATH`);
    return 0;
  },
};
