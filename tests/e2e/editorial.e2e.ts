/**
 * Editorial review in a real browser, on the demo project: a translator
 * edits a unit and confirms it (Alt+C), a reviewer marks it reviewed, an
 * editor rejects one flag from its highlight card and approves another from
 * the flags panel, approves the units a status filter shows in one step
 * (undone and redone whole), approves everything and signs off; the unit
 * editor then refuses to open and says why, the editor reopens the
 * document, and after a reload the sign-off and reopening are in the
 * history.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useSession } from './harness.ts';
import {
  activate,
  expectNoProblems,
  findUnit,
  openFlagsPanel,
  reloadApp,
  revise,
  selectPhrase,
  setRole,
  unitRow,
} from './steps.ts';

const session = useSession();

const ENSURE = 'ensure, ensure, and ensure';
const BRIDGE = 'wooden bridge and ceiling';
const SOCIAL = 'social protection';

function statusOf(page: Page, unit: number) {
  return unitRow(page, unit).getByTestId('unit-status').getAttribute('data-status');
}

/** Selects `phrase` in the first English cell holding it and flags it minor (m, Enter). */
async function flagPhrase(page: Page, phrase: string): Promise<number> {
  const unit = await selectPhrase(page, phrase);
  await page.keyboard.press('m');
  await page.getByTestId('flag-editor').waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('flag-editor').waitFor({ state: 'detached' });
  await unitRow(page, unit).getByTestId('flag-highlight').first().waitFor();
  return unit;
}

/** How many flags the panel lists under verdict filter `verdict`. */
async function panelItems(page: Page, verdict: string): Promise<number> {
  await page.getByTestId('flags-filter-verdict').selectOption(verdict);
  return page.getByTestId('flag-item').count();
}

describe('editorial review', () => {
  it('marks, rules on flags, approves a filtered selection, signs off and reopens', async () => {
    const { page, problems } = session();
    await openApp(page);

    // A reviewer flags two phrases.
    await setRole(page, 'reviewer');
    const bridgeUnit = await flagPhrase(page, BRIDGE);
    const socialUnit = await flagPhrase(page, SOCIAL);

    // The translator edits a unit and confirms it with Alt+C.
    await setRole(page, 'translator');
    const ensureUnit = await findUnit(page, ENSURE);
    await revise(page, ensureUnit, ENSURE, 'firmly safeguard');
    await activate(page, ensureUnit);
    expect(await statusOf(page, ensureUnit)).toBe('edited');
    expect(await page.getByTestId('confirm-unit').getAttribute('title')).toContain('Alt+C');
    await page.keyboard.press('Alt+KeyC');
    await expect.poll(() => statusOf(page, ensureUnit)).toBe('confirmed');

    // The reviewer marks it reviewed.
    await setRole(page, 'reviewer');
    expect(await page.getByTestId('confirm-unit').count()).toBe(0);
    await page.getByTestId('review-unit').click();
    await expect.poll(() => statusOf(page, ensureUnit)).toBe('reviewed');

    // The editor rejects the bridge flag from its card, with a reason and a note…
    await setRole(page, 'editor');
    await activate(page, bridgeUnit);
    await unitRow(page, bridgeUnit).getByTestId('flag-highlight').first().hover();
    const card = page.getByTestId('flag-card');
    await card.waitFor();
    await card.getByTestId('decide-flag-open').click();
    await card.getByTestId('decision-reason').selectOption('not-an-error');
    await card.getByTestId('decision-note').fill('an accepted idiom here');
    await card.getByTestId('reject-flag').click();
    // …and approves the other one from the flags panel.
    await openFlagsPanel(page);
    const socialItem = page
      .getByTestId('flag-item')
      .filter({ has: page.locator('q', { hasText: SOCIAL }) });
    await socialItem.getByTestId('decide-flag-open').click();
    await socialItem.getByTestId('approve-flag').click();
    await expect.poll(() => panelItems(page, 'rejected')).toBe(1);
    const rejected = page.getByTestId('flag-item').first();
    expect(await rejected.getAttribute('data-status')).toBe('rejected');
    expect(await rejected.getByTestId('flag-verdict-badge').textContent()).toMatch(
      /Rejected by .*Not an error.*an accepted idiom here/,
    );
    expect(await panelItems(page, 'approved')).toBe(1);
    expect(await panelItems(page, 'undecided')).toBe(0);
    await page.getByTestId('flags-filter-verdict').selectOption('any');
    expect(socialUnit).not.toBe(bridgeUnit);

    // Filter by status; approve what it shows, in one step.
    const total = Number(await page.getByTestId('approval-progress').getAttribute('max'));
    await page.getByTestId('unit-status-filter').selectOption('reviewed');
    await expect.poll(() => page.getByTestId('unit-status-count').textContent()).toBe('1 unit');
    await page.getByTestId('jump-next').click();
    await expect.poll(() => unitRow(page, ensureUnit).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('approve-all').click();
    await expect.poll(() => statusOf(page, ensureUnit)).toBe('approved');
    expect(await page.getByTestId('unit-status-count').textContent()).toBe('0 units');
    await page.keyboard.press('Control+z');
    await expect.poll(() => statusOf(page, ensureUnit)).toBe('reviewed');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => statusOf(page, ensureUnit)).toBe('approved');

    // Approve everything, then sign off.
    await page.getByTestId('unit-status-filter').selectOption('all');
    expect(await page.getByTestId('sign-off').isDisabled()).toBe(true);
    await page.getByTestId('approve-all').click();
    await expect
      .poll(() => page.getByTestId('approval-progress').getAttribute('value'))
      .toBe(String(total));
    await page.getByTestId('sign-off').click();
    const message = page.getByTestId('signed-off-message');
    await message.waitFor();

    // The editor won't open: the bar says why, and offers reopening.
    await activate(page, bridgeUnit);
    await page.keyboard.press('Enter');
    await expect.poll(() => message.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('unit-editor').count()).toBe(0);
    expect(await message.textContent()).toMatch(/Signed off by .*Reopen the document to edit/);
    await page.getByTestId('reopen-note').fill('a late correction');
    await page.getByTestId('reopen').click();
    await message.waitFor({ state: 'detached' });

    // After a reload the sign-off and the reopening are in the history.
    await reloadApp(page);
    await page.getByTestId('signoff-history').locator('summary').click();
    const events = page.getByTestId('signoff-event');
    expect(await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'document.signoff',
      'document.reopen',
    ]);
    expect(await events.nth(1).textContent()).toContain('a late correction');
    await activate(page, ensureUnit);
    expect(await statusOf(page, ensureUnit)).toBe('approved');
    await page.keyboard.press('Enter');
    await page.getByTestId('unit-editor-input').waitFor();

    expectNoProblems(problems);
  });
});
