// The employers' editor's Welsh (docs/employers.md, "Welsh"), in Chromium, Firefox and WebKit,
// through the Editor page object (editor.js): the South West London file, in English only, is
// opened and put in English and Welsh; every text then needs its Welsh, named on its row of the
// table; a malformed CSV is named with its line; a translated CSV fills the table, its row the
// posting no longer has named and not used; the file downloaded holds the Welsh, the preview
// shows it, and the checker in Welsh (?lang=cy) reading the file shows the Welsh title and a
// Welsh criterion. (Chromium) axe on the Welsh section, and the CSV's own download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { ENGINE, launchEngine } from './drivers.js';
import { serve } from './server.js';
import { Checker, injected } from './checker.js';
import { AXE_TAGS, Editor } from './editor.js';

const TAGS = AXE_TAGS;
const SOUTH_WEST_LONDON = readFileSync(new URL('../../postings/swlstg-ward1-picu-peer-support-worker.json', import.meta.url), 'utf8');

// The downloaded file is served beside the checker, and the standalone checker's page names it
// (<eligibility-checker postings="…">), as a careers page names its postings file.
const DRAFTED = 'swlstg-welsh.json';
const ID = 'swlstg-welsh-peer-support-worker';
const files = {};
const env = {};
before(async () => {
  env.engine = await launchEngine();
  env.server = await serve({
    ...injected(),
    files,
    index: (html) => html.replace('<eligibility-checker ', `<eligibility-checker postings="${DRAFTED}" `),
  });
});
after(async () => {
  await env.engine?.close();
  await env.server?.close();
});

// The Welsh a translator gives: these in their own words, every other text marked as Welsh.
const TITLE = 'Gweithiwr Cymorth gan Gymheiriaid';
const EMPLOYER = 'Ymddiriedolaeth GIG Iechyd Meddwl De Orllewin Llundain a San Siôr';
const LIVED_SUMMARY = 'Profiad bywyd personol o drallod meddyliol neu emosiynol';
const welshOf = (english) => ({
  'Peer Support Worker': TITLE,
  'South West London and St George\'s Mental Health NHS Trust': EMPLOYER,
  'Your own lived experience of mental or emotional distress': LIVED_SUMMARY,
}[english] ?? `${english} (yn Gymraeg)`);

/** A CSV field as RFC 4180 writes it. */
const field = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The English of each row of the Welsh table, in order. */
const rows = (e) => e.session.evaluate(() => [...document.querySelectorAll('table tbody tr td:first-child')]
  .map((td) => td.textContent));

