/**
 * `npm run bench`: runs every `bench/*.bench.ts` as its own tsx process,
 * collects the JSON lines they print (`{"name": …, "ms": …, …}`), prints a
 * table and writes `bench/results/latest.json`.
 *
 * One process per benchmark so that one cannot warm the JIT, fill the heap or
 * leave a browser running for the next, and so a crash is reported against
 * the benchmark that crashed. Arguments filter benchmarks by file name
 * (`npm run bench -- align`).
 *
 * A benchmark prints each result as one line of JSON with at least `name`
 * and either `ms` or `skipped` (a reason); any other line is passed through
 * as progress output on stderr.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('./', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const TIMEOUT_MS = 15 * 60_000;

/** One JSON line from a benchmark. */
interface BenchResult {
  name: string;
  ms?: number;
  skipped?: string;
  [metric: string]: unknown;
}

interface FileOutcome {
  file: string;
  results: BenchResult[];
  error?: string;
}

function isResult(value: unknown): value is BenchResult {
  return (
    typeof value === 'object' && value !== null && typeof (value as BenchResult).name === 'string'
  );
}

/** Runs one benchmark file, resolving with its results (never rejecting). */
function runFile(file: string): Promise<FileOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, file], {
      cwd: benchDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const results: BenchResult[] = [];
    let stderr = '';
    let pending = '';
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    const onLine = (line: string) => {
      try {
        const value: unknown = JSON.parse(line);
        if (isResult(value)) return void results.push(value);
      } catch {
        // Not a result: progress output.
      }
      if (line.trim()) process.stderr.write(`  ${file}: ${line}\n`);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending) onLine(pending);
      const failed = code !== 0 || results.length === 0;
      const why = code !== 0 ? `exit ${code ?? signal}` : 'printed no result';
      resolve({ file, results, ...(failed ? { error: `${why}\n${stderr.trim()}` } : {}) });
    });
  });
}

/** Formats a number of milliseconds (or any metric) for the table. */
function formatValue(value: unknown): string {
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

function printTable(outcomes: readonly FileOutcome[]): void {
  const rows = outcomes.flatMap((o) =>
    o.error
      ? [[o.file, 'FAILED', o.error.split('\n')[0] ?? '']]
      : o.results.map(({ name, ms, skipped, ...metrics }) => [
          name,
          skipped ? 'skipped' : formatValue(ms),
          skipped ??
            Object.entries(metrics)
              .map(([k, v]) => `${k}=${formatValue(v)}`)
              .join('  '),
        ]),
  );
  const header = ['benchmark', 'ms', 'details'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(`bench: no bench/*.bench.ts file matches ${filters.join(' ') || '(any)'}`);
    return 2;
  }
  const outcomes: FileOutcome[] = [];
  // Sequential: benchmarks running side by side would measure each other.
  for (const file of files) {
    process.stderr.write(`bench: ${file}…\n`);
    outcomes.push(await runFile(file));
  }
  printTable(outcomes);
  const failures = outcomes.filter((o) => o.error);
  for (const f of failures) console.error(`\n${f.file} failed: ${f.error}`);

  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    results: outcomes.flatMap((o) => o.results),
    failures: failures.map((f) => ({ file: f.file, error: f.error })),
  };
  const out = new URL('./results/latest.json', import.meta.url);
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nbench: wrote ${fileURLToPath(out)}`);
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
