/**
 * Registers `public/sw.js`, which caches the app's files so that it opens
 * offline once it has been opened online. Production builds only: in the dev
 * server a cache-first worker would serve stale modules after every edit.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Relative to the page, so the app works from any base path.
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    // Offline start is a convenience: the app works without it, so a failed
    // registration (private mode, file://) is logged, not shown.
    console.warn('Duizhao: offline support unavailable:', error);
  });
}
