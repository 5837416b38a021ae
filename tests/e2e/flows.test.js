// Whole flows, as an applicant goes through them, for both seed postings and for a list of
// fourteen jobs on a phone, on the release build served from a sub-path under a strict
// Content-Security-Policy, in each of the three engines (ENGINE=chromium|firefox|webkit). Every
// flow also checks that nothing was requested after load, nothing was stored and the URL never
// changed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Checker, EXAMPLE_JOBS, KMPT, SWLSTG, TODAY, WORDS, browserAndServer,
} from './checker.js';

const env = browserAndServer();

/**
 * Runs `flow` in a fresh context, then checks privacy and health whatever the flow did. `options`
 * go to `Checker.open` (`path` opens a careers page). In `lang`: the checker's own page opens in it
 * (`?lang=`); on a careers page, the applicant switches to it first.
 */
async function withChecker(flow, { lang = 'en', ...options } = {}) {
  const onCareersPage = Boolean(options.path);
  const checker = await Checker.open(env.engine, { server: env.server, ...options, lang: onCareersPage ? 'en' : lang });
  try {
    if (onCareersPage && lang === 'cy') await checker.switchLanguage();
    await flow(checker);
    await checker.assertPrivate();
    await checker.assertHealthy();
  } finally {
    await checker.close();
  }
}

describe('South West London and St George\'s, Ward 1 PICU', () => {
  test('meets every essential criterion, and is told first that the advert has closed', () =>
    withChecker(async (c) => {
      await c.chooseJob(SWLSTG);
      assert.match(await c.mainText(), /This advert closed on 16 September 2025/);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('Yes');
      assert.equal(await c.pageHeading(), 'Check your answers');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'This advert closed on 16 September 2025');
      assert.match(await c.mainText(), /The employer is no longer taking applications for it\.\s*You meet the essential criteria for this job/);
      assert.equal(await c.verdictOf('Your own lived experience of mental or emotional distress'), 'You meet this one');
      assert.equal(await c.verdictOf('Your own experience of using inpatient mental health services'), 'You meet this one');
      await c.element({ role: 'link', name: 'NHS 111' });
      await c.element({ role: 'link', name: 'Samaritans' });
    }));

  test('professional experience alone does not meet the lived experience criterion', () =>
    withChecker(async (c) => {
      await c.chooseJob(SWLSTG);
      await c.start();
      await c.answer('Only through my work');
      await c.answer('Yes');
      await c.seeResult();
      // Closed, it says so first; then what the answers mean. Waiting would not change it: no
      // "not yet", no "come back later".
      assert.equal(await c.pageHeading(), 'This advert closed on 16 September 2025');
      assert.match(await c.mainText(), /for it\.\s*You do not meet every essential criterion for this job/);
      assert.doesNotMatch(await c.mainText(), /not yet|come back/i);
      const criterion = 'Your own lived experience of mental or emotional distress';
      assert.equal(await c.verdictOf(criterion), 'You do not meet this one');
      assert.match(await c.reasonOf(criterion), /professional experience alone will not meet/);
      const main = await c.mainText();
      assert.doesNotMatch(main, /rejected|ineligible/i);
    }));

  test('not sure about inpatient services: ask the employer', () =>
    withChecker(async (c) => {
      await c.chooseJob(SWLSTG);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('I\'m not sure');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'This advert closed on 16 September 2025');
      assert.match(await c.mainText(), /for it\.\s*You might meet the essential criteria: ask the employer/);
      await assertNeutralPanel(c);
      assert.equal(await c.verdictOf('Your own experience of using inpatient mental health services'), 'Not sure: ask the employer');
    }));

  test('Change from check your answers returns straight there', () =>
    withChecker(async (c) => {
      await c.chooseJob(SWLSTG);
      await c.start();
      await c.answer('Only as a carer, family member or friend');
      await c.answer('Yes');
      await c.change('Your experience of mental health problems or distress');
      assert.equal(await c.count({ role: 'radio', name: 'Only as a carer, family member or friend', checked: true }), 1);
      await c.answer('I have my own lived experience');
      assert.equal(await c.pageHeading(), 'Check your answers');
      assert.match(await c.mainText(), /I have my own lived experience/);
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'This advert closed on 16 September 2025');
    }));
});

