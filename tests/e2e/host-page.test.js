// What a careers page's own scripts can learn of an applicant's answers, tested against the
// closed shadow root a host page really gets (no test hook opens it here): nothing through the
// events that bubble out of the checker, nothing by walking or observing the page, no request made
// by theming, postings only from where the employer means, and nothing at all through an iframe
// served from the checker's own origin; and no boxes for notes on any page but the checker's own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Checker, ClosedShadow, KMPT, TODAY, answerKmpt, attributesOf, button, byId, heading, launch, openShadowRoots, textOf,
} from './checker.js';
import { initScript } from './drivers.js';
import { everyScreen } from './screens.js';
import { DIST, SUB_PATH, builtTags, csp, serve } from './server.js';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The host page's scripts, as analytics "autocapture" and session replay write them: a
 * bubble-phase document listener for every event, recording what it can learn of the target; a
 * capture-phase listener for keys, input and clicks; a MutationObserver on the whole document; and
 * a walk of every element, into every shadow root it can open.
 */
function hostScripts() {
  const describe = (event) => {
    const target = event.composedPath()[0];
    return {
      type: event.type,
      key: event.key ?? null,
      data: event.data ?? null,
      target: target?.nodeName ?? String(target),
      id: target?.id ?? null,
      text: target?.textContent?.slice(0, 300) ?? null,
      value: target?.value ?? null,
      label: target?.labels?.[0]?.textContent ?? null,
      path: event.composedPath().map((node) => node.nodeName ?? String(node)).join(' > '),
      // Whether it came from inside a checker: only the checker's element shows of a closed root.
      fromChecker: event.composedPath().some((node) => node.localName === 'eligibility-checker'
        || node.dataset?.eligibilityChecker !== undefined),
    };
  };
  window.__bubbled = [];
  window.__captured = [];
  window.__mutations = [];
  // Every event the browser knows a handler for, and the few it fires without one.
  const handlers = (prototype) => Object.getOwnPropertyNames(prototype)
    .filter((name) => name.startsWith('on')).map((name) => name.slice(2));
  const every = new Set([...handlers(HTMLElement.prototype), ...handlers(Document.prototype),
    ...handlers(Window.prototype), 'textInput', 'DOMActivate', 'focusin', 'focusout',
    'compositionstart', 'compositionupdate', 'compositionend']);
  window.__listenedFor = every.size;
  for (const type of every) document.addEventListener(type, (e) => window.__bubbled.push(describe(e)));
  for (const type of ['keydown', 'keyup', 'beforeinput', 'input', 'click']) {
    document.addEventListener(type, (e) => window.__captured.push(describe(e)), true);
  }
  new MutationObserver((records) => {
    for (const record of records) {
      window.__mutations.push(`${record.target.textContent ?? ''} ${[...record.addedNodes].map((n) => n.textContent).join(' ')}`);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  window.__walk = () => {
    const seen = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        seen.push(`${element.textContent} ${element.value ?? ''} ${element.getAttribute('aria-label') ?? ''}`);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return seen.join('\n');
  };
}

/** Words and values only the checker's inside holds: the questions, the options, the answers. */
const SECRETS = ['lived experience', 'answer-own', 'answer-month', 'answer-yes', 'last use',
  'willing to share', 'You meet the essential criteria', 'Continue', 'Prepare your application'];

test('a host page\'s analytics and session replay learn nothing of the answers, bar the documented limit', async (t) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  t.after(() => context.close());
  await context.addInitScript(hostScripts);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.clock.setFixedTime(TODAY);
  await page.goto(server.careers);

  // The snippet's checker (built-in postings), answered as an applicant would, after the garbage
  // collector has run: what stops events at its boundary must outlive the page's start-up.
  const shadow = await ClosedShadow.of(page);
  const inElement = (node) => attributesOf(node)['data-eligibility-checker'] !== undefined
    && !attributesOf(node)['data-postings'];
  await shadow.waitFor(inElement, heading(/Check if you can apply/), 'the list of jobs');
  await page.evaluate(async () => {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100)); // finalizers run after collection
    gc();
  });
  await shadow.click(inElement, button('Check this job'), 'Kent and Medway\'s posting');
  const choose = async (id, next) => {
    await shadow.click(inElement, byId(id), id);
    await shadow.click(inElement, button('Continue'), 'Continue');
    await shadow.waitFor(inElement, heading(next), String(next));
  };
  await shadow.click(inElement, button('Start'), 'Start');
  await choose('answer-own', /willing to share/);
  await choose('answer-yes', /When did you last use/);
  await shadow.click(inElement, byId('answer-month-year'), 'month and year');
  await shadow.click(inElement, byId('answer-month'), 'Month');
  await page.keyboard.type('3');
  await shadow.click(inElement, byId('answer-year'), 'Year');
  await page.keyboard.type('2024');
  await shadow.click(inElement, button('Continue'), 'Continue');
  await shadow.waitFor(inElement, heading(/NVQ/), 'the NVQ question');
  await choose('answer-yes', /Check your answers/);
  await shadow.click(inElement, button('See your result'), 'See your result');
  await shadow.waitFor(inElement, heading(/You meet the essential criteria/), 'the result');
  // A capture-phase listener would hear every key of a note typed here (below), so on a careers
  // page the checker offers the prompts for an application and no box to type notes into.
  await shadow.waitFor(inElement, (node) => node.nodeName === 'H2' && textOf(node) === 'Prepare your application', 'the prompts');
  assert.equal(await shadow.find(inElement, (node) => node.nodeName === 'TEXTAREA'), undefined, 'no box for notes');

  const { bubbled, captured, mutations, walked } = await page.evaluate(() => ({
    bubbled: window.__bubbled,
    captured: window.__captured,
    mutations: window.__mutations,
    walked: window.__walk(),
  }));
  // The test drove the checker: the events were there to be had.
  assert.ok(captured.some((e) => e.type === 'click'), 'the capture-phase listener heard the clicks');
  assert.ok(await page.evaluate(() => window.__listenedFor) > 80, 'listening for every kind of event');
  // No script of the page can reach the closed root through the element's internals either.
  assert.equal(await page.evaluate(() => {
    try {
      return `reached: ${document.querySelector('eligibility-checker').attachInternals().shadowRoot}`;
    } catch (error) {
      return error.name;
    }
  }), 'NotSupportedError');

  const fromChecker = bubbled.filter((e) => e.fromChecker);
  assert.deepEqual(fromChecker, [], 'no event from inside the checker bubbles out to the page');
  const everything = JSON.stringify({ bubbled, mutations, walked });
  for (const secret of SECRETS) assert.ok(!everything.includes(secret), `"${secret}" never reaches the page`);
  assert.doesNotMatch(walked, /Peer Support Worker[\s\S]*Start/, 'walking the page finds none of the checker');

  // The documented limit: a capture-phase listener runs before the checker can stop anything, and
  // the platform composes key and input events, so it hears each character typed. It learns
  // nothing else: the target is the checker's element, never a field, label or option.
  const typed = (type, field) => captured.filter((e) => e.type === type && e[field] !== null)
    .map((e) => e[field]).join('');
  assert.equal(typed('keydown', 'key'), '32024');
  assert.equal(typed('input', 'data'), '32024');
  for (const event of captured) {
    assert.equal(event.target, 'DIV', JSON.stringify(event));
    assert.match(event.path, /^DIV > SECTION > BODY/, JSON.stringify(event));
    assert.equal(event.value, null, JSON.stringify(event));
    assert.equal(event.label, null, JSON.stringify(event));
    assert.equal(event.text, '', JSON.stringify(event));
  }
});

