// The employers' editor's Done-when tests (docs/employers.md), in Chromium, Firefox and WebKit,
// through the Editor page object (editor.js) and the Checker's: an employer builds the Kent and
// Medway posting from its advert by the employer's route and downloads it, and the checker
// reading the downloaded file gives the built-in posting's result for every Kent and Medway
// answer set of flows.test.js, and so does its criteria file joined to a careers page's JobPosting
// markup; the South West London file is opened, broken three ways an
// employer would, and mended, each problem seen on its field. (The editor's other screens, the
// clipboard, Welsh and axe: editor-screens.test.js.) Served as the static site serves it, at
// editor/ beside the checker, under the strict Content-Security-Policy.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGINE, launchEngine } from './drivers.js';
import { serve } from './server.js';
import { Checker, KMPT, lacks } from './checker.js';
import {
  Editor, LIVED, NVQ, QUESTIONS, SHARE, TWELVE_SUMMARY, USED, buildKent, reasonFor, served,
} from './editor.js';

const SOUTH_WEST_LONDON = readFileSync(new URL('../../postings/swlstg-ward1-picu-peer-support-worker.json', import.meta.url), 'utf8');

// The downloaded file is served beside the checker, and the example list page is pointed at it
// (its <eligibility-checker postings="…">), as a careers page names its postings file. The
// criteria file is served there too, and the example careers page, whose JobPosting markup gives
// Kent and Medway's facts, keeps one checker, pointed at it.
const DRAFTED = 'kmpt-drafted.json';
const CRITERIA = 'kmpt-drafted-criteria.json';
const files = {};
const env = {};
before(async () => {
  env.engine = await launchEngine();
  env.server = await serve({
    ...served(),
    files,
    host: (html) => html.replace('postings="example-jobs.json"', `postings="peer-support/checker/${DRAFTED}"`)
      // (and its own heading, which the Checker reads as the checker's: the page's only h1)
      .replace(/<section id="(snippet|from-url)">[\s\S]*?<\/section>/g, '').replace('<h1>Work with us</h1>', '')
      .replace('criteria="criteria.json" posting="kmpt-dartford-womens-picu"', `criteria="peer-support/checker/${CRITERIA}"`),
  });
});
after(async () => {
  await env.checker?.close();
  await env.engine?.close();
  await env.server?.close();
});

/** Runs `fn` with the editor open, closing it after. */
const withEditor = (fn, options) => Editor.with(env.engine, env.server, fn, options);

/** Answers as an applicant: each question the page asks, from `answers` (by question id), then the result. */
async function walk(c, answers) {
  await c.chooseJob(KMPT);
  await c.start();
  for (let asked = 0; asked < 7; asked++) {
    const heading = await c.pageHeading();
    const id = Object.keys(answers).find((q) => heading.startsWith(QUESTIONS[q]));
    if (!id) break;
    const answer = answers[id];
    if (typeof answer === 'object') await c.answerMonth(answer.month, answer.year);
    else await c.answer(answer);
  }
  await c.seeResult();
}

// The Kent and Medway answer sets of flows.test.js, by question. (Its carer who is offered the
// result after the first question is walked here with every question answered: the advert puts
// the twelve-month clause before the person specification, so the drafted posting asks about
// services first.)
const OWN = 'I have my own lived experience';
const SETS = {
  'meets every essential criterion, without the NVQ': { month: { month: 3, year: 2024 }, nvq: 'No' },
  'meets every essential criterion, with the NVQ': { month: { month: 3, year: 2024 } },
  'services used six months ago': { month: { month: 5, year: 2026 } },
  'never used services': { month: 'I have never used mental health services' },
  'not sure when services were last used': { month: 'I\'m not sure' },
  'twelve months to the month': { month: { month: 11, year: 2025 } },
  // flows.test.js's future month mended, which ends with a No to sharing.
  'a future month mended to January 2024, not willing to share': { month: { month: 1, year: 2024 }, share: 'No' },
  'January 2024, without the NVQ': { month: { month: 1, year: 2024 }, nvq: 'No' },
  'a carer only': { lived: 'Only as a carer, family member or friend', month: { month: 3, year: 2024 } },
  // Asked whether a GP was the only care, where the month would not meet (flows.test.js's GP walk).
  'only a GP or prescribed medicine since August 2026': { month: { month: 8, year: 2026 }, gp: 'Yes' },
};

// The built-in posting's criteria, and the same criteria in the drafted posting, in the advert's words.
const SAME = [
  ['Lived experience of mental health problems', LIVED],
  ['Willing to share your own life experiences', SHARE],
  ['Experience of using mental health services', USED],
  // Its heading written by the employer, the advert's words under it.
  [TWELVE_SUMMARY, TWELVE_SUMMARY],
  ['A National Vocational Qualification (NVQ) at level 2, or a similar qualification or experience', NVQ],
];