describe('Kent and Medway, women\'s PICU, Dartford', () => {
  test('meets every essential criterion; the desirable NVQ and the DBS check never block', () =>
    withChecker(async (c) => {
      await c.meetKmpt({ nvq: 'No' });
      assert.equal(await c.pageHeading(), 'You meet the essential criteria for this job');
      assert.equal(await c.verdictOf('Twelve months without using mental health services before applying'), 'You meet this one');
      assert.equal(await c.verdictOf('A National Vocational Qualification (NVQ) at level 2, or a similar qualification or experience'), 'You can still apply');
      assert.equal(await c.verdictOf('A Disclosure and Barring Service (DBS) check'), 'For information');
      // Published 10 November 2025 with no closing date: a year on, it may have closed.
      assert.match(await c.mainText(), /This advert was published on 10 November 2025 and gives no closing date, so it may have closed\./);
      await c.element({ role: 'link', name: 'Go to the employer\'s website (opens in a new tab)', exact: true });
    }));

  test('services used six months ago: not yet, with the month it will be met', () =>
    withChecker(async (c) => {
      await c.chooseJob(KMPT);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('Yes');
      await c.answerMonth(5, 2026);
      // Not only a GP or prescribed medicine since: the month decides.
      await c.answer('No');
      await c.answer('Yes');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'You could apply from 31 May 2027');
      const criterion = 'Twelve months without using mental health services before applying';
      assert.equal(await c.verdictOf(criterion), 'You do not meet this one');
      assert.match(await c.reasonOf(criterion), /You would meet this 12 months after the exact day in May 2026. That is some time in May 2027, and by 31 May 2027 at the latest\./);
      assert.match(await c.mainText(), /you would meet every essential criterion by 31 May 2027 at the latest/);
    }));

  test('never used services fails only the experience-of-services criterion', () =>
    withChecker(async (c) => {
      await c.chooseJob(KMPT);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('Yes');
      await c.answer('I have never used mental health services');
      await c.answer('Yes');
      await c.seeResult();
      assert.equal(await c.verdictOf('Experience of using mental health services'), 'You do not meet this one');
      assert.equal(await c.verdictOf('Twelve months without using mental health services before applying'), 'You meet this one');
    }));

  test('not sure when services were last used: ask the employer, who is named', () =>
    withChecker(async (c) => {
      await c.chooseJob(KMPT);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('Yes');
      await c.answer('I\'m not sure');
      await c.answer('Yes');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'You might meet the essential criteria: ask the employer');
      for (const criterion of ['Experience of using mental health services', 'Twelve months without using mental health services before applying']) {
        assert.equal(await c.verdictOf(criterion), 'Not sure: ask the employer');
      }
      assert.match(await c.mainText(), /Ask the employer about the 2 criteria marked "Not sure" above\./);
      await c.element({ role: 'link', name: 'Go to the employer\'s website (opens in a new tab)', exact: true });
    }));

  test('twelve months to the month depends on the day, which only the applicant knows', () =>
    withChecker(async (c) => {
      await c.chooseJob(KMPT);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('Yes');
      await c.answerMonth(11, 2025);
      await c.answer('No');
      await c.answer('Yes');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'You might meet the essential criteria: it depends on the day');
      await assertNeutralPanel(c);
      const criterion = 'Twelve months without using mental health services before applying';
      assert.equal(await c.verdictOf(criterion), 'Depends on the day');
      assert.match(await c.reasonOf(criterion),
        /If it was on or before 23 November 2025, you meet this now\. If it was later, you would meet this 12 months after that day, by 30 November 2026 at the latest\./);
    }));

  test('a future month is refused on the question page, then Change fixes an answer', () =>
    withChecker(async (c) => {
      await c.chooseJob(KMPT);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('Yes');
      await c.answerMonth(1, 2027);
      await c.element({ role: 'alert', hasText: 'There is a problem' });
      assert.equal(await c.focusedId(), 'error-summary');
      await c.answerMonth(1, 2024);
      await c.answer('Yes');
      await c.change('Willing to share your own life experiences');
      await c.answer('No');
      assert.equal(await c.pageHeading(), 'Check your answers');
      await c.seeResult();
      assert.equal(await c.verdictOf('Willing to share your own life experiences'), 'You do not meet this one');
      await c.click({ role: 'button', name: 'Start again', exact: true });
      await c.waitForHeading('Check if you can apply for a job');
    }));
});

test('Check another job keeps answers: a question answered once is not asked again', () =>
  withChecker(async (c) => {
    await c.chooseJob(SWLSTG);
    await c.start();
    await c.answer('I have my own lived experience');
    await c.answer('Yes');
    await c.seeResult();
    await c.click({ role: 'button', name: 'Check another job', exact: true });
    await c.chooseJob(KMPT);
    assert.match(await c.mainText(), /You have already answered 1 of its questions/);
    await c.start();
    assert.equal(await c.pageHeading(), 'Are you willing to share your own life experiences in your work?');
    await c.answer('Yes');
    await c.answerMonth(3, 2024);
    await c.answer('Yes');
    assert.equal(await c.pageHeading(), 'Check your answers');
    await c.seeResult();
    assert.equal(await c.verdictOf('Lived experience of mental health problems'), 'You meet this one');
  }));

