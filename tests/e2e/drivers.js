// One way to drive a page in each of the three engines applicants use, so that a flow is written
// once (tests/e2e/checker.js) and runs in all three:
// - Chromium (Debian's chromium) through Playwright;
// - Firefox (Debian's firefox-esr) through Puppeteer over WebDriver BiDi;
// - WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver with selenium-webdriver, under Xvfb.
// `ENGINE=chromium|firefox|webkit` picks one (Chromium by default).
//
// Elements are found the same way in all three: by role and accessible name, by a function that
// runs in the page (`find` below), looking inside shadow roots. Clicks and keys are the engine's own
// (trusted) input. What an engine's driver cannot do is left out of its session (`can`), and a test
// step that needs it says so by name (`lacks` in checker.js).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ENGINE = process.env.ENGINE ?? 'chromium';

/**
 * Finds elements by role and accessible name, in the document and every open shadow root, much as
 * assistive technology names them (a subset of the accessible-name rules, enough for this app:
 * `aria-labelledby`, `aria-label`, labels, a fieldset's legend, then the text). Runs in the page
 * (self-contained). `query` is `{ role, name, exact, level, checked, within, hasText, first,
 * count }`: `within` is another query for the container to look in, `hasText` narrows to
 * elements whose text contains it; by default more than one match is an error, as a locator's
 * is, unless `first` asks for the first; `count` asks how many there are.
 */
export function find(query) {
  const ROLES = {
    alert: '[role=alert]',
    button: 'button, [role=button], input[type=submit]',
    checkbox: 'input[type=checkbox]',
    combobox: 'select',
    group: 'fieldset, [role=group]',
    heading: 'h1, h2, h3, h4, h5, h6',
    link: 'a[href]',
    listitem: 'li',
    main: 'main, [role=main]',
    radio: 'input[type=radio]',
    region: 'section[aria-labelledby], section[aria-label], [role=region]',
    searchbox: 'input[type=search]',
    spinbutton: 'input[type=number]',
    status: '[role=status]',
    textbox: 'input:not([type]), input[type=text], input[type=url], textarea',
  };
  const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const byId = (element, id) => element.getRootNode().getElementById?.(id);
  const nameOf = (element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return squash(labelledBy.split(/\s+/).map((id) => byId(element, id)?.textContent).join(' '));
    if (element.getAttribute('aria-label')) return squash(element.getAttribute('aria-label'));
    if (element.labels?.length) return squash([...element.labels].map((l) => l.textContent).join(' '));
    if (element.localName === 'fieldset') return squash(element.querySelector('legend')?.textContent);
    return squash(element.textContent);
  };
  const shown = (element) => element.getClientRects().length > 0 && !element.closest('[hidden], [aria-hidden=true]')
    && getComputedStyle(element).visibility !== 'hidden';
  const roots = (root) => [root, ...[...root.querySelectorAll('*')]
    .filter((e) => e.shadowRoot).flatMap((e) => roots(e.shadowRoot))];
  const matches = (element, q) => {
    if (q.level && element.localName !== `h${q.level}`) return false;
    if (q.checked !== undefined && element.checked !== q.checked) return false;
    if (q.hasText && !squash(element.textContent).includes(q.hasText)) return false;
    if (q.name === undefined) return true;
    const name = nameOf(element);
    return q.exact ? name === q.name : name.toLowerCase().includes(q.name.toLowerCase());
  };
  const search = (q, within) => {
    const scopes = within ? within.flatMap((w) => roots(w)) : roots(document);
    const found = scopes.flatMap((scope) => [...scope.querySelectorAll(ROLES[q.role])]);
    return [...new Set(found)].filter((e) => shown(e) && matches(e, q));
  };
  const containers = query.within ? search(query.within) : undefined;
  const found = containers && containers.length === 0 ? [] : search(query, containers);
  if (query.count) return found.length;
  if (found.length > 1 && !query.first) {
    throw new Error(`${found.length} elements match ${JSON.stringify(query)}: say which, or ask for the first`);
  }
  return found[0] ?? null;
}

