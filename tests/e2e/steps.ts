/**
 * Steps the review tests take on the demo project again and again: finding
 * a phrase in the virtualised workspace and selecting it as a mouse drag
 * would, making a unit the active one, switching role, revising a unit in
 * the unit editor, opening the flags panel, saving a download, reloading.
 * `harness.ts` starts the browser; these act in it.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { tempPath, type PageProblems } from './harness.ts';

/** A cell of a unit row. */
export type Side = 'source' | 'target';

/** The row of unit `unit` (rendered or not: the list is virtualised). */
export function unitRow(page: Page, unit: number): Locator {
  return page.locator(`[data-testid="unit-row"][data-unit-index="${unit}"]`);
}

/** Where to look for a phrase. */
export interface FindOptions {
  /** The cell to look in; the English by default. */
  side?: Side;
  /** Only this unit's cell (it must be rendered). */
  unit?: number;
}

/**
 * Scrolls from the top until a `side` cell holding `phrase` is rendered,
 * scrolls it to the middle and returns its unit: the first such unit.
 */
export async function findUnit(
  page: Page,
  phrase: string,
  { side = 'target', unit }: FindOptions = {},
): Promise<number> {
  const grid = page.getByTestId('workspace-scroll');
  await grid.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = await page.evaluate(
      ({ side, phrase, unit }) => {
        const scope = unit === undefined ? '' : `[data-unit-index="${unit}"] `;
        const cells = [...document.querySelectorAll(`${scope}[data-testid="unit-${side}"]`)];
        const cell = cells.find((c) => c.textContent?.includes(phrase));
        if (!cell) return null;
        cell.scrollIntoView({ block: 'center' });
        return Number(cell.closest('[data-unit-index]')?.getAttribute('data-unit-index'));
      },
      { side, phrase, unit },
    );
    if (found !== null) return found;
    await grid.evaluate((el) => el.scrollBy({ top: el.clientHeight * 0.8 }));
    await page.waitForTimeout(50);
  }
  throw new Error(`"${phrase}" is not in any ${side} cell`);
}

/**
 * Selects characters `[from, to)` of the first `phrase` in unit `unit`'s
 * `side` cell with a DOM Range, as a mouse drag would. `false` when the
 * row is not rendered (any more) or does not hold the phrase.
 */
async function selectInCell(
  page: Page,
  unit: number,
  side: Side,
  phrase: string,
  from: number,
  to: number,
): Promise<boolean> {
  return page.evaluate(
    ({ selector, phrase, from, to }) => {
      const cell = document.querySelector(selector);
      const at = (cell?.textContent ?? '').indexOf(phrase);
      if (!cell || at < 0) return false;
      const start = at + from;
      const end = at + to;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = (node as Text).data.length;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        if (end >= seen && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
    { selector: `[data-unit-index="${unit}"] [data-testid="unit-${side}"]`, phrase, from, to },
  );
}

/** How to select a phrase. */
export interface SelectOptions extends FindOptions {
  /** Select only characters `[from, to)` of the phrase (the whole phrase by default). */
  from?: number;
  to?: number;
  /** Click the cell first, making its unit the active one. */
  click?: boolean;
}

/**
 * Finds `phrase` (see `findUnit`) and selects it, or part of it, in its
 * cell; returns the unit.
 */
export async function selectPhrase(
  page: Page,
  phrase: string,
  options: SelectOptions = {},
): Promise<number> {
  const { side = 'target', from = 0, to = phrase.length, click = false } = options;
  // A virtualised row can be re-rendered between finding and selecting: look again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const unit = await findUnit(page, phrase, options);
    if (click) await unitRow(page, unit).getByTestId(`unit-${side}`).click();
    if (await selectInCell(page, unit, side, phrase, from, to)) return unit;
  }
  throw new Error(`"${phrase}" could not be selected in a ${side} cell`);
}

/** Makes `unit` the active one by clicking its number, scrolling it into view first. */
export async function activate(page: Page, unit: number): Promise<void> {
  const row = unitRow(page, unit);
  const grid = page.getByTestId('workspace-scroll');
  // The checks finish in the background and their underlines re-render the
  // cells, which can re-measure rows and move the window under the click:
  // then scroll the row back and click again.
  for (let tries = 0; ; tries++) {
    if ((await row.count()) === 0) await grid.evaluate((el) => el.scrollTo({ top: 0 }));
    for (let attempt = 0; attempt < 100 && (await row.count()) === 0; attempt++) {
      await grid.evaluate((el) => el.scrollBy({ top: 300 }));
      await page.waitForTimeout(30);
    }
    try {
      await row.locator('[role="rowheader"]').click({ timeout: 8_000 });
      break;
    } catch (error) {
      if (tries >= 3) throw error;
    }
  }
  await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
}

/** Switches the profile's role (`translator`, `reviewer`, `editor`…) in the profile menu. */
export async function setRole(page: Page, role: string): Promise<void> {
  const menu = page.locator('[data-testid="profile-menu"] > summary');
  await menu.click();
  await page.getByTestId('profile-role').selectOption(role);
  await menu.click();
}

/**
 * Opens unit `unit`'s editor with Enter, replaces `from` by `to` in its
 * whole text, saves with Ctrl+Enter and waits for the row to show the
 * result, which it returns.
 */
export async function revise(page: Page, unit: number, from: string, to: string): Promise<string> {
  await activate(page, unit);
  const target = unitRow(page, unit).getByTestId('unit-target');
  const after = ((await target.textContent()) ?? '').replace(from, to);
  await page.keyboard.press('Enter');
  const input = page.getByTestId('unit-editor-input');
  await input.waitFor({ state: 'visible' });
  // Typing goes where the focus is: wait until the editor has it.
  await expect.poll(() => input.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(after);
  await page.keyboard.press('Control+Enter');
  await input.waitFor({ state: 'detached' });
  await expect.poll(() => target.textContent()).toBe(after);
  return after;
}

/** Opens the flags panel (from the header's counts) unless it is open. */
export async function openFlagsPanel(page: Page): Promise<void> {
  if ((await page.getByTestId('flags-panel').count()) === 0) {
    await page.getByTestId('flag-counts').click();
  }
  await page.getByTestId('flags-panel').waitFor();
}

/**
 * Clicks `trigger`, saves the download it starts to a temporary file named
 * `name` and returns its path and the name the app suggested.
 */
export async function saveDownload(
  page: Page,
  trigger: Locator,
  name: string,
): Promise<{ path: string; suggested: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = tempPath(name);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename() };
}

/** Reloads the page and waits until the workspace shows its first unit again. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await page.getByTestId('unit-row').first().waitFor({ state: 'visible' });
}

/**
 * Asserts the page threw nothing and logged no error; with `requests`, also
 * that no request failed.
 */
export function expectNoProblems(problems: PageProblems, { requests = false } = {}): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  if (requests) expect(problems.failedRequests).toEqual([]);
}
