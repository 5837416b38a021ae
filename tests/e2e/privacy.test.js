// "Nothing leaves your device", tested: every request recorded at the context level across whole
// flows for both postings, Change, Start again, Clear my answers and navigating away; no cookies or
// storage; answers never in the URL or history. And the detectors themselves are shown to work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Checker, KMPT, SWLSTG, browserAndServer } from './checker.js';

const env = browserAndServer();

test('the privacy checks catch a request, a cookie and stored data', async () => {
  // A check that cannot fail proves nothing: make each thing it looks for happen, one at a time.
  const cases = {
    request: (page) => page.evaluate(() => fetch('beacon').catch(() => {})),
    cookie: (page) => page.evaluate(() => { document.cookie = 'a=1'; }),
    'local storage': (page) => page.evaluate(() => localStorage.setItem('a', '1')),
    'session storage': (page) => page.evaluate(() => sessionStorage.setItem('a', '1')),
    IndexedDB: (page) => page.evaluate(() => new Promise((resolve) => { indexedDB.open('a').onsuccess = resolve; })),
    URL: (page) => page.evaluate(() => history.replaceState(null, '', '?answer=yes')),
  };
  for (const [name, leak] of Object.entries(cases)) {
    const c = await Checker.open(env.browser, { server: env.server });
    try {
      await leak(c.page);
      await assert.rejects(c.assertPrivate(), `the ${name} is noticed`);
    } finally {
      await c.close();
    }
  }
});

test('across both postings, Change, Start again, Clear my answers and leaving: no request after load', async () => {
  const c = await Checker.open(env.browser, { server: env.server });
  try {
    const historyAtLoad = await c.page.evaluate(() => history.length);
    await c.chooseJob(KMPT);
    await c.start();
    await c.answer('I have my own lived experience');
    await c.answer('Yes');
    await c.answerMonth(2, 2026);
    await c.answer('No');
    await c.change('Willing to share your own life experiences');
    await c.answer('I\'m not sure');
    await c.seeResult();
    await c.page.getByRole('button', { name: 'Start again' }).click();
    await c.chooseJob(SWLSTG);
    await c.start();
    await c.answer('Only through my work');
    await c.page.getByRole('button', { name: 'Clear my answers' }).click();
    await c.heading('Check if you can apply for a job').waitFor();
    await c.assertPrivate();
    assert.equal(await c.page.evaluate(() => history.length), historyAtLoad, 'no history entries added');
    // Leaving the page sends nothing either (no beacon on unload).
    await c.page.goto('about:blank');
    await c.page.waitForTimeout(200);
    assert.deepEqual(c.requests.slice(c.requestsAtLoad), []);
    c.assertHealthy();
  } finally {
    await c.close();
  }
});

test('Clear my answers forgets every answer at once, from any step, and says so', async () => {
  const c = await Checker.open(env.browser, { server: env.server });
  try {
    await c.chooseJob(KMPT);
    await c.start();
    assert.equal(await c.page.getByRole('button', { name: 'Clear my answers' }).count(), 0, 'nothing to clear yet');
    await c.answer('I have my own lived experience');
    await c.answer('Yes');
    await c.page.getByRole('button', { name: 'Clear my answers' }).click();
    await c.heading('Check if you can apply for a job').waitFor();
    assert.equal(await c.page.getByRole('status').textContent(), 'Your answers have been cleared.');
    await c.chooseJob(KMPT);
    await c.start();
    assert.equal(await c.page.getByRole('radio', { checked: true }).count(), 0, 'the earlier answer is gone');
    await c.assertPrivate();
  } finally {
    await c.close();
  }
});

test('leaving halfway through the questions asks first; before any answer and on the result it does not', async () => {
  // Whether the page's own beforeunload listeners ask the browser to check with the applicant.
  const asksBeforeLeaving = (c) => c.page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  const c = await Checker.open(env.browser, { server: env.server });
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
    await c.heading('Check your answers').waitFor();
    assert.equal(await asksBeforeLeaving(c), true, 'check your answers');
    await c.seeResult();
    assert.equal(await asksBeforeLeaving(c), false, 'the result: the advert\'s link just works');
    await c.page.getByRole('button', { name: 'Clear my answers' }).click();
    await c.heading('Check if you can apply for a job').waitFor();
    assert.equal(await asksBeforeLeaving(c), false, 'after Clear my answers');
    c.assertHealthy();
  } finally {
    await c.close();
  }

  // And the browser does ask: closing the tab halfway shows its own "Leave site?" question.
  const d = await Checker.open(env.browser, { server: env.server });
  try {
    await d.chooseJob(SWLSTG);
    await d.start();
    await d.answer('I have my own lived experience');
    const dialog = new Promise((resolve) => d.page.once('dialog', resolve));
    await d.page.close({ runBeforeUnload: true });
    const shown = await dialog;
    assert.equal(shown.type(), 'beforeunload');
    await shown.accept();
  } finally {
    await d.close();
  }
});
