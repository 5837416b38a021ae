// WCAG 2.2 AA in a real browser: axe on every screen at phone and desktop widths, reflow without
// sideways scrolling at 320 px and at 200 % zoom, target sizes, reduced motion, and a whole flow
// with the keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { Checker, KMPT, browserAndServer } from './checker.js';
import { everyScreen } from './screens.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const env = browserAndServer();

async function walk(options, check) {
  const c = await Checker.open(env.engine, { server: env.server, ...options });
  try {
    await everyScreen(c, (name) => check(c, name));
    await c.assertHealthy();
  } finally {
    await c.close();
  }
}

describe('axe finds no WCAG 2.2 AA violation on any screen', () => {
  for (const [width, lang] of [[390, 'en'], [1280, 'en'], [390, 'cy'], [1280, 'cy']]) {
    test(`at ${width} px wide${lang === 'cy' ? ', in Welsh' : ''}`, async () => {
      const found = [];
      await walk({ width, height: 900, lang }, async (c, name) => {
        // axe puts a <style> into each shadow root it inspects, which the page's CSP rightly
        // refuses: set aside what happens during the analysis (the layout tests walk the same
        // screens without axe and assert no violation at all).
        const violations = await c.excusing(async () =>
          (await new AxeBuilder({ page: c.page }).withTags(TAGS).analyze()).violations);
        for (const v of violations) {
          found.push(`${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      });
      assert.deepEqual(found, []);
    });
  }
});

describe('layout', () => {
  // 640 px is a 1280 px window at 200 % zoom.
  for (const width of [320, 640]) {
    test(`nothing scrolls sideways at ${width} px`, async () => {
      const wide = [];
      await walk({ width, height: 800 }, async (c, name) => {
        // The page, and each box in the checker that would scroll sideways rather than the page
        // (the checker's own box scrolls, for its height on a careers page).
        const overflow = await c.page.evaluate(() => Math.max(document.documentElement.scrollWidth - window.innerWidth,
          ...window.__ecAll('*').filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
            .map((e) => e.scrollWidth - e.clientWidth)));
        if (overflow > 0) wide.push(`${name}: ${overflow} px too wide`);
      });
      assert.deepEqual(wide, []);
    });
  }

  test('every button, link and field is at least 24 by 24 px', async () => {
    const small = [];
    await walk({ width: 390 }, async (c, name) => {
      const found = await c.page.evaluate(() =>
        window.__ecAll('main a, main button, main input, header button')
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
          .map(({ e, r }) => `${e.tagName} "${e.textContent.trim() || e.id}" ${Math.round(r.width)}x${Math.round(r.height)}`));
      for (const f of found) small.push(`${name}: ${f}`);
    });
    assert.deepEqual(small, []);
  });

  test('with reduced motion asked for, nothing animates', async () => {
    const c = await Checker.open(env.engine, { server: env.server });
    try {
      await c.page.emulateMedia({ reducedMotion: 'reduce' });
      await c.chooseJob(KMPT);
      const moving = await c.page.evaluate(() =>
        window.__ecAll('*')
          .map((e) => getComputedStyle(e))
          .filter((s) => parseFloat(s.transitionDuration) > 0 || parseFloat(s.animationDuration) > 0).length);
      assert.equal(moving, 0);
    } finally {
      await c.close();
    }
  });
});

describe('keyboard only', () => {
  /** Presses Tab until the focused element's text or label matches, checking focus is visible. */
  async function tabTo(page, name) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = window.__ecActive();
        const label = e.labels?.[0]?.textContent ?? '';
        const style = getComputedStyle(e);
        return {
          text: `${e.textContent} ${label}`.trim(),
          visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none'
            || style.backgroundColor === 'rgb(255, 235, 59)',
        };
      });
      if (focused.text.includes(name)) {
        assert.ok(focused.visible, `focus on "${name}" is visible`);
        return;
      }
    }
    assert.fail(`Tab never reached "${name}"`);
  }

  async function headingHasFocus(page) {
    return page.evaluate(() => window.__ecActive().tagName === 'H1' && window.__ecActive().textContent);
  }

  test('a whole flow with Tab, Space and Enter, focus on each new heading, the result announced', async () => {
    const c = await Checker.open(env.engine, { server: env.server });
    const { page } = c;
    try {
      await tabTo(page, 'Check this job');
      await page.keyboard.press('Enter');
      assert.equal(await headingHasFocus(page), 'Peer Support Worker');
      await tabTo(page, 'Start');
      await page.keyboard.press('Enter');
      assert.match(await headingHasFocus(page), /Which best describes/);
      for (const option of ['I have my own lived experience', 'Yes']) {
        await tabTo(page, option);
        await page.keyboard.press('Space');
        await tabTo(page, 'Continue');
        await page.keyboard.press('Enter');
      }
      assert.equal(await headingHasFocus(page), 'When did you last use mental health services?');
      await tabTo(page, 'I can give the month and year');
      await page.keyboard.press('Space');
      await tabTo(page, 'Month');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2024');
      await page.keyboard.press('Enter');
      assert.match(await headingHasFocus(page), /\(NVQ\) at level 2/);
      await tabTo(page, 'Yes');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      assert.equal(await headingHasFocus(page), 'Check your answers');
      await tabTo(page, 'See your result');
      await page.keyboard.press('Enter');
      // Focus on the result's heading is what a screen reader announces.
      assert.equal(await headingHasFocus(page), 'You meet the essential criteria for this job');
      // The notes for the application: each box in turn, typed into, then the print button.
      await tabTo(page, 'Your notes for: Lived experience of mental health problems');
      await page.keyboard.type('What helped me');
      for (const id of ['note-willing-to-share', 'note-used-services', 'note-nvq-level-2', 'note-job-description']) {
        await page.keyboard.press('Tab');
        assert.equal(await c.focusedId(), id);
      }
      await tabTo(page, 'Print or save this result');
      assert.equal(await c.evaluate(() => window.__ecActive().getRootNode().getElementById('note-lived-experience').value), 'What helped me');
      await tabTo(page, 'Start again');
      await page.keyboard.press('Space');
      // With a note written, the page asks first, focus on its question; Keep comes first.
      assert.equal(await headingHasFocus(page), 'Delete your notes too?');
      await tabTo(page, 'Keep my notes');
      await page.keyboard.press('Enter');
      assert.equal(await headingHasFocus(page), 'You meet the essential criteria for this job');
      await tabTo(page, 'Start again');
      await page.keyboard.press('Enter');
      await tabTo(page, 'Delete my answers and notes');
      await page.keyboard.press('Space');
      assert.equal(await headingHasFocus(page), 'Check if you can apply for a job');
      await c.assertHealthy();
    } finally {
      await c.close();
    }
  });

  test('the error summary takes focus and its link moves focus to the field', async () => {
    const c = await Checker.open(env.engine, { server: env.server });
    const { page } = c;
    try {
      await c.chooseJob(KMPT);
      await c.start();
      await c.continue();
      assert.equal(await c.focusedId(), 'error-summary');
      await tabTo(page, 'Select an answer');
      await page.keyboard.press('Enter');
      assert.equal(await c.focusedId(), 'answer-own');
      assert.equal(page.url(), c.url, 'the link does not change the URL');
    } finally {
      await c.close();
    }
  });
});