/** `text` with each criterion named as the built-in posting names it (in a sentence, too). */
const inSentence = (words) => words[0].toLowerCase() + words.slice(1);
const asBuiltIn = (text) => SAME.reduce((t, [builtIn, drafted]) =>
  t.replaceAll(drafted, builtIn).replaceAll(inSentence(drafted), inSentence(builtIn)), text);

/**
 * The result for `set`, in the checker at `path` (the built-in postings, or the drafted file's
 * page). One checker session serves every set, loading each page afresh (from the cache): a
 * session each would take longer than the file may.
 */
async function result(set, criteria, path) {
  env.checker ??= await Checker.open(env.engine, { server: env.server });
  const c = env.checker;
  c.path = path;
  await c.load();
  await walk(c, {
    lived_experience: set.lived ?? OWN,
    willing_to_share: set.share ?? 'Yes',
    last_used_services: set.month,
    gp_or_medicine_only: set.gp ?? 'No',
    nvq_level_2: set.nvq ?? 'Yes',
  });
  const verdicts = [];
  for (const criterion of criteria) verdicts.push(await c.verdictOf(criterion));
  return { heading: await c.pageHeading(), verdicts, ...await c.evaluate(RESULT, DBS_LINE) };
}

/**
 * The rest of the result, beside each criterion's verdict (runs in the page): the panel (the
 * outcome, and the closing paragraph naming the advert, when it was published and its
 * reference), the headings of its sections in order (support before the criteria on a "no"),
 * what to do next (that an advert with no closing date may have closed), and how often the DBS
 * line (`dbsLine`) is said. Not the criteria's own words, which the employer wrote in the editor.
 */
function RESULT(dbsLine) {
  const words = (e) => e.textContent.replace(/\s+/g, ' ').trim();
  const [panel] = window.__ecAll('.ec-result-panel');
  const page = panel.parentNode;
  return {
    panel: [...panel.querySelectorAll('h1, p')].map(words),
    sections: [...page.querySelectorAll('h2')].map(words),
    next: [...page.querySelectorAll('.ec-next p')].map(words),
    dbs: [...page.querySelectorAll('li p')].filter((p) => words(p) === dbsLine).length,
  };
}
const DBS_LINE = 'Being detained under the Mental Health Act (sectioned) is not a criminal conviction.';

describe('an employer builds the Kent and Medway posting from its advert', () => {
  test('pasting, classifying, confirming rules, writing reasons, the facts and two test cases give a file to download', () =>
    withEditor(async (e) => {
      await buildKent(e);
      const link = await e.untilDownload();
      assert.deepEqual(await e.summary(), [], 'no problem');
      assert.equal(link.name, 'kmpt-dartford-peer-support-worker.json');
      assert.match(link.href, /^blob:/);
      assert.equal(await e.count({ role: 'heading', level: 3, name: 'A carer only' }), 1);
      const passes = await e.session.evaluate(() => [...document.querySelectorAll('#examples-heading ~ ul li')]
        .map((li) => li.querySelector('strong')?.textContent));
      assert.deepEqual(passes, ['Passes', 'Passes'], 'both test cases pass');
      const text = await e.fileText();
      const file = JSON.parse(text);
      assert.equal(file.postings[0].id, 'kmpt-dartford-peer-support-worker');
      assert.equal(file.postings[0].examples.length, 2);
      // The download, followed: its name and bytes, as the page handed them to the browser (the
      // Blob, recorded in every engine), are the file's text.
      const follow = { role: 'link', name: 'Download kmpt-dartford-peer-support-worker.json', exact: true };
      if (ENGINE === 'chromium') {
        // Chromium's own download, caught, holds the same text as the page shows.
        const [download] = await Promise.all([e.page.waitForEvent('download'), e.click(follow)]);
        assert.equal(download.suggestedFilename(), 'kmpt-dartford-peer-support-worker.json');
        assert.equal(readFileSync(await download.path(), 'utf8'), text);
      } else {
        await e.click(follow);
      }
      assert.deepEqual(await e.downloaded(), { name: 'kmpt-dartford-peer-support-worker.json', text });
      files[DRAFTED] = text;
      // For a careers page whose JobPosting markup gives the facts: the criteria file, naming
      // the job by its reference, with none of the facts the markup gives.
      const criteria = JSON.parse(await e.criteriaText());
      assert.equal(criteria.postings[0].jobposting_identifier, '380-AC');
      assert.equal(criteria.postings[0].title, undefined);
      assert.equal(criteria.postings[0].examples.length, 2);
      await e.element({ role: 'link', name: 'Download the criteria file, kmpt-dartford-peer-support-worker-criteria.json' });
      files[CRITERIA] = await e.criteriaText();

      // Beside the form, the applicant's own checker reads the file as it is now, and can be
      // walked, in English or Welsh.
      const preview = { role: 'region', name: 'What applicants see' };
      await e.element({ role: 'heading', level: 1, name: 'Peer Support Worker', within: preview });
      await e.click({ role: 'button', name: 'Start', exact: true, within: preview });
      // The advert gives the twelve-month clause first, so its question comes first.
      await e.element({ role: 'radio', name: 'I have never used mental health services', within: preview });
      await e.check({ role: 'radio', name: 'Cymraeg', exact: true, within: { role: 'group', name: 'The preview\'s language' } });
      await e.element({ role: 'button', name: 'Dechrau', exact: true, within: preview });
    }));

  for (const [name, set] of Object.entries(SETS)) {
    test(`the checker reading the downloaded file gives the built-in posting's result: ${name}`, async (t) => {
      assert.ok(files[DRAFTED], 'the file was downloaded');
      const builtIn = await result(set, SAME.map(([b]) => b));
      const drafted = await result(set, SAME.map(([, d]) => d), '/careers/example-jobs.html');
      assert.deepEqual(drafted.verdicts, builtIn.verdicts);
      assert.equal(drafted.heading, builtIn.heading);
      // The criteria file, joined to the careers page's JobPosting markup, decides the same.
      // (Not in WebKit: its WebDriver scrolls the page but not the embedded checker's own box,
      // and clicks where a button below the box's fold would be, without an error.)
      if (!lacks(t, 'clicking inside an embedded checker\'s scrolling box', ['webkit'])) {
        const joined = await result(set, SAME.map(([, d]) => d), '/careers/careers.html');
        assert.deepEqual(joined.verdicts, builtIn.verdicts, 'the criteria file on a page with JobPosting markup');
        assert.equal(joined.heading, builtIn.heading);
      }
      // Where a sentence names a criterion, each names it in its own posting's words.
      assert.deepEqual(drafted.panel.map(asBuiltIn), builtIn.panel, 'the panel, with the advert\'s date and reference');
      assert.deepEqual(drafted.sections, builtIn.sections);
      assert.deepEqual(drafted.next.map(asBuiltIn), builtIn.next, 'what to do next');
      assert.equal(builtIn.dbs, 1, 'the DBS line is said once');
      assert.equal(drafted.dbs, builtIn.dbs);
    });
  }

  // WebKit's driver runs one session at a time: the checker's goes before the next editor's.
  after(async () => {
    await env.checker?.close();
    env.checker = undefined;
  });
});

