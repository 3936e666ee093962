/**
 * Flagging in a real browser, on the demo project: select words, flag them
 * from the keyboard, see them highlighted and counted, keep them (and the
 * undo history) across a reload, export the review file and import it into
 * a fresh project of the same document, where the flags come back in place.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readReviewFile, writeReviewFile } from '../../src/core/io/review-file.ts';
import { openApp, tempFile, useSession } from './harness.ts';
import {
  expectNoProblems,
  openFlagsPanel,
  reloadApp,
  saveDownload,
  selectPhrase,
} from './steps.ts';

const session = useSession();

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const SOURCE_FILE = `${FIXTURES}press-conference.source.zh.txt`;
const TARGET_FILE = `${FIXTURES}press-conference.mt.en.txt`;

const ENSURE = 'ensure, ensure, and ensure';
const BRIDGE = 'wooden bridge and ceiling';

/** The header's count for one severity. */
async function count(page: Page, severity: string): Promise<number> {
  return Number(await page.getByTestId(`flag-count-${severity}`).textContent());
}

/** The highlights of unit `unit`'s English cell, as [text, severity]. */
async function highlightsOf(page: Page, unit: number): Promise<[string, string][]> {
  return page
    .locator(
      `[data-unit-index="${unit}"] [data-testid="unit-target"] [data-testid="flag-highlight"]`,
    )
    .evaluateAll((marks) =>
      marks.map((m) => [m.textContent ?? '', m.getAttribute('data-severity') ?? '']),
    );
}

describe('flagging on the demo project', () => {
  it('flags, survives a reload with its undo history, and travels by review file', async () => {
    const { page, problems } = session();
    await openApp(page);

    // Major mistranslation with a suggestion: select, M, pick, suggest, save.
    const ensureUnit = await selectPhrase(page, ENSURE);
    await page.keyboard.press('Shift+M');
    const editor = page.getByTestId('flag-editor');
    await editor.waitFor();
    expect(await page.getByTestId('flag-quote').textContent()).toBe(ENSURE);
    expect(await page.getByTestId('flag-severity-major').isChecked()).toBe(true);
    await page.keyboard.type('mistranslation');
    await page.getByTestId('flag-suggestion').fill('firmly safeguard');
    await page.getByTestId('flag-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => highlightsOf(page, ensureUnit)).toEqual([[ENSURE, 'major']]);

    // Minor with a comment: m opens the editor on the last category.
    const bridgeUnit = await selectPhrase(page, BRIDGE);
    await page.keyboard.press('m');
    await editor.waitFor();
    await page
      .getByTestId('flag-comment')
      .fill('A calque of 独木桥 and 天花板: say "bottlenecks".');
    await page.keyboard.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => highlightsOf(page, bridgeUnit)).toEqual([[BRIDGE, 'minor']]);
    expect([await count(page, 'major'), await count(page, 'minor')]).toEqual([1, 1]);

    // Reload: the flags are there, and Ctrl+Z still undoes the last one.
    await reloadApp(page);
    await expect.poll(() => count(page, 'minor')).toBe(1);
    expect(await count(page, 'major')).toBe(1);
    await page.getByTestId('workspace-scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => count(page, 'minor')).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => count(page, 'minor')).toBe(1);

    // Export the review file.
    await openFlagsPanel(page);
    expect(await page.getByTestId('flag-item').count()).toBe(2);
    const { path, suggested } = await saveDownload(
      page,
      page.getByTestId('export-review'),
      'press-conference.review.json',
    );
    expect(suggested).toMatch(/\.review\.json$/);
    const review = readReviewFile(readFileSync(path, 'utf8'));
    const flags = [...review.state.flags.values()];
    expect(flags.map((f) => [f.anchor.quote.exact, f.category, f.severity])).toEqual([
      [ENSURE, 'Accuracy/Mistranslation', 'major'],
      [BRIDGE, 'Accuracy/Mistranslation', 'minor'],
    ]);
    expect(flags[0]?.suggestion).toBe('firmly safeguard');
    expect(flags[1]?.comment).toContain('bottlenecks');

    // A fresh project of the same document, reviewed by someone else.
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-source-file').setInputFiles(SOURCE_FILE);
    await page.getByTestId('import-target-file').setInputFiles(TARGET_FILE);
    await page.getByTestId('import-name').fill('Second review');
    await page.getByTestId('import-submit').click();
    await expect
      .poll(() => page.getByTestId('project-title').textContent(), { timeout: 30_000 })
      .toBe('Second review');
    await expect.poll(() => count(page, 'major')).toBe(0);

    await openFlagsPanel(page);
    await page.getByTestId('import-review-file').setInputFiles(path);
    await page.getByRole('status').filter({ hasText: 'was merged' }).waitFor();
    await expect.poll(() => count(page, 'major')).toBe(1);
    expect(await count(page, 'minor')).toBe(1);

    // Both flags are in place: choosing one in the panel shows its highlight.
    await page
      .getByTestId('flag-item')
      .filter({ hasText: BRIDGE })
      .locator('button')
      .first()
      .click();
    await expect.poll(() => highlightsOf(page, bridgeUnit)).toEqual([[BRIDGE, 'minor']]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(BRIDGE);
    await page
      .getByTestId('flag-item')
      .filter({ hasText: ENSURE })
      .locator('button')
      .first()
      .click();
    await expect.poll(() => highlightsOf(page, ensureUnit)).toEqual([[ENSURE, 'major']]);

    // Importing the same file again adds nothing.
    await page.getByTestId('import-review-file').setInputFiles(path);
    await page.getByRole('status').filter({ hasText: '0 new changes added' }).waitFor();
    expect(await page.getByTestId('flag-item').count()).toBe(2);
    expectNoProblems(problems, { requests: true });
  });

  it('snaps a partial-word selection, flags in two keystrokes, and refuses another document’s review', async () => {
    const { page, problems } = session();
    await openApp(page);
    // "nsure the bott" inside "…and ensure the bottom line…".
    const phrase = 'and ensure the bottom line';
    const unit = await selectPhrase(page, phrase, { from: 5, to: 19 });
    await page.keyboard.press('n');
    await page.getByTestId('flag-editor').waitFor();
    expect(await page.getByTestId('flag-quote').textContent()).toBe('ensure the bottom');
    await page.keyboard.press('Enter');
    await page.getByTestId('flag-editor').waitFor({ state: 'detached' });
    await expect.poll(() => highlightsOf(page, unit)).toEqual([['ensure the bottom', 'neutral']]);
    expect(await count(page, 'neutral')).toBe(1);

    await openFlagsPanel(page);
    const other = tempFile(
      'other.review.json',
      writeReviewFile({ documentHash: '0'.repeat(64), ops: [], typologyId: 'wmt-mqm' }),
    );
    await page.getByTestId('import-review-file').setInputFiles(other);
    await page.getByRole('alert').filter({ hasText: 'different document' }).waitFor();
    expect(await count(page, 'neutral')).toBe(1);
    expectNoProblems(problems, { requests: true });
  });
});
