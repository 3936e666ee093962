/**
 * `duizhao check`: run the automatic checks (`core/qa/`) over a Chinese
 * source and its English MT, or over a project file, and report what they
 * find as JSON for programs or grouped by unit for people. The exit code
 * says whether anything at or above `--fail-on` was found, so the command
 * can gate a CI pipeline.
 */
import { readFile } from 'node:fs/promises';
import { readGlossary, GlossaryError, type Termbase } from '../../core/glossary/index.ts';
import { DecodeError, decodeText } from '../../core/io/decode.ts';
import type { BilingualDocument, TextRange } from '../../core/model/document.ts';
import { SEVERITIES, type Severity } from '../../core/model/flag.ts';
import {
  CHECK_IDS,
  checkDocument,
  isCheckId,
  toDocumentRange,
  type CheckId,
  type Finding,
} from '../../core/qa/index.ts';
import { fillTemplate, templateOf } from '../../core/qa/messages.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import english from '../../i18n/locales/en/qa.json';
import chinese from '../../i18n/locales/zh/qa.json';
import { oneOf, parseCommandArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import { readInput } from '../read-input.ts';
import { codePointWidth, displayWidth } from '../width.ts';
import type { Command, CommandIO } from './command.ts';

const HELP = `Usage: duizhao check SOURCE TARGET [options]
       duizhao check PROJECT.duizhao.json [options]

Run the automatic checks on a Chinese source and its English machine
translation (or on a project file exported from the app): Chinese left
untranslated, repeated words, numbers, glossary terms, consistency,
punctuation, capitalization, a/an, spacing and suspicious lengths.

Arguments:
  SOURCE            the Chinese source text file
  TARGET            the English machine translation text file
  PROJECT           a project file (*.duizhao.json) instead of SOURCE TARGET

Options:
  --glossary FILE   a termbase: CSV with a zh,en[,note][,forbidden] header
                    (RFC 4180 quoting), or TBX; enables the glossary check
  --checks LIST     comma-separated checks to run (default: all):
                    ${CHECK_IDS.join(', ')}
  --fail-on LEVEL   exit with 1 if anything at or above LEVEL was found:
                    critical, major (default), minor or neutral
  --format FORMAT   text (default): findings grouped by unit;
                    json: one JSON object on one line, described below
  --lang LANG       language of the messages: en (default) or zh
  --presplit        every non-empty line is one sentence
  -h, --help        show this help

JSON output:
  {"findings":[{"check":"number","severity":"major",
                "category":"Accuracy/Mistranslation","message":"…",
                "target":{"start":120,"end":134},"source":{"start":40,"end":47},
                "unit":12,"fix":{"start":120,"end":134,"replacement":"…"}}, …]}
  start/end are offsets in UTF-16 code units (JavaScript string indices),
  end exclusive, into each file's text after removing a byte order mark and
  turning CRLF and CR into LF. target or source is null when the finding has
  no span on that side. unit is the 0-based index of the unit (as in
  "duizhao align --format json"); fix, when present, is an edit of the
  target text that resolves the finding.

Exit status: 0 when nothing at or above --fail-on was found, 1 when
something was, 2 on bad arguments or unreadable input.

Examples:
  duizhao check zh.txt en.txt --glossary terms.csv
  duizhao check review.duizhao.json --format json --fail-on critical
`;

/** Reads and decodes a termbase file, reporting skipped entries on stderr. */
async function readTermbase(path: string, io: CommandIO): Promise<Termbase> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  try {
    const { termbase, problems } = readGlossary(normalizeText(decodeText(bytes, path)), path);
    for (const p of problems)
      io.stderr(`duizhao: ${path} line ${p.line}: ${p.message} (skipped)\n`);
    return termbase;
  } catch (error) {
    if (error instanceof GlossaryError || error instanceof DecodeError) {
      throw new CliError(`${path}: ${error.message}`);
    }
    throw error;
  }
}

