// The browser's Back and Forward inside the checker: each page is an entry in the browser's
// history, so Back (a phone's back gesture) goes back one page instead of leaving and losing every
// answer, and Forward returns. The entries hold the checker's place only: no answer in the URL or
// in history.state. On the standalone page and on a careers page with three checkers, whose own
// script pushes history entries of its own, as a single-page careers site does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Checker, SWLSTG, browserAndServer, hostPage } from './checker.js';

const env = browserAndServer();

/** Lets the page handle what Back or Forward started, and render: a frame and a task. */
const settled = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

const STEPS = [
  'Check if you can apply for a job',
  'Peer Support Worker',
  'Which best describes your experience of mental health problems or emotional distress?',
  'Are you willing to share your own life experiences in your work?',
  'When did you last use mental health services?',
  'Do you have a National Vocational Qualification (NVQ) at level 2, or something like it?',
  'Check your answers',
  'You meet the essential criteria for this job',
];

test('Back and Forward move one page through a whole flow, and the entries hold no answer', async (t) => {
  const c = await Checker.open(env.engine, { server: env.server });
  t.after(() => c.close());
  const { page } = c;
  const url = page.url();
  await c.meetKmpt({ nvq: 'No' });
  assert.equal(await c.pageHeading(), STEPS.at(-1));
  // Back, one page at a time, to the list; focus on each page's heading, its answer shown.
  for (let step = STEPS.length - 2; step >= 0; step--) {
    await page.goBack();
    await c.waitForHeading(STEPS[step]);
    assert.equal(await c.pageHeading(), STEPS[step]);
    assert.equal(await c.focusedId(), 'page-heading', `focus on "${STEPS[step]}"`);
    if (step === 3) assert.equal(await c.count({ role: 'radio', name: 'Yes', checked: true }), 1);
  }
  // Forward, all the way back to the result, with every answer kept.
  for (let step = 1; step < STEPS.length; step++) {
    await page.goForward();
    await c.waitForHeading(STEPS[step]);
  }
  assert.match(await c.mainText(), /You answered March 2024: at least 12 months have passed since then\./);
  // The checker's own Back link goes to the page before, as a new entry (as GOV.UK's does), so
  // the browser's Back returns to the result.
  await c.click({ role: 'button', name: 'Back' });
  await c.waitForHeading('Check your answers');
  await page.goBack();
  await c.waitForHeading(STEPS.at(-1));
  // What the history holds: the checker's place (this page load's token, the trail, the page),
  // nothing else; the address never changed.
  const state = await page.evaluate(() => history.state);
  assert.deepEqual(Object.keys(state), ['eligibility-checker']);
  assert.match(state['eligibility-checker'], /^\d+\.7$/);
  assert.equal(page.url(), url);
  // Clear my answers forgets them for every entry: Back leads nowhere, and shows nothing answered.
  await c.click({ role: 'button', name: 'Clear my answers' });
  await c.waitForHeading(STEPS[0]);
  await page.goBack();
  await settled(page);
  assert.equal(await c.pageHeading(), STEPS[0]);
  assert.doesNotMatch(await c.mainText(), /You answered/);
  await c.assertPrivate();
  await c.assertHealthy();
});

test('after a reload, the entries from before lead nowhere: nothing answered comes back', async (t) => {
  const c = await Checker.open(env.engine, { server: env.server });
  t.after(() => c.close());
  await c.chooseJob(SWLSTG);
  await c.start();
  await c.answer('I have my own lived experience');
  await c.reload();
  await c.page.goBack();
  await settled(c.page);
  assert.equal(await c.pageHeading(), STEPS[0]);
  assert.equal(await c.count({ role: 'button', name: 'Clear my answers' }), 0, 'nothing is answered');
});

test('Back from the first page leaves the checker', async (t) => {
  const c = await Checker.open(env.engine, { server: env.server });
  t.after(() => c.close());
  await c.page.goto('data:text/html,<title>Before</title><p>Before');
  await c.page.goto(c.url);
  await c.waitForHeading(STEPS[0]);
  await c.page.goBack();
  assert.equal(await c.page.title(), 'Before');
});

test('on a careers page with its own router, each checker keeps its own place and the router its own', async (t) => {
  const { page } = await hostPage(env.engine.browser, t);
  // The careers page's own script, as a single-page careers site has: it pushes its routes and
  // follows Back and Forward by the state it wrote.
  await page.addInitScript(() => {
    window.__routesSeen = [];
    window.__go = (route) => history.pushState({ ...history.state, route }, '', `?route=${route}`);
    addEventListener('popstate', () => window.__routesSeen.push(history.state?.route ?? null));
  });
  await page.goto(env.server.careers);
  const area = (id) => page.locator(`#${id}`);
  const heading = (id) => area(id).getByRole('heading', { level: 1 });
  for (const id of ['snippet', 'from-url', 'element']) await heading(id).waitFor();
  const snippet = area('snippet');
  await page.evaluate(() => window.__go('peer-support'));
  // The snippet's checker, all the way to a result.
  const radio = (name) => snippet.getByRole('radio', { name, exact: true });
  const next = () => snippet.getByRole('button', { name: 'Continue' }).click();
  await snippet.getByRole('listitem').filter({ hasText: SWLSTG }).getByRole('button', { name: 'Check this job' }).click();
  await snippet.getByRole('button', { name: 'Start' }).click();
  await radio('I have my own lived experience').check();
  await next();
  await radio('Yes').check();
  await next();
  await snippet.getByRole('button', { name: 'See your result' }).click();
  await heading('snippet').filter({ hasText: 'This advert closed on 16 September 2025' }).waitFor();
  const focused = () => page.evaluate(() => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e?.id;
  });
  // Back through its pages, focus on each heading, the answers kept.
  for (const name of ['Check your answers', 'Have you used inpatient', 'Which best describes', 'Peer Support Worker']) {
    await page.goBack();
    await heading('snippet').filter({ hasText: name }).waitFor();
    assert.equal(await focused(), 'page-heading', `focus on "${name}"`);
  }
  // Then the router's own entry, made while the checker was on its list: its route and address
  // as it left them, and the checker's list again.
  await page.goBack();
  await heading('snippet').filter({ hasText: 'Check if you can apply for a job' }).waitFor();
  assert.equal((await page.evaluate(() => history.state)).route, 'peer-support');
  assert.match(page.url(), /\?route=peer-support$/);
  // Then the entry the page started on: no route.
  await page.goBack();
  await settled(page);
  assert.doesNotMatch(page.url(), /route=/);
  assert.equal(await heading('snippet').textContent(), 'Check if you can apply for a job');
  // The router saw its own route on every entry it passed through: the checker's entries carry it.
  assert.deepEqual(await page.evaluate(() => window.__routesSeen),
    ['peer-support', 'peer-support', 'peer-support', 'peer-support', 'peer-support', null]);
  // The other checkers never moved, and Forward walks the snippet's pages again to the result.
  await settled(page);
  assert.equal(await heading('element').textContent(), 'Peer Support Worker');
  assert.equal(await heading('from-url').textContent(), 'Check if you can apply for a job');
  for (let step = 0; step < 6; step++) await page.goForward();
  await heading('snippet').filter({ hasText: 'This advert closed on 16 September 2025' }).waitFor();
  assert.equal(await focused(), 'page-heading');
});
