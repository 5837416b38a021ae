// Whole flows, as an applicant goes through them, for both seed postings and for a list of
// fourteen jobs on a phone, on the release build served from a sub-path under a strict
// Content-Security-Policy, in each of the three engines (ENGINE=chromium|firefox|webkit). Every
// flow also checks that nothing was requested after load, nothing was stored and the URL never
// changed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Checker, EXAMPLE_JOBS, KMPT, SWLSTG, browserAndServer } from './checker.js';

const env = browserAndServer();

/**
 * Runs `flow` in a fresh context, then checks privacy and health whatever the flow did. `options`
 * go to `Checker.open` (`path` opens a careers page); `lang: 'cy'` switches to Welsh first.
 */
async function withChecker(flow, { lang = 'en', ...options } = {}) {
  const checker = await Checker.open(env.engine, { server: env.server, ...options });
  try {
    if (lang === 'cy') await checker.switchLanguage();
    await flow(checker);
    await checker.assertPrivate();
    await checker.assertHealthy();
  } finally {
    await checker.close();
  }
}

describe('South West London and St George\'s, Ward 1 PICU', () => {
  test('meets every essential criterion, and is told the advert has closed', () =>
    withChecker(async (c) => {
      await c.chooseJob(SWLSTG);
      assert.match(await c.mainText(), /This advert closed on 16 September 2025/);
      await c.start();
      await c.answer('I have my own lived experience');
      await c.answer('Yes');
      assert.equal(await c.pageHeading(), 'Check your answers');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'You meet the essential criteria for this job');
      assert.equal(await c.verdictOf('Your own lived experience of mental or emotional distress'), 'You meet this one');
      assert.equal(await c.verdictOf('Your own experience of using inpatient mental health services'), 'You meet this one');
      assert.match(await c.mainText(), /so the employer is no longer taking applications/);
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
      // Waiting would not change it: no "not yet", no "come back later".
      assert.equal(await c.pageHeading(), 'You do not meet every essential criterion for this job');
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
      assert.equal(await c.pageHeading(), 'You might meet the essential criteria: ask the employer');
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
      assert.equal(await c.pageHeading(), 'You meet the essential criteria for this job');
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
      await c.answer('Yes');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'Not yet: you do not meet every essential criterion for this job');
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
      await c.answer('Yes');
      await c.seeResult();
      assert.equal(await c.pageHeading(), 'You might meet the essential criteria: it depends on the day');
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
