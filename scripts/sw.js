// Livestream Arena's service worker: the offline classroom. After one visit the
// explainer opens with no network. scripts/offline.mjs writes this file into the
// build as sw.js, after two lines that name the build (VERSION, a hash of the files'
// contents) and list its files (FILES, relative to this worker).
//
// Every file of one build goes into one cache, all or nothing (cache.addAll), and a
// new build gets a new cache, so the page is always one build's: the worker never
// serves an index.html without the hashed files it names. Files whose names carry
// Trunk's content hash never change and come from the cache first; every other file
// (index.html, start.js, which names the hashed files, the teacher's page) comes from
// the network first, so a new deployment is what the next load gets, and from the
// cache only when the network fails. Requests to other origins are not touched (the
// page makes none).

const CACHE = `livestream-arena-${VERSION}`;
const PREFIX = 'livestream-arena-';
// Trunk's content hash in a file name: livestream-arena-0123456789abcdef_bg.wasm. Trunk
// writes the hash without its leading zeros, so it can be shorter than 16 digits.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Past the HTTP cache, so the cache holds exactly this build's files.
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
      // The app loads all it needs at start, so an open page is not broken by the swap.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)))),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(cached(request).then((hit) => hit || fetch(request)));
  } else {
    event.respondWith(fetch(request).catch(() => cached(request).then((hit) => hit || Response.error())));
  }
});

/** This build's copy of `request`: any query string names a state of the page, not
 *  another file, and a page's address with a query is the folder's index.html. */
function cached(request) {
  return caches.open(CACHE).then((cache) =>
    cache
      .match(request, { ignoreSearch: true })
      .then((hit) => hit || (request.mode === 'navigate' ? cache.match(self.registration.scope) : undefined)),
  );
}
