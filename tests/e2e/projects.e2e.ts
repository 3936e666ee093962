/**
 * The project list and project files: rename in place, delete only after
 * confirming, export a project file and import it back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readProjectFile } from '../../src/core/io/project-file.ts';
import { openApp, readRows, tempFile, tempPath, useSession } from './harness.ts';

const session = useSession();

async function openList(page: Page) {
  await page.getByTestId('open-projects').click();
  const list = page.getByTestId('project-list');
  await list.waitFor();
  return list;
}

async function itemNames(page: Page): Promise<string[]> {
  return page.getByTestId('project-item').allTextContents();
}

/** Creates a second project from pasted text. */
async function pasteProject(page: Page, name: string): Promise<void> {
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-source-text').fill('第一句。第二句。');
  await page.getByTestId('import-target-text').fill('The first sentence. The second sentence.');
  await page.getByTestId('import-name').fill(name);
  await page.getByTestId('import-submit').click();
  await expect
    .poll(() => page.getByTestId('project-title').textContent(), { timeout: 30_000 })
    .toContain(name);
}

describe('project list', () => {
  it('renames a project in place, and the name survives a reload', async () => {
    const { page, problems } = session();
    await openApp(page);
    await openList(page);
    const item = page.getByTestId('project-item').first();
    await item.getByTestId('project-rename').click();
    const input = item.locator('input');
    await input.fill('Renamed press conference');
    await input.press('Enter');
    await expect.poll(() => item.textContent()).toContain('Renamed press conference');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('project-title').textContent())
      .toContain('Renamed press conference');

    await page.reload();
    await page.getByTestId('unit-row').first().waitFor();
    expect(await page.getByTestId('project-title').textContent()).toContain(
      'Renamed press conference',
    );
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('deletes a project only after confirmation', async () => {
    const { page, problems } = session();
    await openApp(page);
    await pasteProject(page, 'Short note');
    await openList(page);
    await expect.poll(() => page.getByTestId('project-item').count()).toBe(2);
    const item = page.getByTestId('project-item').filter({ hasText: 'Short note' });

    await item.getByTestId('project-delete').click();
    await page.getByTestId('confirm-cancel').click();
    expect(await page.getByTestId('project-item').count()).toBe(2);

    await item.getByTestId('project-delete').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('project-item').count()).toBe(1);
    expect((await itemNames(page)).join()).not.toContain('Short note');

    await page.reload();
    await page.getByTestId('unit-row').first().waitFor();
    await openList(page);
    expect(await page.getByTestId('project-item').count()).toBe(1);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

describe('project files', () => {
  it('exports a project file that reads back, and importing it adds an identical project', async () => {
    const { page, problems } = session();
    await openApp(page);
    const title = (await page.getByTestId('project-title').textContent()) ?? '';
    const rows = await readRows(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-project').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.duizhao\.json$/);
    const path = tempPath('exported.duizhao.json');
    await download.saveAs(path);
    const project = readProjectFile(readFileSync(path, 'utf8'));
    expect(title).toContain(project.name);
    expect(project.document.alignment.units.length).toBeGreaterThanOrEqual(rows.length);

    await page.getByTestId('import-project-file').setInputFiles(path);
    await openList(page);
    await expect.poll(() => page.getByTestId('project-item').count()).toBe(2);
    await page.keyboard.press('Escape');
    // Whichever of the two is open now, it shows the same document. The list
    // is virtualised and a notice may take some height: compare the units
    // rendered both times, by index.
    await page.getByTestId('unit-row').first().waitFor();
    const after = await readRows(page);
    const before = new Map(rows.map((r) => [r.index, [r.source, r.target]]));
    const shared = after.filter((r) => before.has(r.index));
    expect(shared.length).toBeGreaterThanOrEqual(Math.min(rows.length, after.length) - 2);
    expect(shared.length).toBeGreaterThan(5);
    for (const row of shared) expect([row.source, row.target]).toEqual(before.get(row.index));
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('refuses a broken project file with a message and changes nothing', async () => {
    const { page, problems } = session();
    await openApp(page);
    const broken = tempFile('broken.duizhao.json', '{"format": "duizhao-project", "version": 1,');
    await page.getByTestId('import-project-file').setInputFiles(broken);
    const alert = page.getByRole('alert').filter({ hasText: /JSON/ });
    await alert.waitFor();
    await openList(page);
    expect(await page.getByTestId('project-item').count()).toBe(1);
    expect(problems.pageErrors).toEqual([]);
  });
});
