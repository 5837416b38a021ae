// Trunk post-build hook. Trunk writes an inline boot script into index.html; this replaces it with
// files of our own, so the checker runs under a strict Content-Security-Policy and can be embedded:
//
// - boot-<hash>.js: starts the wasm (every URL relative to the script itself, so it works from any
//   page and sub-path), mounts a checker into every [data-eligibility-checker] element, defines the
//   <eligibility-checker> custom element, and registers the service worker only where a checker
//   opts in (data-offline / offline). index.html loads it with Subresource Integrity.
// - embed.js: a stable name for employers' snippets; it imports the current boot script.
// - sw.js: a service worker that precaches every built file under a cache name that changes with
//   every build, so after one visit the checker loads and works with no network.
//
// In release builds it also minifies wasm-bindgen's JS glue with terser (Trunk's own minifier
// cannot read it, and says so with a warning): 42.9 KB to 18.9 KB, 6.9 KB to 5.0 KB brotli.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: run me as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
const hash = (text, algorithm = 'sha256', encoding = 'hex') =>
  createHash(algorithm).update(text).digest(encoding);

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// Trunk's output, minified in release builds (attributes reordered, quotes dropped).
const attributesOf = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)]
  .map(([, name, value]) => [name, value?.replace(/^["']|["']$/g, '') ?? '']));
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter(([, attributes]) => attributesOf(attributes).type === 'module' && !attributesOf(attributes).src);
if (inline.length !== 1) fail(`expected one inline module script in index.html, found ${inline.length}`);
const js = inline[0][2].match(/from ?["']\.\/([^"']+\.js)["']/)?.[1] ?? fail('no app script in the boot script');
const wasm = inline[0][2].match(/["']\.\/([^"']+\.wasm)["']/)?.[1] ?? fail('no wasm in the boot script');
const stylesheet = [...html.matchAll(/<link\b([^>]*)>/g)].map(([, attributes]) => attributesOf(attributes))
  .find((link) => link.rel === 'stylesheet' && link.integrity)
  ?? fail('no stylesheet with integrity in index.html');
const [css, cssIntegrity] = [stylesheet.href.replace(/^\.\//, ''), stylesheet.integrity];

const wasmIntegrity = `sha384-${hash(readFileSync(join(dir, wasm)), 'sha384', 'base64')}`;

const release = process.env.TRUNK_PROFILE === 'release';
// terser is installed with the test tools (tests/e2e/package.json), beside binaryen's wasm-opt.
const { minify } = release
  ? await import(createRequire(new URL('../tests/e2e/package.json', import.meta.url)).resolve('terser'))
  : {};
if (release) {
  const glue = join(dir, js);
  const before = readFileSync(glue, 'utf8');
  const { code } = await minify(before, { module: true, compress: true, mangle: true });
  writeFileSync(glue, code);
  // The page preloads the glue with Trunk's integrity hash of the unminified file.
  const preload = [...html.matchAll(/<link\b([^>]*)>/g)]
    .find(([, attributes]) => attributesOf(attributes).href?.replace(/^\.\//, '') === js);
  if (!preload) fail(`no modulepreload of ${js} in index.html`);
  const old = attributesOf(preload[1]).integrity ?? fail(`no integrity on the preload of ${js}`);
  html = html.replace(old, `sha384-${hash(code, 'sha384', 'base64')}`);
}

// The built-in data, beside the code rather than in the wasm: the question bank (postings/
// questions.json), which every file of postings without questions of its own uses, and every other
// posting file in postings/, in file-name order. Content-named, so a page never reads another
// deploy's data.
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const readPosting = (f) => JSON.parse(readFileSync(join(sourceDir, 'postings', f), 'utf8'));
const builtinText = JSON.stringify({
  bank: readPosting('questions.json'),
  postings: readdirSync(join(sourceDir, 'postings'))
    .filter((f) => f.endsWith('.json') && f !== 'questions.json').sort().map(readPosting),
});
const builtinFile = `builtin-${hash(builtinText).slice(0, 16)}.json`;
writeFileSync(join(dir, builtinFile), builtinText);
const builtinIntegrity = `sha384-${hash(builtinText, 'sha384', 'base64')}`;

// EC_BUILD_LABEL names a build in its boot script, so that two builds of one source differ (the
// browser tests deploy a second build over the first).
const label = process.env.EC_BUILD_LABEL ? ` Build ${process.env.EC_BUILD_LABEL.replace(/[^\w.-]/g, '')}.` : '';
const boot = `// Generated by scripts/post-build.mjs: starts the checker. See README, "Embed it".${label}
import init, { mount } from './${js}';

const here = (file) => new URL(file, import.meta.url).href;
const STYLE = here('./${css}');
const STYLE_INTEGRITY = '${cssIntegrity}';
// The built-in data (the question bank, and the postings for checkers that name none of their
// own): fetched once, as soon as this script runs, while the wasm downloads; each checker reads a
// copy.
const BUILTIN = here('./${builtinFile}');
const builtin = fetch(BUILTIN, { integrity: '${builtinIntegrity}', credentials: 'omit' });
builtin.catch(() => {}); // each checker reports a failure; this copy need not
const builtinData = () => builtin.then((response) => response.clone());

// A postings file given by URL is fetched while the app itself downloads, not after it starts:
// one round trip less before a big catalogue shows. Only a file on the page's own site, without
// cookies: the checker itself decides (and names as a problem) anything else. It takes the
// response if the attribute still names the same file when it mounts, and fetches it otherwise.
// Weakly held: an element that leaves the page before it mounts takes its response with it.
const early = new WeakMap();
const fetchEarly = (element, name) => {
  name = name?.trim();
  if (!name || name.startsWith('#')) return;
  const url = new URL(name, document.baseURI);
  if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) return;
  const response = fetch(url, { credentials: 'omit' });
  response.catch(() => {}); // the checker reports a failure; this copy need not
  early.set(element, { url: url.href, response });
};
for (const element of document.querySelectorAll('[data-eligibility-checker]')) fetchEarly(element, element.getAttribute('data-postings'));
for (const element of document.querySelectorAll('eligibility-checker')) fetchEarly(element, element.getAttribute('postings'));

// Each checker draws in a closed shadow root, held only here: no script of the host page can
// walk into it. Kept per element, so a custom element added again mounts into its own root. The
// standalone page declares its element's root in its HTML, with the first screen already drawn in
// it (prerendered at build time); a closed declared root is reached only through the element's
// internals, which the custom element takes for itself when it is made.
const roots = new WeakMap();
const shadowOf = (element) => roots.get(element) ?? keep(element, element.attachShadow({ mode: 'closed' }));

// The events a host page's analytics or session replay listens for to learn what someone clicked
// or typed. Inside a checker they stop at its root, once the checker has handled them: a host's
// document-level listeners never hear of them. The listeners are there from the moment the root
// is, before the app has started. (Capture-phase listeners run before any of the checker's and
// still see keys typed; see the README's privacy section.)
const STOPPED = ['click', 'dblclick', 'auxclick', 'contextmenu', 'DOMActivate',
  'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout',
  'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'pointercancel',
  'pointerrawupdate', 'gotpointercapture', 'lostpointercapture',
  'touchstart', 'touchend', 'touchmove', 'touchcancel',
  'keydown', 'keyup', 'keypress', 'textInput',
  'beforeinput', 'input', 'change', 'select', 'selectionchange', 'invalid', 'submit', 'reset',
  'focusin', 'focusout',
  'compositionstart', 'compositionupdate', 'compositionend',
  'copy', 'cut', 'paste', 'wheel',
  'drag', 'dragstart', 'dragend', 'dragenter', 'dragover', 'dragleave', 'drop'];
const stop = (event) => event.stopPropagation();
const keep = (element, root) => {
  for (const type of STOPPED) root.addEventListener(type, stop);
  roots.set(element, root);
  return root;
};

// The prerendered first screen, per element, until the app takes over: a tap on one of its buttons
// before then is kept, and the last one is made again in the app once it has started (its fields
// and focus are carried across too). Only where the element asks for the built-in postings it
// shows; for any other postings it is removed at once (its stylesheet hides it until then).
const prerendered = new WeakMap();
const prepare = (element, root) => {
  // A shadow root's children (":scope" matches nothing in a shadow root). One screen a language:
  // the one in the checker's language stays.
  const lang = isWelsh(languageOf(element)) ? 'cy' : 'en';
  for (const other of root.querySelectorAll('[data-lang]:not([data-lang="' + lang + '"])')) other.remove();
  // The page is the checker's own: it is in the checker's language (the app keeps it so).
  if (lang === 'cy') document.documentElement.lang = 'cy';
  const screen = [...root.children].find((child) => child.matches('.ec-mount[data-prerendered]'));
  if (!screen) return;
  if (['postings', 'criteria', 'posting'].some((name) => element.hasAttribute(name))) {
    screen.remove();
    return;
  }
  const notice = [...root.children].find((child) => child.matches('.ec-not-started'));
  const first = { screen, notice, tap: null };
  // The last button tapped, by what names it (a card's button is described by its job's heading,
  // whose id holds the posting's id) and by where it is: the app may list the jobs in another
  // order than the screen rendered at build time, if a job has closed since.
  root.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (button && screen.contains(button)) {
      first.tap = { path: pathOf(screen, button), describedBy: button.getAttribute('aria-describedby'), text: button.textContent };
    }
  }, true);
  prerendered.set(element, first);
  waiting.add(first);
};
// The prerendered screens not yet taken over: if the app cannot start, each says so.
const waiting = new Set();
// Where a node is below an ancestor, as element-child indices; and the node at such a place.
const pathOf = (ancestor, node) => {
  const path = [];
  for (; node !== ancestor; node = node.parentElement) path.unshift([...node.parentElement.children].indexOf(node));
  return path;
};
const at = (ancestor, path) => path.reduce((node, i) => node?.children[i], ancestor);

// Swaps the prerendered screen for the app's own as soon as the app has rendered (in the same
// task, before the browser paints), carrying across what the applicant did meanwhile.
const takeOver = (root, first) => {
  waiting.delete(first);
  const { screen, notice } = first;
  const app = [...root.children].find((child) => child.classList.contains('ec-mount') && child.hidden);
  if (!app) return;
  new MutationObserver((_, observer) => {
    observer.disconnect();
    const fields = (tree) => [...tree.querySelectorAll('input, select, textarea')];
    const typed = fields(screen);
    const focused = screen.contains(root.activeElement) ? root.activeElement : null;
    const focus = focused && pathOf(screen, focused);
    const selection = focused && typeof focused.selectionStart === 'number' ? [focused.selectionStart, focused.selectionEnd] : null;
    // Read now, not when the app was mounted: a tap up to the app's first render counts.
    const { tap } = first;
    screen.remove();
    notice?.remove();
    app.hidden = false;
    fields(app).forEach((field, i) => {
      const was = typed[i];
      if (!was || was.tagName !== field.tagName || was.value === field.value) return;
      field.value = was.value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    if (focus) {
      const twin = at(app, focus);
      twin?.focus({ preventScroll: true });
      if (selection) twin?.setSelectionRange?.(...selection);
    }
    const twin = tap && (tap.describedBy
      ? [...app.querySelectorAll('button')].find((b) => b.getAttribute('aria-describedby') === tap.describedBy)
      : at(app, tap.path));
    if (twin && twin.tagName === 'BUTTON' && twin.textContent === tap.text) twin.click();
  }).observe(app, { childList: true });
};

// Each checker is kept for as long as its element is, in a map these functions hold (a map
// nothing held would go, and with it every checker in it, whenever the garbage collector came
// round): dropped, a checker would stop listening at its boundary.
const checkers = new WeakMap();
// The checker's own page: its standalone index.html, at the top of the window or framed from
// another origin (frameElement is null in both). Only there are boxes for notes offered: on any
// other page, its scripts could listen to every key typed.
const ownPages = new WeakSet();
const isOwnPage = (element) => ownPages.has(element) && window.frameElement === null;
// The language a checker first speaks: on its own page, a ?lang= in the address the employer
// published (the page itself is declared English); otherwise the nearest lang around it (a
// careers page's <html lang="cy">, or a lang on the element). The wasm reads the tag the same way.
const languageOf = (element) => (ownPages.has(element) && new URLSearchParams(location.search).get('lang'))
  || element.closest('[lang]')?.getAttribute('lang') || '';
const isWelsh = (tag) => /^cy([-_]|$)/i.test(tag);
const mountInto = (element, prefix) => {
  if (checkers.has(element) || !element.isConnected) return;
  const prefetched = early.get(element);
  early.delete(element);
  const name = element.getAttribute(prefix + 'postings')?.trim();
  // Only for the very file the element names now, resolved as the checker's own fetch would be.
  const response = prefetched && name && prefetched.url === new URL(name, document.baseURI).href
    ? prefetched.response : undefined;
  const root = shadowOf(element);
  const first = prerendered.get(element);
  prerendered.delete(element);
  checkers.set(element, mount(element, root, STYLE, STYLE_INTEGRITY, prefix, response, Boolean(first), isOwnPage(element), languageOf(element), BUILTIN, builtinData()));
  if (first) takeOver(root, first);
};
const unmount = (element) => {
  checkers.get(element)?.destroy();
  checkers.delete(element);
};

// The wasm is fetched here rather than by the glue, so that its integrity is checked in every
// browser (Chromium does not check it on the preload). Where a first screen is prerendered it is
// asked for once the browser has recorded that screen as painted (its largest contentful paint;
// where that is not reported, a frame after its stylesheet has loaded): on a slow connection its
// 135 KB would otherwise share the line with the page and its stylesheet and hold back the jobs
// showing. Custom elements are defined before it arrives, so that taps on that screen are kept.
let begin;
const started = new Promise((resolve) => { begin = resolve; })
  .then(() => init({ module_or_path: fetch(here('./${wasm}'), { integrity: '${wasmIntegrity}' }) }));
started.catch(() => { for (const { notice } of waiting) if (notice) notice.hidden = false; });
const styled = (screen) => new Promise((resolve) => {
  const link = [...screen.parentNode.children].find((child) => child.localName === 'link');
  if (!link || link.sheet) resolve();
  link?.addEventListener('load', resolve, { once: true });
  link?.addEventListener('error', resolve, { once: true });
});
const whenPainted = (screens) => {
  if (!screens.length || document.visibilityState === 'hidden') return begin();
  if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    new PerformanceObserver((_, observer) => { observer.disconnect(); begin(); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    // No paint is recorded for a page hidden before it painted (the applicant switched apps):
    // start when it is hidden or shown again, and in any case 5 s after this script ran.
    document.addEventListener('visibilitychange', begin, { once: true });
    setTimeout(begin, 5000);
  } else {
    Promise.all(screens.map(styled)).then(() => requestAnimationFrame(() => setTimeout(begin)));
  }
};

if (!customElements.get('eligibility-checker')) {
  customElements.define('eligibility-checker', class extends HTMLElement {
    constructor() {
      super();
      // Taken here, first: attachInternals() works once, so no script of the page can take them
      // (they would hand it the closed shadow root), and they reach a root the page declared.
      const declared = this.attachInternals().shadowRoot;
      if (declared) {
        // A root declared in the page's own HTML: the checker's own page (index.html).
        ownPages.add(this);
        prepare(this, keep(this, declared));
      }
    }
    connectedCallback() { started.then(() => mountInto(this, '')); }
    disconnectedCallback() { unmount(this); }
  });
}
whenPainted([...waiting].map(({ screen }) => screen));

await started;
for (const element of document.querySelectorAll('[data-eligibility-checker]')) mountInto(element, 'data-');

// Only where the page opts in: a service worker on someone else's site is theirs to choose.
if ('serviceWorker' in navigator
    && document.querySelector('[data-eligibility-checker][data-offline], eligibility-checker[offline]')) {
  // Browsers look for a new worker after a navigation when they get round to it (Chromium often
  // not within the visit): asked at once, a deploy reaches the offline copy by the next visit.
  navigator.serviceWorker.register(here('./sw.js'), { scope: here('./') })
    .then((registration) => registration.active && registration.update())
    .catch(() => {});
}
`;
// The comments above are for whoever reads this script; applicants need not download them. A
// release build ships it minified, keeping only its first line.
const shipped = release
  ? (await minify(boot, { module: true, compress: true, mangle: true, format: { comments: /Generated by/ } })).code
  : boot.replace(/^\s*\/\/(?! Generated).*\n/gm, '').replace(/; \/\/ .*$/gm, ';');
const bootFile = `boot-${hash(shipped).slice(0, 16)}.js`;
writeFileSync(join(dir, bootFile), shipped);
writeFileSync(join(dir, 'embed.js'), `// A stable name for embedding: loads the current build of the checker.\nimport './${bootFile}';\n`);
const tag = `<script type="module" src="./${bootFile}" integrity="sha384-${hash(shipped, 'sha384', 'base64')}" crossorigin="anonymous"></script>`;
html = html.replace(inline[0][0], tag);

// The first screen, prerendered: the standalone page's <eligibility-checker> is given a declarative
// closed shadow root holding the stylesheet and the list of the built-in postings, rendered by the
// checker's own components (src/bin/prerender.rs) for the day of the build. The app takes it over
// when it starts. The light DOM keeps the <noscript> message, shown first through the <slot> when
// JavaScript is off; the "Loading" line goes, as there is nothing left to wait for.
const host = html.match(/<eligibility-checker\b([^>]*)>/);
if (host && !['postings', 'criteria', 'posting'].some((name) => name in attributesOf(host[1]))) {
  const day = process.env.EC_PRERENDER_DATE ?? new Date().toLocaleDateString('sv'); // YYYY-MM-DD, local
  const prerender = spawnSync('cargo', ['run', '--quiet', '-p', 'eligibility-tools', '--bin', 'prerender', '--', day], {
    cwd: process.env.TRUNK_SOURCE_DIR ?? process.cwd(), encoding: 'utf8', maxBuffer: 64 << 20,
  });
  if (prerender.status !== 0) fail(`prerendering the first screen failed:\n${prerender.stderr}`);
  const template = '<template shadowrootmode="closed">'
    + `<link rel="stylesheet" href="./${css}" integrity="${cssIntegrity}"><slot></slot>`
    + `${prerender.stdout.trim()}</template>`;
  html = html.replace(host[0], host[0] + template).replace(/<p class="?ec-loading"?>[^<]*<\/p>/, '');
}
// The wasm is not preloaded: the boot script asks for it once the first screen is painted.
html = html.replace(/<link\b[^>]*\.wasm[^>]*>/, '');
writeFileSync(indexPath, html);

// Everything built, in a stable order; the build's name is a hash of all of it.
const files = readdirSync(dir).filter((f) => f !== 'sw.js').sort();
const version = hash(files.map((f) => `${f}:${hash(readFileSync(join(dir, f)))}`).join('\n')).slice(0, 16);
const worker = `// Generated by scripts/post-build.mjs for one build: keeps this build for offline use.
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
const SCOPE = self.registration.scope;
const PREFIX = \`eligibility-checker \${SCOPE} \`;
const CACHE = PREFIX + '${version}';
const BOOT = '${bootFile}';
const STABLE = ['./', './index.html', './embed.js'].map((file) => new URL(file, SCOPE).href);
const HASHED = ${JSON.stringify(files.filter((f) => f !== 'index.html' && f !== 'embed.js').map((f) => `./${f}`))}
  .map((file) => new URL(file, SCOPE).href);
// How long the page waits for the network before it opens from the cache on a poor connection.
const NETWORK_WAIT_MS = 4000;

async function install() {
  const cache = await caches.open(CACHE);
  // Content-named files may come from the HTTP cache (the page has just loaded them): they cannot
  // be another build's.
  await cache.addAll([...STABLE.map((url) => new Request(url, { cache: 'reload' })), ...HASHED]);
  for (const url of STABLE) {
    const text = await (await cache.match(url)).text();
    if (!text.includes(BOOT)) throw new Error(\`\${url} is not this build's: it does not name \${BOOT}\`);
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
`;
// Like the boot script: a release build ships it minified, keeping only its first line.
writeFileSync(join(dir, 'sw.js'), release
  ? (await minify(worker, { compress: true, mangle: true, format: { comments: /Generated by/ } })).code
  : worker);
