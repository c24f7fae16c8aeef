// Keeps the procedure pages a person visited readable offline (a commune with a weak signal): the app's files,
// the server-rendered catalogue pages, and the catalogue's GET queries, network first, the last copy when offline.
// Personal pages and every POST (filings, dossiers) never go to the cache.
const CACHE = 'dvc-v1';
const CATALOGUE_OPERATIONS = new Set(['Catalogue', 'ProcedurePage', 'CatalogueFilters', 'UnitName']);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(['/', '/thu-tuc', '/manifest.webmanifest', '/icon.svg'])),
  );
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

const keepable = (request) => {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return false;
  if (url.pathname === '/graphql') return CATALOGUE_OPERATIONS.has(url.searchParams.get('operationName'));
  if (url.pathname.startsWith('/assets/')) return true;
  if (request.mode === 'navigate') return url.pathname === '/' || url.pathname.startsWith('/thu-tuc');
  return ['/manifest.webmanifest', '/icon.svg', '/icon-192.png'].includes(url.pathname);
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!keepable(request)) return;
  // Hashed assets never change: the cache first. Pages and data: the network first, the cache when offline.
  if (new URL(request.url).pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            const copy = response.clone();
            if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
            return response;
          }),
      ),
    );
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        const copy = response.clone();
        if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
        return response;
      })
      .catch(() => caches.match(request).then((hit) => hit || Response.error())),
  );
});
