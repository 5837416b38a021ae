// The checker hosted as a careers site hosts it, not as a kind test server would: HTTP caching
// with max-age and ETags (every test's server does that), a second deploy while visitors come and
// go, two builds on one origin, offline after one visit, and the back-forward cache switched on.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KMPT, answerKmpt, controlled, forgeOfflineCopy, launch, openShadowRoots, runningBoot, TODAY } from './checker.js';
import { DIST, NEXT_DIST, bootOf, builtTags, cacheOf, serve } from './server.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The stylesheet a build's index.html names. */
const styleOf = (dist) => builtTags(readFileSync(join(dist, 'index.html'), 'utf8'))
  .find((tag) => tag.rel === 'stylesheet').href.replace(/^\.\//, '');

/** A page in `context` at `url`, with the checker's list of jobs shown. */
async function visit(context, url, { today } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  // Before the page loads: the app reads the date once, when it starts, which can be at any
  // moment after the first screen shows (a clock set then raced it, and a start in between read
  // the fake clock before it was set).
  if (today) await page.clock.setFixedTime(today);
  await page.goto(url);
  await page.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
  return page;
}

/**
 * Waits up to 10 s for `predicate`, an async function run in the page, to return true.
 * (Playwright's waitForFunction does not await a promise: it would take one as true at once.)
 */
async function until(page, predicate, arg, what) {
  for (let tries = 0; tries < 100; tries++) {
    if (await page.evaluate(predicate, arg)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until a cache whose name ends with `name` holds a whole build. */
const cached = (page, name) => until(page, async (wanted) => {
  const key = (await caches.keys()).find((k) => k.endsWith(wanted));
  if (!key) return false;
  const registration = await navigator.serviceWorker.getRegistration();
  return !registration?.installing;
}, name, `the build ${name} cached`);

/**
 * Waits until the new build has taken over the checker's scope, watched from `page` (in the scope
 * or not): its worker active, none waiting or installing, and the old build's cache (`old`) gone.
 */
const tookOver = (page, scope, old) => until(page, async ([wanted, gone]) => {
  const registration = await navigator.serviceWorker.getRegistration(wanted);
  return Boolean(registration?.active && !registration.waiting && !registration.installing
    && !(await caches.keys()).some((key) => key.endsWith(gone)));
}, [scope, old], 'the new build to take over');

/**
 * No network: the browser's emulation (which covers the page but not its service worker's own
 * fetches) and the server gone, as on a train in a tunnel.
 */
async function offline(context, server) {
  await context.setOffline(true);
  await server.close();
}

async function newContext() {
  const context = await browser.newContext();
  await openShadowRoots(context);
  return context;
}

/** A server of the first build and a fresh browser context, both closed after the test. */
async function hosted(t) {
  const server = await serve({ root: DIST });
  t.after(() => server.close());
  const context = await newContext();
  t.after(() => context.close());
  return { server, context };
}

/** Asserts `page` runs the build in `dist`, whole: a job opens to its Start. */
async function runsWhole(page, dist, what) {
  assert.equal(await runningBoot(page), bootOf(dist), what);
  await page.getByRole('listitem').filter({ hasText: KMPT })
    .getByRole('button', { name: 'Check this job' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
}

test('a second deploy under max-age caching: returning visitors run the new build, online and offline', async (t) => {
  const { server, context } = await hosted(t);

  const first = await visit(context, server.url);
  await controlled(first);
  assert.equal(await runningBoot(first), bootOf(DIST));
  await first.close();

  server.deploy(NEXT_DIST); // the first build's files are gone from the server
  const returning = await visit(context, server.url);
  assert.equal(await runningBoot(returning), bootOf(NEXT_DIST), 'the first visit after a deploy runs the new build');
  await cached(returning, cacheOf(NEXT_DIST));
  await returning.close();

  // With no page of the old build open, the new build's worker takes over and removes the old
  // build's cache. Watched from a page of the same site outside the checker's scope.
  const outside = await context.newPage();
  await outside.goto(server.careers);
  await tookOver(outside, server.url, cacheOf(DIST));
  await outside.close();

  const later = await visit(context, server.url);
  assert.equal(await runningBoot(later), bootOf(NEXT_DIST));
  await later.close();

  await offline(context, server);
  const away = await visit(context, server.url);
  await runsWhole(away, NEXT_DIST, 'offline, the new build opens whole');
});

test('a deploy while the checker is open: each reload shows the new build, and so does offline', async (t) => {
  const { server, context } = await hosted(t);
  const page = await visit(context, server.url);
  await controlled(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();

  server.deploy(NEXT_DIST); // the first build's files are gone from the server
  for (const reload of [1, 2, 3]) {
    await page.waitForTimeout(2000); // an applicant reloading now and then, in the same tab
    await page.reload();
    await page.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
    assert.equal(await runningBoot(page), bootOf(NEXT_DIST), `reload ${reload} after the deploy runs the new build`);
  }
  // Nothing is answered in the one page open: the new build takes over, and the old build's copy
  // goes.
  await tookOver(page, server.url, cacheOf(DIST));

  await offline(context, server);
  await page.reload();
  await page.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
  await runsWhole(page, NEXT_DIST, 'offline, the new build');
});

test('a page of the same site cannot forge the offline copy: a changed file is refused, online or off', async (t) => {
  const { server, context } = await hosted(t);
  const first = await visit(context, server.url);
  await controlled(first);
  await cached(first, cacheOf(DIST));
  await first.close();

  // A script on another page of the same site, outside the checker's folder (a blog post running
  // a tag manager, say): Cache Storage is the whole origin's.
  const neighbour = await context.newPage();
  await neighbour.goto(server.careers);
  assert.equal(await neighbour.evaluate(forgeOfflineCopy, [server.url, bootOf(DIST)]), true);
  await neighbour.close();

  // On a slow network (every page 6 s), the checker's address still shows the checker, and it runs.
  server.slow(6000, (path) => path.endsWith('/') || path.endsWith('.html'));
  const slow = await context.newPage();
  await slow.goto(server.url, { timeout: 30_000 });
  assert.doesNotMatch(await slow.content(), /FORGED/);
  await slow.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
  await slow.getByRole('listitem').filter({ hasText: KMPT })
    .getByRole('button', { name: 'Check this job' }).click();
  await slow.getByRole('button', { name: 'Start' }).waitFor();
  assert.doesNotMatch(await slow.title(), /FORGED/);
  await slow.close();

  // Offline, the forged page is refused: the browser says it cannot reach the page.
  await offline(context, server);
  const away = await context.newPage();
  const opened = await away.goto(server.url).then(() => 'opened', (error) => error.message);
  // The browser then shows its own error page: read it once it has settled.
  let shown;
  for (let tries = 0; shown === undefined && tries < 50; tries++) {
    shown = await away.content().catch(() => away.waitForTimeout(100).then(() => undefined));
  }
  assert.doesNotMatch(shown, /FORGED/);
  assert.match(opened, /ERR_FAILED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION/, 'the navigation failed');
});

test('after one visit, the standalone checker loads and works offline from its sub-path', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const context = await newContext();
  t.after(() => context.close());
  const page = await visit(context, server.url, { today: TODAY });
  await controlled(page);
  await offline(context, server);
  await page.reload();
  await page.getByRole('listitem').filter({ hasText: 'Kent and Medway' })
    .getByRole('button', { name: 'Check this job' }).click();
  await answerKmpt(page.locator('body'));
  await page.getByRole('heading', { name: 'You meet the essential criteria for this job' }).waitFor();
});

test('an applicant halfway through when a new build is deployed finishes on the build they started with', async (t) => {
  const { server, context } = await hosted(t);
  const page = await visit(context, server.url, { today: TODAY });
  await controlled(page);
  await page.getByRole('listitem').filter({ hasText: KMPT })
    .getByRole('button', { name: 'Check this job' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('radio', { name: 'I have my own lived experience' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  server.deploy(NEXT_DIST);
  const other = await visit(context, server.url); // another tab brings the new build's worker in
  await cached(other, cacheOf(NEXT_DIST));
  // The new build waits: the old build's worker, and its cache, stay while its page is open.
  assert.deepEqual(await page.evaluate(async (old) => ({
    waiting: Boolean((await navigator.serviceWorker.getRegistration()).waiting),
    kept: (await caches.keys()).some((key) => key.endsWith(old)),
  }), cacheOf(DIST)), { waiting: true, kept: true });

  // The applicant goes on in their own tab, in front again (a tab in the background has its
  // timers throttled, and the test then raced them).
  await page.bringToFront();
  const question = (name) => page.getByRole('heading', { level: 1, name }).waitFor();
  await question(/willing to share/);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await question(/When did you last use/);
  await page.getByRole('radio', { name: 'I can give the month and year' }).check();
  await page.getByRole('textbox', { name: 'Month' }).fill('3');
  await page.getByRole('textbox', { name: 'Year' }).fill('2024');
  await page.getByRole('button', { name: 'Continue' }).click();
  await question(/National Vocational Qualification/);
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'See your result' }).click();
  await page.getByRole('heading', { name: 'You meet the essential criteria for this job' }).waitFor();
  assert.equal(await runningBoot(page), bootOf(DIST));
  // Its build is still whole offline while it is open: its worker answers from its cache (past
  // the HTTP cache), and a new checker mounts from it.
  await offline(context, server);
  assert.equal(await page.evaluate(async (file) => (await fetch(file, { cache: 'no-store' })).ok, styleOf(DIST)), true);
  await page.evaluate(() => document.body.append(document.createElement('eligibility-checker')));
  const added = page.locator('eligibility-checker');
  await added.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
  const button = added.getByRole('button', { name: 'Check this job' }).first();
  await page.waitForFunction((b) => getComputedStyle(b).backgroundColor === 'rgb(0, 127, 59)', await button.elementHandle());

  // Once they have closed their tab, the new build takes over (the other tab, on the list, has
  // nothing to lose), and the next visit is on it, offline too.
  await page.close();
  await tookOver(other, server.url, cacheOf(DIST));
  const next = await visit(context, server.url);
  assert.equal(await runningBoot(next), bootOf(NEXT_DIST));
});

test('two builds on one origin each keep their own offline copy', async (t) => {
  const server = await serve({ root: DIST, mounts: { '/volunteering/checker/': NEXT_DIST } });
  t.after(() => server.close());
  const context = await newContext();
  t.after(() => context.close());
  const careers = await visit(context, server.url);
  await controlled(careers);
  const volunteering = await visit(context, `${server.origin}/volunteering/checker/`);
  await controlled(volunteering);
  await cached(volunteering, cacheOf(NEXT_DIST));

  await offline(context, server);
  for (const [page, dist] of [[careers, DIST], [volunteering, NEXT_DIST]]) {
    await page.reload();
    await page.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
    assert.equal(await runningBoot(page), bootOf(dist));
  }
  const keys = await careers.evaluate(() => caches.keys());
  assert.equal(keys.length, 2, `one cache for each scope: ${keys.join(', ')}`);
});

describe('with the back-forward cache on, as in every browser', () => {
  let cachingBrowser;
  before(async () => { cachingBrowser = await launch({ backForwardCache: true }); });
  after(async () => { await cachingBrowser?.close(); });

  /** A fresh page that records whether it was restored from the back-forward cache. */
  async function page() {
    const context = await cachingBrowser.newContext();
    await openShadowRoots(context);
    await context.addInitScript(() => {
      window.__restored = false;
      addEventListener('pageshow', (event) => { window.__restored ||= event.persisted; });
    });
    const p = await context.newPage();
    p.setDefaultTimeout(10_000);
    await p.clock.setFixedTime(TODAY);
    return { context, page: p };
  }

  /** Leaves for another page and comes back with the browser's Back. */
  async function leaveAndReturn(p) {
    await p.goto('data:text/html,<title>Elsewhere</title><p>Another site');
    // A page restored from the back-forward cache fires pageshow, not load.
    await p.goBack({ waitUntil: 'commit' });
    await p.waitForFunction(() => document.readyState === 'complete');
    assert.equal(await p.evaluate(() => window.__restored), true, 'restored from the back-forward cache');
  }

  test('Back to the standalone checker after leaving from a result shows no answer and no result', async (t) => {
    const server = await serve();
    t.after(() => server.close());
    const { context, page: p } = await page();
    t.after(() => context.close());
    await p.goto(server.url);
    await p.getByRole('listitem').filter({ hasText: KMPT }).getByRole('button', { name: 'Check this job' }).click();
    await answerKmpt(p.locator('body'));
    await p.getByRole('heading', { name: 'You meet the essential criteria for this job' }).waitFor();

    await leaveAndReturn(p);
    await p.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
    assert.equal(await p.getByRole('button', { name: 'Clear my answers' }).count(), 0, 'nothing is answered');
    await p.getByRole('listitem').filter({ hasText: KMPT }).getByRole('button', { name: 'Check this job' }).click();
    await p.getByRole('button', { name: 'Start' }).click();
    assert.equal(await p.getByRole('radio', { checked: true }).count(), 0, 'no answer is kept');
  });

  test('Back to a careers page shows each checker as it opened, with nothing answered', async (t) => {
    const server = await serve();
    t.after(() => server.close());
    const { context, page: p } = await page();
    t.after(() => context.close());
    // Halfway through the snippet's questions, leaving asks first: the applicant says yes.
    p.on('dialog', (dialog) => dialog.accept());
    await p.goto(server.careers);
    const element = p.locator('#element');
    await answerKmpt(element);
    await element.getByRole('heading', { name: 'You meet the essential criteria for this job' }).waitFor();
    const snippet = p.locator('#snippet');
    await snippet.getByRole('listitem').filter({ hasText: 'South West London' }).getByRole('button', { name: 'Check this job' }).click();
    await snippet.getByRole('button', { name: 'Start' }).click();
    await snippet.getByRole('radio', { name: 'Only through my work' }).check();

    await leaveAndReturn(p);
    // The custom element opened at its posting: it shows that posting again, nothing answered.
    await element.getByRole('button', { name: 'Start' }).waitFor();
    assert.equal(await element.getByRole('heading', { level: 1 }).textContent(), 'Peer Support Worker');
    await snippet.getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
    assert.equal(await p.getByText('You meet the essential criteria').count(), 0);
    assert.equal(await p.getByRole('radio', { checked: true }).count(), 0);
  });
});