test('theming cannot make a request: every --ec-* property set to url(), web fonts by the character', async () => {
  const properties = [...new Set(readFileSync(new URL('../../style.css', import.meta.url), 'utf8')
    .match(/var\((--ec-[a-z-]+)/g).map((m) => m.slice(4)))];
  assert.ok(properties.length >= 16, properties.join(' '));
  const c = await Checker.open(browser, {
    server,
    init: (names) => {
      const theme = () => {
        for (const name of names) document.documentElement.style.setProperty(name, `url(/LEAK${name})`);
        // A web font loaded only for the digits, under every name a page might give the checker:
        // were it used, typing a month would request it.
        const families = ['Frutiger', 'Arial', 'Roboto', 'Segoe UI', '-apple-system', 'system-ui', 'sans-serif'];
        for (const family of families) {
          document.fonts.add(new FontFace(family, `url(/LEAK-font-${family.replace(/\W/g, '')})`, { unicodeRange: 'U+30-39' }));
        }
        document.documentElement.style.setProperty('--ec-font', families.map((f) => `"${f}"`).join(', '));
      };
      if (document.documentElement) theme(); else document.addEventListener('DOMContentLoaded', theme);
    },
    initArg: properties,
  });
  try {
    assert.match(await c.page.evaluate(() => document.documentElement.getAttribute('style')), /--ec-colour-met: url/);
    await everyScreen(c, () => {});
    await c.page.waitForLoadState('networkidle');
    const leaks = c.session.requests().filter((url) => url.includes('LEAK'));
    assert.deepEqual(leaks, []);
    assert.deepEqual(server.log.filter((r) => r.path.includes('LEAK')).map((r) => r.path), []);
  } finally {
    await c.close();
  }
});

test('postings come only from the page\'s own site, without cookies, unless the element names another', async (t) => {
  const other = await serve({ headers: { 'access-control-allow-origin': '*' } });
  t.after(() => other.close());
  // The careers page lets the checker connect to the other site, as its own policy must.
  const server = await serve({ headers: () => ({ 'content-security-policy': csp({ 'connect-src': `'self' ${other.origin}` }) }) });
  t.after(() => server.close());
  const context = await browser.newContext();
  t.after(() => context.close());
  await openShadowRoots(context);
  await context.addCookies([
    { name: 'session', value: 'secret', url: server.origin },
    { name: 'session', value: 'secret', url: other.origin },
  ]);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(server.careers);
  await page.locator('#from-url').getByRole('heading', { level: 1 }).waitFor();
  const foreign = `${other.origin}/careers/jobs.json`;
  await page.evaluate((foreign) => {
    const add = (id, attributes) => {
      const element = document.createElement('eligibility-checker');
      element.id = id;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
    };
    add('cross-origin', { postings: foreign });
    add('data-url', { postings: 'data:application/json,{"postings":[]}' });
    add('selector', { postings: '#x, script' });
    add('not-json', { postings: '#snippet' });
    add('criteria-elsewhere', { criteria: foreign });
    add('opted-in', { postings: foreign, 'postings-from': new URL(foreign).origin });
  }, foreign);
  // Each checker tells the applicant plainly that there are no jobs to show, and the console why,
  // as "file: message".
  const problems = async (id) => {
    await page.locator(`#${id}`).getByText('The list of jobs could not be read').waitFor();
    return warnings.join('\n');
  };
  assert.match(await problems('cross-origin'), new RegExp(
    `the postings attribute: expected a file on this page's own site \\(${server.origin}\\), found one on ${other.origin}: `
    + `to read postings from there, give the element postings-from="${other.origin}" as well`,
  ));
  assert.match(await problems('data-url'),
    /the postings attribute: expected the address of a JSON file on this site, found a "data:" address, which the checker does not read/);
  assert.match(await problems('selector'),
    /the postings attribute: expected "#" and the id of a <script type="application\/json"> in this page, like "#my-postings", found "#x, script"/);
  assert.match(await problems('not-json'),
    /the postings in this page \(#snippet\): expected the element with id "snippet" to be a <script type="application\/json">/);
  assert.match(await problems('criteria-elsewhere'), /the criteria attribute: expected a file on this page's own site/);

  const optedIn = page.locator('#opted-in');
  await optedIn.getByRole('button', { name: 'Check this job' }).waitFor();
  assert.doesNotMatch(await optedIn.getByRole('main').textContent(), /could not be/);

  const fetched = [...server.log, ...other.log].filter((r) => r.path.endsWith('jobs.json'));
  assert.deepEqual(fetched.map((r) => r.headers.cookie ?? 'no cookie'), ['no cookie', 'no cookie'],
    'the page\'s own file and the one opted in, each once, neither with cookies');
});

test('in an iframe from the checker\'s own origin, the host page cannot read it; other sites cannot frame it', async (t) => {
  const { checker, careersSite, elsewhere, context } = await framedSites(t);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${careersSite.origin}/careers/iframe.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
  await frame.getByRole('listitem').filter({ hasText: 'South West London' }).getByRole('button', { name: 'Check this job' }).click();
  await frame.getByRole('button', { name: 'Start' }).click();
  await frame.getByRole('radio', { name: 'I have my own lived experience' }).check();
  const read = await page.evaluate(() => {
    const iframe = document.querySelector('iframe');
    try {
      return iframe.contentDocument ?? `null, and ${iframe.contentWindow.document.body.textContent}`;
    } catch (error) {
      return `refused: ${error.name}`;
    }
  });
  assert.equal(read, 'refused: SecurityError');
  assert.equal(await page.evaluate(() => document.querySelector('iframe').contentDocument), null);

  const framed = await context.newPage();
  await framed.goto(`${elsewhere.origin}/careers/iframe.html`);
  await framed.waitForLoadState('load');
  const child = framed.frames().find((f) => f !== framed.mainFrame());
  assert.ok(!child.url().startsWith(checker.origin) || (await child.locator('h1').count()) === 0,
    `a site frame-ancestors does not name gets no checker: ${child.url()}`);
});

test('an iframe whose address names a posting (the editor\'s snippet) opens at that posting', async (t) => {
  const { careersSite, context } = await framedSites(t, '?posting=swlstg-ward1-picu-peer-support-worker');
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${careersSite.origin}/careers/iframe.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: 'Peer Support Worker' }).waitFor();
  await frame.getByText('South West London and St George\'s Mental Health NHS Trust').first().waitFor();
  await frame.getByRole('button', { name: 'Start' }).click();
  await frame.getByRole('radio', { name: 'I have my own lived experience' }).waitFor();
});

/**
 * The checker on an origin of its own, whose frame-ancestors names the careers site and only it;
 * the careers site, whose examples/iframe.html frames the checker's page (at `query`); another
 * site framing it the same way; and a browser context with the checker's roots opened.
 */
async function framedSites(t, query = '') {
  let careersOrigin = "'none'";
  const checker = await serve({
    headers: () => ({ 'content-security-policy': csp({ 'frame-ancestors': careersOrigin }) }),
  });
  t.after(() => checker.close());
  const framing = () => serve({
    host: (html) => html.replace('https://checker.careers.example.nhs.uk/', `${checker.url}${query}`),
    headers: () => ({ 'content-security-policy': csp({ 'frame-src': checker.origin }) }),
  });
  const careersSite = await framing();
  t.after(() => careersSite.close());
  careersOrigin = careersSite.origin;
  const elsewhere = await framing();
  t.after(() => elsewhere.close());
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  t.after(() => context.close());
  await openShadowRoots(context);
  return { checker, careersSite, elsewhere, context };
}

/** From the list of jobs in `area` to Kent and Medway's result, meeting every criterion. */
async function toKmptResult(page, area) {
  // The app takes the prerendered first screen over before anything on it is pressed.
  await page.waitForFunction(() => ![...document.querySelectorAll('eligibility-checker')]
    .some((element) => element.shadowRoot?.querySelector('.ec-mount[data-prerendered]')));
  await area.getByRole('listitem').filter({ hasText: KMPT }).getByRole('button', { name: 'Check this job' }).click();
  await answerKmpt(area);
  await area.getByRole('heading', { level: 2, name: 'Prepare your application' }).waitFor();
}

/**
 * A page in a fresh context, its date at TODAY and the checker's roots opened, by the start-up
 * script every engine's sessions run: Playwright's clock would also empty the page's performance
 * entries, where the boot script reads the address the page was loaded from. Closed when `t` ends.
 */
async function freshPage(t) {
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  t.after(() => context.close());
  await context.addInitScript(initScript({ today: TODAY }));
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/** The boxes for notes a checker's result offers. */
const noteBoxes = (area) => area.getByRole('textbox', { name: /^Your notes for:/ }).count();

/**
 * A careers page at `path` on the checker's origin that copies the checker's prerendered markup
 * and boot script from the built index.html, as a page might copy them to look the same; `before`
 * is the source of a script of its own that it runs first, if any.
 */
function copiedPage(server, path, before) {
  const built = readFileSync(join(DIST, 'index.html'), 'utf8');
  const markup = built.match(/<eligibility-checker\b[\s\S]*<\/eligibility-checker>/)[0];
  const boot = `${builtTags(built).find((tag) => tag.src?.includes('/boot-')).element}</script>`;
  // The build names its files relative to itself: from another path, by the checker's.
  const fromHere = (html) => html.replace(/(["=])\.\//g, `$1${SUB_PATH}`);
  const dir = mkdtempSync(join(tmpdir(), 'ec-copied-'));
  // Served as a build's index.html is, its declared root opened for the test's locators.
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang=en-GB><meta charset=utf-8><title>Careers</title>'
    + `${before ? `<script src="${path}before.js"></script>` : ''}${fromHere(boot)}`
    + `<body><h1>Work with us</h1>${fromHere(markup)}`);
  if (before) writeFileSync(join(dir, 'before.js'), before);
  server.mount(path, dir);
  return server.origin + path;
}

test('notes only on the checker\'s own page: not on a copy of its markup, nor opened by a page of its origin', async (t) => {
  // The checker's own page, opened directly: a box for each criterion to write about.
  const own = await freshPage(t);
  await own.page.goto(server.url);
  await toKmptResult(own.page, own.page.locator('eligibility-checker'));
  assert.equal(await noteBoxes(own.page), 5, 'the checker\'s own page offers boxes for notes');

  // A careers page (the same origin, another path) with the prerendered markup copied into it:
  // its own scripts would hear every key typed into a box.
  const copied = await freshPage(t);
  await copied.page.goto(copiedPage(server, '/careers/copied/'));
  await toKmptResult(copied.page, copied.page.locator('eligibility-checker'));
  assert.equal(await noteBoxes(copied.page), 0, 'a copy of the markup on a careers page offers none');
  // Nor where the copy first gives itself the checker's address in the history.
  const forged = await freshPage(t);
  const forging = `history.replaceState(null, '', ${JSON.stringify(server.url)});`;
  await forged.page.goto(copiedPage(server, '/careers/forged/', forging));
  assert.equal(await forged.page.evaluate(() => location.href), server.url, 'the copy shows the checker\'s address');
  await toKmptResult(forged.page, forged.page.locator('eligibility-checker'));
  assert.equal(await noteBoxes(forged.page), 0, 'a copy at the checker\'s address in the history offers none');

  // A careers page that opens the checker's own page with window.open: it can reach into the
  // window it opened (the checker's root is closed, but its listeners are the page's to add).
  const opener = await freshPage(t);
  await opener.page.goto(server.careers);
  const [opened] = await Promise.all([
    opener.page.context().waitForEvent('page'),
    opener.page.evaluate((url) => { window.checker = window.open(url); }, server.url),
  ]);
  opened.setDefaultTimeout(10_000);
  await toKmptResult(opened, opened.locator('eligibility-checker'));
  assert.equal(await opener.page.evaluate(() => window.checker.location.pathname), new URL(server.url).pathname,
    'the page that opened the checker can reach it');
  assert.equal(await noteBoxes(opened), 0, 'the checker opened by a page of its own origin offers none');
  // Opened with noopener, nothing can reach it: it is the checker's own page again.
  const [alone] = await Promise.all([
    opener.page.context().waitForEvent('page'),
    opener.page.evaluate((url) => { window.open(url, '_blank', 'noopener'); }, server.url),
  ]);
  alone.setDefaultTimeout(10_000);
  await toKmptResult(alone, alone.locator('eligibility-checker'));
  assert.equal(await alone.evaluate(() => window.opener), null);
  assert.equal(await noteBoxes(alone), 5, 'opened with noopener, the checker offers boxes for notes');
  for (const { errors } of [own, copied, forged, opener]) assert.deepEqual(errors, []);
});
