/**
 * What the browser benchmarks share: a 10,000-unit project made from the
 * demo's texts and written as a project file to import, and a run of the
 * built app in the system Chromium (or a `skipped` line where there is none).
 * Not a benchmark itself: `bench/run.ts` runs only `*.bench.ts` files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildDocument } from '../src/core/align/index.ts';
import { writeProjectFile } from '../src/core/io/project-file.ts';
import type { Project } from '../src/core/model/project.ts';
import { emptyProjectReview } from '../src/core/review/index.ts';
import { normalizeText } from '../src/core/text/normalize.ts';
import { findChromium, launchBrowser } from '../tests/e2e/harness.ts';
import { buildApp, startPreview } from '../tests/e2e/server.ts';

/** Units in the benchmark project: the size the app must stay fast at. */
export const TARGET_UNITS = 10_000;

function fixture(name: string): string {
  return normalizeText(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
}

/**
 * The demo's texts repeated until the alignment reaches `TARGET_UNITS`
 * units, aligned by the real `buildDocument`, open on the first unit.
 */
export function bigProject(id: string, name: string): Project {
  const zh = fixture('press-conference.source.zh.txt').trim();
  const en = fixture('press-conference.mt.en.txt').trim();
  const perCopy = buildDocument(zh, en).alignment.units.length;
  const copies = Math.ceil(TARGET_UNITS / perCopy);
  const document = buildDocument(
    Array(copies).fill(zh).join('\n\n'),
    Array(copies).fill(en).join('\n\n'),
  );
  const now = new Date().toISOString();
  return {
    id,
    name,
    origin: 'import',
    createdAt: now,
    updatedAt: now,
    sourceFileName: 'press-conference.source.zh.txt',
    targetFileName: 'press-conference.mt.en.txt',
    document,
    view: { activeUnit: 0 },
    review: emptyProjectReview(),
  };
}

/**
 * Writes `project` with the real `writeProjectFile` to a file in the temp
 * folder, for the app's project-file input; returns its path and size.
 */
export function projectFileOf(project: Project, fileName: string): { file: string; bytes: number } {
  const file = join(tmpdir(), fileName);
  const json = writeProjectFile(project);
  writeFileSync(file, json);
  return { file, bytes: Buffer.byteLength(json) };
}

/** The `p`-th percentile (0–100) of ascending `sorted`; 0 when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Server and browser context of one benchmark run. */
export interface ChromiumRun {
  url: string;
  context: BrowserContext;
}

/**
 * Builds the app (unless `DUIZHAO_E2E_NO_BUILD=1`), serves it, and runs
 * `measure` in a fresh Chromium context (1280×800, en-US), closing all after.
 * Without Chromium it prints the benchmark's `skipped` line instead.
 */
export async function inChromium(
  name: string,
  measure: (run: ChromiumRun) => Promise<void>,
): Promise<void> {
  if (!findChromium()) {
    console.log(JSON.stringify({ name, skipped: 'no Chromium found' }));
    return;
  }
  if (process.env.DUIZHAO_E2E_NO_BUILD !== '1') buildApp();
  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
    });
    // tsx compiles the benchmarks with esbuild's keepNames, which wraps named
    // functions in `__name(fn, "name")`; functions passed to the page are
    // serialised with that call in them, so the page needs a `__name` too.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await measure({ url: server.url, context });
  } finally {
    await browser.close();
    await server.stop();
  }
}