test('a month and a year typed before the page has redrawn are both kept', () =>
  // Each field's input reached the app with the other field's value as the page last drew it:
  // a year typed before the redraw after the month (a slow phone, a tab in the background,
  // autofill) put the month back to empty, and Continue then asked for the month again.
  withChecker(async (c) => {
    await c.chooseJob(KMPT);
    await c.start();
    await c.answer('I have my own lived experience');
    await c.answer('Yes');
    await c.choose('I can give the month and year');
    await c.evaluate(() => {
      const type = (id, value) => {
        const [field] = window.__ecAll(`#${id}`);
        field.value = value;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value }));
      };
      type('answer-month', '3');
      type('answer-year', '2024');
    });
    await c.continue();
    assert.match(await c.pageHeading(), /National Vocational Qualification/);
  }));

// Fourteen made-up jobs (examples/example-jobs.json) on a 390 × 844 phone, on the day the tests are
// written (23 November 2026): the list once had its filters fill the first screen, street addresses
// for places, "Full time" apart from "Full time, on site", and search that found only whole runs
// of letters ("crawly" found nothing).
const TOWNS = {
  // Open adverts first, the soonest to close at the top; then the one with no closing date; then the
  // one that may have closed (no closing date, published in June); then the closed ones, the most
  // recently closed first.
  en: ['Bradford', 'Leeds', 'Wrexham', 'Crawley', 'Cardiff', 'Newcastle upon Tyne', 'Brighton', 'Bristol',
    'Norwich', 'Manchester', 'Greater Manchester', 'Sunderland', 'Plymouth', 'Norwich'],
  // The Welsh posting gives its town in Welsh.
  cy: ['Bradford', 'Leeds', 'Wrexham', 'Crawley', 'Caerdydd', 'Newcastle upon Tyne', 'Brighton', 'Bristol',
    'Norwich', 'Manchester', 'Greater Manchester', 'Sunderland', 'Plymouth', 'Norwich'],
};
const SHOWING = {
  en: (n) => `Showing ${n} of ${n} job${n === 1 ? '' : 's'}`,
  cy: (n) => `Yn dangos ${n} o ${n} swydd`,
};
const ON = { en: (n) => `(${n} on)`, cy: (n) => `(${n} ymlaen)` };

for (const lang of ['en', 'cy']) {
  describe(`Many jobs on a phone: fourteen (${lang})`, () => {
    test('the first job\'s button is on the first screen, the search and filters folded behind one button', () =>
      withChecker(async (c) => {
        const button = await c.firstJobButton();
        assert.equal(button.scrolled, 0, 'the page has not moved');
        assert.ok(button.bottom <= button.screen,
          `the first "${c.w.checkThisJob}" ends ${Math.round(button.bottom)} px down a screen ${button.screen} px high`);
        const toggle = await c.element({ role: 'button', name: c.w.searchAndFilter, exact: true });
        assert.equal(await c.session.evaluate((e) => e.getAttribute('aria-expanded'), toggle), 'false');
        assert.equal(await c.count({ role: 'searchbox' }), 0, 'the search box folded away');
        assert.equal(await c.count({ role: 'combobox' }), 0, 'and the filters');
        assert.deepEqual(await c.listedTowns(), TOWNS[lang], 'open adverts first, the soonest to close at the top');
      }, { path: EXAMPLE_JOBS, lang }));

    test('filters by town and by hours, and finds by the start of a word or with a slip of the thumb', () =>
      withChecker(async (c) => {
        await c.openFilters();
        const toggle = await c.element({ role: 'button', name: c.w.searchAndFilter, exact: true });
        assert.equal(await c.session.evaluate((e) => e.getAttribute('aria-expanded'), toggle), 'true');
        // Towns, not street addresses: the two jobs in Norwich, one at a hospital's street address.
        await c.filterBy(c.w.townOrArea, 'Norwich');
        await c.showing(SHOWING[lang](2));
        assert.deepEqual(await c.listedTowns(), ['Norwich', 'Norwich'], 'the open one first');
        await c.filterBy(c.w.townOrArea, c.w.any);
        // "Part time", "Part-time", "Part time, 22.5 hours a week" and "Full time or part time".
        await c.filterBy(c.w.hours, c.w.partTime);
        await c.showing(SHOWING[lang](6));
        assert.deepEqual(await c.listedTowns(), ['Bradford', 'Leeds', 'Wrexham', 'Bristol', 'Manchester', 'Sunderland']);
        await c.filterBy(c.w.hours, c.w.any);
        await c.search('crawly');
        await c.showing(SHOWING[lang](1));
        assert.deepEqual(await c.listedTowns(), ['Crawley'], '"crawly" finds Crawley');
        await c.search('newc');
        await c.showing(SHOWING[lang](1));
        assert.deepEqual(await c.listedTowns(), ['Newcastle upon Tyne'], 'the start of a word');
        // Folded away again, the button says a filter is still on, and the list stays narrowed.
        await c.closeFilters();
        await c.element({ role: 'button', name: `${c.w.searchAndFilter} ${ON[lang](1)}`, exact: true });
        assert.deepEqual(await c.listedTowns(), ['Newcastle upon Tyne']);
        await c.click({ role: 'button', name: c.w.checkThisJob });
        await c.element({ role: 'button', name: c.w.start, exact: true });
      }, { path: EXAMPLE_JOBS, lang }));
  });
}

