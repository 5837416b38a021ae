// "Nothing leaves your device", tested in each engine: every request recorded across whole flows
// for both postings, Change, Start again, Clear my answers and navigating away; no cookies or
// storage; answers never in the URL or history. And the detectors themselves are shown to work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Checker, ENGINE, KMPT, SWLSTG, WORDS, browserAndServer, lacks } from './checker.js';

const env = browserAndServer();

test('the privacy checks catch a request, a cookie and stored data', async () => {
  // A check that cannot fail proves nothing: make each thing it looks for happen, one at a time.
  const cases = {
    request: (c) => c.evaluate(() => fetch('beacon').catch(() => {})),
    cookie: (c) => c.evaluate(() => { document.cookie = 'a=1'; }),
    'local storage': (c) => c.evaluate(() => localStorage.setItem('a', '1')),
    'session storage': (c) => c.evaluate(() => sessionStorage.setItem('a', '1')),
    IndexedDB: (c) => c.evaluate(() => new Promise((resolve) => { indexedDB.open('a').onsuccess = () => resolve(); })),
    URL: (c) => c.evaluate(() => history.replaceState(null, '', '?answer=yes')),
  };
  for (const [name, leak] of Object.entries(cases)) {
    const c = await Checker.open(env.engine, { server: env.server });
    try {
      await leak(c);
      await assert.rejects(c.assertPrivate(), `the ${name} is noticed`);
    } finally {
      await c.close();
    }
  }
  // And a beacon sent as the page is left, as the test below leaves it.
  const c = await Checker.open(env.engine, { server: env.server });
  try {
    await c.evaluate(() => addEventListener('pagehide', () => navigator.sendBeacon('beacon', 'answers')));
    await c.session.goto('about:blank');
    await assert.rejects(c.assertNoRequestSinceLoad(), 'the beacon on leaving is noticed');
  } finally {
    await c.close();
  }
});

test('across both postings, Change, Start again, Clear my answers and leaving: no request after load', async () => {
  const c = await Checker.open(env.engine, { server: env.server });
  try {
    const url = await c.evaluate(() => location.href);
    await c.chooseJob(KMPT);
    await c.start();
    await c.answer('I have my own lived experience');
    await c.answer('Yes');
    await c.answerMonth(2, 2026);
    // Not only a GP or prescribed medicine since; then no NVQ.
    await c.answer('No');
    await c.answer('No');
    await c.change('Willing to share your own life experiences');
    await c.answer('I\'m not sure');
    await c.seeResult();
    await c.click({ role: 'button', name: 'Start again', exact: true });
    await c.chooseJob(SWLSTG);
    await c.start();
    await c.answer('Only through my work');
    await c.click({ role: 'button', name: 'Clear my answers', exact: true });
    await c.waitForHeading('Check if you can apply for a job');
    await c.assertPrivate();
    // Each page is an entry in the browser's history (Back moves one page), holding only the
    // checker's place: its trail and page numbers, no answer; the address never changed.
    const state = await c.evaluate(() => history.state);
    assert.deepEqual(Object.keys(state), ['eligibility-checker']);
    assert.match(state['eligibility-checker'], /^\d+\.\d+$/);
    assert.equal(await c.evaluate(() => location.href), url);
    // Leaving the page sends nothing either (no beacon on unload).
    await c.assertHealthy();
    await c.session.goto('about:blank');
    await c.assertNoRequestSinceLoad();
  } finally {
    await c.close();
  }
});