/** The enabled checks from a `--checks` value. */
function parseChecks(value: string | undefined): CheckId[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const unknown = ids.filter((id) => !isCheckId(id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new CliError(`--checks takes names from ${CHECK_IDS.join(', ')} (got "${value}")`);
  }
  return ids as CheckId[];
}

/** A finding's message in `lang`. */
function messageIn(finding: Finding, lang: 'en' | 'zh'): string {
  if (lang === 'en') return finding.message;
  const template = templateOf(chinese, finding.messageKey);
  return template === undefined ? finding.message : fillTemplate(template, finding.params);
}

/**
 * The documented JSON form of one finding, with document offsets. Built
 * field by field so the output format is the CLI's, not the model's.
 */
export function findingJson(
  document: BilingualDocument,
  finding: Finding,
  lang: 'en' | 'zh' = 'en',
) {
  const target = toDocumentRange(document, finding, 'target');
  const unitStart = document.alignment.units[finding.unit]?.target?.start ?? 0;
  return {
    check: finding.check,
    severity: finding.severity,
    category: finding.category,
    message: messageIn(finding, lang),
    target,
    source: toDocumentRange(document, finding, 'source'),
    unit: finding.unit,
    ...(finding.fix
      ? {
          fix: {
            start: unitStart + finding.fix.start,
            end: unitStart + finding.fix.end,
            replacement: finding.fix.replacement,
          },
        }
      : {}),
  };
}

/** 1-based line and column of `offset` in `text`. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** `text` on one line, cut to `width` terminal columns (Chinese counts double). */
function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (displayWidth(flat) <= width) return flat;
  let out = '';
  let used = 0;
  for (const char of flat) {
    const w = codePointWidth(char.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

function spanLine(
  document: BilingualDocument,
  side: 'source' | 'target',
  range: TextRange | null,
  width: number,
): string {
  const text = side === 'source' ? document.source?.text : document.target.text;
  if (!range || text === undefined) return '';
  const label = side === 'source' ? 'zh' : 'en';
  const where = `${label} ${lineColumn(text, range.start)}`;
  return `      ${where}  “${clip(text.slice(range.start, range.end), Math.max(20, width - where.length - 12))}”\n`;
}

/** The report for people: findings grouped by unit, then a summary. */
export function textReport(
  document: BilingualDocument,
  findings: readonly Finding[],
  failOn: Severity,
  width: number,
  lang: 'en' | 'zh' = 'en',
): string {
  const byUnit = new Map<number, Finding[]>();
  for (const f of findings) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  let out = '';
  for (const [index, unitFindings] of byUnit) {
    const unit = document.alignment.units[index];
    const side = (s: 'source' | 'target') => {
      const text = s === 'source' ? document.source?.text : document.target.text;
      const range = unit?.[s];
      return text !== undefined && range
        ? clip(text.slice(range.start, range.end), width - 8)
        : '(none)';
    };
    out += `unit ${index + 1}\n  zh  ${side('source')}\n  en  ${side('target')}\n`;
    for (const f of unitFindings) {
      out += `  ${f.severity.padEnd(8)} ${f.check.padEnd(14)} ${messageIn(f, lang)}\n`;
      out += spanLine(document, 'target', toDocumentRange(document, f, 'target'), width);
      out += spanLine(document, 'source', toDocumentRange(document, f, 'source'), width);
    }
    out += '\n';
  }
  const counts = SEVERITIES.map(
    (s) => [s, findings.filter((f) => f.severity === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const failing = findings.filter((f) => atOrAbove(f.severity, failOn)).length;
  out +=
    findings.length === 0
      ? 'No findings.\n'
      : `${findings.length} findings in ${byUnit.size} units: ${counts.join(', ')}.\n`;
  out += `${failing} at or above ${failOn} (--fail-on).\n`;
  return out;
}

/** Whether `severity` is `threshold` or worse. */
function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** `duizhao check`. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'run the automatic checks (numbers, glossary, untranslated text, …)',
  help: HELP,
  async run(args: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      glossary: { type: 'string' },
      checks: { type: 'string' },
      'fail-on': { type: 'string', default: 'major' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'en' },
      presplit: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const format = oneOf('--format', values.format, ['text', 'json'] as const);
    const failOn = oneOf('--fail-on', values['fail-on'], SEVERITIES);
    const lang = oneOf('--lang', values.lang, ['en', 'zh'] as const);
    const checks = parseChecks(values.checks);
    const glossary = values.glossary === undefined ? null : await readTermbase(values.glossary, io);
    const { document } = await readInput(positionals, { presplit: values.presplit });
    const findings = checkDocument(document, {
      glossary,
      messages: english,
      ...(checks ? { checks } : {}),
    });
    io.stdout(
      format === 'json'
        ? JSON.stringify({ findings: findings.map((f) => findingJson(document, f, lang)) }) + '\n'
        : textReport(document, findings, failOn, io.columns, lang),
    );
    return findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
  },
};
