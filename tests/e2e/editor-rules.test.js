// The employers' editor's rules of parts and readability warnings (docs/employers.md), in
// Chromium, Firefox and WebKit, through the Editor page object (editor.js): an employer makes a
// line "Any of these" on the form, a question and a reason for each part, adds and removes a part
// by keyboard-reachable buttons (focus following), and the preview's result follows the rule, then
// "All of these"; a long sentence in a reason is warned of under that reason, the sentence marked,
// not the whole field. Served as the static site serves it, at editor/ beside the checker.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchEngine } from './drivers.js';
import { serve } from './server.js';
import { injected } from './checker.js';
import { Editor, QUESTIONS, reasonFor } from './editor.js';

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

const TRAVEL = 'A full UK driving licence, or the ability to travel across the region in a timely manner';
const PREVIEW = { role: 'region', name: 'What applicants see' };
const MEETS = 'You meet the essential criteria for this job';
const DOES_NOT_MEET = 'You do not meet every essential criterion for this job';
const SHORT = 'The job means visiting people at home.';
const LONG = 'You would travel to see people in their own homes, in towns and villages across the whole region, often more than once a day and sometimes at short notice.';

/** The group of part `n` (the only line with parts). */
const part = (n) => ({ role: 'group', name: `Part ${n}`, exact: true });
const partQuestion = (n) => ({ role: 'combobox', name: 'The question that decides this part', within: part(n) });