/**
 * Makes every shadow root the page attaches open, so that things can be found by role inside the
 * checker, which attaches a closed one. (A root the page declares in its HTML, as the standalone
 * page does, is opened by the test server instead: see `openDeclaredRoots` in server.js.)
 */
export const OPEN_SHADOW_ROOTS = `{
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
}`;

/**
 * What every page of a test run does before its own scripts: fix the date; open shadow roots (for
 * finding things by role inside them); keep the page's errors, console warnings,
 * Content-Security-Policy violations and whether it came back from the back-forward cache in
 * `window.__ecHealth`; and give the tests
 * a few helpers that look inside shadow roots.
 */
export function initScript({ today, openShadowRoots = true }) {
  return `(() => {
  const FIXED = ${JSON.stringify(today.getTime())};
  const RealDate = Date;
  // new Date() is the test's day; Date() and every other use of Date are as before.
  function FixedDate(...args) {
    if (!new.target) return new RealDate(FIXED).toString();
    return args.length ? new RealDate(...args) : new RealDate(FIXED);
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = () => FIXED;
  FixedDate.parse = RealDate.parse;
  FixedDate.UTC = RealDate.UTC;
  globalThis.Date = FixedDate;
  ${openShadowRoots ? OPEN_SHADOW_ROOTS : ''}
  // The checker lives in shadow roots: these look inside them, at any depth, as well as the page.
  window.__ecRoots = (root = document) => [root, ...[...root.querySelectorAll('*')]
    .filter((e) => e.shadowRoot).flatMap((e) => window.__ecRoots(e.shadowRoot))];
  window.__ecAll = (selector) => window.__ecRoots().flatMap((r) => [...r.querySelectorAll(selector)]);
  window.__ecActive = () => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e;
  };
  window.__ecHealth = { errors: [], warnings: [], violations: [], restored: false };
  // In the capture phase: a file that fails to load fires an error that does not bubble.
  addEventListener('error', (e) => window.__ecHealth.errors.push(String(e.message ?? e.target?.src ?? e.type)), true);
  addEventListener('unhandledrejection', (e) => window.__ecHealth.errors.push(String(e.reason)));
  addEventListener('pageshow', (e) => { window.__ecHealth.restored ||= e.persisted; });
  const error = console.error;
  console.error = (...args) => { window.__ecHealth.errors.push(args.map(String).join(' ')); error(...args); };
  // Where the checker tells whoever looks after the page what it could not load.
  const warn = console.warn;
  console.warn = (...args) => { window.__ecHealth.warnings.push(args.map(String).join(' ')); warn(...args); };
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__ecHealth.violations.push(e.violatedDirective + ' ' + e.blockedURI));
})();`;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const freePort = () => new Promise((resolve) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/**
 * Debian's Chromium through Playwright. `backForwardCache`: on, as every browser has it, unless a
 * test asks for Playwright's default (off).
 */
export function launchChromium({ backForwardCache = true } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      // For the tests that run the garbage collector (window.gc()).
      '--js-flags=--expose-gc'],
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : [],
  });
}

/** Launches the engine; resolves to `{ name, version, session(options), close() }`. */
export async function launchEngine(name = ENGINE) {
  switch (name) {
    case 'chromium': {
      const browser = await launchChromium();
      return { ...chromiumEngine(browser), close: () => browser.close() };
    }
    case 'firefox': return launchFirefox();
    case 'webkit': return launchWebKit();
    default: throw new Error(`ENGINE must be chromium, firefox or webkit, not ${name}`);
  }
}

