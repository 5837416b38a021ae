// The checker on an employer's careers page (examples/careers.html, under a hostile stylesheet):
// the snippet, the custom element, several checkers at once, every postings source, the event a
// host may listen for, and offline use of the standalone page after one visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerKmpt, browserAndServer, hostPage, openShadowRoots } from './checker.js';

const env = browserAndServer();

/** The careers page in a fresh context, with every checker on it loaded. */
async function careers(t, { width = 390 } = {}) {
  const { page, errors, warnings } = await hostPage(env.engine.browser, t, { width });
  await page.addInitScript(() => {
    window.__events = [];
    document.addEventListener('eligibility-checker:completed', (e) => window.__events.push(e.detail));
  });
  await page.goto(env.server.careers);
  for (const id of ['snippet', 'from-url', 'element']) {
    await section(page, id).getByRole('heading', { level: 1 }).waitFor();
  }
  return { page, errors, warnings };
}

const section = (page, id) => page.locator(`#${id}`);

test('the custom element takes its facts from the page\'s JSON-LD and its criteria from a file', async (t) => {
  const { page, errors } = await careers(t);
  const element = section(page, 'element');
  // Opened at the posting directly, as posting="..." asks.
  assert.equal(await element.getByRole('heading', { level: 1 }).textContent(), 'Peer Support Worker');
  for (const fact of ['£26,240 to £27,928 a year', 'Littlebrook Hospital, Bow Arrow Lane, Dartford, DA2 6PB', '380-AC', 'Part time']) {
    await element.getByText(fact, { exact: true }).waitFor();
  }
  assert.deepEqual(errors, []);
});

test('three checkers on one page work independently, and the host hears only the posting id', async (t) => {
  const { page, errors } = await careers(t);
  const element = section(page, 'element');
  const snippet = section(page, 'snippet');
  await snippet.getByRole('listitem').filter({ hasText: 'Kent and Medway' })
    .getByRole('button', { name: 'Check this job' }).click();
  await snippet.getByRole('button', { name: 'Start' }).click();
  await snippet.getByRole('radio', { name: 'Only through my work' }).check();
  await answerKmpt(element);
  assert.equal(await element.getByRole('heading', { level: 1 }).textContent(), 'You meet the essential criteria for this job');
  // The other checker kept its own page and its own choice.
  assert.equal(await snippet.getByRole('radio', { name: 'Only through my work' }).isChecked(), true);
  assert.match(await section(page, 'from-url').getByRole('heading', { level: 1 }).textContent(), /Check if you can apply/);
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events, [{ posting: 'kmpt-dartford-womens-picu' }], 'the posting id and nothing else');
  assert.deepEqual(errors, []);
});

test('a postings file given by URL loads, fetched while the app downloads and only once', async (t) => {
  const context = await env.engine.browser.newContext();
  t.after(() => context.close());
  await openShadowRoots(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop()));
  await page.goto(env.server.careers);
  const fromUrl = section(page, 'from-url');
  await fromUrl.getByText('South West London and St George\'s Mental Health NHS Trust').waitFor();
  assert.equal(await fromUrl.getByRole('listitem').filter({ hasText: 'Peer Support Worker' }).count(), 1);
  const wasm = requested.findIndex((name) => name.endsWith('.wasm'));
  assert.ok(wasm >= 0, requested.join(' '));
  assert.ok(requested.indexOf('jobs.json') < wasm, `jobs.json asked for before the app's wasm: ${requested.join(' ')}`);
  assert.equal(requested.filter((name) => name === 'jobs.json').length, 1, requested.join(' '));
});

test('each page starts one build: JobPosting reading only where a checker names a criteria file', async (t) => {
  const context = await env.engine.browser.newContext();
  t.after(() => context.close());
  await openShadowRoots(context);
  const host = env.server.careers.replace(/[^/]*$/, '');
  for (const [url, heading, jsonld] of [
    [env.server.url, 'Check if you can apply for a job', false],
    [`${host}careers-cy.html`, undefined, false],
    [env.server.careers, undefined, true],
    [`${host}jobposting.html`, undefined, true],
  ]) {
    const page = await context.newPage();
    const wasm = [];
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop();
      if (name.endsWith('.wasm')) wasm.push(name);
    });
    await page.goto(url);
    if (heading) await page.getByRole('heading', { name: heading }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(wasm.length, 1, `${url}: one build: ${wasm.join(' ')}`);
    assert.equal(wasm[0].startsWith('jsonld-'), jsonld, `${url}: ${wasm[0]}`);
    await page.close();
  }
});

