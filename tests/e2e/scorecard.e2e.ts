/**
 * The scorecard in a real browser, on the demo project: flag two spans,
 * open the scorecard, see both charts drawn as SVG, download the HTML report
 * and check it carries the score and the charts; then compare the project
 * with its own exported review as a second reviewer (full agreement).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useSession } from './harness.ts';
import { expectNoProblems, openFlagsPanel, saveDownload, selectPhrase } from './steps.ts';

const session = useSession();

/** Flags `phrase` as a major (Shift+M) or minor (m) Mistranslation. */
async function flag(page: Page, phrase: string, key: 'Shift+M' | 'm'): Promise<void> {
  await selectPhrase(page, phrase);
  await page.keyboard.press(key);
  const editor = page.getByTestId('flag-editor');
  await editor.waitFor();
  if (key === 'Shift+M') await page.keyboard.type('mistranslation');
  await page.getByTestId('flag-save').click();
  await editor.waitFor({ state: 'detached' });
}

/** How many drawn shapes (bars, lines) the chart `testId` holds. */
async function shapes(page: Page, testId: string): Promise<number> {
  return page.locator(`[data-testid="${testId}"] svg`).first().locator('path, rect').count();
}

describe('scorecard', () => {
  it('scores the flags, draws the charts and downloads a self-contained report', async () => {
    const { page, problems } = session();
    await openApp(page);
    await flag(page, 'ensure, ensure, and ensure', 'Shift+M');
    await flag(page, 'wooden bridge and ceiling', 'm');

    await page.getByTestId('open-scorecard').click();
    const scorecard = page.getByTestId('scorecard');
    await scorecard.waitFor();
    await expect.poll(() => shapes(page, 'chart-category')).toBeGreaterThan(0);
    await expect.poll(() => shapes(page, 'chart-paragraphs')).toBeGreaterThan(0);
    // MQM preset: Major 5 + Minor 1.
    expect(await page.getByTestId('score-raw').textContent()).toBe('6');
    const score = (await page.getByTestId('score-normalised').textContent()) ?? '';
    expect(score).toMatch(/^\d/);
    expect(await page.getByTestId('score-unit').textContent()).toContain('English words');
    expect(await page.getByTestId('worst-unit').count()).toBe(2);

    const { path, suggested } = await saveDownload(
      page,
      page.getByTestId('download-report'),
      'scorecard.report.html',
    );
    expect(suggested).toMatch(/\.report\.html$/);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain(`<strong data-score>${score}</strong>`);
    expect((html.match(/<svg/g) ?? []).length).toBe(2);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('wooden bridge and ceiling');

    // A pass mark the score exceeds turns the verdict to Fail, and stays for the project.
    await page.getByTestId('preset-edit').click();
    await page.getByTestId('preset-threshold').fill('0.5');
    await expect.poll(() => page.getByTestId('score-verdict').textContent()).toBe('Fail');
    expectNoProblems(problems);
  });

  it('compares reviewers and lists their disagreements', async () => {
    const { page, problems } = session();
    await openApp(page);
    await flag(page, 'ensure, ensure, and ensure', 'Shift+M');
    await openFlagsPanel(page);
    const { path } = await saveDownload(
      page,
      page.getByTestId('export-review'),
      'second.review.json',
    );
    // After the export, this project gets one more flag the "second" reviewer lacks.
    await flag(page, 'wooden bridge and ceiling', 'm');

    await page.getByTestId('open-scorecard').click();
    await page.getByTestId('scorecard-tab-reviewers').click();
    await page.getByTestId('import-reviewer-file').setInputFiles(path);
    await page.getByTestId('agreement').waitFor();
    expect(await page.getByTestId('reviewer-scores').locator('tbody tr').count()).toBe(2);
    // One matched pair out of 2 + 1 flags: F1 = 2/3.
    expect(await page.getByTestId('agreement').locator('tbody td').nth(1).textContent()).toBe(
      '0.67',
    );
    const item = page.getByTestId('disagreement');
    expect(await item.count()).toBe(1);
    await item.getByTestId('decide-drop').click();
    await page.getByTestId('apply-adjudication').click();
    await expect.poll(() => page.getByTestId('flag-count-minor').textContent()).toBe('0');
    expect(await page.getByTestId('flag-count-major').textContent()).toBe('1');
    expectNoProblems(problems);
  });
});