describe('the South West London file, broken three ways an employer would and mended', () => {
  const INPATIENT = 'Experience of accessing inpatient mental health services';
  const SECURE = 'you will need to be at a stage in your own personal recovery where you feel secure, confident, and able to speak up, even in difficult moments';

  test('each problem is on its field and in the summary, and the download comes back once they are mended', () =>
    withEditor(async (e) => {
      await e.openFile('swlstg-ward1-picu-peer-support-worker.json', SOUTH_WEST_LONDON);
      await e.element({ role: 'heading', level: 2, name: 'The job\'s facts' });
      assert.equal(await e.session.evaluate((f) => f.value, await e.element({ role: 'textbox', name: 'Job title', exact: true })), 'Peer Support Worker');
      await e.untilDownload();

      // An unknown question: a file edited by hand, with a slip in a question's id, opens, and
      // the slip is named on the question it names.
      const slipped = SOUTH_WEST_LONDON.replaceAll('"used_inpatient_services"', '"used_inpatient_service"');
      await e.openFile('swlstg-ward1-picu-peer-support-worker.json', slipped);
      const question = { role: 'combobox', name: 'The question that decides it', within: e.line(INPATIENT) };
      await e.untilDownload(false);
      assert.match(await e.problemOn(question), /a question the checker does not have \(“used_inpatient_service”\)/);

      // A missing reason.
      const reason = { ...reasonFor('Only as a carer, family member or friend'), within: e.line('personal lived experience of mental or emotional distress') };
      await e.type(reason, '');
      assert.equal(await e.problemOn(reason), 'Error: Write the reason the applicant reads if they give this answer.');

      // A months value of zero, on a line made essential and decided by a question of months.
      await e.check({ role: 'radio', name: 'Essential: the checker asks about it', within: e.line(SECURE) });
      await e.select({ name: 'The question that decides it', within: e.line(SECURE) }, QUESTIONS.last_used_services);
      await e.check({ role: 'radio', name: 'At least some months since it', within: e.line(SECURE) });
      const months = { role: 'spinbutton', within: e.line(SECURE) };
      await e.type(months, '0');
      assert.equal(await e.problemOn(months), 'Error: Enter a whole number of months from 1 to 1200, such as 12.');

      const summary = await e.summary();
      assert.equal(summary.length, 3, JSON.stringify(summary));
      assert.ok(summary.every((p) => p.href?.startsWith('#line-')), 'each links to its field');
      assert.equal(await e.download(), null, 'no download while there are problems');

      await e.select(question, QUESTIONS.used_inpatient_services);
      await e.type(reason, 'You need your own lived experience as well as caring for someone.');
      await e.type(months, '12');
      assert.equal(await e.problemOn(question), '');
      assert.equal(await e.problemOn(reason), '');
      assert.equal(await e.problemOn(months), '');
      await e.untilDownload();
      assert.deepEqual(await e.summary(), []);
    }));
});
