/**
 * `duizhao score`: the scorecard of one or more reviews — MQM penalty points,
 * normalised, with the pass verdict and the tables by severity and category —
 * as JSON for programs or as plain text for people. The numbers are the
 * scorecard view's: both come from `core/score`.
 */
import type { Severity } from '../../core/model/flag.ts';
import { SEVERITIES } from '../../core/model/flag.ts';
import {
  BUILTIN_PRESETS,
  DEFAULT_PRESET_ID,
  builtinPreset,
  scoreFlags,
  type CategoryTally,
  type Measure,
  type Scorecard,
  type ScoringPreset,
} from '../../core/score/index.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import { readReviewed, requireDocument } from '../reviewed-input.ts';
import type { Command, CommandIO } from './command.ts';

const PRESET_IDS = BUILTIN_PRESETS.map((preset) => preset.id);

const HELP = `Usage: duizhao score PROJECT.duizhao.json… [--preset ID] [--format table|json]
       duizhao score REVIEW.review.json… --project PROJECT.duizhao.json [options]

Score the flags of one or more reviews with an MQM scoring model: penalty
points per flag (severity × category weight), normalised by the size of the
text, with a pass/fail verdict where the model has a pass mark.

Several files give one score each, in the order given: the reviews of
several reviewers of one project (review files with --project), or several
systems imported from one MQM file.

A review file holds flags but no text, and every normalisation needs the
document (its words, characters or number of units), so review files are
scored on the project given with --project, whose text must be the one the
review names by hash. Project files given with them keep their own document.

Presets (--preset):
${BUILTIN_PRESETS.map((p) => `  ${p.id.padEnd(9)} ${p.name}: ${describeNormalisation(p)}`).join('\n')}
  The default is ${DEFAULT_PRESET_ID}.

Only open and resolved flags count; rejected and deleted ones are excluded.

Options:
  --preset ID       the scoring model: ${PRESET_IDS.join(', ')}
  --project PATH    the project the review files belong to
  --format FORMAT   table (default): a summary and tables for people;
                    json: one JSON object on one line, described below
  -h, --help        show this help

JSON output:
  {"scores":[{"file":"a.duizhao.json","preset":"mqm",
    "normalisation":"per-1000-en-words","measure":"en-words","size":1234,
    "rawPenalty":12,"normalised":9.7245,"passThreshold":10,"pass":true,
    "flags":{"counted":5,"capped":0,"excluded":1,"unplaced":0},
    "bySeverity":{"critical":{"count":0,"penalty":0},…},
    "byCategory":[{"category":"Accuracy/Mistranslation","count":2,
                   "penalty":10,"severities":{"critical":0,"major":2,…}},…],
    "byDimension":[…]}]}
  size is the document in the measure: English words of the MT, Han
  characters of the source, or units. normalised is rawPenalty per 1,000
  words or characters, or per unit (null when size is 0); pass is null when
  the preset has no pass mark. Penalties are rounded to 4 decimals.
  byCategory and byDimension are heaviest first.

Exit status: 0 on success, 2 on bad arguments or unreadable input.

Examples:
  duizhao score talk.duizhao.json
  duizhao score ted.*.duizhao.json --preset wmt --format json
  duizhao score alice.review.json bob.review.json --project talk.duizhao.json
`;

function describeNormalisation(preset: ScoringPreset): string {
  const per = {
    'per-1000-en-words': 'per 1,000 English words',
    'per-1000-zh-chars': 'per 1,000 Chinese characters',
    'per-unit': 'mean per unit',
  }[preset.normalisation];
  const pass = preset.passThreshold === null ? 'no pass mark' : `pass ≤ ${preset.passThreshold}`;
  return `${per}, ${pass}`;
}

/** Four decimals: enough for 0.1-point penalties per thousand words, stable across float noise. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function roundTallies(rows: readonly CategoryTally[]) {
  return rows.map((row) => ({
    category: row.category,
    count: row.count,
    penalty: round(row.penalty),
    severities: row.severities,
  }));
}

/**
 * The documented JSON of one score, field by field, so that a new field in
 * the scorecard cannot change the CLI's output unnoticed.
 */
