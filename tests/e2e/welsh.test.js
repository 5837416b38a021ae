// The checker in Welsh: a Welsh first screen from the link the employer publishes (?lang=cy), the
// switch keeping the page, the answers and Back, and no English word of the checker's own on any
// Welsh screen. The seed postings are English: their own text shows in English, marked lang="en".
// The standalone page's tests run in all three engines; the Welsh careers page's in Chromium.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { Checker, KMPT, SWLSTG, WORDS, browserAndServer, hostPage, lacks } from './checker.js';
import { everyScreen } from './screens.js';

const env = browserAndServer();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function withChecker(options, flow) {
  const c = await Checker.open(env.engine, { server: env.server, ...options });
  try {
    await flow(c);
    await c.assertPrivate();
    await c.assertHealthy();
  } finally {
    await c.close();
  }
}

/**
 * Every sentence and label of the checker's own English words (core/src/text/english.rs), split where
 * a value goes: the pieces a Welsh screen must not show.
 */
function englishPieces() {
  const source = readFileSync(new URL('../../core/src/text/english.rs', import.meta.url), 'utf8');
  const strings = [...source.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1].replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))}"`));
  const pieces = strings.flatMap((s) => s.split(/\{[a-z_]+\}/)).map((s) => s.trim()).filter(Boolean);
  return {
    // Several words: found anywhere in a Welsh text.
    phrases: [...new Set(pieces.filter((p) => /[A-Za-z]+\W+[A-Za-z]+/.test(p)))],
    // One word: found as the whole of a Welsh text (a label, a button).
    words: new Set(pieces.filter((p) => /^[A-Za-z']+$/.test(p))),
  };
}

describe('in Welsh', () => {
  test('the link with ?lang=cy opens the checker in Welsh, with a switch to English', () =>
    withChecker({ lang: 'cy' }, async (c) => {
      assert.equal(await c.pageHeading(), WORDS.cy.postingsHeading);
      assert.equal(await c.evaluate(() => document.documentElement.lang), 'cy');
      assert.equal(await c.evaluate(() => document.title), 'Gwirio a allwch wneud cais');
      const lang = await c.evaluate(() => window.__ecAll('button.ec-language')[0].getAttribute('lang'));
      assert.equal(lang, 'en-GB', 'the switch names English in English');
      // The seed postings are English: their titles are marked so.
      const titles = await c.evaluate(() => window.__ecAll('.ec-card h2').map((h) => h.getAttribute('lang')));
      assert.deepEqual([...new Set(titles)], ['en']);
    }));

  test('switching halfway keeps the question, the answers and Back', () =>
    withChecker({ lang: 'cy' }, async (c) => {
      await c.chooseJob(KMPT);
      await c.start();
      await c.answer(c.w.ownExperience);
      const question = await c.pageHeading();
      await c.choose(c.w.yes);
      await c.switchLanguage();
      assert.notEqual(await c.pageHeading(), question, 'the question, now in English');
      assert.equal(await c.pageHeading(), 'Are you willing to share your own life experiences in your work?');
      assert.equal(await c.evaluate(() => document.documentElement.lang), 'en-GB');
      const checked = await c.evaluate(() => window.__ecAll('input[type=radio]:checked').map((r) => r.id));
      assert.equal(checked.length, 1, 'the choice made before switching is still chosen');
      await c.back();
      await c.element({ role: 'radio', name: c.w.ownExperience, checked: true });
      await c.switchLanguage();
      await c.continue();
      await c.answer(c.w.yes);
      await c.answerMonth(3, 2024);
      await c.answer(c.w.yes);
      await c.seeResult();
      assert.match(await c.pageHeading(), /^Rydych yn bodloni'r meini prawf hanfodol/);
      await c.back();
      await c.element({ role: 'heading', level: 1, name: 'Gwirio eich atebion' });
    }));

  test('South West London\'s closed advert, walked in Welsh', () =>
    withChecker({ lang: 'cy' }, async (c) => {
      await c.chooseJob(SWLSTG);
      assert.match(await c.mainText(), /Caeodd yr hysbyseb hon ar 16 Medi 2025/);
      await c.start();
      await c.answer(c.w.ownExperience);
      await c.answer(c.w.yes);
      assert.equal(await c.pageHeading(), 'Gwirio eich atebion');
      await c.seeResult();
      // Closed: it says so first, then what the answers mean.
      assert.equal(await c.pageHeading(), 'Caeodd yr hysbyseb hon ar 16 Medi 2025');
      assert.match(await c.mainText(), /Rydych yn bodloni'r meini prawf hanfodol ar gyfer y swydd hon/);
    }));

  test('no English word of the checker\'s own shows on any Welsh screen', async () => {
    const { phrases, words } = englishPieces();
    const found = [];
    const c = await Checker.open(env.engine, { server: env.server, lang: 'cy' });
    try {
      await everyScreen(c, async (name) => {
        // The text of the checker's own: all but the postings' own text (marked lang="en") and
        // the switch, which names English in English.
        const texts = await c.evaluate(() => window.__ecAll('*')
          .filter((e) => e.closest('[lang]')?.getAttribute('lang') !== 'en' && !e.closest('.ec-language'))
          .flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue.trim()))
          .filter(Boolean));
        for (const text of texts) {
          const english = words.has(text) ? text : phrases.find((p) => text.includes(p));
          if (english) found.push(`${name}: "${english}" in "${text}"`);
        }
      });
    } finally {
      await c.close();
    }
    assert.deepEqual(found, []);
  });
});

describe('the Welsh example on a Welsh careers page', () => {
  /** examples/careers-cy.html, whose <html lang="cy"> starts the checker in Welsh. */
  async function welshPage(t, width = 390) {
    const { page, errors } = await hostPage(env.engine.browser, t, { width });
    await page.goto(env.server.careers.replace('careers.html', 'careers-cy.html'));
    const area = page.locator('#welsh');
    await area.getByRole('heading', { level: 1 }).waitFor();
    return { page, errors, area };
  }

  test('walks end to end in Welsh, switching to English halfway and back', async (t) => {
    if (lacks(t, 'a Playwright page for a careers page (hostPage)')) return;
    const { page, errors, area } = await welshPage(t);
    const radio = (name) => area.getByRole('radio', { name, exact: true });
    const next = () => area.getByRole('button', { name: 'Parhau', exact: true }).click();
    const heading = () => area.getByRole('heading', { level: 1 }).textContent();
    assert.equal(await heading(), 'Gweithiwr Cymorth gan Gymheiriaid (enghraifft, nid hysbyseb go iawn)');
    // The posting gives Welsh for all its text: none of it is marked as English.
    assert.equal(await area.locator('[lang="en"]').count(), 0);
    await area.getByText('Sgiliau iaith Gymraeg', { exact: true }).waitFor();
    await area.getByText('Hanfodol', { exact: true }).waitFor();
    await area.getByRole('button', { name: 'Dechrau', exact: true }).click();
    await radio('Mae gen i fy mhrofiad bywyd fy hun').check();
    await next();
    assert.equal(await heading(), 'Ydych chi\'n fodlon rhannu eich profiadau bywyd eich hun yn eich gwaith?');
    await radio('Ie').check();
    // Halfway: to English and back, keeping the question, the choice and Back.
    await area.getByRole('button', { name: 'English', exact: true }).click();
    assert.equal(await heading(), 'Are you willing to share your own life experiences in your work?');
    assert.ok(await radio('Yes').isChecked(), 'the choice made in Welsh is still made');
    await area.getByRole('button', { name: 'Back', exact: true }).click();
    assert.ok(await radio('I have my own lived experience').isChecked());
    await area.getByRole('button', { name: 'Cymraeg', exact: true }).click();
    assert.ok(await radio('Mae gen i fy mhrofiad bywyd fy hun').isChecked(), 'and back in Welsh');
    await next();
    // Back left the choice on the question after, never kept as an answer, behind.
    await radio('Ie').check();
    await next();
    assert.equal(await heading(), 'Allwch chi siarad ac ysgrifennu Cymraeg yn ddigon da i\'w defnyddio yn y gwaith?');
    await radio('Ie').check();
    await next();
    await radio('Ie').check();
    await next();
    assert.equal(await heading(), 'Gwirio eich atebion');
    await area.getByRole('button', { name: 'Gweld eich canlyniad', exact: true }).click();
    assert.match(await heading(), /^Rydych yn bodloni'r meini prawf hanfodol/);
    await area.getByRole('heading', { level: 3, name: 'Sgiliau iaith Gymraeg: hanfodol' }).first().waitFor();
    assert.deepEqual(errors, []);
  });

  test('axe finds nothing on its screens in Welsh', async (t) => {
    if (lacks(t, 'axe through Playwright')) return;
    for (const width of [390, 1280]) {
      const { page, area } = await welshPage(t, width);
      const found = [];
      const check = async (name) => {
        const { violations } = await new AxeBuilder({ page }).include('#welsh').withTags(TAGS).analyze();
        for (const v of violations) found.push(`${width} px, ${name}: ${v.id} ${v.help}`);
      };
      await check('posting');
      await area.getByRole('button', { name: 'Dechrau', exact: true }).click();
      await check('question');
      for (const answer of ['Mae gen i fy mhrofiad bywyd fy hun', 'Ie', 'Ie', 'Ie']) {
        await area.getByRole('radio', { name: answer, exact: true }).check();
        await area.getByRole('button', { name: 'Parhau', exact: true }).click();
      }
      await check('check your answers');
      await area.getByRole('button', { name: 'Gweld eich canlyniad', exact: true }).click();
      await area.getByRole('heading', { level: 2, name: 'Meini prawf hanfodol' }).waitFor();
      await check('result');
      assert.deepEqual(found, []);
    }
  });
});
