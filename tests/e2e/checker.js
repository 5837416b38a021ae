// The checker as an applicant meets it: a page object with intent methods that find things by role
// and label, written once for the three engines (tests/e2e/drivers.js picks one by ENGINE), plus
// the set-up every test shares: a fixed date, request recording, a server hosting the build.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  chromiumEngine, ENGINE, OPEN_SHADOW_ROOTS, initScript, launchChromium, launchEngine,
} from './drivers.js';
import { serve } from './server.js';

/**
 * The example careers page listing fourteen made-up jobs (examples/example-jobs.html, its postings
 * in examples/example-jobs.json), for the list on a phone: `Checker.open(engine, { path: EXAMPLE_JOBS })`.
 */
export const EXAMPLE_JOBS = '/careers/example-jobs.html';

/** The date the tests are written for: the twelve-month rule is checked against it. */
export const TODAY = new Date('2026-11-23T10:00:00');

export const SWLSTG = 'South West London and St George\'s Mental Health NHS Trust';
export const KMPT = 'Kent and Medway Mental Health NHS Trust';

/**
 * Answers Kent and Medway's questions, from its posting page, inside `area` (a Playwright locator
 * of a page or an element drawing a checker) so as to meet every essential criterion, and opens
 * the result.
 */
export async function answerKmpt(area) {
  const radio = (name) => area.getByRole('radio', { name, exact: true });
  const next = () => area.getByRole('button', { name: 'Continue' }).click();
  await area.getByRole('button', { name: 'Start' }).click();
  await radio('I have my own lived experience').check();
  await next();
  await radio('Yes').check();
  await next();
  await radio('I can give the month and year').check();
  await area.getByRole('textbox', { name: 'Month' }).fill('3');
  await area.getByRole('textbox', { name: 'Year' }).fill('2024');
  await next();
  await radio('Yes').check();
  await next();
  await area.getByRole('button', { name: 'See your result' }).click();
}

export { ENGINE };

/**
 * Debian's Chromium through Playwright, for the tests that use Chromium's own tools (the DevTools
 * protocol, request routing), with Playwright's default of no back-forward cache unless asked.
 */
export function launch({ backForwardCache = false } = {}) {
  return launchChromium({ backForwardCache });
}

/**
 * Makes every shadow root the page attaches open, so that role-based locators can reach inside
 * the checker, which attaches a closed one. For tests that drive the checker through its roles;
 * the privacy tests run without it, against the closed root a host page gets.
 */
export async function openShadowRoots(context) {
  await context.addInitScript(OPEN_SHADOW_ROOTS);
}

/**
 * A page in a fresh Playwright context for a careers page's tests: the checkers' shadow roots
 * opened, the clock at TODAY, the page's errors and console warnings kept. Closed when test `t`
 * ends. Chromium only.
 */
