/**
 * The CLI as users run it: `node bin/duizhao.js …` in a subprocess, so the
 * tsx registration, argument handling, exit codes and stdout/stderr split are
 * all exercised.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import { writeProjectFile } from '../core/io/project-file.ts';
import { alignmentJson } from './commands/align.ts';
import { displayWidth } from './width.ts';
import { emptyProjectReview } from '../core/review/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/duizhao.js');
const zhPath = join(root, 'fixtures/press-conference.source.zh.txt');
const enPath = join(root, 'fixtures/press-conference.mt.en.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function duizhao(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...process.env, COLUMNS: '' }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface JsonSide {
  start: number;
  end: number;
  sentences: number[];
}
interface JsonUnit {
  source: JsonSide | null;
  target: JsonSide | null;
  confidence: number;
}

/** Checks one side of every unit against the text it points into. */
function expectSideCoversText(units: JsonUnit[], side: 'source' | 'target', text: string): void {
  let nextSentence = 0;
  let previousEnd = 0;
  const pieces: string[] = [];
  for (const unit of units) {
    const s = unit[side];
    if (!s) continue;
    expect(Object.keys(s)).toEqual(['start', 'end', 'sentences']);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.sentences).toEqual(s.sentences.map((_, k) => nextSentence + k));
    nextSentence += s.sentences.length;
    previousEnd = s.end;
    const slice = text.slice(s.start, s.end);
    expect(slice.trim()).toBe(slice);
    expect(slice).not.toBe('');
    pieces.push(slice);
  }
  // Every non-space character of the text is in exactly one unit.
  expect(pieces.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
  // The start of a PNG: a signature, then NUL bytes no text file has.
  writeFileSync(
    join(tmp, 'binary.bin'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
});

describe('duizhao align --format json', () => {
  it('aligns the demo fixtures into units whose offsets slice the files', async () => {
    const run = await duizhao('align', zhPath, enPath, '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const output = JSON.parse(run.stdout) as { units: JsonUnit[] };
    expect(Object.keys(output)).toEqual(['units']);
    expect(output.units.length).toBeGreaterThanOrEqual(17);
    for (const unit of output.units) {
      expect(Object.keys(unit)).toEqual(['source', 'target', 'confidence']);
      expect(unit.confidence).toBeGreaterThanOrEqual(0);
      expect(unit.confidence).toBeLessThanOrEqual(1);
      expect(unit.source ?? unit.target).not.toBeNull();
    }
    expectSideCoversText(output.units, 'source', readFileSync(zhPath, 'utf8'));
    expectSideCoversText(output.units, 'target', readFileSync(enPath, 'utf8'));
  });

  it('counts offsets in the text after BOM removal and CRLF → LF', async () => {
    const zh = join(tmp, 'bom-crlf.zh.txt');
    const en = join(tmp, 'bom-crlf.en.txt');
    writeFileSync(zh, '\uFEFF第一句。\r\n\r\n  第二句😀。\r\n');
    writeFileSync(en, 'First.\r\nSecond 😀.\r\n');
    const run = await duizhao('align', zh, en, '--format', 'json', '--presplit');
    expect(run.code).toBe(0);
    const { units } = JSON.parse(run.stdout) as { units: JsonUnit[] };
    // Only the offsets matter here, not how the aligner paired the sentences.
    const ranges = (side: 'source' | 'target') =>
      units.flatMap((u) => (u[side] ? [[u[side].start, u[side].end]] : []));
    expect(ranges('source')).toEqual([
      [0, 4],
      [8, 14], // the emoji is two UTF-16 code units
    ]);
    expect(ranges('target')).toEqual([
      [0, 6],
      [7, 17],
    ]);
  });

  it('prints the stored alignment of a project file', async () => {
    const document = buildDocument(readFileSync(zhPath, 'utf8'), readFileSync(enPath, 'utf8'));
    const file = join(tmp, 'demo.duizhao.json');
    writeFileSync(
      file,
      writeProjectFile({
        id: 'a',
        name: 'demo',
        origin: 'demo',
        createdAt: '2024-03-09T00:00:00.000Z',
        updatedAt: '2024-03-09T00:00:00.000Z',
        sourceFileName: null,
        targetFileName: null,
        document,
        view: { activeUnit: 0 },
        review: emptyProjectReview(),
      }),
    );
    const run = await duizhao('align', file, '--format=json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(alignmentJson(document));
  });
});

describe('duizhao align (table)', () => {
  it('prints a two-column table no wider than --width, counting Chinese as double width', async () => {
    const run = await duizhao('align', zhPath, enPath, '--width', '90');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s*#\s+Source \(zh\)\s+Target \(en\)\s+conf$/);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(90);
    expect(run.stdout).toContain('人社部部长王晓');
    expect(run.stdout).toContain('China Daily reporter');
    // The header's columns line up with the rule under it.
    expect(displayWidth(lines[0]!)).toBeGreaterThan(80);
  });
});

describe('help', () => {
  it('documents the commands and the align options', async () => {
    const [top, helpAlign, alignHelp] = await Promise.all([
      duizhao('--help'),
      duizhao('help', 'align'),
      duizhao('align', '-h'),
    ]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Usage: duizhao COMMAND/);
    expect(top.stdout).toMatch(/align\s+align a Chinese source/);
    expect(helpAlign.code).toBe(0);
    expect(alignHelp.stdout).toBe(helpAlign.stdout);
    for (const option of ['--format', '--presplit', '--width', 'UTF-16 code units', 'null']) {
      expect(helpAlign.stdout).toContain(option);
    }
  });
});

// Concurrent: each case is an independent subprocess, mostly waiting on startup.
describe.concurrent('errors exit with code 2 and a message on stderr', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['no arguments at all', () => [], /Usage: duizhao COMMAND/],
    ['an unknown command', () => ['algin', zhPath, enPath], /unknown command "algin"/],
    [
      'an unknown flag',
      () => ['align', zhPath, enPath, '--fast'],
      /^duizhao: unknown option --fast\n/,
    ],
    [
      'a missing option value',
      () => ['align', zhPath, enPath, '--format'],
      /option --format needs a value/,
    ],
    [
      'a bad format',
      () => ['align', zhPath, enPath, '--format', 'xml'],
      /--format must be one of table, json/,
    ],
    [
      'a missing file',
      () => ['align', zhPath, join(tmp, 'nope.txt')],
      /cannot read .*nope\.txt: no such file/,
    ],
    [
      'three files',
      () => ['align', zhPath, enPath, enPath],
      /expected SOURCE TARGET or one project file, got 3/,
    ],
    ['a text file where a project file is expected', () => ['align', enPath], /not valid JSON/],
    [
      '--presplit with a project file',
      () => ['align', join(tmp, 'demo.duizhao.json'), '--presplit'],
      /--presplit applies to SOURCE TARGET/,
    ],
    ['a binary file', () => ['align', zhPath, join(tmp, 'binary.bin')], /binary\.bin/],
  ];
  it.for(cases)('%s', async ([, args, message], { expect }) => {
    const run = await duizhao(...args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
