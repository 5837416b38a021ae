// A question written inside the line that needs it (docs/employers.md, "Writing a new
// question"), in Chromium, Firefox and WebKit, through the Editor page object (editor.js): a
// line no built-in question asks gets a new Yes or No question, Yes ticked as meeting and the
// reason for No written; the file holds the question, and the preview beside the form (the real
// checker) asks it and gives the result. Then the form's answers for "One of several answers",
// added and removed, each problem on its field; and (Chromium) axe on the form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { ENGINE, launchEngine } from './drivers.js';
import { serve } from './server.js';
import { injected } from './checker.js';
import { AXE_TAGS, Editor, reasonFor } from './editor.js';

const TAGS = AXE_TAGS;
const LINE = 'Able to work shifts including weekends';
const SPEC = `Person specification\nEssential\n• ${LINE}\n`;
const QUESTION = 'Are you able to work shifts, including weekends?';
const REASON = 'The ward is staffed every day of the week, so the job needs weekend shifts.';

const env = {};
before(async () => {
  env.engine = await launchEngine();
  env.server = await serve(injected());
});
after(async () => {
  await env.engine?.close();
  await env.server?.close();
});

/** Runs `fn` with the editor open, closing it after. */
const withEditor = (fn, options) => Editor.with(env.engine, env.server, fn, options);

/** The id of the element that has focus, once it is `id` (or after a few tries, whatever it is). */
async function focused(e, id) {
  let now = null;
  for (let tries = 0; tries < 50; tries++) {
    now = await e.session.evaluate(() => document.activeElement?.id ?? null);
    if (now === id) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return now;
}

/** Whether `check` comes true within a few tries (the editor redraws after each action). */
async function until(check) {
  for (let tries = 0; tries < 50; tries++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * Clicks the button `query` finds, brought to the middle of the screen first: WebKit's driver
 * reports a click on a Remove button just below the fold that never reaches the page.
 */
async function press(e, query) {
  await e.on(await e.element(query), (button) => button.scrollIntoView({ block: 'center' }));
  await e.click(query);
}

/** axe's WCAG 2.2 AA violations on the page, each in a line, where it runs (Chromium). */
async function axe(e, name) {
  if (ENGINE !== 'chromium') return [];
  const { violations } = await new AxeBuilder({ page: e.page }).withTags(TAGS).analyze();
  return violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a new question written in a line is in the file, and the preview asks it and gives the result', () =>
  withEditor(async (e) => {
    const found = [];
    await e.paste({ role: 'textbox', name: 'Person specification' }, SPEC);
    await e.click({ role: 'button', name: 'Split into lines' });
    const within = (query) => ({ ...query, within: e.line(LINE) });
    await e.element(within({ role: 'radio', name: 'Essential: the checker asks about it', checked: true }));

    // The button opens the form in the line, and takes the keyboard to its first field.
    await e.click(within({ role: 'button', name: 'Write a new question' }));
    await e.element(within({ role: 'group', name: 'Your new question' }));
    const text = within({ role: 'textbox', name: 'The question, as applicants read it' });
    assert.equal(await focused(e, 'line-0-q-text'), 'line-0-q-text');
    assert.equal(await e.problemOn(text), 'Error: Write the question as applicants read it.');
    assert.ok((await e.summary()).some((p) => p.href === '#line-0-q-text'), 'in the summary, linking to the field');
    found.push(...await axe(e, 'the form, empty'));

    await e.type(text, QUESTION);
    assert.equal(await e.problemOn(text), '');
    await e.element(within({ role: 'radio', name: 'Yes or No', checked: true }));
    // The rule reads as a sentence on the new question: Yes meets it, No needs its reason.
    await e.element(within({ role: 'group', name: `Meets this when the answer to “${QUESTION}” is` }));
    await e.check(within({ role: 'checkbox', name: 'Yes', exact: true }));
    await e.type(within(reasonFor('No')), REASON);

    for (const [label, value] of [
      ['Job title', 'Healthcare Support Worker'],
      ['Employer', 'An Example NHS Trust'],
      ['Location', 'Leeds'],
      ['Where to apply', 'https://example.org/apply'],
      ['Posting id', 'example-shifts'],
      ['Where the facts come from', 'A made-up advert'],
    ]) {
      await e.type({ role: 'textbox', name: label, exact: true }, value);
    }
    await e.untilDownload();
    assert.deepEqual(await e.summary(), [], 'no problem');
    const file = JSON.parse(await e.fileText());
    assert.deepEqual(file.questions, [{
      id: 'able_to_work_shifts_including_weekends',
      text: QUESTION,
      short: QUESTION,
      answer: { kind: 'yes_no' },
    }]);
    assert.deepEqual(file.postings[0].criteria[0].rule, {
      kind: 'answer_in',
      question: 'able_to_work_shifts_including_weekends',
      meets: ['yes'],
      reasons: { no: REASON },
    });
    found.push(...await axe(e, 'the form, written'));

    // The applicant's checker beside the form asks the new question and decides by it.
    const preview = { role: 'region', name: 'What applicants see' };
    await e.element({ role: 'heading', level: 1, name: 'Healthcare Support Worker', within: preview });
    await e.click({ role: 'button', name: 'Start', exact: true, within: preview });
    await e.element({ role: 'heading', level: 1, name: QUESTION, within: preview });
    await e.element({ role: 'radio', name: 'I\'m not sure', exact: true, within: preview });
    await e.check({ role: 'radio', name: 'No', exact: true, within: preview });
    await e.click({ role: 'button', name: 'Continue', exact: true, within: preview });
    await e.click({ role: 'button', name: 'See your result', exact: true, within: preview });
    await e.element({ role: 'heading', level: 2, name: 'Essential criteria', within: preview });
    // The result gives the employer's reason for No.
    await e.element({ role: 'listitem', hasText: REASON, within: preview });

    // One of several answers: each answer a field, with Remove; Add another answer.
    await e.check(within({ role: 'radio', name: 'One of several answers' }));
    const answers = within({ role: 'group', name: 'The answers applicants choose from' });
    const answer = (n) => ({ role: 'textbox', name: `Answer ${n}`, exact: true, within: answers });
    assert.equal(await e.problemOn(answer(1)), 'Error: Write this answer, or remove it.');
    await e.type(answer(1), 'Weekdays and weekends');
    await e.type(answer(2), 'Weekdays only');
    await e.click({ role: 'button', name: 'Add another answer', within: answers });
    assert.equal(await focused(e, 'line-0-q-answer-2'), 'line-0-q-answer-2');
    await e.type(answer(3), 'Weekdays only');
    assert.equal(await e.problemOn(answer(3)), 'Error: Two answers are the same: change or remove one.');
    await e.untilDownload(false);
    found.push(...await axe(e, 'one of several answers, with a problem'));
    await press(e, { role: 'button', name: 'Remove answer 3', within: answers });
    assert.ok(await until(async () => await e.count(answer(3)) === 0), 'answer 3 removed');
    assert.equal(await focused(e, 'line-0-q-answer-1'), 'line-0-q-answer-1', 'the answer before it has focus');
    await press(e, { role: 'button', name: 'Remove answer 2', within: answers });
    assert.ok(await until(async () => await e.problemOn(answers) === 'Error: Give at least two answers.'),
      await e.problemOn(answers));
    assert.deepEqual(found, []);
  }));