// The way in on a 390 × 844 phone, on the checker's own page with the built-in postings: the
// Kent and Medway card once spelt out its whole pay, seven lines of it, and put the first "Check
// this job" at 902 px. The card's pay is cut short; the job's page gives it whole.
for (const lang of ['en', 'cy']) {
  test(`the first job's button is on the first screen of a phone, with the built-in jobs (${lang})`, () =>
    withChecker(async (c) => {
      const button = await c.firstJobButton();
      assert.equal(button.scrolled, 0, 'the page has not moved');
      assert.ok(button.bottom <= 844,
        `the first "${c.w.checkThisJob}" ends ${Math.round(button.bottom)} px down a screen 844 px high`);
      await c.chooseJob(KMPT);
      assert.match(await c.mainText(), /This job is part time, so you would be paid in proportion to your hours/,
        'the whole pay on the job\'s page');
    }, { lang }));
}

// The colours a result must never be drawn in (style.css): the error's red, and the crimson of a
// criterion not met.
const ALARM = ['rgb(213, 40, 27)', 'rgb(138, 21, 56)'];
const SURFACE = 'rgb(255, 255, 255)';

/** Asserts the result's panel is neutral: the surface's white, no alarm colour anywhere on it. */
async function assertNeutralPanel(c) {
  const { background, borders } = await c.panelColours();
  assert.equal(background, SURFACE, 'a neutral panel');
  for (const colour of [background, ...borders]) assert.ok(!ALARM.includes(colour), `${colour} is an alarm colour`);
}

/** Asserts the support lines come before the criteria on the page. */
async function assertSupportFirst(c, first = true) {
  const support = { role: 'heading', level: 2, name: c.w.support, exact: true };
  const criteria = { role: 'heading', level: 2, name: c.w.essential, exact: true };
  assert.equal(await c.isAbove(support, criteria), first, first ? 'support above the criteria' : 'support below');
}

