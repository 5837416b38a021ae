// The boot script: starts the checker. See docs/embedding.md. Shipped as boot-<hash>.js, which
// index.html loads with Subresource Integrity and embed.js (a stable name for employers' snippets)
// imports.
//
// - It starts the wasm, with every URL relative to this script itself, so that it works from any
//   page and sub-path.
// - It mounts a checker into every [data-eligibility-checker] element, and defines the
//   <eligibility-checker> custom element.
// - It registers the service worker (sw.js) only where a checker opts in (data-offline, offline).
//
// scripts/post-build.mjs builds it, and changes one thing only: the `{}` marked `@build` becomes
// this build's file names and hashes, as JSON. A release build then ships it minified, with none
// of these comments.

// This build's files, named relative to this script, and their Subresource Integrity hashes:
// { css, cssIntegrity, builtin, builtinIntegrity, app, jsonld }. The app is built twice
// (Cargo.toml, "jsonld"), each { js, wasm, wasmIntegrity }: `app` without the reading of a
// careers page's JobPosting markup, `jsonld` with it, about 8 KB brotli more. Only a page with a
// checker that names a criteria file as the page starts loads the second.
const BUILD = /* @build */ {};

const here = (file) => new URL(file, import.meta.url).href;
const STYLE = here('./' + BUILD.css);
const STYLE_INTEGRITY = BUILD.cssIntegrity;
// The built-in data (the question bank, and the postings for checkers that name none of their
// own): fetched once, as soon as this script runs, while the wasm downloads; each checker reads a
// copy.
const BUILTIN = here('./' + BUILD.builtin);
const builtin = fetch(BUILTIN, { integrity: BUILD.builtinIntegrity, credentials: 'omit' });
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
// still see keys typed; see docs/security.md.)
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
  const waitLine = [...root.children].find((child) => child.matches('.ec-waiting'));
  const first = { screen, notice, waitLine, tap: null };
  // The last button tapped, by what names it (a card's button is described by its job's heading,
  // whose id holds the posting's id) and by where it is: the app may list the jobs in another
  // order than the screen rendered at build time, if a job has closed since.
  root.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (button && screen.contains(button)) {
      first.tap = { path: pathOf(screen, button), describedBy: button.getAttribute('aria-describedby'), text: button.textContent };
      // Heard, and seen to be: the button shows it is busy, and a line (its words prerendered in
      // the checker's language) says to wait, for the second or two a slow connection takes.
      for (const other of screen.querySelectorAll('[aria-busy]')) other.removeAttribute('aria-busy');
      button.setAttribute('aria-busy', 'true');
      if (waitLine) waitLine.textContent = waitLine.dataset.words;
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
  const { screen, notice, waitLine } = first;
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
    waitLine?.remove();
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
// Checkers in a root declared in the page's HTML, as the checker's own index.html declares one.
const ownPages = new WeakSet();
// The checker's own page, where no other page's scripts can listen to the keys typed into it:
// only there are boxes for notes offered. A declared root proves nothing (a careers page can copy
// the prerendered markup), so it is decided from what a page of the same origin cannot forge:
// - the page was loaded from the checker's own address, its directory or its index.html: the
//   navigation's address, which history.replaceState (a careers site's router, say) does not
//   change, where the browser reports it, and the address now shown;
// - no window that can reach into this one is of the same origin: no parent or other window above
//   it, and no opener of any of them. A cross-origin one cannot read it (reading its address
//   throws): a careers site on another origin may frame the checker or open it. Opened with
//   noopener, a window has no opener, and the page that opened it no handle to it.
// The checker still needs an origin of its own (docs/security.md): any page of its origin can
// change what the checker's own address serves (a service worker registered over it, say), and a
// script written to attack the checker can replace what these read; nothing here can see either.
const OWN_ADDRESSES = [here('./'), here('./index.html')];
const withoutQuery = (address) => address.replace(/[?#].*$/, '');
const loadedFrom = () => performance.getEntriesByType?.('navigation')[0]?.name ?? location.href;
const isSameOrigin = (other) => {
  try {
    return Boolean(other) && typeof other.location.href === 'string';
  } catch {
    return false;
  }
};
const reachable = () => {
  const windows = [window];
  while (windows.at(-1).parent !== windows.at(-1)) windows.push(windows.at(-1).parent);
  return windows.slice(1).some(isSameOrigin) || windows.some((other) => isSameOrigin(other.opener));
};
const isOwnPage = (element) => ownPages.has(element)
  && [loadedFrom(), location.href].every((address) => OWN_ADDRESSES.includes(withoutQuery(address)))
  && !reachable();
// The language a checker first speaks: on its own page, a ?lang= in the address the employer
// published (the page itself is declared English); otherwise the nearest lang around it (a
// careers page's <html lang="cy">, or a lang on the element). The wasm reads the tag the same way.
const languageOf = (element) => (ownPages.has(element) && new URLSearchParams(location.search).get('lang'))
  || element.closest('[lang]')?.getAttribute('lang') || '';
// On its own page, a ?posting= in the address (the iframe snippet the employers' editor gives
// names one) opens that posting, as a snippet's posting attribute does.
const postingOf = (element) => ownPages.has(element) && new URLSearchParams(location.search).get('posting');
const isWelsh = (tag) => /^cy([-_]|$)/i.test(tag);
const mountInto = (element, prefix) => {
  if (checkers.has(element) || !element.isConnected) return;
  const prefetched = early.get(element);
  early.delete(element);
  const named = postingOf(element);
  if (named && !element.hasAttribute(prefix + 'posting')) element.setAttribute(prefix + 'posting', named);
  const name = element.getAttribute(prefix + 'postings')?.trim();
  // Only for the very file the element names now, resolved as the checker's own fetch would be.
  const response = prefetched && name && prefetched.url === new URL(name, document.baseURI).href
    ? prefetched.response : undefined;
  const root = shadowOf(element);
  const first = prerendered.get(element);
  prerendered.delete(element);
  const holds = (something) => hold(element, something);
  checkers.set(element, mount(element, root, STYLE, STYLE_INTEGRITY, prefix, response, Boolean(first), isOwnPage(element), languageOf(element), BUILTIN, builtinData(), holds));
  if (first) takeOver(root, first);
};
const unmount = (element) => {
  checkers.get(element)?.destroy();
  checkers.delete(element);
  hold(element, false);
};

// A new build (a deploy since this browser last came) installs its service worker beside the old
// one, which goes on serving the pages it serves. The new one takes over at the first moment no
// applicant could lose anything by it: when no open page of this checker has a checker with
// answers, notes or a step under way (each checker says when it has something to lose: `hold`).
// A page with nothing to lose asks the waiting worker to take over: on a fresh load, when its
// applicant has nothing left to lose, and as it is left; the worker first asks every open page
// of the checker, and takes over only if none answers that it has something to lose (web/sw.js).
// A page of another build with nothing to lose then reloads onto the new one. An applicant halfway
// through keeps the build they started with, and its offline copy, until they have cleared their
// answers or closed the tab. (Web Locks would say the same without the asking, but a page holding
// one is kept out of Firefox's back-forward cache.)
const BOOT = new URL(import.meta.url).pathname.split('/').pop();
const holding = new Set(); // this page's checkers with something to lose
let offline = null; // the service worker's registration, where the page opted in
const newBuildAtSafeMoment = () => {
  if (!holding.size) offline?.waiting?.postMessage('take over');
};
const hold = (element, something) => {
  if (something) holding.add(element);
  else if (holding.delete(element) && !holding.size) newBuildAtSafeMoment();
};
// Leaving the page forgets its answers: nothing is left to lose here.
addEventListener('pagehide', () => {
  holding.clear();
  newBuildAtSafeMoment();
});

// The wasm is fetched here rather than by the glue, so that its integrity is checked in every
// browser (Chromium does not check it on the preload). Where a first screen is prerendered it is
// asked for once the browser has recorded that screen as painted (its largest contentful paint;
// where that is not reported, a frame after its stylesheet has loaded): on a slow connection its
// 135 KB would otherwise share the line with the page and its stylesheet and hold back the jobs
// showing. Custom elements are defined before it arrives, so that taps on that screen are kept.
let begin;
let mount;
const readsJobPostings = () => Boolean(document.querySelector('eligibility-checker[criteria], [data-eligibility-checker][data-criteria]'));
const started = new Promise((resolve) => { begin = resolve; })
  .then(async () => {
    const { js, wasm, wasmIntegrity } = readsJobPostings() ? BUILD.jsonld : BUILD.app;
    const app = await import(here('./' + js));
    mount = app.mount;
    return app.default({ module_or_path: fetch(here('./' + wasm), { integrity: wasmIntegrity }) });
  });
started.catch(() => {
  for (const { notice, waitLine } of waiting) {
    if (notice) notice.hidden = false;
    waitLine?.remove();
  }
});
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
  navigator.serviceWorker.addEventListener('message', ({ data, source }) => {
    // A waiting new build asks whether this page has something to lose.
    if (data?.eligibilityCheckerAsks) source?.postMessage({ eligibilityCheckerAnswers: data.eligibilityCheckerAsks, busy: holding.size > 0 });
    if (data?.eligibilityCheckerBuild && data.eligibilityCheckerBuild !== BOOT && !holding.size) location.reload();
  });
  navigator.serviceWorker.startMessages();
  navigator.serviceWorker.register(here('./sw.js'), { scope: here('./') })
    .then((registration) => {
      offline = registration;
      const whenInstalled = (worker) => worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') newBuildAtSafeMoment();
      });
      whenInstalled(registration.installing);
      registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
      newBuildAtSafeMoment();
      // Browsers look for a new worker after a navigation when they get round to it (Chromium often
      // not within the visit): asked at once, a deploy reaches the offline copy by the next visit.
      return registration.active && registration.update();
    })
    .catch(() => {});
}
