/**
 * Import benchmark: a generated ~50 MB XLIFF 2 file (150,000+ segments,
 * Chinese and English, a third with inline codes).
 *
 * 1. `import-xliff2-50mb`: in Node, decoded, recognised and read into a
 *    project through the registry, as the import worker does (the read's
 *    time, and the size of the packed record the project carries).
 * 2. `import-xliff2-50mb-chromium`: the whole import in the built app in
 *    Chromium, from picking the file to the project shown: the time the
 *    worker took to read it, the time to store and open it, the longest
 *    main-thread task (the target: under 200 ms) and the frames
 *    painted meanwhile. Skipped without Chromium.
 *
 * Run with `npx tsx bench/import.bench.ts`; prints JSON lines for the runner.
 * `DUIZHAO_IMPORT_MB` changes the size.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeInterchange,
  detectInterchangeFormat,
  projectFromDraft,
  readInterchange,
} from '../src/core/io/formats.ts';
import { inChromium } from './chromium.ts';
import { bigXliff2 } from './xliff-fixture.ts';

const MB = Number(process.env.DUIZHAO_IMPORT_MB ?? 50);
const NAME = `import-xliff2-${MB}mb`;

const { text, segments } = bigXliff2(MB * 1024 * 1024);
const bytes = new TextEncoder().encode(text);

function inNode(): void {
  const started = performance.now();
  const decoded = decodeInterchange(bytes, 'big.xlf');
  const decodedAt = performance.now();
  const detected = detectInterchangeFormat(decoded, 'big.xlf');
  if (detected?.kind !== 'interchange' || detected.format.id !== 'xliff2') {
    throw new Error('the generated file was not recognised as XLIFF 2');
  }
  const read = readInterchange(decoded, { fileName: 'big.xlf', format: 'xliff2' });
  const draft = read.drafts[0];
  if (!draft) throw new Error('no project');
  const project = projectFromDraft(draft, { id: 'bench', now: new Date() });
  const ms = Math.round(performance.now() - started);
  const units = project.document.alignment.units.length;
  if (units !== segments) throw new Error(`expected ${segments} units, got ${units}`);
  const record = project.interchange?.data;
  console.log(
    JSON.stringify({
      name: NAME,
      ms,
      decodeMs: Math.round(decodedAt - started),
      mb: Math.round(bytes.length / 1024 / 1024),
      units,
      codedUnits: Object.keys(project.interchange?.codes ?? {}).length,
      recordMChars: typeof record === 'string' ? Math.round(record.length / 1e5) / 10 : null,
    }),
  );
}

/** What the page records while the import runs: frames painted and long tasks. */
const WATCH = `(() => {
  window.__frames = 0;
  window.__longTasks = [];
  const tick = () => { window.__frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
  }).observe({ type: 'longtask' });
})()`;

async function inBrowser(): Promise<void> {
  const file = join(tmpdir(), `duizhao-bench-${MB}mb.xlf`);
  writeFileSync(file, bytes);
  await inChromium(`${NAME}-chromium`, async ({ url, context }) => {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('unit-row').first().waitFor({ timeout: 60_000 });
    const title = async () => (await page.getByTestId('project-title').textContent()) ?? '';
    const before = await title();
    await page.evaluate(WATCH);
    await page.getByTestId('open-import').click();
    const started = Date.now();
    await page.getByTestId('import-interchange-file').setInputFiles(file);
    await page.getByTestId('interchange-format').waitFor({ timeout: 600_000 });
    const readMs = Date.now() - started;
    await page.getByTestId('import-submit').click();
    while ((await title()) === before) {
      if (Date.now() - started > 900_000) throw new Error('the import never opened');
      await page.waitForTimeout(50);
    }
    await page.getByTestId('unit-row').first().waitFor();
    const ms = Date.now() - started;
    // What opening starts (the checks run) is part of the import's cost.
    await page.waitForTimeout(2000);
    const seen = await page.evaluate<{ frames: number; long: [number, number][]; now: number }>(
      '({ frames: window.__frames, long: window.__longTasks, now: performance.now() })',
    );
    const durations = seen.long.map(([, duration]) => duration);
    console.log(
      JSON.stringify({
        name: `${NAME}-chromium`,
        ms,
        readMs,
        openMs: ms - readMs,
        longestTaskMs: Math.max(0, ...durations),
        longTasks: durations.length,
        // Each long task as [ms before the end of the measurement, duration].
        longTaskTimes: seen.long.map(([start, duration]) => [
          Math.round(seen.now - start),
          duration,
        ]),
        frames: seen.frames,
      }),
    );
  });
}

inNode();
await inBrowser();
