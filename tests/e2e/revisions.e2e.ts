/**
 * Corrections in a real browser, on the demo project ("Done when" of the
 * corrections issue): a translator revises two units in the unit editor,
 * an editor approves one revision and rejects the other, the transcript is
 * exported with approved revisions only (text and Word), and the history
 * survives a reload.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { normalizeText } from '../../src/core/text/normalize.ts';
import { openApp, tempPath, useSession } from './harness.ts';

const session = useSession();

const MT = normalizeText(
  readFileSync(
    fileURLToPath(new URL('../../fixtures/press-conference.mt.en.txt', import.meta.url)),
    'utf8',
  ),
);

const ENSURE = 'ensure, ensure, and ensure';
const SOCIAL = 'social protection';

/** Scrolls from the top until the first English cell holding `phrase` is rendered; returns its unit. */
async function findUnit(page: Page, phrase: string): Promise<number> {
  const grid = page.getByTestId('workspace-scroll');
  await grid.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let attempt = 0; attempt < 200; attempt++) {
    const unit = await page.evaluate((phrase) => {
      const cells = [...document.querySelectorAll('[data-testid="unit-target"]')];
      const cell = cells.find((c) => c.textContent?.includes(phrase));
      if (!cell) return null;
      cell.scrollIntoView({ block: 'center' });
      return Number(cell.closest('[data-unit-index]')?.getAttribute('data-unit-index'));
    }, phrase);
    if (unit !== null) return unit;
    await grid.evaluate((el) => el.scrollBy({ top: el.clientHeight * 0.8 }));
    await page.waitForTimeout(50);
  }
  throw new Error(`"${phrase}" is not in any English cell`);
}

function row(page: Page, unit: number) {
  return page.locator(`[data-testid="unit-row"][data-unit-index="${unit}"]`);
}

/** Makes `unit` the active one by clicking its number, scrolling it into view first. */
async function activate(page: Page, unit: number): Promise<void> {
  if ((await row(page, unit).count()) === 0) {
    await page.getByTestId('workspace-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  }
  for (let attempt = 0; attempt < 100 && (await row(page, unit).count()) === 0; attempt++) {
    await page.getByTestId('workspace-scroll').evaluate((el) => el.scrollBy({ top: 300 }));
    await page.waitForTimeout(30);
  }
  await row(page, unit).locator('[role="rowheader"]').click();
  await expect.poll(() => row(page, unit).getAttribute('aria-selected')).toBe('true');
}

async function setRole(page: Page, role: string): Promise<void> {
  await page.locator('[data-testid="profile-menu"] > summary').click();
  await page.getByTestId('profile-role').selectOption(role);
  await page.locator('[data-testid="profile-menu"] > summary').click();
}

/** Opens unit `unit`'s editor with Enter, replaces its whole text by `from`→`to`, saves with Ctrl+Enter. */
async function revise(page: Page, unit: number, from: string, to: string): Promise<string> {
  await activate(page, unit);
  const before = (await row(page, unit).getByTestId('unit-target').textContent()) ?? '';
  const after = before.replace(from, to);
  await page.keyboard.press('Enter');
  const input = page.getByTestId('unit-editor-input');
  await input.waitFor({ state: 'visible' });
  // Typing goes where the focus is: wait until the editor has it.
  await expect.poll(() => input.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(after);
  await page.keyboard.press('Control+Enter');
  await input.waitFor({ state: 'detached' });
  await expect.poll(() => row(page, unit).getByTestId('unit-target').textContent()).toBe(after);
  return after;
}

/** Exports with the dialog's current defaults plus `format`, and returns the saved path. */
async function exportAs(page: Page, format: string, name: string): Promise<string> {
  await page.getByTestId('open-export').click();
  await page.getByTestId('export-format').selectOption(format);
  await page.getByTestId('export-mode-approved').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-download').click(),
  ]);
  const path = tempPath(name);
  await download.saveAs(path);
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();
  return path;
}

describe('corrections', () => {
  it('revises, decides, exports approved text and keeps the history across a reload', async () => {
    const { page, problems } = session();
    await openApp(page);

    await setRole(page, 'translator');
    const ensureUnit = await findUnit(page, ENSURE);
    await revise(page, ensureUnit, ENSURE, 'firmly safeguard');
    const socialUnit = await findUnit(page, SOCIAL);
    expect(socialUnit).not.toBe(ensureUnit);
    await revise(page, socialUnit, SOCIAL, 'Social Security');
    await expect
      .poll(() => row(page, socialUnit).getByTestId('unit-status').getAttribute('data-status'))
      .toBe('edited');

    await setRole(page, 'editor');
    await activate(page, ensureUnit);
    await page.getByTestId('decision-reason').selectOption('correct');
    await page.getByTestId('approve-revision').click();
    await expect.poll(() => page.getByTestId('active-unit-status').textContent()).toBe('Approved');
    await activate(page, socialUnit);
    await page.getByTestId('decision-reason').selectOption('terminology');
    await page.getByTestId('reject-revision').click();
    // Rejected: the unit falls back to its MT.
    await expect
      .poll(() => row(page, socialUnit).getByTestId('unit-target').textContent())
      .toContain(SOCIAL);

    const txt = readFileSync(await exportAs(page, 'txt', 'approved.txt'), 'utf8');
    expect(txt).toContain('firmly safeguard the bottom line');
    expect(txt).toContain(SOCIAL);
    expect(txt).not.toContain('Social Security');
    // The MT's 17 paragraphs, in order, line breaks and all: only the approved edit differs.
    expect(txt).toBe(MT.replace(ENSURE, 'firmly safeguard'));
    expect(txt.split('\n').filter((line) => line.trim())).toHaveLength(17);

    const docx = readFileSync(await exportAs(page, 'docx', 'approved.docx'));
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('firmly safeguard');
    expect(xml).not.toContain('Social Security');

    await page.reload();
    await page.getByTestId('unit-row').first().waitFor({ state: 'visible' });
    await activate(page, ensureUnit);
    await page.getByTestId('toggle-history').click();
    const states = () =>
      page
        .getByTestId('history-entry')
        .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-state')));
    await expect.poll(states).toEqual(['superseded', 'current']);
    await expect.poll(() => page.getByTestId('unit-history').textContent()).toContain('approved');
    await activate(page, socialUnit);
    await expect.poll(states).toEqual(['current', 'rejected']);
    await expect
      .poll(() => page.getByTestId('unit-history').textContent())
      .toContain('Social Security');

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
