/**
 * Duizhao's service worker: makes the app start without a network once it
 * has been opened. Everything the app keeps lives in IndexedDB already, so
 * only the app's own files need caching.
 *
 * Strategy, per request (same origin, GET only):
 * - page navigations: network first, so a new release is picked up at once,
 *   falling back to the cached shell when offline;
 * - `/assets/…`: cache first. Vite puts a content hash in every asset name,
 *   so a cached asset can never be stale;
 * - anything else (favicon, this file's siblings): network, then cache.
 * Requests to other origins are left alone: the app makes none.
 */
const CACHE = 'duizhao-shell-v1';
const SHELL = './';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

/** Puts a good response in the cache and returns it. */
async function remember(request, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request, fallback) {
  try {
    return await remember(request, await fetch(request));
  } catch (error) {
    const cached = (await caches.match(request)) ?? (fallback && (await caches.match(fallback)));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  return cached ?? remember(request, await fetch(request));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL));
  } else if (url.pathname.includes('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request, null));
  }
});
