/**
 * The interface language: switching to Chinese changes the interface, and
 * the choice is remembered across reloads.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useSession } from './harness.ts';

const session = useSession();
const HAN = /\p{Script=Han}/u;

/** The label of the import button: a shell string every language translates. */
async function importLabel(page: Page): Promise<string> {
  const button = page.getByTestId('open-import');
  return (await button.textContent()) || ((await button.getAttribute('aria-label')) ?? '');
}

describe('interface language', () => {
  it('switches to 中文 and stays Chinese after a reload, then back to English', async () => {
    const { page, problems } = session();
    await openApp(page);
    const select = page.getByTestId('language-select');
    expect(await select.inputValue()).toBe('en');
    expect(await importLabel(page)).not.toMatch(HAN);

    await select.selectOption('zh');
    await expect.poll(() => importLabel(page)).toMatch(HAN);

    await page.reload();
    await page.getByTestId('unit-row').first().waitFor();
    expect(await page.getByTestId('language-select').inputValue()).toBe('zh');
    expect(await importLabel(page)).toMatch(HAN);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);

    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => importLabel(page)).not.toMatch(HAN);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
