// The checker as an applicant meets it: a page object with intent methods and role-based locators,
// plus the browser set-up every test shares (Debian's Chromium, a fixed date, request recording).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { serve } from './server.js';

/** The date the tests are written for: the twelve-month rule is checked against it. */
export const TODAY = new Date('2026-11-23T10:00:00');

export const SWLSTG = 'South West London and St George\'s Mental Health NHS Trust';
export const KMPT = 'Kent and Medway Mental Health NHS Trust';

/**
 * Debian's Chromium. `backForwardCache`: keep the back-forward cache on, as every browser has it,
 * rather than off as Playwright launches Chromium by default.
 */
export async function launch({ backForwardCache = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // For the tests that run the garbage collector (window.gc()).
      '--js-flags=--expose-gc',
    ],
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : [],
  });
}

/**
 * Makes every shadow root the page attaches open, so that role-based locators can reach inside
 * the checker, which attaches a closed one. For tests that drive the checker through its roles;
 * the privacy tests run without it, against the closed root a host page gets.
 */
export async function openShadowRoots(context) {
  await context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function attachShadow(init) {
      return attach.call(this, { ...init, mode: 'open' });
    };
  });
}

/**
 * One browser and one server for a test file, started before its tests and closed after them.
 * Read `env.browser` and `env.server` inside tests; `options` go to `serve`.
 */
export function browserAndServer(options) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serve(options);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export class Checker {
  /**
   * Opens the built checker in a new context of `browser`, served from a sub-path. `init` is a
   * script for the page to run before its own (the host page's scripts, say), given `initArg`.
   */
  static async open(browser, { width = 390, height = 844, server, init, initArg } = {}) {
    const own = !server;
    server ??= await serve();
    const context = await browser.newContext({ viewport: { width, height } });
    await openShadowRoots(context);
    if (init) await context.addInitScript(init, initArg);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.clock.setFixedTime(TODAY);
    const checker = new Checker(page, context, server, own);
    await checker.load();
    return checker;
  }

  constructor(page, context, server, ownsServer) {
    this.page = page;
    this.context = context;
    this.server = server;
    this.ownsServer = ownsServer;
    this.requests = [];
    this.cspViolations = [];
    this.errors = [];
    context.on('request', (request) => this.requests.push(request.url()));
    page.on('pageerror', (error) => this.errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
  }

  async load() {
    await this.page.exposeFunction('__reportCspViolation', (v) => this.cspViolations.push(v));
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
      // The checker lives in shadow roots: these look inside them as well as the page.
      window.__ecRoots = () => [document, ...[...document.querySelectorAll('*')]
        .filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
      window.__ecAll = (selector) => window.__ecRoots().flatMap((r) => [...r.querySelectorAll(selector)]);
      window.__ecActive = () => {
        let e = document.activeElement;
        while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
        return e;
      };
    });
    await this.page.goto(this.server.url);
    await this.heading('Check if you can apply for a job').waitFor();
    await this.page.waitForLoadState('networkidle');
    this.url = this.page.url();
    this.requestsAtLoad = this.requests.length;
  }

  heading(name) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async pageHeading() {
    return (await this.page.getByRole('heading', { level: 1 }).textContent()).trim();
  }

  /** The id of the element that has focus, inside the checker's shadow root or not. */
  focusedId() {
    return this.page.evaluate(() => window.__ecActive()?.id);
  }

  /** Picks a job on the start page by its employer. */
  async chooseJob(employer) {
    const card = this.page.getByRole('listitem').filter({ hasText: employer });
    await card.getByRole('button', { name: 'Check this job' }).click();
    await this.page.getByRole('button', { name: 'Start' }).waitFor();
  }

  async start() {
    await this.page.getByRole('button', { name: 'Start' }).click();
    await this.page.getByRole('group').waitFor();
  }

  /** Chooses an answer by its words and continues. */
  async answer(label) {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
    await this.continue();
  }

  async answerMonth(month, year) {
    await this.page.getByRole('radio', { name: 'I can give the month and year' }).check();
    await this.page.getByRole('textbox', { name: 'Month' }).fill(String(month));
    await this.page.getByRole('textbox', { name: 'Year' }).fill(String(year));
    await this.continue();
  }

  async continue() {
    const before = await this.pageHeading();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.page.waitForFunction(
      (previous) => window.__ecAll('h1')[0]?.textContent.trim() !== previous
        || window.__ecAll('#error-summary').length > 0,
      before,
    );
  }

  async change(question) {
    await this.page.getByRole('button', { name: `Change your answer to: ${question}` }).click();
    await this.page.getByRole('group').waitFor();
  }

  async seeResult() {
    await this.page.getByRole('button', { name: 'See your result' }).click();
    await this.page.getByText('Your result:').waitFor();
  }

  async back() {
    await this.page.getByRole('button', { name: 'Back', exact: true }).click();
  }

  /** The verdict shown for a criterion, found by its words. */
  async verdictOf(criterion) {
    const item = this.page.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name: criterion, exact: true }),
    });
    return (await item.locator('.ec-status').textContent()).trim();
  }

  async reasonOf(criterion) {
    const item = this.page.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name: criterion, exact: true }),
    });
    return (await item.textContent()).trim();
  }

  /** Asserts nothing was requested after the first load, nothing is stored, and the URL is as loaded. */
  async assertPrivate() {
    await this.page.waitForLoadState('networkidle');
    assert.deepEqual(this.requests.slice(this.requestsAtLoad), [], 'no request after load');
    assert.deepEqual(await this.context.cookies(), [], 'no cookies');
    const stored = await this.page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      indexedDB: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookie: '', indexedDB: 0 }, 'nothing stored');
    assert.equal(this.page.url(), this.url, 'the URL never changes');
  }

  assertHealthy() {
    assert.deepEqual(this.cspViolations, [], 'no Content-Security-Policy violations');
    assert.deepEqual(this.errors, [], 'no errors in the console');
  }

  async close() {
    await this.context.close();
    if (this.ownsServer) await this.server.close();
  }
}