export function scoreJson(file: string, card: Scorecard): object {
  return {
    file,
    preset: card.presetId,
    normalisation: card.normalisation,
    measure: card.measure,
    size: card.size,
    rawPenalty: round(card.rawPenalty),
    normalised: card.normalised === null ? null : round(card.normalised),
    passThreshold: card.passThreshold,
    pass: card.pass,
    flags: {
      counted: card.flags.counted,
      capped: card.flags.capped,
      excluded: card.flags.excluded,
      unplaced: card.flags.unplaced.length,
    },
    bySeverity: Object.fromEntries(
      SEVERITIES.map((severity: Severity) => [
        severity,
        {
          count: card.bySeverity[severity].count,
          penalty: round(card.bySeverity[severity].penalty),
        },
      ]),
    ),
    byCategory: roundTallies(card.byCategory),
    byDimension: roundTallies(card.byDimension),
  };
}

const MEASURE_NAMES: Record<Measure, [string, string]> = {
  'en-words': ['English word', 'English words'],
  'zh-chars': ['Chinese character', 'Chinese characters'],
  units: ['unit', 'units'],
};

/** Rows padded into columns; the first column left-aligned, the rest right-aligned. */
function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows
    .map(
      (row) =>
        '  ' +
        row
          .map((cell, i) =>
            i === 0 ? cell.padEnd(widths?.[i] ?? 0) : cell.padStart(widths?.[i] ?? 0),
          )
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

/** The plain-text scorecard of one file. */
export function scoreTable(file: string, card: Scorecard, preset: ScoringPreset): string {
  const [one, many] = MEASURE_NAMES[card.measure];
  const size = `${card.size.toLocaleString('en')} ${card.size === 1 ? one : many}`;
  const per = card.normalisation === 'per-unit' ? `per ${one}` : `per 1,000 ${many}`;
  const normalised =
    card.normalised === null ? 'none (nothing to divide by)' : String(round(card.normalised));
  const verdict =
    card.pass === null ? '' : `  ${card.pass ? 'PASS' : 'FAIL'} (pass mark ${card.passThreshold})`;
  const { counted, capped, excluded, unplaced } = card.flags;
  const lines = [
    `${file}: ${preset.id} (${preset.name})`,
    `  raw penalty ${round(card.rawPenalty)}; normalised ${normalised} ${per} (${size})${verdict}`,
    `  flags: ${counted} counted, ${capped} over the per-unit cap, ${excluded} rejected or deleted` +
      (unplaced.length > 0 ? `, ${unplaced.length} on no unit` : ''),
    '',
    columns([
      ['Severity', 'Flags', 'Penalty'],
      ...SEVERITIES.map((s) => [
        s,
        String(card.bySeverity[s].count),
        String(round(card.bySeverity[s].penalty)),
      ]),
    ]),
  ];
  if (card.byCategory.length > 0) {
    lines.push(
      '',
      columns([
        ['Category', 'Flags', 'Penalty'],
        ...card.byCategory.map((row) => [
          row.category,
          String(row.count),
          String(round(row.penalty)),
        ]),
      ]),
    );
  }
  return lines.join('\n') + '\n';
}

/** `duizhao score`. */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'MQM scorecard of project or review files (penalty, normalised, pass)',
  help: HELP,
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      preset: { type: 'string', default: DEFAULT_PRESET_ID },
      project: { type: 'string' },
      format: { type: 'string', default: 'table' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const format = oneOf('--format', values.format, ['table', 'json'] as const);
    const preset = builtinPreset(oneOf('--preset', values.preset, PRESET_IDS));
    if (!preset) throw new Error(`built-in preset ${values.preset} is missing`);
    if (positionals.length === 0) throw new CliError('give one or more project or review files');
    const cards: { file: string; card: Scorecard }[] = [];
    for (const path of positionals) {
      const input = await readReviewed(path, values.project);
      const document = requireDocument(input, 'a score');
      cards.push({
        file: path,
        card: scoreFlags([...input.state.flags.values()], document, preset),
      });
    }
    io.stdout(
      format === 'json'
        ? JSON.stringify({ scores: cards.map(({ file, card }) => scoreJson(file, card)) }) + '\n'
        : cards.map(({ file, card }) => scoreTable(file, card, preset)).join('\n'),
    );
    return 0;
  },
};
