// What each engine must show for itself, beyond the flows (flows.test.js) and the privacy checks
// (privacy.test.js), which run in all three too: axe on every screen, offline after one visit,
// nothing kept through the back-forward cache, and what a page's own scripts can learn. Run with
// ENGINE=chromium|firefox|webkit; scripts/test.sh runs all three.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  Checker, ENGINE, EXAMPLE_JOBS, KMPT, SWLSTG, TODAY, WORDS, browserAndServer, controlled, forgeOfflineCopy, injected,
  lacks, runningBoot,
} from './checker.js';
import { initScript } from './drivers.js';
import { everyScreen } from './screens.js';
import { DIST, NEXT_DIST, bootOf, cacheOf, serve } from './server.js';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const env = browserAndServer();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A fresh checker on the shared server, closed after the test. */
async function open(t, options = {}) {
  const c = await Checker.open(env.engine, { server: env.server, ...options });
  t.after(() => c.close());
  return c;
}

/** Answers Kent and Medway's questions so as to meet every essential criterion. */
async function meetKmpt(c) {
  await c.meetKmpt();
  assert.equal(await c.pageHeading(), 'You meet the essential criteria for this job');
}

test(`the standalone page's prerendered first screen is taken over by the app, not drawn again (${ENGINE})`, async (t) => {
  const c = await open(t);
  await c.chooseJob(KMPT); // the app has started: it answers a tap
  const root = await c.evaluate(() => {
    const shadow = document.querySelector('eligibility-checker').shadowRoot;
    return {
      mounts: shadow.querySelectorAll('.ec-mount').length,
      prerendered: shadow.querySelectorAll('[data-prerendered]').length,
      // The page's own stylesheet link and slot, which a root drawn again from nothing lacks.
      declared: shadow.querySelector('link')?.getAttribute('href').startsWith('./') && shadow.querySelector('slot') !== null,
    };
  });
  assert.deepEqual(root, { mounts: 1, prerendered: 0, declared: true });
});

/** What axe finds against WCAG 2.2 AA on the page as it is, each as one line. */
async function axeViolations(c) {
  // axe puts styles into the page, which its CSP rightly refuses: set aside what the analysis
  // itself causes.
  return c.excusing(async () => {
    await c.session.inject(AXE);
    return c.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } }))
      .violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), TAGS);
  });
}

for (const width of [390, 1280]) {
  test(`axe finds no WCAG 2.2 AA violation on any screen at ${width} px (${ENGINE})`, async (t) => {
    const c = await open(t, { width, height: 900 });
    const found = [];
    await everyScreen(c, async (name) => {
      const violations = await axeViolations(c);
      found.push(...violations.map((v) => `${name}: ${v}`));
    });
    assert.deepEqual(found, []);
    await c.assertHealthy();
  });
}

test(`axe finds no WCAG 2.2 AA violation on a list of fourteen jobs, its filters folded or open, in English and Welsh (${ENGINE})`, async (t) => {
  const c = await open(t, { path: EXAMPLE_JOBS });
  const found = [];
  const check = async (name) => found.push(...(await axeViolations(c)).map((v) => `${name}: ${v}`));
  await check('the list, its filters folded');
  await c.openFilters();
  await c.filterBy(c.w.hours, c.w.partTime);
  await check('its filters open, one chosen');
  await c.search('zzzz');
  await c.element({ role: 'status', hasText: 'No jobs match' });
  await check('no job matches');
  await c.switchLanguage();
  await check('in Welsh');
  await c.closeFilters();
  await check('in Welsh, its filters folded');
  assert.deepEqual(found, []);
  await c.assertHealthy();
});