/**
 * Drives checkers whose shadow roots are closed, as a host page gets them, without changing the
 * page: through the browser's DevTools protocol, which sees inside closed roots, and the real mouse
 * and keyboard. Nothing of it is visible to the page's own scripts. Chromium only.
 */
export class ClosedShadow {
  static async of(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new ClosedShadow(page, cdp);
  }

  constructor(page, cdp) {
    this.page = page;
    this.cdp = cdp;
  }

  /** The first element, in the host matched by `inHost` (a shadow host), that `test` accepts. */
  async find(inHost, test) {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const walk = function* walk(node) {
      yield node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
    };
    for (const host of walk(root)) {
      if (host.shadowRoots?.length && inHost(host)) {
        for (const node of walk(host.shadowRoots[0])) if (node.nodeType === 1 && test(node)) return node;
      }
    }
    return undefined;
  }

  /** Waits for `find` to find something, up to 10 s. */
  async waitFor(inHost, test, what) {
    for (let tries = 0; tries < 100; tries++) {
      const node = await this.find(inHost, test);
      if (node) return node;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`not found inside the closed shadow root: ${what}`);
  }

  /** Clicks the middle of the element with the real mouse. */
  async click(inHost, test, what) {
    const { nodeId } = await this.waitFor(inHost, test, what);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { model } = await this.cdp.send('DOM.getBoxModel', { nodeId });
    const [x1, y1, , , x3, y3] = model.border;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}

/** An element's text, from a DevTools DOM node. */
export const textOf = (node) => (node.nodeType === 3 ? node.nodeValue
  : (node.children ?? []).map(textOf).join(''));
/** Matches an element by its id attribute. */
export const byId = (id) => (node) => attributesOf(node).id === id;
/** Matches a button by its words. */
export const button = (words) => (node) => node.nodeName === 'BUTTON' && textOf(node).trim() === words;
/** Matches a heading of level 1 whose text matches `pattern`. */
export const heading = (pattern) => (node) => node.nodeName === 'H1' && pattern.test(textOf(node));
export const attributesOf = (node) => Object.fromEntries(
  (node.attributes ?? []).flatMap((value, i, all) => (i % 2 ? [] : [[value, all[i + 1]]])),
);
