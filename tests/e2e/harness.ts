/**
 * What every end-to-end test needs: a system Chromium (never downloaded), a
 * fresh browser context per test so IndexedDB and localStorage start empty,
 * and a record of what went wrong in the page (console errors, uncaught
 * exceptions, failed requests) that a test can assert is empty.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

/** Where Chromium is looked for, in order, after `$DUIZHAO_CHROMIUM`. */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium executable to use: `$DUIZHAO_CHROMIUM` if set (and present),
 * else Debian's or Ubuntu's package. `null` when there is none. Playwright's
 * own browser download is never used: the tests must run offline, on the
 * browser the CI image installs.
 */
export function findChromium(): string | null {
  const candidates = [process.env.DUIZHAO_CHROMIUM, ...CHROMIUM_PATHS];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** Flags for a quiet, deterministic headless Chromium in a container. */
const CHROMIUM_ARGS = [
  '--headless',
  // Containers run as root without user namespaces, where the sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  // No update checks, component downloads or sync: nothing but the app talks to the network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches the system Chromium headless; throws if there is none. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found (set DUIZHAO_CHROMIUM or install Debian’s chromium).');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** The URL of the app under test, provided by the global setup. */
export function appUrl(): string {
  return inject('baseUrl');
}

/** Problems observed in a page, for tests to assert on. */
export interface PageProblems {
  /** `console.error` messages. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Requests that failed at the network level or got a 4xx/5xx answer. */
  failedRequests: string[];
}

/** Starts recording a page's problems. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    // A navigation (reload) cancels in-flight requests; that is not a failure of the app.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(
      `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`,
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.failedRequests.push(
        `${response.request().method()} ${response.url()}: HTTP ${response.status()}`,
      );
    }
  });
  return problems;
}

/** A test's browser session. */
export interface Session {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * Registers hooks that launch one Chromium for the test file and give each
 * test a new context (its own IndexedDB, localStorage and downloads) with one
 * page, at the app's URL. Returns a getter for the current test's session.
 *
 * The viewport is fixed so that layout assertions (rows side by side, how
 * many rows are rendered) do not depend on the machine.
 */
export function useSession(): () => Session {
  let browser: Browser | undefined;
  let session: Session | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('browser not launched');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    session = { context, page, problems: watchProblems(page) };
  });
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });
  return () => {
    if (!session) throw new Error('no session outside a test');
    return session;
  };
}

/** Opens the app and waits until the workspace shows its first unit. */
export async function openApp(page: Page): Promise<void> {
  await page.goto(appUrl());
  await page.getByTestId('unit-row').first().waitFor({ state: 'visible', timeout: 30_000 });
}

let tempDir: string | undefined;

/** Writes a file for a test to upload (or to compare a download with) and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'duizhao-e2e-'));
  const path = join(tempDir, name);
  writeFileSync(path, content);
  return path;
}

/** A temporary path for a test to save a download to. */
export function tempPath(name: string): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'duizhao-e2e-'));
  return join(tempDir, name);
}

/** What a rendered unit row shows. */
export interface RowView {
  index: number;
  selected: boolean;
  source: string;
  target: string;
}

/** The unit rows currently rendered (the list is virtualised: not all units are in the DOM). */
export async function readRows(page: Page): Promise<RowView[]> {
  return page.getByTestId('unit-row').evaluateAll((rows) =>
    rows.map((row) => ({
      index: Number(row.getAttribute('data-unit-index')),
      selected: row.getAttribute('aria-selected') === 'true',
      source: row.querySelector('[data-testid="unit-source"]')?.textContent ?? '',
      target: row.querySelector('[data-testid="unit-target"]')?.textContent ?? '',
    })),
  );
}
