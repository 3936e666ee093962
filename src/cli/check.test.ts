/**
 * `duizhao check`: the JSON format and its offsets, the report for people,
 * exit codes for CI, options and errors. Most cases call `main` in process;
 * one runs the real binary to check the exit code reaches the shell.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const zhPath = join(root, 'fixtures/press-conference.source.zh.txt');
const enPath = join(root, 'fixtures/press-conference.mt.en.txt');
const glossaryPath = join(root, 'fixtures/press-conference.glossary.csv');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function duizhao(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    columns: 100,
  });
  return { code, stdout, stderr };
}

interface JsonFinding {
  check: string;
  severity: string;
  category: string;
  message: string;
  target: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
  unit: number;
  fix?: { start: number; end: number; replacement: string };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'duizhao-check-'));
});

describe('duizhao check --format json', () => {
  it('prints findings whose offsets slice the files', async () => {
    const run = await duizhao(
      'check',
      zhPath,
      enPath,
      '--glossary',
      glossaryPath,
      '--format',
      'json',
    );
    expect(run.stderr).toBe('');
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    const zh = readFileSync(zhPath, 'utf8');
    const en = readFileSync(enPath, 'utf8');
    expect(findings.length).toBeGreaterThan(30);
    for (const f of findings) {
      expect(Object.keys(f).slice(0, 7)).toEqual([
        'check',
        'severity',
        'category',
        'message',
        'target',
        'source',
        'unit',
      ]);
      expect(f.target ?? f.source).not.toBeNull();
    }
    const magnitude = findings.find((f) => f.check === 'number');
    expect(magnitude && en.slice(magnitude.target!.start, magnitude.target!.end)).toBe('6900');
    expect(magnitude?.fix).toEqual({ ...magnitude?.target, replacement: '6,900' });
    const term = findings.find((f) => f.check === 'glossary' && f.message.includes('稳岗返还'));
    expect(term?.target).toBeNull();
    expect(term && zh.slice(term.source!.start, term.source!.end)).toBe('稳岗返还');
    const critical = findings.filter((f) => f.severity === 'critical');
    expect(critical.map((f) => f.check)).toEqual([
      'untranslated',
      'untranslated',
      'untranslated',
      'untranslated',
    ]);
    expect(run.code).toBe(1);
  });

  it('counts offsets after BOM removal and CRLF → LF, and translates messages with --lang zh', async () => {
    const zh = join(tmp, 'crlf.zh.txt');
    const en = join(tmp, 'crlf.en.txt');
    writeFileSync(zh, '\uFEFF第一句。\r\n他读了这份报告。\r\n');
    writeFileSync(en, '\uFEFFFirst.\r\nHe read the the report.\r\n');
    const run = await duizhao('check', zh, en, '--format', 'json', '--presplit', '--lang', 'zh');
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    expect(findings.map((f) => [f.check, f.target, f.message])).toEqual([
      ['repetition', { start: 15, end: 22 }, '词语重复：“the the”。'],
    ]);
    expect(run.code).toBe(0);
  });
});

describe('duizhao check (report)', () => {
  it('groups findings by unit and sums them up', async () => {
    const run = await duizhao('check', zhPath, enPath, '--checks', 'article,repetition');
    expect(run.stdout).toContain('unit 60\n');
    expect(run.stdout).toContain(
      '  minor    article        “a "overpass”: use “an” before the vowel sound of “overpass”.',
    );
    expect(run.stdout).toMatch(
      /4 findings in 4 units: 3 major, 1 minor\.\n3 at or above major \(--fail-on\)\.\n$/,
    );
    expect(run.code).toBe(1);
  });

  it('exits 0 when nothing reaches --fail-on, and says so when nothing was found', async () => {
    const lenient = await duizhao(
      'check',
      zhPath,
      enPath,
      '--checks',
      'article',
      '--fail-on',
      'major',
    );
    expect(lenient.code).toBe(0);
    const en = join(tmp, 'clean.en.txt');
    const zh = join(tmp, 'clean.zh.txt');
    writeFileSync(zh, '他读了报告。\n');
    writeFileSync(en, 'He read the report.\n');
    const clean = await duizhao('check', zh, en);
    expect(clean.stdout).toBe('No findings.\n0 at or above major (--fail-on).\n');
    expect(clean.code).toBe(0);
  });

  it('reads a TBX termbase', async () => {
    const tbx = join(tmp, 'terms.tbx');
    writeFileSync(
      tbx,
      `<tbx type="TBX-Basic"><text><body><conceptEntry id="1">
        <langSec xml:lang="zh"><termSec><term>退役军人</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>veterans</term></termSec></langSec>
      </conceptEntry></body></text></tbx>`,
    );
    const run = await duizhao(
      'check',
      zhPath,
      enPath,
      '--glossary',
      tbx,
      '--checks',
      'glossary',
      '--format',
      'json',
    );
    const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    expect(findings.map((f) => f.message)).toEqual([
      '“退役军人” should be rendered as “veterans”, which is missing from the translation.',
    ]);
  });
});

describe('duizhao check: bad input exits with 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      'an unknown check',
      () => ['check', zhPath, enPath, '--checks', 'spelling'],
      /--checks takes names from/,
    ],
    [
      'a bad severity',
      () => ['check', zhPath, enPath, '--fail-on', 'fatal'],
      /--fail-on must be one of critical, major, minor, neutral/,
    ],
    [
      'a missing glossary',
      () => ['check', zhPath, enPath, '--glossary', join(tmp, 'none.csv')],
      /cannot read .*none\.csv: no such file/,
    ],
    [
      'a glossary without zh and en',
      () => {
        writeFileSync(join(tmp, 'bad.csv'), 'a,b\n1,2\n');
        return ['check', zhPath, enPath, '--glossary', join(tmp, 'bad.csv')];
      },
      /bad\.csv: line 1: the header must name a "zh" and an "en" column/,
    ],
    ['one text only', () => ['check', zhPath], /not valid JSON/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const run = await duizhao(...args());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    });
  }

  it('reports skipped glossary rows on stderr and goes on', async () => {
    writeFileSync(join(tmp, 'partial.csv'), 'zh,en\n退役军人,veterans\n银发经济,\n');
    const run = await duizhao(
      'check',
      zhPath,
      enPath,
      '--glossary',
      join(tmp, 'partial.csv'),
      '--checks',
      'glossary',
    );
    expect(run.stderr).toMatch(/partial\.csv line 3: no English term \(skipped\)/);
    expect(run.stdout).toContain('退役军人');
  });
});

describe('the binary', () => {
  // Two subprocesses that each start tsx and align the seed: slow on a busy machine.
  it(
    'passes the exit code to the shell and lists check in the help',
    { timeout: 60_000 },
    async () => {
      const bin = join(root, 'bin/duizhao.js');
      const run = (...args: string[]) =>
        new Promise<number>((resolve) => {
          execFile(process.execPath, [bin, ...args], { cwd: root }, (error) =>
            resolve(error ? (typeof error.code === 'number' ? error.code : -1) : 0),
          );
        });
      expect(
        await run('check', zhPath, enPath, '--checks', 'untranslated', '--format', 'json'),
      ).toBe(1);
      expect(await run('check', zhPath, enPath, '--checks', 'article', '--format', 'json')).toBe(0);
      const help = await duizhao('--help');
      expect(help.stdout).toMatch(/check\s+run the automatic checks/);
    },
  );
});