/** What Playwright's and Puppeteer's pages do alike, as a session's parts; `requests` fills up. */
const pageParts = (page, requests, messages) => ({
  page,
  requests: () => requests,
  messages: () => messages,
  evaluate: (fn, arg) => page.evaluate(fn, arg),
  handle: (fn, arg) => page.evaluateHandle(fn, arg).then((h) => h.asElement()),
  inject: (source) => page.evaluate(source),
  goto: (url) => page.goto(url),
  reload: () => page.reload(),
  click: (element) => element.click(),
  type: (text) => page.keyboard.type(text),
});

/** Errors the browser itself reports for a page (a file that failed to load, say), as text. */
function listen(page) {
  const messages = [];
  page.on('pageerror', (error) => messages.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') messages.push(message.text());
  });
  return messages;
}

/** Sessions in a Chromium that Playwright launched. */
export function chromiumEngine(browser) {
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    browser,
    async session({ width, height, today, openShadowRoots, init, initArg }) {
      const context = await browser.newContext({ viewport: { width, height } });
      context.setDefaultTimeout(10_000);
      await context.addInitScript(initScript({ today, openShadowRoots }));
      if (init) await context.addInitScript(init, initArg);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const requests = [];
      context.on('request', (request) => requests.push(request.url()));
      return new Session({
        ...pageParts(page, requests, listen(page)),
        back: () => page.goBack({ waitUntil: 'commit' }),
        cookies: () => context.cookies(),
        offline: () => context.setOffline(true),
        close: () => context.close(),
      });
    },
  };
}

async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    name: 'firefox',
    version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    async session({ width, height, today, openShadowRoots, init, initArg }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.setViewport({ width, height });
      await page.evaluateOnNewDocument(initScript({ today, openShadowRoots }));
      if (init) await page.evaluateOnNewDocument(init, initArg);
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      return new Session({
        ...pageParts(page, requests, listen(page)),
        // page.goBack() never resolves for a page restored from the back-forward cache under
        // BiDi: go back from inside the page instead.
        back: () => page.evaluate(() => history.back()),
        cookies: () => page.cookies(),
        offline: () => page.setOfflineMode(true),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/** Where Debian puts MiniBrowser, for this machine's architecture (MINIBROWSER says otherwise). */
export function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  const arch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
  return `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`;
}

async function launchWebKit() {
  const { Builder } = await import('selenium-webdriver');
  const children = [];
  const stop = () => children.forEach((child) => child.kill());
  process.once('exit', stop);
  // MiniBrowser has no headless mode: it draws on an X server of its own.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(xvfb);
  const config = mkdtempSync(join(tmpdir(), 'ec-webkit-'));
  try {
    const display = await new Promise((resolve, reject) => {
      xvfb.stdout.once('data', (data) => resolve(`:${String(data).trim()}`));
      xvfb.once('error', reject);
      xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped before it started (${code})`)));
    });
    // Lets MiniBrowser's window shrink below its toolbar's width, for a 390 px viewport.
    mkdirSync(join(config, 'gtk-3.0'));
    writeFileSync(join(config, 'gtk-3.0', 'gtk.css'),
      'toolbar, toolbar *, headerbar, headerbar *, entry, button, box { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }');
    const port = await freePort();
    const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`],
      { stdio: 'ignore', env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config } });
    children.push(driverProcess);
    const server = `http://127.0.0.1:${port}`;
    let ready = false;
    for (let tries = 0; tries < 200 && !ready; tries++) {
      ready = await fetch(`${server}/status`).then((r) => r.ok, () => false);
      if (!ready) await pause(50);
    }
    if (!ready) throw new Error(`WebKitWebDriver did not start on port ${port}`);
    const binary = miniBrowser();
    // WebKitWebDriver runs one session at a time: a test closes its own before the next opens.
    const open = new Set();
    return {
      name: 'webkit',
      version: 'WebKitGTK',
      async session({ width, height }) {
        const driver = await new Builder().usingServer(server).withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        }).build();
        open.add(driver);
        this.version = `WebKitGTK ${(await driver.getCapabilities()).get('browserVersion')}`;
        // The window so sized that the page gets exactly this viewport, whatever the toolbar takes.
        // A resize under Xvfb takes effect a little later, and not always at once: measure again
        // until the viewport is right (or 20 tries have failed).
        await driver.manage().window().setRect({ width, height });
        await driver.get('about:blank');
        let viewport = [0, 0];
        for (let tries = 0; tries < 20; tries++) {
          viewport = await driver.executeScript('return [innerWidth, innerHeight]');
          if (viewport[0] === width && viewport[1] === height) break;
          const rect = await driver.manage().window().getRect();
          await driver.manage().window().setRect({
            width: rect.width + width - viewport[0],
            height: rect.height + height - viewport[1],
          });
          await pause(100);
        }
        if (viewport[0] !== width || viewport[1] !== height) {
          await driver.quit();
          open.delete(driver);
          throw new Error(`WebKit's viewport is ${viewport.join('x')}, not ${width}x${height}`);
        }
        const run = (fn, arg) => driver.executeScript(`return (${fn})(arguments[0])`, arg);
        return new Session({
          driver,
          // No request events and no browser messages in WebDriver classic: the checker reads the
          // server's log and the page's own record of what it fetched instead.
          evaluate: run,
          handle: run,
          inject: (source) => driver.executeScript(source),
          goto: (url) => driver.get(url),
          reload: () => driver.navigate().refresh(),
          back: () => driver.navigate().back(),
          click: (element) => clickInWebKit(driver, element),
          // Into the focused field, through WebDriver's own typing into an element: an action chain
          // of key presses failed now and then under load with an empty error from WebKit.
          type: (text, field) => field.sendKeys(text),
          cookies: () => driver.manage().getCookies(),
          close: async () => {
            open.delete(driver);
            await driver.quit();
          },
        });
      },
      async close() {
        for (const driver of open) await driver.quit().catch(() => {});
        stop();
        rmSync(config, { recursive: true, force: true });
      },
    };
  } catch (error) {
    stop();
    rmSync(config, { recursive: true, force: true });
    throw error;
  }
}

