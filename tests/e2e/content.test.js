// Postings given in the page: hostile text is shown as text, never run, and a bad file hides only
// what it must: the applicant reads one plain sentence, never a developer's message, and the page's
// console has every problem in full.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { Checker, launch, openShadowRoots } from './checker.js';
import { builtTags, serve } from './server.js';

const repo = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, repo), 'utf8'));
/** The built-in question bank and shared criteria, as a page's bundle gives them. */
const bank = () => {
  const { questions, criteria } = read('postings/questions.json');
  return { questions, criteria };
};

/** index.html with `bundle` inline and the mount element pointing at it. */
function withPostings(bundle) {
  // In HTML, "</script" inside the JSON would end the element: JSON may escape "/" as "\/".
  const json = JSON.stringify(bundle).replaceAll('</', '<\\/');
  return (html) => html
    .replace('<eligibility-checker ', '<eligibility-checker postings="#ec-postings" ')
    .replace('</body>', `<script type="application/json" id="ec-postings">${json}</script></body>`);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(bundle) {
  const server = await serve({ index: withPostings(bundle) });
  const c = await Checker.open(browser, { server });
  c.ownsServer = true;
  return c;
}

test('HTML and script in a posting render as text and never run', async () => {
  const posting = read('postings/kmpt-dartford-womens-picu-peer-support-worker.json');
  const hostile = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>';
  posting.title = `Peer Support Worker ${hostile}`;
  posting.summary = hostile;
  posting.criteria[0].summary = hostile;
  const c = await open({ ...bank(), postings: [posting] });
  try {
    const card = c.page.getByRole('listitem').filter({ hasText: 'Peer Support Worker' });
    assert.match(await card.getByRole('heading').textContent(), /<img src=x onerror="window.__ran=1"><script>/);
    await c.chooseJob('Kent and Medway');
    await c.page.getByText(hostile).first().waitFor();
    assert.equal(await c.page.evaluate(() => window.__ecAll('main img, main script').length), 0);
    assert.equal(await c.page.evaluate(() => window.__ran), undefined);
    await c.assertHealthy();
    await c.assertPrivate();
  } finally {
    await c.close();
  }
});

/** Asserts the applicant is shown nothing of a file's problems: no file, path, field or message. */
function assertNoDevelopersWords(main) {
  for (const words of [/postings\[/, /criteria\[/, /#ec-postings/, /\.json/, /expected/, /this field/, /not valid JSON/, /line \d+, column/]) {
    assert.doesNotMatch(main, words, main);
  }
}

test('a posting with problems hides only itself: the applicant reads one plain sentence, the console every problem in short', async () => {
  const good = read('postings/swlstg-ward1-picu-peer-support-worker.json');
  const bad = read('postings/kmpt-dartford-womens-picu-peer-support-worker.json');
  bad.criteria[3].use = 'twelve-months';
  bad.criteria[4].rule.meets = ['maybe'];
  delete bad.title;
  const c = await open({ ...bank(), postings: [good, bad] });
  try {
    const main = await c.mainText();
    assert.match(main, /Some jobs could not be shown because of a problem with their details\. You can still check the jobs listed here\./);
    assertNoDevelopersWords(main);
    const warnings = await c.consoleWarnings();
    assert.equal(warnings.length, 1, 'one warning for the one file with problems');
    const posting = 'the postings in this page \\(#ec-postings\\): postings\\[kmpt-dartford-womens-picu-peer-support-worker\\]';
    for (const problem of [
      '\\.title: missing',
      '\\.criteria\\[twelve-months\\]\\.use: not what this field holds: found "twelve-months"',
      '\\.criteria\\[nvq-level-2\\]\\.rule\\.meets\\[1\\]: not what this field holds: found the text "maybe"',
    ]) assert.match(warnings[0], new RegExp(posting + problem), warnings[0]);
    // The good posting works.
    await c.chooseJob('South West London');
    await c.start();
    await c.answer('I have my own lived experience');
    await c.answer('Yes');
    await c.seeResult();
    assert.equal(await c.pageHeading(), 'This advert closed on 16 September 2025', 'the good posting, closed, gives its result');
    await c.assertHealthy();
  } finally {
    await c.close();
  }
});

test('text that is not JSON, or nested deeper than any posting file, is said plainly on the page and in full in the console', async () => {
  const cases = [
    // The same words, line and column the validator gives for the same text.
    ['{"postings": [ {"id": "x",} ]}', /not valid JSON: found a comma , after the last field of an object: JSON has none before the }, so take the comma out at line 1, column 26/],
    ['{"postings": [ {"id": “x”} ]}', /not valid JSON: found a curly quote “ where JSON needs a straight double quote ": type " in its place at line 1, column 23/],
    ['{"postings": [],\n "postings": []}', /not valid JSON: the field "postings" is given twice in one object at line 2, column 2/],
    [`{"postings": [${'['.repeat(100)}${']'.repeat(100)}]}`, /not valid JSON: it is nested more than 64 levels deep/],
    [`{"postings": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`, /not valid JSON: it is nested more than 64 levels deep/],
  ];
  for (const [deep, expected] of cases) {
    const server = await serve({
      index: (html) => html
        .replace('<eligibility-checker ', '<eligibility-checker postings="#ec-postings" ')
        .replace('</body>', `<script type="application/json" id="ec-postings">${deep}</script></body>`),
    });
    const c = await Checker.open(browser, { server });
    c.ownsServer = true;
    try {
      const main = await c.mainText();
      assert.match(main, /The list of jobs could not be read, so there are no jobs to check here\./);
      assert.doesNotMatch(main, /There are no jobs to check at the moment/, 'one sentence, not two');
      assertNoDevelopersWords(main);
      const warnings = await c.consoleWarnings();
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /the postings in this page \(#ec-postings\): not valid JSON: /);
      assert.match(warnings[0], expected, warnings[0]);
      await c.assertHealthy();
    } finally {
      await c.close();
    }
  }
});

test('every built script, stylesheet and preload carries Subresource Integrity', () => {
  const html = readFileSync(new URL('dist/index.html', repo), 'utf8');
  const assets = builtTags(html).filter((tag) => (tag.src ?? tag.href)?.startsWith('./') && tag.rel !== 'icon');
  // The wasm is not preloaded (the boot script fetches it, with its own integrity check, once the
  // first screen is painted): the boot script, the app's js and the stylesheet.
  assert.ok(assets.length >= 3, `boot script, app js and stylesheet: ${assets.map((a) => a.element).join('\n')}`);
  for (const tag of assets) assert.match(tag.integrity ?? '', /^sha384-[A-Za-z0-9+/=]+$/, tag.element);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>(?!\s*<\/script>)[^<]*\S/, 'no inline script');
});

test('a wasm file changed on the way is refused, standalone and embedded: the checker does not start', async () => {
  // Both builds of the app (the careers page's JobPosting checker starts the one that reads
  // JobPosting markup, jsonld-*), each with one letter of the page's heading changed: a valid
  // module that would run, saying "Xheck".
  const words = Buffer.from('Check if you can apply for a job');
  const files = Object.fromEntries(readdirSync(new URL('dist/', repo)).filter((file) => file.endsWith('.wasm')).map((wasm) => {
    const tampered = Buffer.from(readFileSync(new URL(`dist/${wasm}`, repo)));
    const at = tampered.indexOf(words);
    assert.ok(at > 0, `the heading is in ${wasm}`);
    tampered[at] = 'X'.charCodeAt(0);
    return [wasm, tampered];
  }));
  assert.equal(Object.keys(files).length, 2, 'two builds');
  const server = await serve({ files });
  const context = await browser.newContext();
  try {
    await openShadowRoots(context);
    for (const url of [server.url, server.careers]) {
      const page = await context.newPage();
      const refused = new Promise((resolve) => page.on('console', (m) => {
        if (m.type() === 'error' && /integrity|digest/i.test(m.text())) resolve(m.text());
      }));
      await page.goto(url);
      assert.match(await refused, /integrity|digest/i, url);
      await page.waitForLoadState('networkidle');
      assert.equal(await page.getByText('Xheck', { exact: false }).count(), 0, `${url}: nothing of the changed wasm runs`);
      if (url === server.url) {
        // The standalone page's prerendered first screen stays, never taken over, and says why
        // its buttons do nothing.
        await page.getByRole('alert').filter({ hasText: 'The checker could not start' }).waitFor();
        assert.equal(await page.locator('.ec-mount[data-prerendered]').count(), 1, url);
        assert.equal(await page.locator('.ec-mount:not([data-prerendered])').count(), 0, url);
      } else {
        assert.equal(await page.getByRole('heading', { name: /apply for a job/ }).count(), 0, url);
      }
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
});

test('built-in data changed on the way is refused: the page says so plainly, the console names the integrity check', async () => {
  const data = readdirSync(new URL('dist/', repo)).find((file) => /^builtin-.*\.json$/.test(file));
  const original = readFileSync(new URL(`dist/${data}`, repo), 'utf8');
  // Still valid JSON, and a posting file the checker would read: only the hash tells.
  const tampered = original.replace('Peer Support Worker', 'Peer Support Workers');
  assert.notEqual(tampered, original);
  const server = await serve({ files: { [data]: tampered } });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(server.url);
    // The applicant is told plainly; whoever looks after the site is told why, in the console.
    await page.getByText('The list of jobs could not be read', { exact: false }).waitFor();
    const words = await page.getByRole('main').textContent();
    assert.doesNotMatch(words, /Subresource Integrity|built-in questions|not valid JSON/, words);
    assert.equal(await page.getByText('Peer Support Workers', { exact: false }).count(), 0);
    const [warning] = warnings.filter((w) => w.includes('the built-in questions and postings'));
    assert.match(warning, /Subresource Integrity/, warnings.join('\n'));
    assert.doesNotMatch(warning, /not valid JSON/, warning);
  } finally {
    await context.close();
    await server.close();
  }
});
