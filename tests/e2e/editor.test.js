// The employers' editor (docs/employers.md), in Chromium: an employer pastes the Kent and Medway
// advert, sees its essential lines and the rules proposed for them, and confirms one; axe finds
// nothing at phone and desktop widths. Served as the checker's static site serves it, at editor/
// beside the checker, under the strict Content-Security-Policy.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from './drivers.js';
import { serve } from './server.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KENT = readFileSync(new URL('../../core/tests/specs/kmpt-advert.txt', import.meta.url), 'utf8');

const env = {};
before(async () => {
  env.browser = await launchChromium();
  env.server = await serve();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/** The editor open at `width` px, with the page's errors and CSP violations collected. */
async function open(width, query = '') {
  const context = await env.browser.newContext({ viewport: { width, height: 844 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${env.server.url}editor/${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, problems, close: () => context.close() };
}

async function pasteKent(page) {
  await page.getByLabel('Person specification').fill(KENT);
  await page.getByRole('button', { name: 'Split into lines' }).click();
  await page.getByRole('heading', { level: 2, name: 'The lines of the person specification' }).waitFor();
}

describe('the editor', () => {
  test('an employer who pastes the Kent and Medway advert sees its essential lines and the rules proposed', async () => {
    const { page, problems, close } = await open(390);
    try {
      await pasteKent(page);
      const line = (words) => page.getByRole('group', { name: `“${words}”`, exact: true });
      for (const words of ['Lived Experience of mental health problems', 'Willing to share own life Experiences',
        'Experience of using mental health services']) {
        assert.ok(await line(words).getByRole('radio', { name: 'Essential: the checker asks about it' }).isChecked(), words);
      }
      const lived = line('Lived Experience of mental health problems');
      assert.match(await lived.innerText(), /Suggested rule: the answer to “.+” decides it\./);
      const twelve = page.getByRole('group').filter({ hasText: 'We require a period of twelve months' }).last();
      assert.match(await twelve.innerText(), /at least 12 months/);

      const use = lived.getByRole('checkbox', { name: 'Use this rule' });
      assert.equal(await use.isChecked(), false, 'nothing is used until the employer confirms it');
      await use.check();
      assert.equal(await use.isChecked(), true);
      await line('Lived Experiences').getByRole('radio', { name: 'Not asked by the check' }).check();
      assert.ok(await line('Lived Experiences').getByRole('radio', { name: 'Not asked by the check' }).isChecked());
      assert.deepEqual(problems, [], 'no errors and no Content-Security-Policy violations');
    } finally {
      await close();
    }
  });

  test('with ?lang=cy the editor speaks Welsh', async () => {
    const { page, problems, close } = await open(390, '?lang=cy');
    try {
      await page.getByRole('heading', { level: 1, name: 'Ysgrifennu swydd ar gyfer y gwiriwr cymhwysedd' }).waitFor();
      await page.getByLabel('Manyleb person').fill(KENT);
      await page.getByRole('button', { name: "Rhannu'n llinellau" }).click();
      const lived = page.getByRole('group', { name: '“Lived Experience of mental health problems”', exact: true });
      assert.ok(await lived.getByRole('radio', { name: "Hanfodol: mae'r gwiriwr yn gofyn amdano" }).isChecked());
      assert.equal(await page.locator('main').getAttribute('lang'), 'cy');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  for (const width of [390, 1280]) {
    test(`axe finds no WCAG 2.2 AA violation at ${width} px, before and after splitting`, async () => {
      const { page, close } = await open(width);
      try {
        const found = [];
        const check = async (name) => {
          for (const v of (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations) {
            found.push(`${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }
        };
        await check('empty');
        await pasteKent(page);
        await check('split');
        assert.deepEqual(found, []);
      } finally {
        await close();
      }
    });
  }
});