/**
 * WebDriver's own click, which finds the element in view and clicks its middle; for an element
 * styled invisible (a radio drawn by its label), which it will not click, a pointer click in its
 * middle, as a person clicks. The page may still be moving (focus scrolls to a new heading): then
 * it tries again.
 */
async function clickInWebKit(driver, element) {
  let pointer = false;
  for (let tries = 1; ; tries++) {
    try {
      if (pointer) {
        await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
        await driver.actions().move({ origin: element }).click().perform();
      } else {
        await element.click();
      }
      return;
    } catch (error) {
      pointer ||= error.name === 'ElementNotInteractableError';
      const moving = ['ElementNotInteractableError', 'MoveTargetOutOfBoundsError', 'ElementClickInterceptedError'];
      if (!moving.includes(error.name) || tries === 10) throw error;
      await pause(100);
    }
  }
}

/** One page in one engine: the few things a test does with it, the same in every engine. */
export class Session {
  constructor(parts) {
    Object.assign(this, parts);
  }

  /** Whether this engine's driver can do `what`: `requests` (see each request), `offline`, `messages`. */
  can(what) {
    return this[what] !== undefined;
  }

  /** The element `query` finds (see `find`), waiting up to 10 s for it. */
  async element(query) {
    for (let tries = 0; tries < 100; tries++) {
      const found = await this.handle(find, query).catch((error) => {
        // A page between documents (going back, say) has nowhere to look yet.
        if (/context|navigat|detached|stale/i.test(error.message)) return null;
        throw error;
      });
      if (found) return found;
      await pause(100);
    }
    throw new Error(`nothing found for ${JSON.stringify(query)}`);
  }

  /** How many elements `query` finds now. */
  count(query) {
    return this.evaluate(find, { ...query, count: true });
  }
}
