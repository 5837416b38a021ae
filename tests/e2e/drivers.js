// One way to drive a page in each of the three engines applicants use, so that a flow is written
// once (tests/e2e/checker.js) and runs in all three:
// - Chromium (Debian's chromium) through Playwright;
// - Firefox (Debian's firefox-esr) through Puppeteer over WebDriver BiDi;
// - WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver with selenium-webdriver, under Xvfb.
// `ENGINE=chromium|firefox|webkit` picks one (Chromium by default).
//
// Elements are found the same way in all three: by role and accessible name, by a function that
// runs in the page (`find` below), looking inside shadow roots. Clicks and keys are the engine's own
// (trusted) input. Where an engine cannot do something, the session says so with `lacks(what)`,
// and the test skips that step alone, by name.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ENGINE = process.env.ENGINE ?? 'chromium';

/**
 * Finds elements by role and accessible name, in the document and every open shadow root, as an
 * applicant's assistive technology names them. Runs in the page (self-contained): `query` is
 * `{ role, name, exact, level, checked, within, hasText, count }`, where `within` is another query
 * for the container to look in, `hasText` narrows to elements whose text contains it, and `count`
 * asks how many there are rather than for the first.
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
    status: '[role=status]',
    textbox: 'input:not([type]), input[type=text], textarea',
  };
  const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const byId = (element, id) => element.getRootNode().getElementById?.(id);
  const nameOf = (element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return squash(labelledBy.split(/\s+/).map((id) => byId(element, id)?.textContent).join(' '));
    if (element.hasAttribute('aria-label')) return squash(element.getAttribute('aria-label'));
    if (element.labels?.length) return squash([...element.labels].map((l) => l.textContent).join(' '));
    if (element.localName === 'fieldset') return squash(element.querySelector('legend')?.textContent);
    return squash(element.textContent);
  };
  const shown = (element) => element.getClientRects().length > 0 && !element.closest('[hidden]');
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
    const scopes = within ? within.map((w) => [w, ...roots(w)]).flat() : roots(document);
    const found = scopes.flatMap((scope) => [...scope.querySelectorAll(ROLES[q.role])]);
    return [...new Set(found)].filter((e) => shown(e) && matches(e, q));
  };
  const containers = query.within ? search(query.within) : undefined;
  const found = containers && containers.length === 0 ? [] : search(query, containers);
  return query.count ? found.length : (found[0] ?? null);
}

/**
 * What every page of a test run does before its own scripts: fix the date, open shadow roots (for
 * finding things by role inside them), keep the page's errors and Content-Security-Policy
 * violations in `window.__ecHealth`, and give the tests a few helpers that look inside shadow roots.
 */
export function initScript({ today, openShadowRoots = true }) {
  return `(() => {
  const FIXED = ${JSON.stringify(today.getTime())};
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) { if (args.length === 0) super(FIXED); else super(...args); }
    static now() { return FIXED; }
  };
  ${openShadowRoots ? `const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) { return attach.call(this, { ...init, mode: 'open' }); };` : ''}
  // The checker lives in shadow roots: these look inside them as well as the page.
  window.__ecRoots = () => [document, ...[...document.querySelectorAll('*')]
    .filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
  window.__ecAll = (selector) => window.__ecRoots().flatMap((r) => [...r.querySelectorAll(selector)]);
  window.__ecActive = () => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e;
  };
  window.__ecHealth = { errors: [], violations: [] };
  addEventListener('error', (e) => window.__ecHealth.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__ecHealth.errors.push(String(e.reason)));
  const error = console.error;
  console.error = (...args) => { window.__ecHealth.errors.push(args.map(String).join(' ')); error(...args); };
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__ecHealth.violations.push(e.violatedDirective + ' ' + e.blockedURI));
})();`;
}

const freePort = () => new Promise((resolve) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches the engine; resolves to `{ name, version, session(options), close() }`. */
export async function launchEngine(name = ENGINE) {
  switch (name) {
    case 'chromium': return launchChromium();
    case 'firefox': return launchFirefox();
    case 'webkit': return launchWebKit();
    default: throw new Error(`ENGINE must be chromium, firefox or webkit, not ${name}`);
  }
}

async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    // Every browser keeps pages in its back-forward cache; Playwright turns Chromium's off.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  return { ...chromiumEngine(browser), close: () => browser.close() };
}

