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
import { openApp, useSession } from './harness.ts';
import {
  activate,
  expectNoProblems,
  findUnit,
  reloadApp,
  revise,
  saveDownload,
  setRole,
  unitRow,
} from './steps.ts';

const session = useSession();

const MT = normalizeText(
  readFileSync(
    fileURLToPath(new URL('../../fixtures/press-conference.mt.en.txt', import.meta.url)),
    'utf8',
  ),
);

const ENSURE = 'ensure, ensure, and ensure';
const SOCIAL = 'social protection';

/** Exports with the dialog's current defaults plus `format`, and returns the saved path. */
async function exportAs(page: Page, format: string, name: string): Promise<string> {
  await page.getByTestId('open-export').click();
  await page.getByTestId('export-format').selectOption(format);
  await page.getByTestId('export-mode-approved').check();
  const { path } = await saveDownload(page, page.getByTestId('export-download'), name);
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
      .poll(() => unitRow(page, socialUnit).getByTestId('unit-status').getAttribute('data-status'))
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
      .poll(() => unitRow(page, socialUnit).getByTestId('unit-target').textContent())
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

    await reloadApp(page);
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

    expectNoProblems(problems);
  });
});
