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

export async function launch() {
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
    ],
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
  /** Opens the built checker in a new context of `browser`, served from a sub-path. */
  static async open(browser, { width = 390, height = 844, server } = {}) {
    const own = !server;
    server ??= await serve();
    const context = await browser.newContext({ viewport: { width, height } });
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