test('the host page\'s CSS cannot reach the checker, and the checker\'s does not leak out', async (t) => {
  const { page } = await careers(t);
  const snippet = section(page, 'snippet');
  const button = snippet.getByRole('button', { name: 'Check this job' }).first();
  const style = await button.evaluate((b) => {
    const s = getComputedStyle(b);
    return { background: s.backgroundColor, width: b.getBoundingClientRect().width, font: s.fontFamily };
  });
  assert.equal(style.background, 'rgb(0, 127, 59)', 'the checker\'s own green, not hotpink');
  assert.ok(style.width < 400, `not the host's 900 px buttons: ${style.width}`);
  assert.doesNotMatch(style.font, /Comic/);
  const heading = await snippet.getByRole('heading', { level: 1 }).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  assert.ok(heading >= 24 && heading <= 40, `the checker's heading size, not 80 px: ${heading}`);
  const host = await page.getByRole('button', { name: 'A host button' }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(host, 'rgb(255, 105, 180)', 'the host\'s .ec-button keeps the host\'s style');
  // Nothing the host does makes the page scroll sideways because of the checker.
  const checkerWidth = await snippet.locator('[data-eligibility-checker]').evaluate((e) => e.scrollWidth <= e.clientWidth);
  assert.ok(checkerWidth);
});

test('theming by CSS custom properties crosses into the checker', async (t) => {
  const { page } = await careers(t);
  // Set on the page's root element, as a host's theme would be.
  await page.evaluate(() => document.documentElement.style.setProperty('--ec-colour-button', 'rgb(1, 2, 3)'));
  const background = await section(page, 'snippet').getByRole('button', { name: 'Check this job' }).first()
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(background, 'rgb(1, 2, 3)');
});

test('the custom element mounts, is destroyed on removal, and mounts afresh when added again', async (t) => {
  const { page } = await careers(t);
  const element = section(page, 'element');
  await element.getByRole('button', { name: 'Start' }).click();
  await element.getByRole('radio', { name: 'Only through my work' }).check();
  const removed = await page.evaluate(() => {
    const e = document.querySelector('eligibility-checker');
    e.remove();
    window.__removed = e;
    return e.shadowRoot.childNodes.length;
  });
  assert.equal(removed, 0, 'its shadow root is emptied: nothing of the answers is left');
  await page.evaluate(() => document.querySelector('#element').append(window.__removed));
  await element.getByRole('button', { name: 'Start' }).waitFor();
  await element.getByRole('button', { name: 'Start' }).click();
  assert.equal(await element.getByRole('radio', { checked: true }).count(), 0, 'a fresh checker');
});

test('a posting id no posting has, or two sources at once, are said plainly on the page and in full in the console', async (t) => {
  const { page, errors, warnings } = await careers(t);
  await page.evaluate(() => {
    const add = (attributes) => {
      const element = document.createElement('eligibility-checker');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.querySelector('#element').append(element);
    };
    add({ posting: 'kmpt-dartford', id: 'unknown-posting' });
    add({ postings: 'jobs.json', criteria: 'criteria.json', id: 'both-sources' });
    // JSON-LD the content system broke, beside the page's good JSON-LD; and an attribute left empty.
    const broken = document.createElement('script');
    broken.type = 'application/ld+json';
    broken.textContent = '{ "@type": "JobPosting", "title": }';
    document.head.append(broken);
    add({ postings: '', criteria: 'criteria.json', id: 'broken-json-ld' });
  });
  const main = (id) => page.locator(`#${id}`).getByRole('main');
  // The applicant reads one plain sentence, and never an attribute, a file or a message for developers.
  const said = async (id, sentence) => {
    await main(id).getByText(sentence).waitFor();
    const words = await main(id).textContent();
    assert.doesNotMatch(words, /attribute|expected|JSON|\.json|found "/, `${id}: ${words}`);
  };
  const warned = (pattern) => assert.ok(warnings.some((w) => pattern.test(w)), `${pattern} among:\n${warnings.join('\n')}`);

  await said('unknown-posting', 'The job this page links to could not be found, so all the jobs are listed instead.');
  await page.locator('#unknown-posting').getByRole('heading', { name: 'Check if you can apply for a job' }).waitFor();
  warned(/the posting attribute: expected the id of a posting loaded \("kmpt-dartford-womens-picu-peer-support-worker", "swlstg-ward1-picu-peer-support-worker"\), found "kmpt-dartford", so the list of jobs is shown instead: did you mean "kmpt-dartford-womens-picu-peer-support-worker"\?/);

  await said('both-sources', 'Some jobs could not be shown because of a problem with their details.');
  warned(/the criteria attribute: expected either postings or criteria, not both: the postings are shown and the criteria file is not read/);
  const listed = page.locator('#both-sources').getByRole('listitem').filter({ hasText: 'Peer Support Worker' });
  await listed.first().waitFor();
  assert.match(await listed.first().textContent(), /South West London and St George's/, 'the postings file, preferred');

  const brokenJsonLd = page.locator('#broken-json-ld');
  await brokenJsonLd.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await brokenJsonLd.getByRole('button', { name: /Check this job/ }).count(), 1,
    'the good JSON-LD still joins, and the empty postings attribute counts as none');
  await said('broken-json-ld', 'Some jobs could not be shown because of a problem with their details.');
  warned(/the JSON-LD in this page \(script 2 of 2\): not valid JSON: expected a value .* at line 1, column 35/);
  assert.deepEqual(errors, []);
});

test('the embed registers no service worker on the host site', async (t) => {
  const { page } = await careers(t);
  const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  assert.equal(registrations, 0);
});

test('a page\'s JSON-LD is read as search engines read it: a repeated field keeps its last value', async (t) => {
  const { page, errors } = await careers(t);
  await page.evaluate(() => {
    const script = (type, id, text) => {
      const element = document.createElement('script');
      element.type = type;
      if (id) element.id = id;
      element.textContent = text;
      document.head.append(element);
    };
    // Written by a content system: "title" given twice.
    script('application/ld+json', null, `{ "@type": "JobPosting", "identifier": "LEN-1",
      "title": "Wrong title", "url": "https://example.nhs.uk/jobs/len-1",
      "hiringOrganization": { "@type": "Organization", "name": "Example Trust" },
      "jobLocation": { "@type": "Place", "address": "Leeds" }, "baseSalary": "£24,000",
      "employmentType": "FULL_TIME", "title": "Peer mentor" }`);
    script('application/json', 'lenient-criteria', JSON.stringify({ postings: [{
      jobposting_identifier: 'LEN-1', id: 'len-1', service: 'Ward 2', contract: 'Permanent',
      criteria: [{ id: 'lived', summary: 'Lived experience', class: 'essential',
        rule: { kind: 'answer_in', question: 'lived_experience', meets: ['own'] } }],
    }] }));
    const element = document.createElement('eligibility-checker');
    element.id = 'lenient';
    element.setAttribute('criteria', '#lenient-criteria');
    document.querySelector('#element').append(element);
  });
  const lenient = page.locator('#lenient');
  const card = lenient.getByRole('listitem').filter({ hasText: 'Example Trust' });
  assert.equal(await card.getByRole('heading', { level: 2 }).textContent(), 'Peer mentor');
  assert.deepEqual(errors, []);
});

test('JobPostings written as Google documents them: facts from the markup, a criteria file of ids and criteria', async (t) => {
  const { page, errors } = await hostPage(env.engine.browser, t);
  const address = env.server.careers.replace('careers.html', 'jobposting.html');
  // Reached from a mailing list's link, whose query carries the reader's email address.
  await page.goto(`${address}?email=jane.doe%40example.com#jobs`);
  const checker = page.locator('eligibility-checker');
  await checker.getByRole('heading', { level: 1, name: 'Check if you can apply for a job' }).waitFor();
  const main = () => checker.getByRole('main').textContent();
  // Both jobs listed, with what Google's shapes say, worded for the applicant: each card names the
  // town (addressLocality) or home working, the job's page the whole of where.
  const list = await main();
  for (const fact of ['Data Entry Clerk', 'MagsRUs Wheel Company', 'WhereRemote', '$40 to $50 an hour',
    'Full time', 'Peer Support Worker', 'Example Mental Health NHS Trust', 'WhereLeeds', '£24,071.50',
    'Part time, 22.5 hours a week']) {
    assert.ok(list.includes(fact), `the list shows "${fact}":\n${list}`);
  }
  // JobPosting has no ward or service: that line is not shown, rather than the job not at all.
  assert.ok(!list.includes('Ward or service'), list);
  assert.doesNotMatch(list, /could not be (shown|read|found)/, 'nothing said of jobs missing');
  await checker.getByRole('listitem').filter({ hasText: 'Data Entry Clerk' }).getByRole('button', { name: 'Check this job' }).click();
  await checker.getByRole('heading', { level: 1, name: 'Data Entry Clerk' }).waitFor();
  const job = await main();
  // The contract from employmentType; nothing of the description, which is HTML for the page.
  for (const fact of ['Remote, for people living in USA', 'Contractor', '1234568']) {
    assert.ok(job.includes(fact), `the job's page shows "${fact}":\n${job}`);
  }
  assert.ok(!job.includes('general office helper') && !job.includes('<p>'), job);
  await checker.getByRole('button', { name: 'Start', exact: true }).click();
  await checker.getByRole('radio', { name: 'Yes', exact: true }).check();
  await checker.getByRole('button', { name: 'Continue' }).click();
  await checker.getByRole('button', { name: 'See your result' }).click();
  await checker.getByRole('heading', { level: 1, name: 'You meet the essential criteria for this job' }).waitFor();
  // No url in the JobPosting: the advert is this page, so this page is where to apply, without
  // the query that carried the reader's email address.
  const apply = checker.getByRole('link', { name: /Go to the employer's website to apply/ });
  assert.equal(await apply.getAttribute('href'), address);
  assert.deepEqual(errors, []);
});