export async function hostPage(browser, t, { width = 390 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  t.after(() => context.close());
  await openShadowRoots(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.clock.setFixedTime(TODAY);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // What the checkers warned the console of: their problems, in full, for whoever set them up.
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return { page, errors, warnings };
}

/**
 * One engine (ENGINE, Chromium by default) and one server for a test file, started before its
 * tests and closed after them. Read `env.engine` and `env.server` inside tests; `options` go to
 * `serve`. In WebKit, whose driver cannot run a script before the page's own, the server puts the
 * test's start-up script (the date, open shadow roots) in every page itself.
 */
export function browserAndServer(options = {}) {
  const env = {};
  before(async () => {
    env.engine = await launchEngine();
    env.server = await serve({ ...options, ...injected() });
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Whether this engine lacks what a step of test `t` needs (anything but Chromium, where the step
 * uses Chromium's own tools): then the test says so by name and skips that step alone.
 */
export function lacks(t, what, engines = ['firefox', 'webkit']) {
  if (!engines.includes(ENGINE)) return false;
  t.diagnostic(`${ENGINE} cannot do this, so this step is skipped: ${what}`);
  return true;
}

/** The server option that puts the start-up script in every page, where the engine needs it. */
export function injected() {
  return ENGINE === 'webkit' ? { inject: initScript({ today: TODAY }) } : {};
}

/** Waits until `page` (a Playwright page or a Checker) is controlled by its service worker. */
export const controlled = (page) => page.evaluate(async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  }
  return Boolean(navigator.serviceWorker.controller);
});

/** The boot script `page` (a Playwright page or a Checker) runs. */
export const runningBoot = (page) => page.evaluate(() =>
  new URL(document.querySelector('script[type=module][src*="boot-"]').src).pathname.split('/').pop());

/**
 * Run in a page of the same site as the checker at `scope` (a blog post running a tag manager,
 * say: Cache Storage is the whole origin's): writes a forged page, and with `boot` a forged boot
 * script, into the checker's offline copy. Whether the forged page is there.
 */
export async function forgeOfflineCopy([scope, boot]) {
  const cache = await caches.open((await caches.keys()).find((key) => key.includes(scope)));
  const page = new Response('<!doctype html><title>Forged</title><h1>FORGED checker</h1>',
    { headers: { 'content-type': 'text/html' } });
  for (const file of ['', 'index.html']) await cache.put(new URL(file, scope).href, page.clone());
  if (boot) {
    await cache.put(new URL(boot, scope).href, new Response('document.title = "FORGED";',
      { headers: { 'content-type': 'text/javascript' } }));
  }
  return (await (await cache.match(scope)).text()).includes('FORGED');
}

/**
 * The checker's own words the page object acts on, in each language (src/text/english.rs and
 * welsh.rs): a test walks in Welsh as it walks in English.
 */
export const WORDS = {
  en: {
    postingsHeading: 'Check if you can apply for a job', checkThisJob: 'Check this job', start: 'Start',
    continue: 'Continue', back: 'Back', change: 'Change your answer to: ', seeResult: 'See your result',
    essential: 'Essential criteria', enterMonth: 'I can give the month and year', month: 'Month',
    year: 'Year', yes: 'Yes', no: 'No', notSure: 'I\'m not sure', startAgain: 'Start again', other: 'Cymraeg',
    // The built-in question bank's (postings/questions.json), in both languages.
    ownExperience: 'I have my own lived experience', lastUsed: 'When you last used mental health services',
    // The list's search and filters.
    searchAndFilter: 'Search and filter jobs', searchByWords: 'Search by words', townOrArea: 'Town or area',
    hours: 'Hours', any: 'Any', partTime: 'Part time', where: 'Where',
    carerOnly: 'Only as a carer, family member or friend', lived: 'Your experience of mental health problems or distress',
    // The result's, and the notes'.
    checkAnyway: 'Check this job anyway', closedTag: 'Closed', seeResultNow: 'See your result now',
    closedHeading: 'This advert closed on 16 September 2025', meets: 'You meet the essential criteria for this job',
    notYet: 'You could apply from 31 May 2027', doesNotMeet: 'You do not meet every essential criterion for this job',
    unanswered: 'Not answered yet', prepare: 'Prepare your application', support: 'If you need support now',
    otherJobs: 'Check another job', clearAnswers: 'Clear my answers', cleared: 'Your answers have been cleared.',
    wipeHeading: 'Delete your notes too?', wipeKeep: 'Keep my notes', wipeConfirm: 'Delete my answers and notes',
    copyNotes: 'Copy my notes',
    // Kent and Medway's twelve months without services, and the GP question a month too recent
    // brings.
    twelveMonths: 'Twelve months without using mental health services before applying',
    gpQuestion: 'In the last 12 months, has your only mental health care been from your GP or prescribed medicine?',
    askEmployer: 'You might meet the essential criteria: ask the employer', notSureStatus: 'Not sure: ask the employer',
    nvq: /National Vocational Qualification/,
  },
  cy: {
    postingsHeading: 'Gwirio a allwch wneud cais am swydd', checkThisJob: 'Gwirio\'r swydd hon', start: 'Dechrau',
    continue: 'Parhau', back: 'Yn ôl', change: 'Newid eich ateb i: ', seeResult: 'Gweld eich canlyniad',
    essential: 'Meini prawf hanfodol', enterMonth: 'Gallaf roi\'r mis a\'r flwyddyn', month: 'Mis',
    year: 'Blwyddyn', yes: 'Ie', no: 'Na', notSure: 'Dydw i ddim yn siŵr', startAgain: 'Dechrau eto', other: 'English',
    ownExperience: 'Mae gen i fy mhrofiad bywyd fy hun', lastUsed: 'Y tro diwethaf i chi ddefnyddio gwasanaethau iechyd meddwl',
    searchAndFilter: 'Chwilio a hidlo swyddi', searchByWords: 'Chwilio yn ôl geiriau', townOrArea: 'Tref neu ardal',
    hours: 'Oriau', any: 'Unrhyw un', partTime: 'Rhan amser', where: 'Lleoliad',
    carerOnly: 'Fel gofalwr, aelod o\'r teulu neu ffrind yn unig', lived: 'Eich profiad o broblemau iechyd meddwl neu drallod',
    checkAnyway: 'Gwirio\'r swydd hon beth bynnag', closedTag: 'Wedi cau', seeResultNow: 'Gweld eich canlyniad nawr',
    closedHeading: 'Caeodd yr hysbyseb hon ar 16 Medi 2025', meets: 'Rydych yn bodloni\'r meini prawf hanfodol ar gyfer y swydd hon',
    notYet: 'Gallech wneud cais o 31 Mai 2027 ymlaen', doesNotMeet: 'Nid ydych yn bodloni pob maen prawf hanfodol ar gyfer y swydd hon',
    unanswered: 'Heb ei ateb eto', prepare: 'Paratoi eich cais', support: 'Os oes angen cymorth arnoch nawr',
    otherJobs: 'Gwirio swydd arall', clearAnswers: 'Clirio fy atebion', cleared: 'Mae eich atebion wedi cael eu clirio.',
    wipeHeading: 'Dileu eich nodiadau hefyd?', wipeKeep: 'Cadw fy nodiadau', wipeConfirm: 'Dileu fy atebion a\'m nodiadau',
    copyNotes: 'Copïo fy nodiadau',
    twelveMonths: 'Deuddeg mis heb ddefnyddio gwasanaethau iechyd meddwl cyn gwneud cais',
    gpQuestion: 'Yn y 12 mis diwethaf, ai dim ond gan eich meddyg teulu neu drwy feddyginiaeth ar bresgripsiwn rydych chi wedi cael gofal iechyd meddwl?',
    askEmployer: 'Efallai eich bod yn bodloni\'r meini prawf hanfodol: gofynnwch i\'r cyflogwr', notSureStatus: 'Ddim yn siŵr: gofynnwch i\'r cyflogwr',
    nvq: /Galwedigaethol Cenedlaethol/,
  },
};

export class Checker {
  /**
   * Opens the built checker in a new session of `engine` (see drivers.js), served from a
   * sub-path. `init` is a script for the page to run before its own (a host page's scripts, say),
   * given `initArg`; only engines that can run one take it. `path` opens a page of the server's
   * other than the checker's own (a careers page, such as EXAMPLE_JOBS).
   */
  static async open(engine, { width = 390, height = 844, server, init, initArg, lang = 'en', path } = {}) {
    const own = !server;
    server ??= await serve(injected());
    // A Playwright browser of a Chromium-only test, taken as that engine.
    if (typeof engine.session !== 'function') engine = chromiumEngine(engine);
    const session = await engine.session({ width, height, today: TODAY, init, initArg });
    const checker = new Checker(session, server, own);
    checker.w = WORDS[lang];
    checker.query = lang === 'en' ? '' : `?lang=${lang}`;
    checker.path = path;
    try {
      await checker.load();
    } catch (error) {
      await checker.close(); // WebKit's driver runs one session at a time: leave none open
      throw error;
    }
    return checker;
  }

  constructor(session, server, ownsServer) {
    this.session = session;
    /** Playwright's page, in Chromium: for the tests that use Chromium's own tools. */
    this.page = session.page;
    this.server = server;
    this.ownsServer = ownsServer;
    /** The checker's words in the language it speaks now. */
    this.w = WORDS.en;
    this.query = '';
    /**
     * Set by a test to look at each new page: called after every page turn the page object makes
     * (a job chosen, Start, Continue, Change, See your result, See your result now, Back). While
     * it is set, each turn is made from the page scrolled to its end and then back just far
     * enough to show the turn's button, as a reader who has read to the end scrolls to reach
     * it; `scrolledTurns` counts the turns made from a page scrolled down, which a page that
     * opened at its top could not have hidden.
     */
    this.onTurn = null;
    this.scrolledTurns = 0;
  }

  /** Presses a button that turns the page, as an applicant reaches it. */
  async turn(query) {
    const button = await this.element(query);
    if (this.onTurn) {
      const scrolled = await this.session.evaluate((e) => {
        scrollTo(0, document.documentElement.scrollHeight);
        e.scrollIntoView({ block: 'nearest' });
        return scrollY > 0;
      }, button);
      if (scrolled) this.scrolledTurns += 1;
    }
    await this.session.click(button);
  }

  async turned() {
    await this.onTurn?.();
  }

  /**
   * Where the page on show sits on the screen, once its heading has taken focus: the heading's
   * top and bottom, the checker's top (its header, with the Back link), and the screen's height.
   */
  async placeOfPage() {
    for (let tries = 0; tries < 100 && await this.focusedId() !== 'page-heading'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
      const host = document.querySelector('eligibility-checker, [data-eligibility-checker]');
      const root = host.shadowRoot;
      const heading = root.querySelector('h1').getBoundingClientRect();
      const checker = root.querySelector('.ec-root').getBoundingClientRect();
      resolve({
        heading: root.querySelector('h1').textContent.trim(),
        headingTop: Math.round(heading.top),
        headingBottom: Math.round(heading.bottom),
        checkerTop: Math.round(checker.top),
        screen: innerHeight,
      });
    })));
  }

  /** Presses the header's switch to the other language, and waits for the page to speak it. */
  async switchLanguage() {
    const to = this.w === WORDS.en ? WORDS.cy : WORDS.en;
    await this.click({ role: 'button', name: this.w.other, exact: true });
    await this.element({ role: 'button', name: to.other, exact: true });
    this.w = to;
  }

  async load() {
    await this.session.goto(this.path ? this.server.origin + this.path : this.server.url + this.query);
    await this.waitForHeading(this.w.postingsHeading);
    await this.untilStarted();
    await this.settle();
    this.url = await this.evaluate(() => location.href);
    this.loaded = await this.requestMarks();
  }

  /** Reloads the page and waits for the app to have taken the first screen over. */
  async reload() {
    await this.session.reload();
    await this.waitForHeading(this.w.postingsHeading);
    await this.untilStarted();
  }

  /**
   * Waits until the app has taken a prerendered first screen over (where the root is open to the
   * test): before that, an element found on the first screen is replaced by the app's own, and a
   * click on it finds it gone. A person's tap at that moment is replayed (first-screen.test.js).
   */
  async untilStarted() {
    const waiting = () => this.evaluate(() => Boolean(document.querySelector('eligibility-checker')
      ?.shadowRoot?.querySelector('.ec-mount[data-prerendered]')));
    for (let tries = 0; tries < 200 && await waiting(); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (await waiting()) throw new Error('the app did not take the first screen over within 10 s');
  }

  /** Runs `fn(arg)` in the page. */
  evaluate(fn, arg) {
    return this.session.evaluate(fn, arg);
  }

  /** Waits until nothing has been fetched for half a second (or 10 s have passed). */
  async settle() {
    let last;
    for (let quiet = 0, tries = 0; quiet < 5 && tries < 100; tries++) {
      const now = JSON.stringify(await this.requestMarks());
      quiet = now === last ? quiet + 1 : 0;
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * How far each record of requests has got: the server's log (which also sees what a service
   * worker fetches), the engine's own where it reports requests, and, where it does not (WebKit),
   * the page's record of what it fetched (resource timing, counted per document).
   */
  async requestMarks() {
    const page = this.session.can('requests') ? undefined : await this.evaluate(() => ({
      document: performance.timeOrigin,
      fetched: performance.getEntriesByType('resource').length,
    }));
    return {
      server: this.server.log.length,
      engine: this.session.can('requests') ? this.session.requests().length : undefined,
      page,
    };
  }

  /** Every request since the checker loaded, by each record (see `requestMarks`). */
  async requestsSinceLoad() {
    const { server, engine, page } = this.loaded;
    // data: and blob: addresses are read from memory, never the network (Firefox reports a data:
    // font of its own as a request when it first draws some characters).
    const network = (url) => !/^(data|blob):/.test(url);
    const made = this.server.log.slice(server).map((r) => r.path);
    if (this.session.can('requests')) made.push(...this.session.requests().slice(engine).filter(network));
    if (page) {
      made.push(...await this.evaluate((since) => performance.getEntriesByType('resource')
        .slice(performance.timeOrigin === since.document ? since.fetched : 0).map((e) => e.name), page));
    }
    return made;
  }

  /** Finds an element by role and name (see drivers.js `find`), waiting up to 10 s. */
  element(query) {
    return this.session.element(query);
  }

  count(query) {
    return this.session.count(query);
  }

  async click(query) {
    await this.session.click(await this.element(query));
  }

  /** The words of the first element `query` finds. */
  async text(query) {
    const element = await this.element(query);
    return this.session.evaluate((e) => e.textContent.replace(/\s+/g, ' ').trim(), element);
  }

  /** Waits for the page's heading to be `name` (or contain it). */
  async waitForHeading(name) {
    await this.element({ role: 'heading', level: 1, name });
  }

  async pageHeading() {
    return this.text({ role: 'heading', level: 1 });
  }

  /** Everything the checker's main area says, as one line of text. */
  mainText() {
    return this.text({ role: 'main' });
  }

  /** The id of the element that has focus, inside the checker's shadow root or not. */
  focusedId() {
    return this.evaluate(() => {
      let e = document.activeElement;
      while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
      return e?.id;
    });
  }

  /**
   * Picks a job on the start page by its employer: by its card's one button, "Check this job", or
   * for an advert that has closed, "Check this job anyway" (which the name matches too: it is not
   * matched exactly).
   */
  async chooseJob(employer) {
    await this.turn({ role: 'button', name: this.w.checkThisJob, within: { role: 'listitem', hasText: employer } });
    await this.element({ role: 'button', name: this.w.start, exact: true });
    await this.turned();
  }

  /** Opens the list's search and filters, folded behind one button, unless they are open. */
  async openFilters() {
    const toggle = await this.element({ role: 'button', name: this.w.searchAndFilter });
    if (await this.session.evaluate((e) => e.getAttribute('aria-expanded'), toggle) !== 'true') {
      await this.session.click(toggle);
    }
    await this.element({ role: 'searchbox', name: this.w.searchByWords, exact: true });
  }

  /** Folds the list's search and filters away behind their button again. */
  async closeFilters() {
    await this.click({ role: 'button', name: this.w.searchAndFilter });
    for (let tries = 0; tries < 100 && await this.count({ role: 'searchbox' }) > 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Types `words` into the list's search box with the keyboard, replacing what is there. */
  async search(words) {
    const field = await this.element({ role: 'searchbox', name: this.w.searchByWords, exact: true });
    await this.session.evaluate((e) => {
      e.focus();
      e.select();
    }, field);
    if (words) {
      await this.session.type(words, field);
    } else {
      await this.session.evaluate((e) => {
        e.value = '';
        e.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }, field);
    }
  }

  /**
   * Chooses `option` (its words) in the list's filter labelled `label`, as Playwright's
   * selectOption does, the same in every engine: the choice made, then its input and change events.
   */
  async filterBy(label, option) {
    await this.element({ role: 'combobox', name: label, exact: true });
    const chosen = await this.evaluate(({ label, words }) => {
      const select = window.__ecAll('select')
        .find((e) => [...e.labels].some((l) => l.textContent.trim() === label));
      const found = [...select.options].find((o) => o.textContent.trim() === words);
      if (!found) return [...select.options].map((o) => o.textContent.trim());
      select.value = found.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, { label, words: option });
    assert.equal(chosen, true, `"${option}" among the choices of ${label}`);
  }

  /** What the list says of how many jobs it shows ("Showing 2 of 14 jobs"), once it says `expected`. */
  async showing(expected) {
    await this.element({ role: 'status', hasText: expected });
    return this.text({ role: 'status', hasText: expected });
  }

  /** The town or area of each job listed, in the list's order: what each card says under Where. */
  listedTowns() {
    return this.evaluate((where) => window.__ecAll('li dt')
      .filter((term) => term.textContent.trim() === where)
      .map((term) => term.nextElementSibling.textContent.trim()), this.w.where);
  }

  /**
   * Where the first job's "Check this job" button is on the screen: its top and bottom, from the
   * top of the screen as it opened (the page not scrolled), and the screen's height.
   */
  async firstJobButton() {
    const button = await this.element({ role: 'button', name: this.w.checkThisJob, first: true });
    return this.session.evaluate((e) => {
      const { top, bottom } = e.getBoundingClientRect();
      return { top, bottom, scrolled: window.scrollY, screen: window.innerHeight };
    }, button);
  }

  /** The words of the button on a job's card in the list, found by its employer. */
  jobButton(employer) {
    return this.text({ role: 'button', within: { role: 'listitem', hasText: employer } });
  }

  async start() {
    await this.turn({ role: 'button', name: this.w.start, exact: true });
    await this.element({ role: 'group' });
    await this.turned();
  }

  /** Chooses an answer by its words, and waits for it to be chosen. */
  async choose(label) {
    await this.click({ role: 'radio', name: label, exact: true });
    await this.element({ role: 'radio', name: label, exact: true, checked: true });
  }

  /** Chooses an answer by its words and continues. */
  async answer(label) {
    await this.choose(label);
    await this.continue();
  }

  /** Types into the field with this label, replacing what is there, with the keyboard. */
  async fill(label, text) {
    const field = await this.element({ role: 'textbox', name: label, exact: true });
    await this.session.evaluate((e) => {
      e.focus();
      e.select();
    }, field);
    await this.session.type(text, field);
  }

  async answerMonth(month, year) {
    await this.choose(this.w.enterMonth);
    await this.fill(this.w.month, String(month));
    await this.fill(this.w.year, String(year));
    await this.continue();
  }

  /** Continues, and waits for the next page or the error summary. */
  async continue() {
    const before = await this.pageHeading();
    await this.turn({ role: 'button', name: this.w.continue, exact: true });
    await this.leaving(before, 'Continue');
  }

  /** Waits until the page is no longer the one headed `before`, or shows an error summary. */
  async leaving(before, what) {
    for (let tries = 0; tries < 100; tries++) {
      const changed = await this.evaluate((previous) => {
        const roots = (root) => [root, ...[...root.querySelectorAll('*')]
          .filter((e) => e.shadowRoot).flatMap((e) => roots(e.shadowRoot))];
        const all = (selector) => roots(document).flatMap((r) => [...r.querySelectorAll(selector)]);
        return all('h1')[0]?.textContent.trim() !== previous || all('#error-summary').length > 0;
      }, before);
      if (changed) {
        await this.turned();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${what} did not leave "${before}"`);
  }

  async change(question) {
    await this.turn({ role: 'button', name: `${this.w.change}${question}` });
    await this.element({ role: 'group' });
    await this.turned();
  }

  async seeResult() {
    await this.turn({ role: 'button', name: this.w.seeResult, exact: true });
    await this.element({ role: 'heading', level: 2, name: this.w.essential });
    // The app moves focus to the new page's heading after it renders: typing before then could
    // have its field's focus taken away halfway.
    for (let tries = 0; tries < 100 && await this.focusedId() !== 'page-heading'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.turned();
  }

  /** From a question page that offers it, the result before the questions left. */
  async seeResultNow() {
    await this.turn({ role: 'button', name: this.w.seeResultNow, exact: true });
    await this.element({ role: 'heading', level: 2, name: this.w.essential });
    for (let tries = 0; tries < 100 && await this.focusedId() !== 'page-heading'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.turned();
  }

  /** Types `text` into the first box for notes on a result, with the keyboard. */
  async typeNote(text) {
    const box = await this.element({ role: 'textbox', first: true });
    await this.session.evaluate((e) => {
      e.focus();
      e.select();
    }, box);
    await this.session.type(text, box);
  }

  /**
   * The colours the result's panel (the box around the page's heading) is drawn in: its
   * background and each side of its border, as computed.
   */
  async panelColours() {
    const heading = await this.element({ role: 'heading', level: 1 });
    return this.session.evaluate((h) => {
      const style = getComputedStyle(h.parentElement);
      return {
        background: style.backgroundColor,
        borders: ['Top', 'Right', 'Bottom', 'Left']
          .filter((side) => parseFloat(style[`border${side}Width`]) > 0)
          .map((side) => style[`border${side}Color`]),
      };
    }, heading);
  }

  /** Whether the element `first` finds is drawn above the one `second` finds, on the page. */
  async isAbove(first, second) {
    const top = async (query) => this.session.evaluate((e) => e.getBoundingClientRect().top, await this.element(query));
    return await top(first) < await top(second);
  }

  /**
   * From the list to the result, answering Kent and Medway's questions so as to meet every
   * essential criterion; `nvq` answers the desirable NVQ question.
   */
  async meetKmpt({ nvq = this.w.yes } = {}) {
    await this.chooseJob(KMPT);
    await this.start();
    await this.answer(this.w.ownExperience);
    await this.answer(this.w.yes);
    await this.answerMonth(3, 2024);
    await this.answer(nvq);
    await this.seeResult();
  }

  async back() {
    const before = await this.pageHeading();
    await this.turn({ role: 'button', name: this.w.back, exact: true });
    await this.leaving(before, 'Back');
  }

  /**
   * A criterion's heading on the result page, found by its words: the first, in the result's
   * own lists, which come before "Prepare your application" names it again.
   */
  criterionHeading(criterion) {
    return this.element({ role: 'heading', level: 3, name: criterion, exact: true, first: true });
  }

  /** The verdict shown for a criterion on the result page, found by its words. */
  async verdictOf(criterion) {
    const heading = await this.criterionHeading(criterion);
    return this.session.evaluate((e) => e.closest('li').querySelector('.ec-status').textContent.trim(), heading);
  }

  /** Everything the result page says of a criterion, found by its words. */
  async reasonOf(criterion) {
    const heading = await this.criterionHeading(criterion);
    return this.session.evaluate((e) => e.closest('li').textContent.replace(/\s+/g, ' ').trim(), heading);
  }

  /** Asserts nothing was requested after the first load, nothing is stored, and the URL is as loaded. */
  async assertPrivate() {
    await this.assertNoRequestSinceLoad();
    assert.deepEqual(await this.session.cookies(), [], 'no cookies');
    const stored = await this.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      indexedDB: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookie: '', indexedDB: 0 }, 'nothing stored');
    assert.equal(await this.evaluate(() => location.href), this.url, 'the URL never changes');
  }

  async assertNoRequestSinceLoad() {
    await this.settle();
    assert.deepEqual(await this.requestsSinceLoad(), [], 'no request after load');
  }

  /**
   * What went wrong in the page: its errors (its own, and where the engine reports them, what the
   * browser said of it, such as a file that failed to load) and Content-Security-Policy violations.
   */
  async health() {
    const { errors, violations } = await this.evaluate(() => window.__ecHealth);
    const said = this.session.can('messages') ? this.session.messages() : [];
    return { errors: [...said, ...errors], violations };
  }

  /**
   * Runs `fn` (a tool that injects its own styles, such as axe), then forgets the errors and
   * policy violations it caused: the page's own are still asserted on.
   */
  async excusing(fn) {
    const before = await this.evaluate(() => window.__ecHealth);
    const said = this.session.can('messages') ? this.session.messages().length : 0;
    const result = await fn();
    await this.evaluate(({ errors, violations }) => {
      window.__ecHealth.errors.length = errors;
      window.__ecHealth.violations.length = violations;
    }, { errors: before.errors.length, violations: before.violations.length });
    if (this.session.can('messages')) this.session.messages().length = said;
    return result;
  }

  /**
   * What the page's console was warned of: where the checker tells whoever looks after the page
   * what it could not load, in full, while the applicant reads one plain sentence.
   */
  async consoleWarnings() {
    return this.evaluate(() => window.__ecHealth.warnings);
  }

  async assertHealthy() {
    const { errors, violations } = await this.health();
    assert.deepEqual(violations, [], 'no Content-Security-Policy violations');
    assert.deepEqual(errors, [], 'no errors in the console');
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.session.close();
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
