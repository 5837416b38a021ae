// The service worker, shipped as sw.js: keeps one build for offline use. The checker's build ships
// it at the checker's folder, registered by the boot script only where a page opts in; the
// employers' editor's ships it at editor/, registered by web/editor-offline.js, keeping the
// editor's folder alone.
//
// - Installing caches every file of this build, each checked against the SHA-256 this worker was
//   built with: the install fails (to be tried again at the next visit) unless every file is this
//   build's own, byte for byte. The page and embed.js, whose names stay the same from build to
//   build, are fetched past the browser's HTTP cache.
// - Every copy is checked again each time it is served: Cache Storage belongs to the whole site,
//   and any page of it can write into this cache. A copy that differs is dropped and fetched
//   again, and is never served.
// - The files whose names stay the same from build to build (the page, and embed.js or the
//   editor's style.css: BUILD.stable) come from the network first (revalidated), and from this
//   build's copy only when the network fails or answers with a server error: never merely because
//   it is slow, so that an online visit always gets what is deployed now. Every other file is
//   named by its content, so this build's copy is always right for it.
// - A new build's worker waits while a page of the old one is open, until a page asks it to take
//   over and no open page answers that it has something to lose (below). It then takes over every
//   page of its scope, serves only its own build's files, removes the caches of older builds in
//   its own scope only (never those of another checker on the same site), and says which build it
//   is, so that a page of another build with nothing to lose reloads onto it.
//
// scripts/build/worker.mjs builds it for each (scripts/post-build.mjs, scripts/editor-post-build.mjs),
// and changes one thing only: the `{}` marked `@build` becomes this build's values, as JSON. A
// release build then ships it minified, with none of these comments. A classic script, not a
// module: it is registered as one.

// This build: its name (a hash of every file in it, so it changes with every build), its boot
// script, the SHA-256 (base64) of every file in it by its address relative to this worker ('./'
// is the page), the files it keeps only once a page has fetched them (the build that reads
// JobPosting markup: web/boot.js), and those whose names stay the same from build to build:
// { version, boot, files, later, stable }.
const BUILD = /* @build */ {};
const SCOPE = self.registration.scope;
const PREFIX = `eligibility-checker ${SCOPE} `;
const CACHE = PREFIX + BUILD.version;
const addressOf = (file) => new URL(file, SCOPE).href;
const DIGESTS = new Map(Object.entries(BUILD.files).map(([file, digest]) => [addressOf(file), digest]));
const STABLE = BUILD.stable.map(addressOf);

/** Whether `bytes` are this build's `address`, by the SHA-256 the worker was built with. */
const isIntact = async (address, bytes) => btoa(String.fromCharCode(...new Uint8Array(
  await crypto.subtle.digest('SHA-256', bytes)))) === DIGESTS.get(address);

/** This build's `address` from the network, or an error if what comes is not this build's. */
async function fetchIntact(address) {
  // Content-named files may come from the HTTP cache (the page has just loaded them): a copy of
  // another build would not have their name.
  const response = await fetch(address, { cache: STABLE.includes(address) ? 'reload' : 'default' });
  if (!response.ok || !await isIntact(address, await response.clone().arrayBuffer())) {
    throw new Error(`${address} is not this build's: its SHA-256 differs`);
  }
  return response;
}

async function install() {
  const later = new Set(BUILD.later.map(addressOf));
  const addresses = [...DIGESTS.keys()].filter((address) => !later.has(address));
  const responses = await Promise.all(addresses.map(fetchIntact));
  const cache = await caches.open(CACHE);
  await Promise.all(addresses.map((address, i) => cache.put(address, responses[i])));
}

// What each kind of file is served as from the offline copy. The worker checks a copy's body, not
// the headers stored with it, which a page of the same site could have chosen: it serves the body
// with its own type, and with the stored Content-Security-Policy, and with nothing else.
const TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', wasm: 'application/wasm', svg: 'image/svg+xml' };
const typeOf = (address) => TYPES[new URL(address).pathname.split('.').pop()] ?? TYPES.html;
const served = (address, copy, body) => {
  const headers = { 'content-type': typeOf(address) };
  const policy = copy.headers.get('content-security-policy');
  if (policy) headers['content-security-policy'] = policy;
  return new Response(body, { headers });
};

/** This build's copy of `address`, checked; fetched again if it differs; undefined if that fails. */
async function fromCache(address) {
  if (!DIGESTS.has(address)) return undefined;
  const cache = await caches.open(CACHE);
  const copy = await cache.match(address);
  // The body is read once: checked, then served.
  const body = copy?.ok ? await copy.arrayBuffer() : null;
  if (body && await isIntact(address, body)) return served(address, copy, body);
  try {
    const fresh = await fetchIntact(address);
    await cache.put(address, fresh.clone());
    return fresh;
  } catch {
    await cache.delete(address);
    return undefined;
  }
}

self.addEventListener('install', (event) => event.waitUntil(install()));

// Asked by a page with nothing to lose (web/boot.js), a waiting worker asks every other open page
// of its scope whether it has something to lose, and takes over only if none has. A page that
// does not answer within a second (a tab suspended in the background, which may still hold
// answers; a page of a build from before this question) counts as having something to lose: the
// new build then waits, as browsers make it wait anyway, until that page is closed. Only the page
// asked can answer for itself.
const asked = new Map();
let asks = 0;
const ask = (client) => new Promise((resolve) => {
  const id = ++asks;
  asked.set(id, { page: client.id, resolve });
  client.postMessage({ eligibilityCheckerAsks: id });
  setTimeout(() => asked.delete(id) && resolve(true), 1000);
});
async function takeOverIfNothingToLose(asker) {
  const pages = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    .filter((client) => client.url.startsWith(SCOPE) && client.id !== asker);
  const busy = await Promise.all(pages.map(ask));
  if (!busy.includes(true)) await self.skipWaiting();
}

self.addEventListener('message', (event) => {
  const { data, source } = event;
  if (data === 'take over') event.waitUntil(takeOverIfNothingToLose(source?.id));
  const question = asked.get(data?.eligibilityCheckerAnswers);
  if (question && source?.id === question.page) {
    asked.delete(data.eligibilityCheckerAnswers);
    question.resolve(data.busy !== false);
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim())
    .then(() => self.clients.matchAll({ type: 'window' }))
    .then((windows) => windows.forEach((client) => client.postMessage({ eligibilityCheckerBuild: BUILD.boot }))));
});

async function networkFirst(request, address) {
  try {
    // A navigation follows redirects itself: pass them on as they are ('manual'), with the URL.
    const response = await fetch(request.url, {
      cache: 'no-cache',
      credentials: 'same-origin',
      redirect: request.mode === 'navigate' ? 'manual' : 'follow',
    });
    return (response.status >= 500 && await fromCache(address)) || response;
  } catch (error) {
    const copy = await fromCache(address);
    if (copy) return copy;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  const address = url.href;
  if ((request.mode === 'navigate' && address.startsWith(SCOPE)) || STABLE.includes(address)) {
    event.respondWith(networkFirst(request, address));
  } else if (DIGESTS.has(address)) {
    event.respondWith(fromCache(address).then((copy) => copy ?? fetch(request)));
  }
  // Anything else (a postings file, say) is the browser's business, not this build's.
});
