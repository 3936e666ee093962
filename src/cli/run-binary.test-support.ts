/**
 * Running the CLI for the tests of `import`, `export` and `score`: as users
 * do, `bin/duizhao.js` in a subprocess (the tsx registration, exit codes,
 * the stdout/stderr split and files written are all real), or in process.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from './main.ts';

/** The project root (where package.json is). */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a run of the binary gave. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `duizhao ...args` from the project root and resolves when it exits. */
export function duizhao(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/duizhao.js'), ...args],
      { cwd: root, env: { ...process.env, COLUMNS: '' }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs `duizhao ...args` in this process through `main`: the same code and
 * output without a Node start-up each, for the many small error cases.
 */
export async function duizhaoInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    columns: 100,
  });
  return { code, stdout, stderr };
}

/** Runs the binary and fails the test, showing its stderr, unless it exits with 0. */
export async function succeeds(...args: string[]): Promise<Run> {
  const run = await duizhao(...args);
  expect(run.code, run.stderr).toBe(0);
  return run;
}