test('notes for the application stay in memory: kept through Back, cleared with the answers, never stored or sent', async () => {
  const LIVED = 'Your notes for: Lived experience of mental health problems';
  const NVQ = 'Your notes for: A National Vocational Qualification (NVQ) at level 2, or a similar qualification or experience';
  const note = async (label) => {
    const box = await c.element({ role: 'textbox', name: label, exact: true });
    return c.session.evaluate((e) => e.value, box);
  };
  const c = await Checker.open(env.engine, { server: env.server });
  try {
    const url = await c.evaluate(() => location.href);
    await c.meetKmpt();
    assert.match(await c.mainText(), /Prepare your application.*How would you use that, with care, to support a woman on the ward\?/);
    // A box for each criterion to write about; none for the twelve-month rule or the DBS check.
    assert.equal(await c.count({ role: 'textbox' }), 5);
    await c.fill(LIVED, 'Peer support group, 2023: what listening did for me');
    await c.fill(NVQ, 'Care Certificate');
    // Back to check your answers and on to the result again: the notes are still there.
    await c.back();
    await c.waitForHeading('Check your answers');
    await c.seeResult();
    assert.equal(await note(LIVED), 'Peer support group, 2023: what listening did for me');
    assert.equal(await note(NVQ), 'Care Certificate');
    // Nothing of them in the address, the history entries, storage or any request.
    await c.assertPrivate();
    const state = JSON.stringify(await c.evaluate(() => history.state));
    assert.match(state, /^\{"eligibility-checker":"\d+\.\d+"\}$/);
    assert.equal(await c.evaluate(() => location.href), url);
    // Clear my answers forgets the notes with the answers, once the applicant has said so.
    await c.click({ role: 'button', name: 'Clear my answers', exact: true });
    await c.waitForHeading('Delete your notes too?');
    await c.click({ role: 'button', name: 'Delete my answers and notes', exact: true });
    await c.waitForHeading('Check if you can apply for a job');
    await c.meetKmpt();
    assert.equal(await note(LIVED), '');
    assert.equal(await note(NVQ), '');
    await c.assertPrivate();
    await c.assertHealthy();
  } finally {
    await c.close();
  }
});

test('Clear my answers forgets every answer at once, from any step, and says so', async () => {
  const c = await Checker.open(env.engine, { server: env.server });
  try {
    await c.chooseJob(KMPT);
    await c.start();
    assert.equal(await c.count({ role: 'button', name: 'Clear my answers' }), 0, 'nothing to clear yet');
    await c.answer('I have my own lived experience');
    await c.answer('Yes');
    await c.click({ role: 'button', name: 'Clear my answers', exact: true });
    await c.waitForHeading('Check if you can apply for a job');
    assert.equal(await c.text({ role: 'status', hasText: 'cleared' }), 'Your answers have been cleared.');
    await c.chooseJob(KMPT);
    await c.start();
    assert.equal(await c.count({ role: 'radio', checked: true }), 0, 'the earlier answer is gone');
    await c.assertPrivate();
  } finally {
    await c.close();
  }
});

test('leaving halfway through the questions or with notes asks first; before any answer and on a result without notes it does not', async () => {
  // Whether the page's own beforeunload listeners ask the browser to check with the applicant.
  const asksBeforeLeaving = (c) => c.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  const c = await Checker.open(env.engine, { server: env.server });
  try {
    assert.equal(await asksBeforeLeaving(c), false, 'the list of jobs');
    await c.chooseJob(KMPT);
    await c.start();
    assert.equal(await asksBeforeLeaving(c), false, 'the first question, nothing answered');
    await c.answer('I have my own lived experience');
    assert.equal(await asksBeforeLeaving(c), true, 'the second question');
    await c.answer('Yes');
    await c.answerMonth(2, 2025);
    await c.answer('No');
    await c.waitForHeading('Check your answers');
    assert.equal(await asksBeforeLeaving(c), true, 'check your answers');
    await c.seeResult();
    assert.equal(await asksBeforeLeaving(c), false, 'the result: the advert\'s link just works');
    // Notes typed on the result could not be had again: with one, the browser asks first.
    await c.fill('Your notes for: Willing to share your own life experiences', 'A talk I gave');
    assert.equal(await asksBeforeLeaving(c), true, 'the result with a note');
    // The notes are kept through "Check another job", so leaving from the list would lose them.
    await c.click({ role: 'button', name: 'Check another job', exact: true });
    await c.waitForHeading('Check if you can apply for a job');
    assert.equal(await asksBeforeLeaving(c), true, 'the list, with a note kept');
    await c.click({ role: 'button', name: 'Clear my answers', exact: true });
    await c.waitForHeading('Delete your notes too?');
    assert.equal(await asksBeforeLeaving(c), true, 'asked about the notes, not yet deleted');
    await c.click({ role: 'button', name: 'Delete my answers and notes', exact: true });
    await c.waitForHeading('Check if you can apply for a job');
    assert.equal(await asksBeforeLeaving(c), false, 'after Clear my answers');
    await c.assertHealthy();
  } finally {
    await c.close();
  }
});

