/**
 * `duizhao align`: segment and align a Chinese source with its English MT
 * (or show a project file's alignment) as JSON for programs or as a
 * side-by-side table for people.
 */
import type {
  AlignedUnit,
  BilingualDocument,
  SideText,
  UnitSide,
} from '../../core/model/document.ts';
import { oneOf, parseCommandArgs, positiveInteger } from '../args.ts';
import { readInput } from '../read-input.ts';
import { renderTable, type Column } from '../table.ts';
import type { Command, CommandIO } from './command.ts';

const HELP = `Usage: duizhao align SOURCE TARGET [options]
       duizhao align PROJECT.duizhao.json [--format json|table]

Split a Chinese source text and its English machine translation into
sentences and align them into units (1:1, 1:2, 2:1, …, 1:0 and 0:1), or print
the alignment stored in a project file exported from the app.

Arguments:
  SOURCE            the Chinese source text file
  TARGET            the English machine translation text file
  PROJECT           a project file (*.duizhao.json) instead of SOURCE TARGET

Text files may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030.

Options:
  --format FORMAT   table (default): the units side by side, wrapped to the
                    terminal width;
                    json: one JSON object on one line, described below
  --presplit        every non-empty line is one sentence (no sentence
                    splitting); for texts that come one sentence per line
  --width N         table width in columns (default: the terminal's, or
                    $COLUMNS, or 100 when output is not a terminal)
  -h, --help        show this help

JSON output:
  {"units":[{"source":{"start":0,"end":27,"sentences":[0]},
             "target":{"start":0,"end":110,"sentences":[0,1]},
             "confidence":0.93}, …]}
  Units are in document order. start/end are offsets in UTF-16 code units
  (JavaScript string indices), end exclusive, into the file's text after
  removing a byte order mark and turning CRLF and CR into LF; each range
  runs from the first non-space character of the unit's first sentence to
  the end of its last, so sentences carry no surrounding whitespace.
  "sentences" are 0-based sentence indices on that side. A side with no
  text in the unit (an omission or an addition) is null. confidence, in
  [0, 1] with two decimals, is how sure the aligner is of the pairing.

Exit status: 0 on success, 2 on bad arguments or unreadable input.

Examples:
  duizhao align fixtures/press-conference.source.zh.txt fixtures/press-conference.mt.en.txt
  duizhao align zh.txt en.txt --format json > alignment.json
  duizhao align review.duizhao.json --width 120
`;

/** The JSON form of one unit side: exactly these keys, in this order. */
function sideJson(side: UnitSide | null) {
  return side && { start: side.start, end: side.end, sentences: [...side.sentences] };
}

/**
 * The documented JSON output. Built field by field rather than serialising
 * the model, so that adding a field to the model cannot silently change the
 * CLI's output format.
 */
export function alignmentJson(document: BilingualDocument): { units: object[] } {
  return {
    units: document.alignment.units.map((unit: AlignedUnit) => ({
      source: sideJson(unit.source),
      target: sideJson(unit.target),
      // Two decimals: the score is a heuristic, and more digits would only
      // make the output noisier and less stable across aligner changes.
      confidence: Math.round(unit.confidence * 100) / 100,
    })),
  };
}

function cellText(text: SideText | null, side: UnitSide | null): string {
  return text && side ? text.text.slice(side.start, side.end) : '(none)';
}

/** The table form: unit number, source, target and confidence, text columns sharing the width. */
export function alignmentTable(document: BilingualDocument, width: number): string {
  const { units } = document.alignment;
  const numberWidth = Math.max(1, String(units.length).length);
  const fixed = numberWidth + 4 + 3 * 2; // "#", "conf" and three gaps of two
  const textWidth = Math.max(20, width - fixed);
  const sourceWidth = Math.floor(textWidth / 2);
  const columns: Column[] = [
    { header: '#', width: numberWidth, align: 'right' },
    { header: 'Source (zh)', width: sourceWidth },
    { header: 'Target (en)', width: textWidth - sourceWidth },
    { header: 'conf', width: 4, align: 'right' },
  ];
  const rows = units.map((unit, i) => [
    String(i + 1),
    cellText(document.source, unit.source),
    cellText(document.target, unit.target),
    unit.confidence.toFixed(2),
  ]);
  return renderTable(columns, rows);
}

/** `duizhao align`. */
export const alignCommand: Command = {
  name: 'align',
  summary: 'align a Chinese source with its English MT (or show a project file)',
  help: HELP,
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', default: 'table' },
      presplit: { type: 'boolean', default: false },
      width: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const format = oneOf('--format', values.format, ['table', 'json'] as const);
    const width =
      values.width === undefined ? io.columns : positiveInteger('--width', values.width);
    const { document } = await readInput(positionals, { presplit: values.presplit });
    io.stdout(
      format === 'json'
        ? JSON.stringify(alignmentJson(document)) + '\n'
        : alignmentTable(document, width),
    );
    return 0;
  },
};
