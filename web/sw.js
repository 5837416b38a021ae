// The service worker, shipped as sw.js: keeps one build of the checker for offline use. The boot
// script registers it only where a page opts in.
//
// - Installing caches every file of this build. The page and embed.js, whose names stay the same
//   from build to build, are fetched past the browser's HTTP cache, and the install fails (to be
//   tried again at the next visit) unless they name this build's boot script: a copy a host or a
//   cache kept from another build can never stand in for this build's own.
// - The page and embed.js come from the network first (revalidated), and from this build's cache
//   only when the network cannot answer, answers with a server error, or takes over 4 s. Every
//   other file is named by its content, so this build's copy is always right for it.
// - A new build waits until no page of the old one is open: an applicant halfway through keeps the
//   build they started with, and the old cache with it. Then it removes the caches of older builds
//   in its own scope only, never those of another checker on the same site.
//
// scripts/post-build.mjs builds it, and changes one thing only: the `{}` marked `@build` becomes
// this build's values, as JSON. A release build then ships it minified, with none of these
// comments. A classic script, not a module: it is registered as one.

// This build: its name (a hash of every file in it, so it changes with every build), its boot
// script, and every file named by its content, relative to this worker: { version, boot, hashed }.
const BUILD = /* @build */ {};
const SCOPE = self.registration.scope;
const PREFIX = `eligibility-checker ${SCOPE} `;
const CACHE = PREFIX + BUILD.version;
const BOOT = BUILD.boot;
const STABLE = ['./', './index.html', './embed.js'].map((file) => new URL(file, SCOPE).href);
const HASHED = BUILD.hashed.map((file) => new URL(file, SCOPE).href);
// How long the page waits for the network before it opens from the cache on a poor connection.
const NETWORK_WAIT_MS = 4000;

async function install() {
  const cache = await caches.open(CACHE);
  // Content-named files may come from the HTTP cache (the page has just loaded them): they cannot
  // be another build's.
  await cache.addAll([...STABLE.map((url) => new Request(url, { cache: 'reload' })), ...HASHED]);
  for (const url of STABLE) {
    const text = await (await cache.match(url)).text();
    if (!text.includes(BOOT)) throw new Error(`${url} is not this build's: it does not name ${BOOT}`);
  }
}

self.addEventListener('install', (event) => event.waitUntil(install()));

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

const fromCache = (url) => caches.open(CACHE).then((cache) => cache.match(url, { ignoreSearch: true }));

function networkFirst(request) {
  // A navigation follows redirects itself: pass them on as they are ('manual'), with the URL.
  const network = fetch(request.url, {
    cache: 'no-cache',
    credentials: 'same-origin',
    redirect: request.mode === 'navigate' ? 'manual' : 'follow',
  }).then(async (response) => (response.status >= 500 && await fromCache(request.url)) || response);
  network.catch(() => {}); // when the cache answers first, a failure later is nobody's business
  const late = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  const cached = late.then(() => fromCache(request.url));
  return Promise.race([network, cached.then((response) => response ?? network)])
    .catch(() => fromCache(request.url))
    .then((response) => response ?? network);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  if ((request.mode === 'navigate' && url.href.startsWith(SCOPE)) || STABLE.includes(url.href)) {
    event.respondWith(networkFirst(request));
  } else if (HASHED.includes(url.href)) {
    event.respondWith(fromCache(request.url).then((cached) => cached ?? fetch(request)));
  }
  // Anything else (a postings file, say) is the browser's business, not this build's.
});
