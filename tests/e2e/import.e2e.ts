/**
 * First start and importing texts: the demo appears by itself, an imported
 * pair is shown side by side and survives a reload exactly, and a bad file
 * is refused without losing what was open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, readRows, tempFile, useSession, type PageProblems } from './harness.ts';

const session = useSession();

const ZH = '今天天气很好。我们去公园散步吧。\n\n他说：“明天会下雨。”\n';
const EN =
  'The weather is nice today. Let us go for a walk in the park.\n\nHe said, "It will rain tomorrow."\n';
const HAN = /\p{Script=Han}/u;

function expectNoProblems(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
}

async function projectTitle(page: Page): Promise<string> {
  return (await page.getByTestId('project-title').textContent()) ?? '';
}

/** Imports the Chinese/English pair above through the dialog's file inputs. */
async function importPair(page: Page, name: string): Promise<void> {
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-source-file').setInputFiles(tempFile('weather.zh.txt', ZH));
  await page.getByTestId('import-target-file').setInputFiles(tempFile('weather.en.txt', EN));
  await page.getByTestId('import-name').fill(name);
  await page.getByTestId('import-submit').click();
  await expect.poll(() => projectTitle(page), { timeout: 30_000 }).toContain(name);
  await expect
    .poll(async () => (await readRows(page)).some((row) => row.source.includes('明天会下雨')))
    .toBe(true);
}

describe('first start', () => {
  it('opens the demo, says its source is reconstructed, and marks untranslated Chinese', async () => {
    const { page, problems } = session();
    await openApp(page);
    const notice = page.getByTestId('demo-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Source reconstructed for demonstration/);
    const marks = page.locator('mark[data-testid="untranslated"]');
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(0);
    // Untranslated Chinese is marked inside the English cell, nowhere else.
    expect(
      await page.locator('[data-testid="unit-target"] mark[data-testid="untranslated"]').count(),
    ).toBe(await marks.count());
    expectNoProblems(problems);
  });
});

describe('importing two files', () => {
  it('shows Chinese left and English right on the same rows, and a reload restores the project and active unit', async () => {
    const { page, problems } = session();
    await openApp(page);
    await importPair(page, 'Weather');

    const rows = await readRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.source).toMatch(HAN);
      expect(row.target).not.toMatch(HAN);
    }
    // Same row: the two cells share a top edge; Chinese is on the left.
    const rowCount = await page.getByTestId('unit-row').count();
    for (let i = 0; i < rowCount; i++) {
      const row = page.getByTestId('unit-row').nth(i);
      const source = await row.getByTestId('unit-source').boundingBox();
      const target = await row.getByTestId('unit-target').boundingBox();
      expect(source && target).toBeTruthy();
      expect(Math.abs(source!.y - target!.y)).toBeLessThan(2);
      expect(source!.x + source!.width).toBeLessThanOrEqual(target!.x + 1);
    }

    const last = rows[rows.length - 1]!.index;
    await page.locator(`[data-testid="unit-row"][data-unit-index="${last}"]`).click();
    await expect
      .poll(async () => (await readRows(page)).find((row) => row.selected)?.index)
      .toBe(last);
    // The active unit is saved with a short debounce (and flushed on
    // pagehide); give the save time rather than depend on the flush.
    await page.waitForTimeout(1000);

    await page.reload();
    await page.getByTestId('unit-row').first().waitFor();
    expect(await projectTitle(page)).toContain('Weather');
    await expect
      .poll(async () => (await readRows(page)).find((row) => row.selected)?.index)
      .toBe(last);
    const restored = await readRows(page);
    expect(restored.map(({ source, target }) => ({ source, target }))).toEqual(
      rows.map(({ source, target }) => ({ source, target })),
    );
    expectNoProblems(problems);
  });

  it('refuses a binary file with a message naming it, and keeps the open project', async () => {
    const { page, problems } = session();
    await openApp(page);
    const title = await projectTitle(page);
    const before = await readRows(page);

    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
      1,
    ]);
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-source-file').setInputFiles(tempFile('picture.png', png));
    await page.getByTestId('import-target-file').setInputFiles(tempFile('weather.en.txt', EN));
    const submit = page.getByTestId('import-submit');
    // The dialog may refuse the file on selection (submit disabled) or on submit.
    if (await submit.isEnabled()) await submit.click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('picture.png');

    await page.keyboard.press('Escape');
    expect(await projectTitle(page)).toBe(title);
    expect(await readRows(page)).toEqual(before);
    expectNoProblems(problems);
  });
});
