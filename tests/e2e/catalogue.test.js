// A catalogue of 1,000 postings (target/catalogue-1000.json, made by `catalogue generate 1000`):
// search and filters, a page at a time, and where the answers so far leave the applicant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { Checker, browserAndServer } from './checker.js';

const catalogue = readFileSync(new URL('../../target/catalogue-1000.json', import.meta.url));

const env = browserAndServer({
    files: { 'catalogue-1000.json': catalogue },
    index: (html) => html.replace('<eligibility-checker ', '<eligibility-checker postings="catalogue-1000.json" '),
  });

test('1,000 postings: searched, filtered, shown a page at a time, accessible', async () => {
  const c = await Checker.open(env.engine, { server: env.server });
  try {
    const { page } = c;
    const status = page.getByRole('status').filter({ hasText: /jobs|match/ });
    assert.equal(await status.textContent(), 'Showing 20 of 1000 jobs');
    assert.equal(await page.getByRole('button', { name: 'Check this job' }).count(), 20);
    await page.getByRole('button', { name: 'Show 20 more jobs' }).click();
    // count() does not wait for the page to change: wait for the count to be said first.
    await status.filter({ hasText: 'Showing 40 of 1000 jobs' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Check this job' }).count(), 40);

    // Folded behind one button, so that a phone's first screen shows the first job.
    await page.getByRole('button', { name: 'Search and filter jobs', exact: true }).click();
    await page.getByRole('combobox', { name: 'Employer' }).selectOption('North Trust');
    await page.getByRole('combobox', { name: 'Hours' }).selectOption('Part time');
    await page.getByRole('searchbox', { name: 'Search by words' }).fill('leeds');
    // p % 5 == 0, p % 3 == 0, p % 7 == 0: the multiples of 105 below 1,000.
    await status.filter({ hasText: 'Showing 10 of 10 jobs' }).waitFor();
    assert.equal(await status.textContent(), 'Showing 10 of 10 jobs');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    assert.deepEqual(violations.map((v) => v.id), []);
    await page.getByRole('searchbox', { name: 'Search by words' }).fill('leeds nowhere');
    await status.filter({ hasText: 'No jobs match' }).waitFor();
    assert.equal(await status.textContent(), 'No jobs match. Try fewer words, or choose Any.');
    await c.assertPrivate();
  } finally {
    await c.close();
  }
});
