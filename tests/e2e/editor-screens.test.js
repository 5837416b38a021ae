// The employers' editor's other screens (docs/employers.md), in Chromium, Firefox and WebKit,
// through the Editor page object (editor.js): copying the file and a snippet, or being told what
// to do where the browser refuses the clipboard; (Chromium) leaving with changes not downloaded
// asks first; the editor in Welsh; and (Chromium) axe on every screen at phone and desktop
// widths. (The Done-when route and problems: editor.test.js.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { ENGINE, launchEngine } from './drivers.js';
import { serve } from './server.js';
import { controlled, lacks } from './checker.js';
import { AXE_TAGS, Editor, KENT, LIVED, NVQ, buildKent, served } from './editor.js';

// WCAG 2.2 AA, and axe's best practices beside it (landmarks, heading order, a page's one h1).
const TAGS = AXE_TAGS;
const SOUTH_WEST_LONDON = readFileSync(new URL('../../postings/swlstg-ward1-picu-peer-support-worker.json', import.meta.url), 'utf8');

const env = {};
before(async () => {
  env.engine = await launchEngine();
  env.server = await serve(served());
});
after(async () => {
  await env.engine?.close();
  await env.server?.close();
});

/** Runs `fn` with the editor open, closing it after. */
const withEditor = (fn, options) => Editor.with(env.engine, env.server, fn, options);