/** Waits up to 10 s for the build whose cache is `name` to be whole, and alone in control. */
async function onlyBuild(c, name) {
  const settled = () => c.evaluate(async (wanted) => {
    const registration = await navigator.serviceWorker.getRegistration();
    const keys = await caches.keys();
    return Boolean(registration?.active && !registration.waiting && !registration.installing
      && keys.length === 1 && keys[0].endsWith(wanted));
  }, name);
  for (let tries = 0; tries < 100 && !await settled(); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(await settled(), `the build ${name}, whole and alone in control, within 10 s`);
}

/**
 * No network: the server answering nothing (no engine's offline mode reaches service workers),
 * and the engine's own offline mode where its driver has one.
 */
async function goOffline(t, c, server) {
  server.goDown();
  if (!lacks(t, 'an offline mode in the driver: the server answering nothing stands for it', ['webkit'])) {
    await c.session.offline();
  }
}

test(`one broken posting among good ones hides only itself: the applicant reads no path or field, the console has them (${ENGINE})`, async (t) => {
  const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  const kmpt = read('postings/kmpt-dartford-womens-picu-peer-support-worker.json');
  const swlstg = read('postings/swlstg-ward1-picu-peer-support-worker.json');
  // A second Kent and Medway advert, with two mistakes an employer makes.
  const broken = structuredClone(kmpt);
  broken.id = 'kmpt-maidstone-peer-support-worker';
  broken.criteria[4].class = 'Essential';
  broken.closes = '31/01/2026';
  const bundle = JSON.stringify({ postings: [swlstg, broken, kmpt] }).replaceAll('</', '<\\/');
  const server = await serve({
    ...injected(),
    index: (html) => html
      .replace('<eligibility-checker ', '<eligibility-checker postings="#ec-postings" ')
      .replace('</body>', `<script type="application/json" id="ec-postings">${bundle}</script></body>`),
  });
  t.after(() => server.close());
  const c = await open(t, { server });
  const main = await c.mainText();
  assert.match(main, /Some jobs could not be shown because of a problem with their details\./);
  for (const developers of [/postings\[/, /criteria\[/, /closes/, /expected/, /#ec-postings/, /Essential"/]) {
    assert.doesNotMatch(main, developers, main);
  }
  const warnings = await c.consoleWarnings();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  const at = 'the postings in this page (#ec-postings): postings[kmpt-maidstone-peer-support-worker]';
  // Each problem in short with its place (the validator says each in full).
  assert.ok(warnings[0].includes(`${at}.closes: not what this field holds: found the text "31/01/2026"`), warnings[0]);
  assert.ok(warnings[0].includes(`${at}.criteria[nvq-level-2].class: not what this field holds: found the text "Essential"`), warnings[0]);
  // Both good postings are listed, and work.
  await meetKmpt(c);
  await c.click({ role: 'button', name: 'Check another job', exact: true });
  await c.chooseJob(SWLSTG);
  assert.match(await c.mainText(), /This advert closed on 16 September 2025/);
  await c.assertHealthy();
});

test(`after one visit, the checker opens and works offline (${ENGINE})`, async (t) => {
  // A server of its own, to take down.
  const server = await serve(injected());
  t.after(() => server.close());
  const c = await open(t, { server });
  assert.equal(await controlled(c), true);
  await goOffline(t, c, server);
  await c.reload();
  assert.equal(await controlled(c), true, 'the page came from the service worker');
  await meetKmpt(c);
  await c.assertHealthy();
});

test(`a deploy while the checker is open: each reload runs the new build, and offline too (${ENGINE})`, async (t) => {
  const server = await serve(injected());
  t.after(() => server.close());
  const c = await open(t, { server });
  assert.equal(await controlled(c), true);
  await onlyBuild(c, cacheOf(DIST));
  server.deploy(NEXT_DIST); // the first build's files are gone from the server
  for (const reload of [1, 2, 3]) {
    await new Promise((resolve) => setTimeout(resolve, 2000)); // an applicant reloading now and then
    await c.reload();
    assert.equal(await runningBoot(c), bootOf(NEXT_DIST), `reload ${reload} after the deploy`);
  }
  // Nothing is answered: the new build takes over, and the old one's copy goes.
  await onlyBuild(c, cacheOf(NEXT_DIST));
  await goOffline(t, c, server);
  await c.reload();
  assert.equal(await runningBoot(c), bootOf(NEXT_DIST), 'offline, the new build');
  await meetKmpt(c);
});

test(`a copy of the page another page of the site writes into the offline cache is refused (${ENGINE})`, async (t) => {
  const server = await serve(injected());
  t.after(() => server.close());
  const c = await open(t, { server });
  assert.equal(await controlled(c), true);
  await onlyBuild(c, cacheOf(DIST));
  // A script on another page of the same site, outside the checker's folder: Cache Storage is the
  // whole origin's.
  await c.session.goto(server.careers);
  const forged = await c.evaluate(forgeOfflineCopy, [server.url]);
  assert.equal(forged, true, 'the forgery is in the checker\'s cache');
  await goOffline(t, c, server);
  // From a page of nothing: a browser whose navigation fails may stay where it was (WebKit's
  // did, now and then, on the careers page the forgery was written from).
  await c.session.goto('data:text/html,<title>Nothing</title><p>Nothing here');
  await c.session.goto(server.url).catch(() => {}); // the browser cannot reach the page
  // Its own error page, the page of nothing, or nothing it lets a script read: never the forgery.
  const shown = await c.evaluate(() => document.documentElement.outerHTML).catch(() => '');
  assert.doesNotMatch(shown, /FORGED/);
  // Leave no navigation to a dead server hanging: WebKit's driver, which runs one session at a
  // time, once failed to close this one, and the next test's session never started.
  await c.session.goto('data:text/html,<title>Done</title><p>Done').catch(() => {});
});

/**
 * Walks a posting as an applicant on a 390 x 844 phone would, in `lang`, looking at each new page:
 * Start on the posting's page within the first screen, and every page turn showing the new page
 * from its top, its heading wholly in view. Each turn is made from the page scrolled to its end
 * (see `Checker.onTurn`). Kent and Medway: every question, the result, Back to check your answers,
 * Change and back, the result again, Back twice. South West London: a carer, then See your result now.
 * Returns what was wrong, page by page, how many pages were looked at, and how many turns were
 * made from a page scrolled down.
 */
async function walkOnAPhone(lang, employer) {
  const c = await Checker.open(env.engine, { server: env.server, lang });
  const wrong = [];
  let pages = 0;
  try {
    c.onTurn = async () => {
      pages += 1;
      const place = await c.placeOfPage();
      if (place.checkerTop < 0 || place.headingTop < 0 || place.headingBottom > place.screen) {
        wrong.push(`${lang} ${employer}: "${place.heading}" opened part-way down: ${JSON.stringify(place)}`);
      }
    };
    await c.chooseJob(employer);
    const start = await c.element({ role: 'button', name: c.w.start, exact: true });
    const bottom = await c.session.evaluate((e) => e.getBoundingClientRect().bottom, start);
    if (bottom > 844) wrong.push(`${lang} ${employer}: Start ends ${Math.round(bottom)} px down, below the first screen`);
    await c.start();
    if (employer === KMPT) {
      await c.answer(c.w.ownExperience);
      await c.answer(c.w.yes);
      await c.answerMonth(3, 2024);
      await c.answer(c.w.yes);
      await c.seeResult();
      await c.back();
      await c.change(c.w.lastUsed);
      await c.continue();
      await c.seeResult();
      await c.back();
      await c.back();
    } else {
      await c.answer(c.w.carerOnly);
      await c.seeResultNow();
    }
  } finally {
    await c.close();
  }
  return { wrong, pages, scrolled: c.scrolledTurns };
}

test(`on a phone, Start is in the first screen and every page opens at its top, for both postings in both languages (${ENGINE})`, async () => {
  const wrong = [];
  for (const lang of ['en', 'cy']) {
    for (const [employer, turns] of [[KMPT, 13], [SWLSTG, 4]]) {
      const walked = await walkOnAPhone(lang, employer);
      wrong.push(...walked.wrong);
      // Every turn looked at; and the results, taller than a phone's screen, turned from below.
      assert.equal(walked.pages, turns, `${lang} ${employer}: pages looked at`);
      assert.ok(walked.scrolled >= 3, `${lang} ${employer}: ${walked.scrolled} turns made from a page scrolled down`);
    }
  }
  assert.deepEqual(wrong, []);
});

test(`the employer's link opens a new tab, and the result stays where it was (${ENGINE})`, async (t) => {
  const c = await open(t);
  await meetKmpt(c);
  const link = { role: 'link', name: 'Go to the employer\'s website (opens in a new tab)', exact: true };
  const attributes = await c.session.evaluate((e) => [e.target, e.rel], await c.element(link));
  assert.deepEqual(attributes, ['_blank', 'noopener noreferrer']);
  if (lacks(t, 'a driver that reports new tabs: the link\'s target is checked above', ['firefox', 'webkit'])) return;
  // The employer's site, answered here rather than on the internet.
  await c.page.context().route('https://www.kmpt.nhs.uk/**', (route) => route.fulfill({ body: 'The employer' }));
  const [tab] = await Promise.all([c.page.context().waitForEvent('page'), c.click(link)]);
  await tab.waitForLoadState();
  assert.equal(tab.url(), 'https://www.kmpt.nhs.uk/');
  assert.equal(await tab.evaluate(() => window.opener), null, 'the new tab cannot reach the checker');
  assert.equal(await c.pageHeading(), 'You meet the essential criteria for this job');
  assert.equal(await c.evaluate(() => location.href), c.url, 'the checker did not leave its page');
});

test(`Back to the checker after leaving from a result shows nothing answered (${ENGINE})`, async (t) => {
  t.diagnostic(`engine: ${env.engine.version}`);
  const c = await open(t);
  await meetKmpt(c);
  await c.session.goto('data:text/html,<title>Elsewhere</title><p>Another site');
  await c.session.back();
  await c.waitForHeading('Check if you can apply for a job');
  assert.equal(await c.evaluate(() => window.__ecHealth.restored), true, 'restored from the back-forward cache');
  assert.equal(await c.count({ role: 'button', name: 'Clear my answers' }), 0, 'nothing is answered');
  await c.chooseJob(KMPT);
  await c.start();
  assert.equal(await c.count({ role: 'radio', checked: true }), 0, 'no answer is kept');
});

test(`a page's listeners hear nothing from inside the checker, and cannot walk into it (${ENGINE})`, async (t) => {
  // Bubble-phase listeners for every kind of event, as analytics "autocapture" installs them, and
  // a note of the mode of every shadow root the page attaches.
  const hostScripts = () => {
    window.__bubbled = [];
    window.__modes = [];
    window.__heard = 0;
    // A capture-phase listener hears the clicks before the checker can stop them: proof the test
    // really clicked inside it.
    document.addEventListener('click', () => { window.__heard += 1; }, true);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function attachShadow(init) {
      window.__modes.push(init.mode);
      return attach.call(this, init);
    };
    const handlers = (prototype) => Object.getOwnPropertyNames(prototype)
      .filter((name) => name.startsWith('on')).map((name) => name.slice(2));
    const every = new Set([...handlers(HTMLElement.prototype), ...handlers(Document.prototype),
      'textInput', 'DOMActivate', 'focusin', 'focusout']);
    window.__listenedFor = every.size;
    for (const type of every) {
      document.addEventListener(type, (event) => {
        if (event.composedPath().some((node) => node.dataset?.eligibilityChecker !== undefined
          || node.localName === 'eligibility-checker')) {
          window.__bubbled.push(event.type);
        }
      });
    }
  };
  // WebKit's driver runs no script before the page's own: there the server puts them in the page.
  const scripts = (openShadowRoots) => (ENGINE === 'webkit'
    ? { inject: `${initScript({ today: TODAY, openShadowRoots })};(${hostScripts})();` } : {});
  const server = await serve(scripts(true));
  t.after(() => server.close());
  const c = await open(t, { server, init: hostScripts });
  await meetKmpt(c);
  assert.ok(await c.evaluate(() => window.__listenedFor) > 80, 'listening for every kind of event');
  assert.ok(await c.evaluate(() => window.__heard) >= 10, 'the clicks were there to be heard');
  assert.deepEqual(await c.evaluate(() => window.__bubbled), [], 'no event bubbled out of the checker');
  // The standalone page declares its checker's root in its HTML (with the first screen drawn in
  // it), closed; any root the checker attaches itself is closed too.
  assert.match(readFileSync(join(DIST, 'index.html'), 'utf8'), /<eligibility-checker\b[^>]*><template shadowrootmode="closed">/);
  assert.ok((await c.evaluate(() => window.__modes)).every((mode) => mode === 'closed'), 'the checker asks for closed roots');
  await c.close(); // WebKit's driver runs one session at a time

  // With the root as closed as the checker asks (no test script opens it): a page's script walking
  // the page finds none of the checker's words, nor its root.
  const closed = await serve({ ...scripts(false), openDeclaredRoots: false });
  t.after(() => closed.close());
  const session = await env.engine.session({ width: 390, height: 844, today: TODAY, openShadowRoots: false });
  t.after(() => session.close());
  await session.goto(closed.url);
  const drawn = () => session.evaluate(() =>
    document.querySelector('eligibility-checker').getBoundingClientRect().height > 300);
  for (let tries = 0; tries < 100 && !await drawn(); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(await drawn(), 'the checker has drawn itself, behind its closed root');
  const seen = await session.evaluate(() => ({
    root: document.querySelector('eligibility-checker').shadowRoot,
    text: document.documentElement.textContent,
    shown: document.body.innerText,
  }));
  assert.equal(seen.root, null);
  assert.doesNotMatch(`${seen.text} ${seen.shown}`, /Peer Support Worker|Check this job/);
});

/**
 * What a careers page's own script can read of an inline checker's size, without reaching inside:
 * the element's box by every measure the DOM gives, and the page's own scrolling height.
 */
const readSize = () => new Promise((resolve) => {
  // After the next frame, once layout has caught up with the page turn.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const element = document.querySelector('eligibility-checker');
    resolve({
      'getBoundingClientRect().height': element.getBoundingClientRect().height,
      offsetHeight: element.offsetHeight,
      clientHeight: element.clientHeight,
      scrollHeight: element.scrollHeight,
      'the page\'s scrollHeight': document.documentElement.scrollHeight,
    });
  }));
});

/** Every height a ResizeObserver on the checker's element reports, from now on. */
const observeSize = () => {
  window.__sizes = [];
  new ResizeObserver((entries) => {
    for (const entry of entries) window.__sizes.push(entry.borderBoxSize[0].blockSize);
  }).observe(document.querySelector('eligibility-checker'));
};

/**
 * Kent and Medway's questions answered four ways, one for each kind of result: the careers page
 * must not be able to tell them apart. `lastUsed` is a month and year, or an option's words.
 */
const OUTCOMES = [
  { experience: WORDS.en.ownExperience, lastUsed: [3, 2024], result: 'You meet the essential criteria for this job' },
  { experience: WORDS.en.ownExperience, lastUsed: [5, 2026], result: 'You could apply from 31 May 2027' },
  { experience: 'Only as a carer, family member or friend', lastUsed: [3, 2024], result: 'You do not meet every essential criterion for this job' },
  { experience: WORDS.en.ownExperience, lastUsed: WORDS.en.notSure, result: 'You might meet the essential criteria: ask the employer' },
];

// At the height the checker gives itself, and at one the careers page gives it.
for (const [width, height, pageSets] of [[390, 844], [1280, 800], [1280, 800, '480px']]) {
  const sized = pageSets ? `, ${pageSets} high as the page sets it` : '';
  test(`an inline checker's size tells the careers page nothing of the answers at ${width} px${sized} (${ENGINE})`, async (t) => {
    // The example careers page, its hostile stylesheet and all, with the one checker that opens
    // at Kent and Medway's posting (the others would answer to the same roles and names).
    const server = await serve({ ...injected(), host: (html) => html.replace(/<div data-eligibility-checker[^>]*><\/div>/g, '') });
    t.after(() => server.close());
    const session = await env.engine.session({ width, height, today: TODAY });
    const c = new Checker(session, server, false);
    t.after(() => c.close());
    const heading = (name) => c.element({ role: 'heading', level: 1, name, exact: true });
    // Scrolled to first, as a person scrolls to what they tap: WebKit's driver, given a button
    // half hidden at the foot of the box, scrolls this page sideways instead (its 900 px host
    // button makes it wide) and clicks beside the button.
    const click = async (query) => {
      const element = await c.element(query);
      await session.evaluate((e) => e.scrollIntoView({ block: 'center' }), element);
      await session.click(element);
    };
    const choose = async (name) => {
      await click({ role: 'radio', name, exact: true });
      await c.element({ role: 'radio', name, exact: true, checked: true });
    };
    // What the page can read, on every screen the applicant reaches.
    const seen = [];
    const sizes = [];
    const read = async (screen) => seen.push({ screen, size: await c.evaluate(readSize) });
    const next = async (name) => {
      await click({ role: 'button', name: c.w.continue, exact: true });
      await heading(name);
      await read(name);
    };
    for (const { experience, lastUsed, result } of OUTCOMES) {
      await session.goto(server.careers);
      await heading('Peer Support Worker');
      assert.equal(await c.evaluate(() => document.querySelectorAll('eligibility-checker, [data-eligibility-checker]').length), 1);
      if (pageSets) {
        await c.evaluate((value) => { document.querySelector('eligibility-checker').style.height = value; }, pageSets);
      }
      await c.evaluate(observeSize);
      await read('the posting');
      await click({ role: 'button', name: c.w.start, exact: true });
      await heading('Which best describes your experience of mental health problems or emotional distress?');
      await read('the first question');
      await choose(experience);
      await next('Are you willing to share your own life experiences in your work?');
      await choose(c.w.yes);
      await next('When did you last use mental health services?');
      if (Array.isArray(lastUsed)) {
        await choose(c.w.enterMonth);
        await read('the month and year fields shown');
        await c.fill(c.w.month, String(lastUsed[0]));
        await c.fill(c.w.year, String(lastUsed[1]));
      } else {
        await choose(lastUsed);
      }
      // A month too recent asks whether the only care since was from a GP: not only.
      if (Array.isArray(lastUsed) && lastUsed[1] === 2026) {
        await next(WORDS.en.gpQuestion);
        await choose(c.w.no);
      }
      await next('Do you have a National Vocational Qualification (NVQ) at level 2, or something like it?');
      await choose(c.w.yes);
      await next('Check your answers');
      await click({ role: 'button', name: c.w.seeResult, exact: true });
      await heading(result);
      await read(result);
      sizes.push(...await c.evaluate(() => window.__sizes));
    }
    // One size on every screen, whatever was answered: the first screen's.
    const [{ size }] = seen;
    t.diagnostic(`on the posting: ${JSON.stringify(size)}`);
    if (pageSets) assert.equal(`${size.offsetHeight}px`, pageSets, 'the height the page set');
    assert.deepEqual(seen.filter((s) => !isDeepStrictEqual(s.size, size)), [], `each as on the posting: ${JSON.stringify(size)}`);
    assert.deepEqual([...new Set(sizes)], [size['getBoundingClientRect().height']], 'a ResizeObserver saw one height throughout');
    // The page's errors and policy violations; not the browser's word that the example careers
    // site has no /favicon.ico, which is the site's own business.
    const { errors, violations } = await c.evaluate(() => window.__ecHealth);
    assert.deepEqual({ errors, violations }, { errors: [], violations: [] });
  });
}
