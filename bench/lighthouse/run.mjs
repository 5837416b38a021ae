// Lighthouse on the standalone page with the built-in postings: the release build in dist/,
// served by the tests' static server (brotli, max-age, the Content-Security-Policy docs/hosting.md recommends), with
// Lighthouse's default mobile profile (simulated 150 ms RTT, 1.6 Mbps, 4x CPU). Prints each run
// and the median of RUNS (5 unless given as the first argument), one figure a row, beside its
// budget in docs/performance.md. Numbers, not pass or fail.
//
// A second argument names another page of the build to measure: `editor/`, the employers' editor
// (dist/editor, scripts/build-editor.sh). Its figures are printed with no budget: applicants never
// load it, and docs/performance.md says what it costs and why.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { createRequire } from 'node:module';
import { serve } from '../../tests/e2e/server.js';

const LIGHTHOUSE_VERSION = createRequire(import.meta.url)('lighthouse/package.json').version;

const runs = Number(process.argv[2] ?? 5);
const pagePath = process.argv[3] ?? '';
const budgeted = pagePath === '';
const FIGURES = [
  // [label, how to read it from a report, unit, budget]
  ['performance score', (r) => r.categories.performance.score * 100, '', 'at least 98'],
  ['first contentful paint', (r) => r.audits['first-contentful-paint'].numericValue, 'ms', ''],
  ['largest contentful paint', (r) => r.audits['largest-contentful-paint'].numericValue, 'ms', 'at most 1500'],
  ['time to interactive', (r) => r.audits.interactive.numericValue, 'ms', 'at most 2500'],
  ['total blocking time', (r) => r.audits['total-blocking-time'].numericValue, 'ms', 'at most 100'],
  ['cumulative layout shift', (r) => r.audits['cumulative-layout-shift'].numericValue, '', '0'],
  ['accessibility score', (r) => r.categories.accessibility.score * 100, '', '100'],
  ['best practices score', (r) => r.categories['best-practices'].score * 100, '', '100'],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const shown = (value, unit) => (unit === 'ms' ? Math.round(value) : Math.round(value * 1000) / 1000);

// The page as it ships: its declared shadow root closed (the tests' server opens it by default, for
// the tests to look inside). Lighthouse's accessibility audit then sees the page around the
// checker; axe checks every screen inside it (tests/e2e/engines.test.js).
const server = await serve({ compress: true, openDeclaredRoots: false });
const results = FIGURES.map(() => []);
try {
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const { lhr } = await lighthouse(server.url + pagePath, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      FIGURES.forEach(([, read], i) => results[i].push(read(lhr)));
      console.error(`run ${run + 1} of ${runs}: ${FIGURES.map(([label, read, unit], i) => `${label} ${shown(results[i].at(-1), unit)}`).join(', ')}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}

console.log(`Lighthouse ${LIGHTHOUSE_VERSION} mobile, ${(server.url + pagePath).replace(/^https?:\/\/[^/]+/, '')}, ${runs} runs${budgeted ? '' : ' (no budget: applicants never load this page)'}`);
console.log(`${'figure'.padEnd(26)} ${'median'.padStart(8)} ${'runs'.padEnd(40)} budget`);
FIGURES.forEach(([label, , unit, pageBudget], i) => {
  const budget = budgeted ? pageBudget : '';
  const runs = results[i].map((v) => shown(v, unit)).join(' ');
  console.log(`${label.padEnd(26)} ${String(shown(median(results[i]), unit)).padStart(8)} ${runs.padEnd(40)} ${budget}${budget && unit ? ` ${unit}` : ''}`);
});
