/**
 * Rendering a 10,000-unit project in Chromium: time from importing its
 * project file to the first unit row on screen, time from a reload to the
 * first row (the project then comes from IndexedDB), and smoothness while
 * jumping through the whole document (requestAnimationFrame deltas and long
 * tasks). Prints one JSON line for `bench/run.ts`.
 *
 * The project is the demo's texts repeated until the alignment has 10,000
 * units, aligned by the real `buildDocument` and written by the real
 * `writeProjectFile`, then imported through the app's own project-file
 * input, so the measurement includes parsing and validating the file and
 * saving the project, as a user's import would.
 */
import { bigProject, inChromium, percentile, projectFileOf } from './chromium.ts';

const NAME = 'render-10k';
const PROJECT_NAME = 'Benchmark: 10,000 units';
const SCROLL_STEPS = 20;

const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  await inChromium(NAME, async ({ url, context }) => {
    const project = bigProject('bench-render-10k', PROJECT_NAME);
    const { file, bytes } = projectFileOf(project, 'duizhao-bench-10k.duizhao.json');
    // Records when the first unit row of the named project appears, on every page load.
    await context.addInitScript((projectName: string) => {
      const w = window as unknown as { __firstRowAt?: number };
      const check = () => {
        const title = document.querySelector('[data-testid="project-title"]')?.textContent ?? '';
        if (title.includes(projectName) && document.querySelector('[data-testid="unit-row"]')) {
          w.__firstRowAt ??= performance.now();
        }
      };
      new MutationObserver(check).observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }, PROJECT_NAME);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('unit-row').first().waitFor({ timeout: 60_000 });

    // Import: from the input's change event to the first row of the new project.
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid="import-project-file"]');
      input?.addEventListener(
        'change',
        () => ((window as unknown as { __importAt: number }).__importAt = performance.now()),
        {
          capture: true,
          once: true,
        },
      );
    });
    await page.getByTestId('import-project-file').setInputFiles(file);
    await page.waitForFunction(
      () => (window as unknown as { __firstRowAt?: number }).__firstRowAt !== undefined,
      null,
      {
        timeout: 120_000,
      },
    );
    const importMs = await page.evaluate(() => {
      const w = window as unknown as { __firstRowAt: number; __importAt: number };
      return w.__firstRowAt - w.__importAt;
    });

    // Reload: the project now comes from IndexedDB; time from navigation start.
    await page.waitForTimeout(1000); // let the debounced save land
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { __firstRowAt?: number }).__firstRowAt !== undefined,
      null,
      {
        timeout: 120_000,
      },
    );
    const reloadMs = await page.evaluate(
      () => (window as unknown as { __firstRowAt: number }).__firstRowAt,
    );

    const scroll = await page.evaluate(async (steps: number) => {
      const el = document.querySelector<HTMLElement>('[data-testid="workspace-scroll"]');
      if (!el) throw new Error('no workspace-scroll');
      const frames: number[] = [];
      const longTasks: number[] = [];
      let running = true;
      let last = 0;
      const loop = (t: number) => {
        if (last) frames.push(t - last);
        last = t;
        if (running) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => longTasks.push(e.duration)),
      );
      observer.observe({ type: 'longtask' });
      const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
      for (let i = 1; i <= steps; i++) {
        el.scrollTop = ((el.scrollHeight - el.clientHeight) * i) / steps;
        await settle();
      }
      // Row heights are estimated until measured: land on the true bottom.
      for (let i = 0; i < 5 && el.scrollTop + el.clientHeight < el.scrollHeight - 1; i++) {
        el.scrollTop = el.scrollHeight;
        await settle();
      }
      running = false;
      observer.disconnect();
      const indices = [...document.querySelectorAll('[data-testid="unit-row"]')].map((r) =>
        Number(r.getAttribute('data-unit-index')),
      );
      return { frames, longTasks, lastRendered: Math.max(...indices), rowsInDom: indices.length };
    }, SCROLL_STEPS);

    const frames = [...scroll.frames].sort((a, b) => a - b);
    const units = project.document.alignment.units.length;
    if (scroll.lastRendered !== units - 1) {
      throw new Error(
        `scrolled to the bottom but the last rendered unit is ${scroll.lastRendered}, not ${units - 1}`,
      );
    }
    console.log(
      JSON.stringify({
        name: NAME,
        ms: round(importMs),
        units,
        fileMB: round(bytes / 1e6),
        reloadFirstRowMs: round(reloadMs),
        scrollFrames: frames.length,
        frameP50Ms: round(percentile(frames, 50)),
        frameP95Ms: round(percentile(frames, 95)),
        frameMaxMs: round(frames[frames.length - 1] ?? 0),
        longTasks: scroll.longTasks.length,
        longTaskMaxMs: round(Math.max(0, ...scroll.longTasks)),
        rowsInDom: scroll.rowsInDom,
      }),
    );
  });
}

await main();
