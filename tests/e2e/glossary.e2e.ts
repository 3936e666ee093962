/**
 * The glossary in a real browser, on the demo project: the demo comes with
 * its termbase, the panel shows the active unit's terms, a CSV with a bad
 * row imports with the row listed by line, a term added from a selection is
 * saved, and everything is still there after a reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, tempFile, useSession } from './harness.ts';
import { expectNoProblems, reloadApp, selectPhrase } from './steps.ts';

const session = useSession();

async function openGlossary(page: Page): Promise<void> {
  if ((await page.getByTestId('glossary-panel').count()) === 0) {
    await page.getByTestId('glossary-toggle').click();
  }
  await page.getByTestId('glossary-panel').waitFor();
}

const unitTerms = (page: Page) =>
  page
    .getByTestId('glossary-unit-term')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('[lang="zh-Hans"]')?.textContent ?? '',
        item.getAttribute('data-status') ?? '',
      ]),
    );

describe('the glossary on the demo project', () => {
  it('has the demo terms, imports, adds from a selection, and keeps them across a reload', async () => {
    const { page, problems } = session();
    await openApp(page);

    // The demo comes with its glossary (40 terms in fixtures/press-conference.glossary.csv).
    expect(await page.getByTestId('glossary-toggle').textContent()).toMatch(/\(40 terms\)/);
    await openGlossary(page);
    expect(await page.getByTestId('glossary-term').count()).toBe(40);

    // The active unit's terms: the unit naming the ministry.
    await selectPhrase(page, '人力资源和社会保障部', { side: 'source', click: true });
    await expect
      .poll(() => unitTerms(page))
      .toContainEqual(['人力资源和社会保障部', expect.stringMatching(/present|missing/)]);

    // A CSV with one bad row: asked to merge, the row listed by its line.
    const csv = tempFile('extra.csv', 'zh,en\n记者会,press conference\n提问,\n');
    await page.getByTestId('glossary-file').setInputFiles(csv);
    const ask = page.getByTestId('glossary-ask');
    await ask.waitFor();
    expect(await ask.getByTestId('glossary-problems').textContent()).toContain('line 3');
    await page.getByTestId('glossary-merge').click();
    const outcome = page.getByTestId('glossary-import-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Imported 1 term from extra.csv');
    expect(await outcome.getByTestId('glossary-problems').textContent()).toContain(
      'line 3: no English term',
    );
    await expect.poll(() => page.getByTestId('glossary-term').count()).toBe(41);

    // Add a term from a selection: Chinese in the source, English in the target, then T.
    const unit = await selectPhrase(page, '立交桥', { side: 'source', click: true });
    await selectPhrase(page, 'overpass', { unit });
    await page.keyboard.press('t');
    const form = page.getByTestId('term-form');
    await form.waitFor();
    expect(await page.getByTestId('term-zh').inputValue()).toBe('立交桥');
    expect(await page.getByTestId('term-en').inputValue()).toBe('overpass');
    await page.getByTestId('term-en').fill('flyover');
    await page.getByTestId('term-save').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('glossary-term').count()).toBe(42);
    // The unit says "overpass", not the term's English as saved.
    await expect.poll(() => unitTerms(page)).toContainEqual(['立交桥', 'missing']);

    // Reload: both the imported and the added term are still there.
    await reloadApp(page);
    await openGlossary(page);
    await page.getByTestId('glossary-search').fill('flyover');
    await expect.poll(() => page.getByTestId('glossary-term').count()).toBe(1);
    expect(await page.getByTestId('glossary-term').textContent()).toContain('立交桥');
    await page.getByTestId('glossary-search').fill('press conference');
    await expect.poll(() => page.getByTestId('glossary-term').count()).toBe(1);
    expect(await page.getByTestId('glossary-toggle').textContent()).toMatch(/\(42 terms\)/);

    expectNoProblems(problems);
  });
});