describe('the file and the snippets, copied', () => {
  /** The words of the status under the button `name`, once it says something. */
  async function status(e, name) {
    for (let tries = 0; tries < 100; tries++) {
      const said = await e.on(await e.element({ role: 'button', name, exact: true }),
        (button) => button.nextElementSibling?.textContent.trim() ?? '');
      if (said) return said;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return '';
  }
  const COPIED = 'Copied.';
  const REFUSED = 'Your browser did not let the editor copy. Select the text below and press Ctrl+C (or Cmd+C on a Mac).';
  const BY_HAND = { role: 'textbox', name: 'The text to copy', exact: true };

  test('copying the file and a snippet copies them, or says what to do where the browser refuses', () =>
    withEditor(async (e) => {
      if (ENGINE === 'chromium') {
        await e.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
      }
      await e.openFile('swlstg-ward1-picu-peer-support-worker.json', SOUTH_WEST_LONDON);
      await e.untilDownload();
      const text = await e.fileText();
      await e.click({ role: 'button', name: 'Copy the file', exact: true });
      const file = await status(e, 'Copy the file');
      // Each engine either copies or refuses (a headless Firefox or WebKit may have no clipboard to
      // give): both are said, the refusal with what to do, over the text to copy by hand.
      assert.ok([COPIED, REFUSED].includes(file), file);
      // What the editor gave the clipboard, recorded in every engine: the file's text.
      assert.deepEqual(await e.copied(), [text]);
      if (ENGINE === 'chromium') {
        assert.equal(file, COPIED);
        assert.equal(await e.session.evaluate(() => navigator.clipboard.readText()), text);
      }
      if (file === REFUSED) assert.equal(await e.session.evaluate((b) => b.value, await e.element(BY_HAND)), text);
      const inline = `<div data-eligibility-checker data-postings="swlstg-ward1-picu-peer-support-worker.json" data-posting="swlstg-ward1-picu-peer-support-worker"></div>\n<script type="module" src="${env.server.url}embed.js"></script>`;
      await e.click({ role: 'button', name: 'Copy: The inline embed', exact: true });
      const snippet = await status(e, 'Copy: The inline embed');
      assert.ok([COPIED, REFUSED].includes(snippet), snippet);
      assert.deepEqual(await e.copied(), [text, inline]);
      if (ENGINE === 'chromium') {
        assert.equal(await e.session.evaluate(() => navigator.clipboard.readText()), inline);
      }
    }));

  test('where the browser refuses the clipboard, the editor says what to do over the text to copy', async () => {
    // A browser that refuses: its writeText rejects, as one does without permission (a start-up
    // script of the test's, which WebKit's driver takes only from the server).
    const server = ENGINE === 'webkit' ? await serve(served({ refuse: true })) : env.server;
    try {
      await Editor.with(env.engine, server, async (e) => {
        await e.openFile('swlstg-ward1-picu-peer-support-worker.json', SOUTH_WEST_LONDON);
        await e.untilDownload();
        await e.click({ role: 'button', name: 'Copy the file', exact: true });
        assert.equal(await status(e, 'Copy the file'), REFUSED);
        const text = await e.fileText();
        assert.deepEqual(await e.copied(), [text], 'the editor tried');
        const box = await e.element(BY_HAND);
        assert.deepEqual(await e.session.evaluate((b) => [b.value, b.readOnly], box), [text, true]);
      }, { recorded: { refuse: true } });
    } finally {
      if (server !== env.server) await server.close();
    }
  });
});

test('where the browser refuses to make the file to download, the editor says what to do', async () => {
  const server = ENGINE === 'webkit' ? await serve(served({ refuseFiles: true })) : env.server;
  try {
    await Editor.with(env.engine, server, async (e) => {
      await e.openFile('swlstg-ward1-picu-peer-support-worker.json', SOUTH_WEST_LONDON);
      await e.element({ role: 'status', hasText: 'Your browser did not let the editor make swlstg-ward1-picu-peer-support-worker.json to download.' });
      assert.equal(await e.download(), null, 'no link that leads nowhere');
      await e.element({ role: 'button', name: 'Copy the file', exact: true });
    }, { recorded: { refuseFiles: true } });
  } finally {
    if (server !== env.server) await server.close();
  }
});

test('splitting again, or opening a file, over work not downloaded asks first in the page', () =>
  withEditor(async (e) => {
    const focused = () => e.session.evaluate(() => document.activeElement?.id ?? null);
    const split = { role: 'button', name: 'Split into lines', exact: true };
    const said = (words) => e.element({ role: 'status', hasText: words });
    await e.paste({ role: 'textbox', name: 'Person specification' }, KENT);
    await e.click(split);
    const desirable = { role: 'radio', name: 'Desirable', exact: true, within: e.line(LIVED) };
    await e.check(desirable);

    // The question takes focus, to be read at once; keeping the work changes nothing.
    await e.click(split);
    await e.element({ role: 'group', name: 'Warning: You have changes you have not downloaded. Splitting again' });
    assert.equal(await focused(), 'replace-question');
    await e.click({ role: 'button', name: 'Keep my work', exact: true });
    await said('Your work is as you left it.');
    assert.equal(await focused(), 'split', 'focus back where the employer was');
    await e.element({ ...desirable, checked: true });

    // Replacing, from the keyboard where the driver has one: Tab from the question to its first
    // button, and Enter.
    await e.click(split);
    await e.element({ role: 'button', name: 'Replace my work', exact: true });
    assert.equal(await focused(), 'replace-question');
    if (e.session.page) {
      await e.session.page.keyboard.press('Tab');
      await e.session.page.keyboard.press('Enter');
    } else {
      await e.click({ role: 'button', name: 'Replace my work', exact: true });
    }
    await said('The lines are made afresh from the person specification.');
    await e.element({ role: 'radio', name: 'Essential: the checker asks about it', checked: true, within: e.line(LIVED) });

    // A file opened over work not downloaded: asked first, under Open a posting file.
    await e.check(desirable);
    await e.openFile('swlstg.json', SOUTH_WEST_LONDON);
    await e.element({ role: 'group', name: 'Opening swlstg.json replaces the lines, the facts and the test cases' });
    assert.equal(await focused(), 'replace-question');
    await e.click({ role: 'button', name: 'Replace my work', exact: true });
    await said('swlstg.json is open in the form.');
    assert.equal(await focused(), 'open-heading');
    assert.equal(await e.session.evaluate((f) => f.value, await e.element({ role: 'textbox', name: 'Employer', exact: true })),
      'South West London and St George\'s Mental Health NHS Trust');
  }));

test('leaving with changes not downloaded asks first; after the download it does not', async (t) => {
  if (ENGINE !== 'chromium') {
    t.skip('the browser\'s own question is caught through Playwright, in Chromium');
    return;
  }
  await withEditor(async (e) => {
    await e.openFile('swlstg-ward1-picu-peer-support-worker.json', SOUTH_WEST_LONDON);
    await e.untilDownload();
    await e.type({ role: 'textbox', name: 'Pay (optional)', exact: true }, '£24,000 a year');
    const asked = [];
    e.page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      dialog.dismiss();
    });
    await e.page.evaluate(() => location.reload()).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(asked, ['beforeunload'], 'asked before leaving');
    assert.equal(await e.session.evaluate((f) => f.value, await e.element({ role: 'textbox', name: 'Pay (optional)', exact: true })), '£24,000 a year', 'still here');
    const [download] = await Promise.all([e.page.waitForEvent('download'), e.page.getByRole('link', { name: /^Download [a-z0-9-]+\.json$/ }).click()]);
    await download.path();
    await e.page.evaluate(() => location.reload()).catch(() => {});
    await e.element({ role: 'heading', level: 1 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(asked, ['beforeunload'], 'not asked again once downloaded');
  });
});

test('a posting file dropped on "Open a posting file" opens as the picker\'s does', () =>
  withEditor(async (e) => {
    const section = await e.element({ role: 'region', name: 'Open a posting file' });
    // A drop, as the browser delivers one: the file in the event's DataTransfer.
    await e.on(section, (target, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'swlstg.json', { type: 'application/json' }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, SOUTH_WEST_LONDON);
    await e.element({ role: 'heading', level: 2, name: 'The job\'s facts' });
    assert.equal(await e.session.evaluate((f) => f.value, await e.element({ role: 'textbox', name: 'Employer', exact: true })),
      'South West London and St George\'s Mental Health NHS Trust');
  }));

test('after one visit, the editor opens and works offline, in a service worker of its own folder', async (t) => {
  // A server of its own, to take down.
  const server = await serve(served());
  t.after(() => server.close());
  await Editor.with(env.engine, server, async (e) => {
    assert.equal(await controlled(e.session), true);
    assert.equal(await e.session.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${server.url}editor/sw.js`);
    server.goDown();
    if (!lacks(t, 'an offline mode in the driver: the server answering nothing stands for it', ['webkit'])) {
      await e.session.offline();
    }
    await e.session.reload();
    await e.element({ role: 'heading', level: 1, name: 'Write a posting for the eligibility checker' });
    assert.equal(await controlled(e.session), true, 'the page came from the service worker');
    await e.paste({ role: 'textbox', name: 'Person specification' }, KENT);
    await e.click({ role: 'button', name: 'Split into lines' });
    await e.element({ role: 'heading', level: 2, name: 'The lines of the person specification' });
  });
});

test('a walk of the preview to a result, named and kept, is a test case expecting that result', () =>
  withEditor(async (e) => {
    await e.openFile('swlstg-ward1-picu-peer-support-worker.json', SOUTH_WEST_LONDON);
    await e.untilDownload();
    const cases = () => e.session.evaluate(() => [...document.querySelectorAll('#examples-heading ~ ul li')]
      .map((li) => `${li.querySelector('h3')?.textContent}: ${li.querySelector('strong')?.textContent}`));
    const before = await cases();
    const preview = { role: 'region', name: 'What applicants see' };
    await e.click({ role: 'button', name: 'Start', exact: true, within: preview });
    await e.check({ role: 'radio', name: 'Only as a carer, family member or friend', within: preview });
    await e.click({ role: 'button', name: 'Continue', exact: true, within: preview });
    await e.click({ role: 'button', name: 'See your result now', exact: true, within: preview });
    await e.element({ role: 'heading', level: 3, name: 'Keep this walk as a test case' });
    assert.equal(await e.session.evaluate((r) => r.checked, await e.element({ role: 'radio', name: 'Does not meet them', exact: true, within: { role: 'region', name: 'Keep this walk as a test case' } })), true,
      'the outcome the preview gave, chosen');
    await e.click({ role: 'button', name: 'Keep as a test case', exact: true });
    assert.deepEqual(await e.problemOn({ role: 'textbox', name: 'Name of the test case' }), 'Error: Give the test case a name.');
    await e.type({ role: 'textbox', name: 'Name of the test case' }, 'A carer only, from the preview');
    await e.click({ role: 'button', name: 'Keep as a test case', exact: true });
    await e.element({ role: 'status', hasText: 'Kept as a test case: “A carer only, from the preview”.' });
    assert.equal(await e.session.evaluate(() => document.activeElement?.id), 'walk-status', 'focus on the words that say so');
    assert.deepEqual(await cases(), [...before, 'A carer only, from the preview: Passes']);
    const file = JSON.parse(await e.fileText());
    const kept = file.postings[0].examples.at(-1);
    assert.equal(kept.name, 'A carer only, from the preview');
    // What the preview showed: a carer does not meet lived experience, and was not asked the rest.
    assert.deepEqual(kept.expect, { overall: 'not_met', criteria: { 'own-lived-experience': 'not_met', 'inpatient-services': 'unanswered' } });
  }));

test('with ?lang=cy the editor speaks Welsh', () =>
  withEditor(async (e) => {
    await e.element({ role: 'heading', level: 1, name: 'Ysgrifennu swydd ar gyfer y gwiriwr cymhwysedd' });
    await e.paste({ role: 'textbox', name: 'Manyleb person' }, KENT);
    await e.click({ role: 'button', name: 'Rhannu\'n llinellau' });
    await e.element({ role: 'radio', name: 'Hanfodol: mae\'r gwiriwr yn gofyn amdano', checked: true, within: e.line(LIVED) });
    await e.element({ role: 'heading', level: 2, name: 'Ffeithiau\'r swydd' });
    assert.equal(await e.session.evaluate(() => document.querySelector('main').lang), 'cy');
  }, { lang: 'cy' }));

for (const width of [390, 1280]) {
  test(`axe finds no WCAG 2.2 AA or best-practice violation on any editor screen at ${width} px`, async (t) => {
    if (ENGINE !== 'chromium') {
      t.skip('axe runs through Playwright, in Chromium');
      return;
    }
    await withEditor(async (e) => {
      const found = [];
      const check = async (name) => {
        for (const v of (await new AxeBuilder({ page: e.page }).withTags(TAGS).analyze()).violations) {
          found.push(`${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      };
      await check('empty');
      await e.openFile('swlstg.json', '{ "id": ');
      await e.element({ role: 'alert' });
      await check('a file that could not be opened');
      await buildKent(e);
      await e.untilDownload();
      await check('the Kent and Medway posting, ready to download');
      await e.click({ role: 'button', name: 'Split into lines', exact: true });
      await e.element({ role: 'button', name: 'Keep my work', exact: true });
      await check('asked before the work is replaced');
      await e.click({ role: 'button', name: 'Keep my work', exact: true });
      await e.type({ role: 'textbox', name: 'Job title', exact: true }, '');
      await e.untilDownload(false);
      await check('with a problem');
      await e.check({ role: 'radio', name: 'Any of these', exact: true, within: e.line(NVQ) });
      await e.element({ role: 'group', name: 'Part 2', exact: true });
      await check('a rule of parts, a part without a question');
      await e.openFile('swlstg.json', SOUTH_WEST_LONDON);
      await e.click({ role: 'button', name: 'Replace my work', exact: true });
      await e.untilDownload();
      await check('the South West London file opened');
      assert.deepEqual(found, []);
    }, { width });
  });
}
