// Browser benchmark (not a test): prints a table of medians for the release build in headless
// Chromium with 4x CPU throttling and a slow-4G network. Run `scripts/bench-browser.sh`.
//   - jobs shown: navigation start to the first "Check this job" button being shown (the
//     prerendered first screen's, for the built-in postings);
//   - time to interactive: navigation start to the app's own first "Check this job" button (the
//     app has started and taken the first screen over), empty cache, built-in postings and a
//     1,000-posting catalogue;
//   - filter update: typing a word in the search box until the list and its count have changed,
//     with 1,000 postings;
//   - JS heap after load;
//   - to Welsh: the first press of "Cymraeg" until the page reads in Welsh, which loads the
//     postings again in Welsh.
// Served with brotli, as a host would.
//   (Chrome's Runtime.getHeapUsage; wasm linear memory is not in it).
import { readFileSync } from 'node:fs';
import { launch, openShadowRoots } from './checker.js';
import { serve } from './server.js';

const RUNS = Number(process.env.RUNS ?? 7);
const catalogue = readFileSync(new URL('../../target/catalogue-1000.json', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launch();
const servers = {
  'built-in (2)': await serve({ compress: true }),
  'catalogue (1,000)': await serve({
    compress: true,
    files: { 'catalogue-1000.json': catalogue },
    index: (html) => html.replace('<eligibility-checker ', '<eligibility-checker postings="catalogue-1000.json" '),
  }),
};

async function throttled() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await openShadowRoots(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  return { context, page, cdp };
}

// One untimed visit each, so the server's compression cache is warm.
for (const server of Object.values(servers)) {
  const context = await browser.newContext();
  await openShadowRoots(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Check this job' }).first().waitFor({ timeout: 60_000 });
  await context.close();
}

const rows = [];
for (const [name, server] of Object.entries(servers)) {
  const shown = [];
  const tti = [];
  const heap = [];
  const filter = [];
  const switched = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page, cdp } = await throttled();
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Check this job' }).first().waitFor({ timeout: 60_000 });
    shown.push(await page.evaluate(() => performance.now()));
    await page.locator('.ec-mount:not([hidden]):not([data-prerendered])')
      .getByRole('button', { name: 'Check this job' }).first().waitFor({ timeout: 60_000 });
    tti.push(await page.evaluate(() => performance.now()));
    heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024);
    if (name.startsWith('catalogue')) {
      const box = page.getByRole('searchbox', { name: 'Search by words' });
      for (const word of ['leeds', 'derby']) {
        filter.push(await box.evaluate(async (input, word) => {
          const status = input.getRootNode().querySelector('.ec-showing');
          const before = status.textContent;
          const started = performance.now();
          input.value = word;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          while (status.textContent === before) await new Promise((r) => setTimeout(r, 0));
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - started;
        }, word));
        await box.evaluate((input) => {
          input.value = '';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        });
        await page.getByText('Showing 20 of 1000 jobs').waitFor();
      }
    }
    // The first switch to Welsh loads the postings again, in Welsh: the click until the page's
    // heading is in Welsh.
    switched.push(await page.getByRole('button', { name: 'Cymraeg', exact: true }).evaluate(async (button) => {
      const root = button.getRootNode();
      const before = root.querySelector('h1').textContent;
      const started = performance.now();
      button.click();
      while (root.querySelector('h1').textContent === before) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - started;
    }));
    await context.close();
  }
  rows.push([name, median(shown), median(tti), filter.length ? median(filter) : null, median(heap), median(switched)]);
}

console.log(`Headless Chromium, 4x CPU throttling, slow 4G (150 ms, 1.6 Mbit/s), brotli, empty cache; median of ${RUNS} runs`);
console.log(`${'postings'.padEnd(20)}${'jobs shown (ms)'.padStart(16)}${'interactive (ms)'.padStart(18)}${'filter update (ms)'.padStart(20)}${'JS heap (KiB)'.padStart(16)}${'to Welsh (ms)'.padStart(15)}`);
for (const [name, first, tti, filter, heap, welsh] of rows) {
  console.log(`${name.padEnd(20)}${first.toFixed(0).padStart(16)}${tti.toFixed(0).padStart(18)}${(filter === null ? '-' : filter.toFixed(1)).padStart(20)}${heap.toFixed(0).padStart(16)}${welsh.toFixed(0).padStart(15)}`);
}
await browser.close();
for (const server of Object.values(servers)) await server.close();