/** Why an engine's run skips the test of the browser's own question, by name. */
const NO_DIALOGS = {
  webkit: 'WebKitWebDriver reports no browser dialogs (and Safari on an iPhone asks no such question)',
};

test('and the browser does ask: closing the tab halfway shows its own "Leave site?" question', {
  skip: NO_DIALOGS[ENGINE] ?? false,
}, async () => {
  const d = await Checker.open(env.engine, { server: env.server });
  try {
    await d.chooseJob(SWLSTG);
    await d.start();
    await d.answer('I have my own lived experience');
    const dialog = new Promise((resolve) => d.page.once('dialog', resolve));
    // Closing waits, in some engines, for the question to be answered.
    const closing = d.page.close({ runBeforeUnload: true });
    const shown = await dialog;
    assert.equal(shown.type(), 'beforeunload');
    await shown.accept();
    await closing;
  } finally {
    await d.close();
  }
});

for (const lang of ['en', 'cy']) {
  test(`notes are asked about before Clear my answers or Start again deletes them, and the clearing is shown (${lang})`, async () => {
    const w = WORDS[lang];
    const NOTE = 'Peer support group, 2023';
    const c = await Checker.open(env.engine, { server: env.server, lang });
    try {
      await c.meetKmpt();
      await c.typeNote(NOTE);
      const noteNow = async () => c.session.evaluate((e) => e.value, await c.element({ role: 'textbox', first: true }));
      for (const wipe of [w.clearAnswers, w.startAgain]) {
        // Asked first, with the keyboard's focus on the question.
        await c.click({ role: 'button', name: wipe, exact: true });
        await c.waitForHeading(w.wipeHeading);
        assert.equal(await c.focusedId(), 'page-heading');
        await c.element({ role: 'button', name: w.copyNotes, exact: true });
        // Keeping them returns to the result as it was.
        await c.click({ role: 'button', name: w.wipeKeep, exact: true });
        await c.waitForHeading(w.meets);
        assert.equal(await noteNow(), NOTE);
      }
      // Saying yes deletes them with the answers, and the page says so to everyone.
      await c.click({ role: 'button', name: w.clearAnswers, exact: true });
      await c.waitForHeading(w.wipeHeading);
      await c.click({ role: 'button', name: w.wipeConfirm, exact: true });
      await c.waitForHeading(w.postingsHeading);
      const said = await c.element({ role: 'status', hasText: w.cleared });
      const size = await c.session.evaluate((e) => [e.offsetWidth, e.offsetHeight], said);
      assert.ok(size[0] > 100 && size[1] > 10, `shown, not only said: ${size}`);
      await c.meetKmpt();
      assert.equal(await noteNow(), '');
      await c.assertPrivate();
      await c.assertHealthy();
    } finally {
      await c.close();
    }
  });
}

test('Copy my notes puts them on the clipboard, and nowhere else', async (t) => {
  const c = await Checker.open(env.engine, { server: env.server });
  try {
    await c.meetKmpt();
    await c.typeNote('Peer support group, 2023');
    if (lacks(t, 'reading the clipboard back (Playwright grants Chromium the permission)')) return;
    await c.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await c.click({ role: 'button', name: 'Copy my notes', exact: true });
    await c.element({ role: 'status', hasText: 'Your notes are copied.' });
    assert.equal(await c.evaluate(() => navigator.clipboard.readText()),
      'Peer Support Worker, Kent and Medway Mental Health NHS Trust\n\nLived experience of mental health problems\nPeer support group, 2023');
    await c.assertPrivate();
    await c.assertHealthy();
  } finally {
    await c.close();
  }
});