/** What Playwright's and Puppeteer's pages do alike, as a session's parts; `requests` fills up. */
const pageParts = (page, requests) => ({
  page,
  requests: () => requests,
  evaluate: (fn, arg) => page.evaluate(fn, arg),
  handle: (fn, arg) => page.evaluateHandle(fn, arg).then((h) => h.asElement()),
  inject: (source) => page.evaluate(source),
  goto: (url) => page.goto(url),
  reload: () => page.reload(),
  click: (element) => element.click(),
  type: (text) => page.keyboard.type(text),
});

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
        ...pageParts(page, requests),
        back: () => page.goBack({ waitUntil: 'commit' }),
        press: (key) => page.keyboard.press(key),
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
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
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
        ...pageParts(page, requests),
        // page.goBack() never resolves for a page restored from the back-forward cache under
        // BiDi: go back from inside the page instead.
        back: () => page.evaluate(() => history.back()),
        // BiDi knows the space bar as ' ', not 'Space'.
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        offline: () => page.setOfflineMode(true),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

async function launchWebKit() {
  const { Builder, Key } = await import('selenium-webdriver');
  // MiniBrowser has no headless mode: it draws on an X server of its own.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = `:${String(await new Promise((resolve) => xvfb.stdout.once('data', resolve))).trim()}`;
  // Lets MiniBrowser's window shrink below its toolbar's width, for a 390 px viewport.
  const config = join(tmpdir(), 'ec-webkit-gtk');
  mkdirSync(join(config, 'gtk-3.0'), { recursive: true });
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'),
    'toolbar, toolbar *, headerbar, headerbar *, entry, button, box { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }');
  const port = await freePort();
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`],
    { stdio: 'ignore', env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config } });
  const server = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${server}/status`)).ok) break;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const binary = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, Backspace: Key.BACK_SPACE };
  const sessions = new Set();
  return {
    name: 'webkit',
    version: 'WebKitGTK MiniBrowser',
    async session({ width, height }) {
      // A WebDriver session is a fresh browser with an empty profile: one per test's context.
      const driver = await new Builder().usingServer(server).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      }).build();
      sessions.add(driver);
      const version = (await driver.getCapabilities()).get('browserVersion');
      this.version = `WebKitGTK ${version}`;
      // Set the window so that the page gets exactly this viewport, whatever the toolbar takes.
      await driver.manage().window().setRect({ width, height });
      await driver.get('about:blank');
      const [innerWidth, innerHeight] = await driver.executeScript('return [innerWidth, innerHeight]');
      await driver.manage().window().setRect({ width: 2 * width - innerWidth, height: 2 * height - innerHeight });
      const run = (fn, arg) => driver.executeScript(`return (${fn})(arguments[0])`, arg);
      return new Session({
        driver,
        // No request events in WebDriver classic: the tests read the server's log instead.
        requests: undefined,
        evaluate: run,
        handle: run,
        inject: (source) => driver.executeScript(source),
        goto: (url) => driver.get(url),
        reload: () => driver.navigate().refresh(),
        back: () => driver.navigate().back(),
        // WebDriver's own click, which finds the element in view and clicks its middle; for an
        // element styled invisible (a radio drawn by its label), which it will not click, a pointer
        // click in its middle, as a person clicks. The page may still be moving (focus scrolls to
        // a new heading): then try again.
        click: async (element) => {
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
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        },
        press: (key) => driver.actions().sendKeys(keys[key] ?? key).perform(),
        type: (text) => driver.actions().sendKeys(text).perform(),
        offline: undefined,
        close: async () => {
          sessions.delete(driver);
          await driver.quit();
        },
        // The date and shadow roots are set by a script the test server puts in every page.
        injected: true,
      });
    },
    async close() {
      for (const driver of sessions) await driver.quit().catch(() => {});
      driverProcess.kill();
      xvfb.kill();
    },
  };
}

/** One page in one engine: the few things a test does with it, the same in every engine. */
export class Session {
  constructor(parts) {
    Object.assign(this, parts);
  }

  /** Whether this engine can do `what`: `requests` (see every request), `offline`. */
  can(what) {
    return this[what] !== undefined;
  }

  /** The first element `query` finds (see `find`), waiting up to 10 s for it. */
  async element(query) {
    for (let tries = 0; tries < 100; tries++) {
      const found = await this.handle(find, query);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`nothing found for ${JSON.stringify(query)}`);
  }

  /** How many elements `query` finds now. */
  count(query) {
    return this.evaluate(find, { ...query, count: true });
  }
}