describe('results that inform without alarming', () => {
  for (const lang of ['en', 'cy']) {
    const w = WORDS[lang];

    // Whether seeing a GP or taking prescribed medicine counts was the sixth line of the month
    // question's grey hint, which told such applicants to choose "I'm not sure", so the month they
    // knew was thrown away.
    test(`the GP question comes only after a month too recent; a yes keeps the month and leaves it to the employer, with a message (${lang})`, () =>
      withChecker(async (c) => {
        await c.chooseJob(KMPT);
        await c.start();
        await c.answer(w.ownExperience);
        await c.answer(w.yes);
        // Long enough ago: no GP question.
        await c.answerMonth(3, 2024);
        assert.match(await c.pageHeading(), w.nvq);
        await c.back();
        // Too recent: asked, in its own words.
        await c.answerMonth(8, 2026);
        assert.equal(await c.pageHeading(), w.gpQuestion);
        assert.match(await c.mainText(), lang === 'en' ? /Question 4 of 5/ : /Cwestiwn 4 o 5/);
        await c.answer(w.yes);
        assert.match(await c.pageHeading(), w.nvq);
        await c.answer(w.yes);
        await c.seeResult();
        assert.equal(await c.pageHeading(), w.askEmployer);
        await assertNeutralPanel(c);
        assert.equal(await c.verdictOf(w.twelveMonths), w.notSureStatus);
        const said = await c.reasonOf(w.twelveMonths);
        const [month, by, normal, message] = lang === 'en'
          ? ['You answered August 2026.', 'by 31 August 2027 at the latest',
            'Employers expect questions like this. Asking will not count against you.',
            'I would like to apply for the Peer Support Worker job. Its reference is 380-AC. The advert asks for 12 months without using mental health services. In that time I have only seen my GP or taken prescribed medicine. Does that count?']
          : ['Eich ateb oedd Awst 2026.', 'erbyn 31 Awst 2027 fan bellaf',
            'Mae cyflogwyr yn disgwyl cwestiynau fel hyn. Ni fydd gofyn yn cyfrif yn eich erbyn.',
            'Hoffwn wneud cais am y swydd Peer Support Worker. Ei chyfeirnod yw 380-AC. Mae\'r hysbyseb yn gofyn am 12 mis heb ddefnyddio gwasanaethau iechyd meddwl. Yn yr amser hwnnw, dim ond gweld fy meddyg teulu neu gymryd meddyginiaeth ar bresgripsiwn rydw i wedi\'i wneud. Ydy hynny\'n cyfrif?'];
        for (const words of [month, by, normal, message]) assert.ok(said.includes(words), `${words} in ${said}`);
        // Said once, as text to copy: not in the month question's hint any more.
        await c.back();
        await c.change(w.lastUsed);
        assert.doesNotMatch(await c.mainText(), /GP|meddyg teulu/);
      }, { lang }));

    test(`a closed advert's result leads with its closing, in a neutral panel, with nothing to prepare (${lang})`, () =>
      withChecker(async (c) => {
        // On the list, the card says it has closed, and its button is for checking anyway.
        assert.equal(await c.jobButton(SWLSTG), w.checkAnyway);
        assert.equal(await c.jobButton(KMPT), w.checkThisJob);
        assert.ok((await c.text({ role: 'listitem', hasText: SWLSTG })).startsWith(w.closedTag), 'marked closed');
        await c.chooseJob(SWLSTG);
        await c.start();
        await c.answer(w.ownExperience);
        await c.answer(w.yes);
        await c.seeResult();
        assert.equal(await c.pageHeading(), w.closedHeading);
        await assertNeutralPanel(c);
        assert.ok(!(await c.mainText()).includes(w.prepare), 'no application to prepare');
      }, { lang }));

    for (const employer of [KMPT, SWLSTG]) {
      test(`a carer is offered the result after the first question: ${employer} (${lang})`, () =>
        withChecker(async (c) => {
          await c.chooseJob(employer);
          await c.start();
          await c.answer(w.carerOnly);
          // The next question, with the result offered beside it.
          await c.element({ role: 'group' });
          await c.seeResultNow();
          assert.equal(await c.pageHeading(), employer === KMPT ? w.doesNotMeet : w.closedHeading);
          // Every criterion is listed; those left unanswered say so.
          assert.ok(await c.count({ role: 'heading', level: 3 }) >= 2);
          assert.ok((await c.mainText()).includes(w.unanswered));
          await assertNeutralPanel(c);
          await assertSupportFirst(c);
        }, { lang }));
    }

    test(`no result panel is in the error colour; support comes before the criteria on a no and a not yet (${lang})`, () =>
      withChecker(async (c) => {
        await c.chooseJob(KMPT);
        await c.start();
        await c.answer(w.ownExperience);
        await c.answer(w.yes);
        await c.answerMonth(5, 2026);
        await c.answer(w.no);
        await c.answer(w.yes);
        await c.seeResult();
        // Not yet: the day they could apply from is the heading, in a neutral panel.
        assert.equal(await c.pageHeading(), w.notYet);
        await assertNeutralPanel(c);
        await assertSupportFirst(c);
        // A firm no.
        await c.back();
        await c.change(w.lived);
        await c.answer(w.carerOnly);
        await c.seeResult();
        assert.equal(await c.pageHeading(), w.doesNotMeet);
        await assertNeutralPanel(c);
        await assertSupportFirst(c);
        // Met: green, and support where it was, after what to do next.
        await c.back();
        await c.change(w.lived);
        await c.answer(w.ownExperience);
        await c.change(w.lastUsed);
        await c.answerMonth(3, 2024);
        await c.seeResult();
        assert.equal(await c.pageHeading(), w.meets);
        const { background } = await c.panelColours();
        assert.ok(!ALARM.includes(background) && background !== SURFACE, background);
        await assertSupportFirst(c, false);
        // South West London, closed, with a firm no.
        await c.click({ role: 'button', name: w.otherJobs, exact: true });
        await c.chooseJob(SWLSTG);
        await c.start();
        await c.answer(w.no);
        await c.seeResult();
        assert.equal(await c.pageHeading(), w.closedHeading);
        await assertNeutralPanel(c);
        await assertSupportFirst(c);
      }, { lang }));
  }
});