test('a posting put in English and Welsh, its table filled from a translated CSV, reads in Welsh in the checker', () =>
  Editor.with(env.engine, env.server, async (e) => {
    await e.openFile('swlstg-ward1-picu-peer-support-worker.json', SOUTH_WEST_LONDON);
    await e.type({ role: 'textbox', name: 'Posting id', exact: true }, ID);
    await e.untilDownload();
    const section = { role: 'region', name: 'Welsh' };
    await e.element({ role: 'radio', name: 'English only', exact: true, checked: true, within: section });

    await e.check({ role: 'radio', name: 'English and Welsh', exact: true, within: section });
    const title = { role: 'textbox', name: 'Welsh for: Peer Support Worker', exact: true };
    await e.element(title);
    assert.equal(await e.problemOn(title), 'Error: Write the Welsh for “Peer Support Worker”');
    await e.untilDownload(false);
    const english = await rows(e);
    assert.equal(english[0], 'Peer Support Worker');
    assert.equal(new Set(english).size, english.length, 'each text once');
    const summary = await e.summary();
    assert.equal(summary.length, english.length, 'each text without Welsh is a problem');
    assert.deepEqual(summary[0], { text: 'Write the Welsh for “Peer Support Worker”', href: '#welsh-0' });

    if (ENGINE === 'chromium') {
      const found = (await new AxeBuilder({ page: e.page }).include('section[aria-labelledby=welsh-heading]').withTags(TAGS).analyze())
        .violations.map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], 'axe on the Welsh section with its problems');
      // The CSV for a translator: a BOM, the header, a row a text, each Welsh empty.
      const [download] = await Promise.all([e.page.waitForEvent('download'),
        e.page.getByRole('link', { name: 'Download for translation (CSV)' }).click()]);
      assert.equal(download.suggestedFilename(), `${ID}-welsh.csv`);
      const csv = readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\ufeffEnglish,Welsh\r\nPeer Support Worker,\r\n'), JSON.stringify(csv.slice(0, 60)));
      assert.equal(csv.split('\r\n').length, english.length + 2, 'the header, a row a text, the last line ended');
    }

    // A malformed CSV: named with its line, and nothing filled.
    await e.openFile('broken.csv', 'English,Welsh\r\nPeer Support Worker,Gweithiwr\r\n"Pay, pro rata\r\n',
      { label: 'Open translated CSV', type: 'text/csv' });
    await e.element({ role: 'alert', hasText: 'broken.csv could not be read. Line 3: expected a closing quote (") for the text that starts with a quote here.' });
    assert.equal(await e.problemOn(title), 'Error: Write the Welsh for “Peer Support Worker”');

    // The translated CSV, with a row for a text the posting no longer has.
    const translated = ['English,Welsh', ...english.map((text) => `${field(text)},${field(welshOf(text))}`),
      'An older advert\'s text,Testun hen hysbyseb'].join('\r\n');
    await e.openFile('swlstg-welsh.csv', `\ufeff${translated}\r\n`, { label: 'Open translated CSV', type: 'text/csv' });
    const status = await e.element({ role: 'status', hasText: 'swlstg-welsh.csv gave the Welsh for' });
    assert.deepEqual(await e.session.evaluate((s) => [...s.querySelectorAll('p, li')].map((p) => p.textContent.trim()), status), [
      `swlstg-welsh.csv gave the Welsh for ${english.length} texts.`,
      '1 row of swlstg-welsh.csv has English this posting no longer has. It was not used:',
      'An older advert\'s text',
    ]);
    await e.untilDownload();
    assert.deepEqual(await e.summary(), [], 'no problem');
    assert.equal(await e.session.evaluate((t) => t.value, await e.element(title)), TITLE);

    const text = await e.fileText();
    const posting = JSON.parse(text).postings[0];
    assert.deepEqual(posting.title, { en: 'Peer Support Worker', cy: TITLE });
    assert.equal(posting.criteria.find((c) => c.summary.cy === LIVED_SUMMARY)?.summary.cy, LIVED_SUMMARY);
    files[DRAFTED] = text;

    if (ENGINE === 'chromium') {
      const found = (await new AxeBuilder({ page: e.page }).include('section[aria-labelledby=welsh-heading]').withTags(TAGS).analyze())
        .violations.map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], 'axe on the Welsh section filled, with what the CSV gave');
    }

    // The preview in Welsh shows the posting's Welsh.
    const preview = { role: 'region', name: 'What applicants see' };
    await e.check({ role: 'radio', name: 'Cymraeg', exact: true, within: { role: 'group', name: 'The preview\'s language' } });
    await e.element({ role: 'heading', level: 1, name: TITLE, exact: true, within: preview });
  }));

test('the checker in Welsh reading the downloaded file shows the Welsh title and criteria', async () => {
  assert.ok(files[DRAFTED], 'the file was downloaded');
  const c = await Checker.open(env.engine, { server: env.server, lang: 'cy' });
  try {
    await c.element({ role: 'heading', level: 2, name: TITLE, exact: true });
    await c.chooseJob(EMPLOYER);
    assert.equal(await c.pageHeading(), TITLE);
    assert.match(await c.mainText(), new RegExp(LIVED_SUMMARY));
  } finally {
    await c.close();
  }
});
