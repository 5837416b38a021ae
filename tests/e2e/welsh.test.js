// The checker in Welsh: a Welsh first screen from the link the employer publishes (?lang=cy), the
// switch keeping the page, the answers and Back, and no English word of the checker's own on any
// Welsh screen. The seed postings are English: their own text shows in English, marked lang="en".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Checker, KMPT, WORDS, browserAndServer } from './checker.js';
import { everyScreen } from './screens.js';

const env = browserAndServer();

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
 * Every sentence and label of the checker's own English words (src/text/english.rs), split where
 * a value goes: the pieces a Welsh screen must not show.
 */
function englishPieces() {
  const source = readFileSync(new URL('../../src/text/english.rs', import.meta.url), 'utf8');
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
      await c.answer('I have my own lived experience');
      const question = await c.pageHeading();
      await c.choose(c.w.yes);
      await c.switchLanguage();
      assert.equal(await c.pageHeading(), question, 'the same question, in English');
      assert.equal(await c.evaluate(() => document.documentElement.lang), 'en-GB');
      const checked = await c.evaluate(() => window.__ecAll('input[type=radio]:checked').map((r) => r.id));
      assert.equal(checked.length, 1, 'the choice made before switching is still chosen');
      await c.back();
      await c.element({ role: 'radio', name: 'I have my own lived experience', checked: true });
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