/** Waits until the element with focus has the id `id`. */
async function untilFocused(e, id) {
  let focused;
  for (let tries = 0; tries < 100; tries++) {
    focused = await e.session.evaluate(() => document.activeElement?.id ?? '');
    if (focused === id) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(focused, id, 'focus');
}

/** The words of the preview's page heading. */
async function previewHeading(e) {
  const heading = await e.element({ role: 'heading', level: 1, within: PREVIEW });
  return e.session.evaluate((h) => h.textContent.replace(/\s+/g, ' ').trim(), heading);
}

/** Presses `button` in the preview and waits for its page heading to change from `heading`. */
async function turn(e, button, heading) {
  await e.click({ role: 'button', name: button, exact: true, within: PREVIEW });
  for (let tries = 0; tries < 100 && await previewHeading(e) === heading; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Walks the preview as an applicant, from its start: each question asked answered from `answers`
 * (by the question's words), then the answers checked, to the result; its heading.
 */
async function walkPreview(e, answers) {
  await turn(e, 'Start', await previewHeading(e));
  for (let pages = 0; pages < 5; pages++) {
    const heading = await previewHeading(e);
    if ([MEETS, DOES_NOT_MEET].includes(heading)) return heading;
    const question = Object.keys(answers).find((q) => heading.startsWith(q));
    if (question) await e.check({ role: 'radio', name: answers[question], exact: true, within: PREVIEW });
    const next = await e.count({ role: 'button', name: 'Continue', exact: true, within: PREVIEW }) ? 'Continue' : 'See your result';
    await turn(e, next, heading);
  }
  return previewHeading(e);
}

/** The warnings shown under the field `query` finds: their words, and the words marked. */
async function warningOn(e, query) {
  const field = await e.element(query);
  return e.session.evaluate((f) => {
    const warning = (f.getAttribute('aria-describedby') ?? '').split(/\s+/)
      .map((id) => f.getRootNode().getElementById(id))
      .find((w) => w?.classList.contains('ed-warning'));
    const squash = (t) => t.replace(/\s+/g, ' ').trim();
    return warning ? {
      messages: [...warning.querySelectorAll('.ed-warning-message')].map((m) => squash(m.textContent)),
      marked: [...warning.querySelectorAll('mark')].map((m) => squash(m.textContent)),
      text: [...warning.querySelectorAll('.ed-warning-text')].map((t) => squash(t.textContent)),
    } : null;
  }, field);
}

describe('a line met in more than one way, built on the form', () => {
  test('"Any of these" with a question and reasons for each part, a part added and removed, and the preview follows "Any" then "All"', () =>
    withEditor(async (e) => {
      await e.paste({ role: 'textbox', name: 'Person specification' }, `Essential\n• ${TRAVEL}\n`);
      await e.click({ role: 'button', name: 'Split into lines' });
      for (const [label, text] of [
        ['Job title', 'Community Peer Support Worker'],
        ['Employer', 'Example Health Board'],
        ['Location', 'Leeds'],
        ['Where to apply', 'https://www.example.org/jobs/travel'],
        ['Posting id', 'example-travel'],
        ['Where the facts come from', 'Made up for editor-rules.test.js'],
      ]) {
        await e.type({ role: 'textbox', name: label, exact: true }, text);
      }
      const line = e.line(TRAVEL);
      await e.check({ role: 'radio', name: 'Any of these', exact: true, within: line });
      await e.element(part(2));
      assert.equal(await e.problemOn(partQuestion(2)), 'Error: Choose the question that decides this part.',
        'a part without a question is named on its own question');

      await e.select(partQuestion(1), QUESTIONS.driving_licence);
      await e.type({ ...reasonFor('No'), within: part(1) }, 'The job means driving to people\'s homes.');
      await e.select(partQuestion(2), QUESTIONS.able_to_travel);
      await e.type({ ...reasonFor('No'), within: part(2) }, SHORT);
      assert.equal(await e.problemOn(partQuestion(2)), '');
      await e.untilDownload();

      // Add another part: focus goes to its question. Removing it: focus goes back to the button.
      await e.click({ role: 'button', name: 'Add another part', exact: true, within: line });
      await e.element(part(3));
      await untilFocused(e, 'line-0-p2-question');
      await e.untilDownload(false);
      await e.click({ role: 'button', name: 'Remove part 3', exact: true, within: line });
      await untilFocused(e, 'line-0-add-part');
      assert.equal(await e.count(part(3)), 0);
      await e.untilDownload();

      const answers = { [QUESTIONS.driving_licence]: 'No', [QUESTIONS.able_to_travel]: 'Yes' };
      assert.equal(await walkPreview(e, answers), MEETS, 'able to travel is one way, and one is enough');
      await e.check({ role: 'radio', name: 'All of these', exact: true, within: line });
      await e.element({ role: 'button', name: 'Start', exact: true, within: PREVIEW });
      assert.equal(await walkPreview(e, answers), DOES_NOT_MEET, 'now the licence is needed too');
      const file = JSON.parse(await e.fileText());
      assert.deepEqual(file.postings[0].criteria[0].rule.parts.map((p) => p.question), ['driving_licence', 'able_to_travel']);
      assert.equal(file.postings[0].criteria[0].rule.kind, 'all_of');
    }));
});

describe('words that may be hard to read', () => {
  test('a long sentence in a reason is warned of under that reason, the sentence marked, not the whole field', () =>
    withEditor(async (e) => {
      await e.paste({ role: 'textbox', name: 'Person specification' }, `Essential\n• ${TRAVEL}\n`);
      await e.click({ role: 'button', name: 'Split into lines' });
      const line = e.line(TRAVEL);
      await e.select({ name: 'The question that decides it', within: line }, QUESTIONS.able_to_travel);
      const reason = { ...reasonFor('No'), within: line };
      await e.type(reason, SHORT);
      assert.equal(await warningOn(e, reason), null, 'no warning for plain words');
      await e.paste(reason, `${SHORT} ${LONG}`);
      let found;
      for (let tries = 0; tries < 100 && !(found = await warningOn(e, reason)); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.ok(found, 'a warning under the reason');
      assert.match(found.messages[0], /^Hard to read: a sentence of 29 words \("You would travel to see people …"\): expected 25 or fewer$/);
      assert.ok(found.marked.length >= 1 && found.marked.every((m) => m === LONG), JSON.stringify(found.marked));
      assert.ok(found.text.every((t) => t.includes(SHORT) && t.includes(LONG)), 'the field\'s words, the short sentence unmarked');
      assert.equal(await e.problemOn(reason), '', 'a warning is not a problem');
    }));
});
