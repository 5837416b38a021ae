// The first screen, prerendered at build time into the standalone page: it is there before the
// app has started (and with JavaScript off), the app takes it over with no visible change, the
// prerendered HTML is what the app renders, and a tap made before the app is ready is not lost.
// The wasm is held back by the test (a route that answers only when told), so "before the app has
// started" is a state the test controls rather than a race it hopes to win.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './checker.js';
import { initScript } from './drivers.js';
import { DIST, serve } from './server.js';

/** The day the build's first screen was rendered for (`data-prerendered`). */
const RENDERED_FOR = readFileSync(join(DIST, 'index.html'), 'utf8').match(/data-prerendered="(\d{4}-\d\d-\d\d)"/)[1];

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await server?.close();
  await browser?.close();
});

/**
 * A page of the standalone checker whose wasm is held back until `start()` is called, with the
 * date fixed to `today` (the day the first screen was rendered for, by default).
 */
async function heldBack(t, { today = new Date(`${RENDERED_FOR}T10:00:00`), javaScript = true, query = '' } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
  t.after(() => context.close());
  await context.addInitScript(initScript({ today }));
  let start;
  const started = new Promise((resolve) => { start = resolve; });
  await context.route('**/*.wasm', async (route) => {
    await started;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(server.url + query);
  return { page, start };
}

/** Whether the app has taken the first screen over. */
const takenOver = (page) => page.locator('.ec-mount[data-prerendered]').count().then((n) => n === 0);

async function untilTakenOver(page) {
  for (let tries = 0; tries < 200 && !await takenOver(page); tries++) await page.waitForTimeout(50);
  assert.ok(await takenOver(page), 'the app has taken the first screen over');
}

/** A tree as tag, attributes in name order and text, whatever order the renderer wrote them in. */
const canonical = (root) => {
  const walk = (node) => {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeType !== 1) return '';
    const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
    return `<${node.localName} ${attributes}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
  };
  return walk(root.querySelector('.ec-root'));
};

test('the jobs are on the first screen before the app has started, and it takes over with no visible change', async (t) => {
  const { page, start } = await heldBack(t);
  await page.getByRole('heading', { level: 1, name: 'Check if you can apply for a job' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Check this job' }).count(), 2, 'both jobs, from the page itself');
  assert.equal(await takenOver(page), false, 'the app has not started');
  const settled = () => page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  // A full-page screenshot of a busy machine can catch the page half painted (a card blank below
  // its first line): each side is the screen once two shots in a row agree.
  const stableShot = async () => {
    let shot = await page.screenshot({ fullPage: true });
    for (let tries = 0; tries < 10; tries++) {
      await settled();
      const again = await page.screenshot({ fullPage: true });
      if (again.equals(shot)) return shot;
      shot = again;
    }
    return shot;
  };
  await settled();
  const before = await stableShot();

  start();
  await untilTakenOver(page);
  await settled();
  const after = await stableShot();
  if (!before.equals(after)) {
    // Kept for a person to compare.
    writeFileSync(new URL('../../target/first-screen-before.png', import.meta.url), before);
    writeFileSync(new URL('../../target/first-screen-after.png', import.meta.url), after);
  }
  assert.ok(before.equals(after), 'the screen looks exactly the same once the app has taken over (see target/first-screen-*.png)');
  assert.deepEqual(await page.evaluate(() => window.__ecHealth), { errors: [], warnings: [], violations: [], restored: false });
});

test('the prerendered HTML is what the app renders for the same postings on the same day', async (t) => {
  const { page, start } = await heldBack(t);
  const prerendered = await page.locator('.ec-mount[data-prerendered]').evaluate(canonical);
  start();
  await untilTakenOver(page);
  const rendered = await page.locator('.ec-mount').evaluate(canonical);
  assert.equal(prerendered, rendered);
});

test('with ?lang=cy the first screen is the Welsh one before the app starts, and the app renders it the same', async (t) => {
  const { page, start } = await heldBack(t, { query: '?lang=cy' });
  await page.getByRole('heading', { level: 1, name: 'Gwirio a allwch wneud cais am swydd' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Check if you can apply for a job' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Gwirio\'r swydd hon' }).count(), 2);
  assert.equal(await takenOver(page), false, 'the app has not started');
  const prerendered = await page.locator('.ec-mount[data-prerendered]').evaluate(canonical);
  start();
  await untilTakenOver(page);
  assert.equal(await page.locator('.ec-mount').evaluate(canonical), prerendered);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
});

test('a tap on a job before the app is ready takes effect once it starts; focus and scroll stay', async (t) => {
  const { page, start } = await heldBack(t);
  const kent = page.getByRole('listitem').filter({ hasText: 'Kent and Medway' }).getByRole('button', { name: 'Check this job' });
  await kent.click();
  assert.equal(await takenOver(page), false);
  // The tap was heard, and it shows: the button looks pressed, and a line says to wait.
  const waitLine = page.getByRole('status').filter({ hasText: 'One moment…' });
  assert.equal(await waitLine.count(), 1);
  assert.equal(await kent.getAttribute('aria-busy'), 'true');
  start();
  await page.getByRole('heading', { level: 1, name: /Peer Support Worker/ }).waitFor();
  await page.getByText('Kent and Medway Mental Health NHS Trust').first().waitFor();
  assert.equal(await waitLine.count(), 0, 'the line goes once the app has started');

  // Focus and scroll, set before the app starts, are where they were once it has.
  const { page: other, start: startOther } = await heldBack(t);
  const south = other.getByRole('listitem').filter({ hasText: 'South West London' }).getByRole('button', { name: 'Check this job' });
  await south.focus();
  await other.evaluate(() => window.scrollTo(0, 150));
  const scrolled = await other.evaluate(() => window.scrollY);
  startOther();
  await untilTakenOver(other);
  assert.equal(await other.evaluate(() => window.__ecActive()?.getAttribute('aria-describedby')), 'ec-posting-swlstg-ward1-picu-peer-support-worker');
  assert.equal(await other.evaluate(() => window.__ecActive()?.closest('.ec-mount')?.hasAttribute('data-prerendered')), false, 'the focus is in the app');
  assert.equal(await other.evaluate(() => window.scrollY), scrolled);
});

test('with JavaScript off, the jobs can still be read, after the message that the checker needs it', async (t) => {
  // Scripting off in Blink's own settings, so that the page is parsed as with JavaScript off
  // (Playwright's javaScriptEnabled leaves <noscript> unparsed).
  const { chromium } = await import('playwright-core');
  const off = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--blink-settings=scriptEnabled=false'],
  });
  t.after(() => off.close());
  const page = await off.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(server.url);
  const heading = page.getByRole('heading', { level: 1, name: 'Check if you can apply for a job' });
  await heading.waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Peer Support Worker' }).count(), 2);
  assert.equal(await page.getByText('Kent and Medway Mental Health NHS Trust').filter({ visible: true }).count(), 1);
  // The page is English, so the screen prerendered in Welsh beside it is not shown.
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Gwirio a allwch wneud cais am swydd' }).count(), 0);
  // Text search leaves <noscript> out, so the message is found by hand.
  const message = await page.evaluate(() => {
    const p = document.querySelector('eligibility-checker noscript p');
    return p && { text: p.textContent, shown: p.checkVisibility(), top: p.getBoundingClientRect().top };
  });
  assert.equal(message?.text, 'This checker needs JavaScript to run. Nothing you enter is sent anywhere.');
  assert.ok(message.shown, 'the message is shown');
  assert.ok(message.top < (await heading.boundingBox()).y, 'above the heading');
});
