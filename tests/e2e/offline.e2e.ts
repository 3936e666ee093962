/**
 * Offline start: once opened, the app opens again with no network, with the
 * project it had (the files come from the service worker's cache, the data
 * from IndexedDB).
 */
import { describe, expect, it } from 'vitest';
import { openApp, readRows, useSession } from './harness.ts';

const session = useSession();

describe('offline', () => {
  it('reopens with the open project when the network is gone', async () => {
    const { context, page } = session();
    await openApp(page);
    // The worker takes control of the page once it has activated (clients.claim).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    const before = await readRows(page);
    // A lazily loaded chunk (the alignment worker) must be cached too; one
    // reload online loads every chunk the start-up path needs through the worker.
    await page.reload();
    await page.getByTestId('unit-row').first().waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('unit-row').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('demo-notice').isVisible()).toBe(true);
    expect((await readRows(page)).map((row) => row.target)).toEqual(
      before.map((row) => row.target),
    );
    await context.setOffline(false);
  });
});
