// The result on paper: "Print or save this result" opens the browser's own print dialogue, and
// the page prints (or saves as PDF, here with Playwright's page.pdf()) the result with every
// criterion, its status and reason, the advert it was checked against and the day of the check,
// the employer's address written out and the support numbers; no buttons, nothing that only works
// on a screen. Chromium: page.pdf() is Chromium's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Checker, answerKmpt, browserAndServer, hostPage } from './checker.js';

const env = browserAndServer();

/** The text of a PDF, page by page, each as one line. */
async function pdfText(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

test('the result prints with its criteria, reasons, advert, date and notes, and no buttons', async (t) => {
  const c = await Checker.open(env.engine, { server: env.server });
  t.after(() => c.close());
  await c.meetKmpt({ nvq: 'No' });
  // Notes for the application print with the page, written out in full however long they are.
  const long = 'On the ward I would listen, then act. '.repeat(12).trim();
  await c.fill('Your notes for: Lived experience of mental health problems', long);
  await c.fill('Your notes for: Willing to share your own life experiences', 'A talk at my recovery college');
  // Said once, before printing, beside the button that prints.
  assert.match(await c.mainText(), /A printed or saved copy shows your answers about your health, and your notes\. Keep it somewhere private\.Print or save this result/);
  // The button opens the browser's print dialogue: window.print, and nothing else.
  await c.page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await c.click({ role: 'button', name: 'Print or save this result' });
  assert.equal(await c.page.evaluate(() => window.__printed), 1);

  const pages = await pdfText(await c.page.pdf({ format: 'A4' }));
  const text = pages.join(' ');
  for (const words of [
    'You meet the essential criteria for this job',
    'Lived experience of mental health problems',
    'You answered: I have my own lived experience.',
    'Twelve months without using mental health services before applying',
    'You answered March 2024: at least 12 months have passed since then.',
    'You answered: No. This is not essential, so you can still apply.',
    'A Disclosure and Barring Service (DBS) check',
    'These criteria come from the advert by Kent and Medway Mental Health NHS Trust, published on 10 November 2025. Its reference is 380-AC. You checked on 23 November 2026.',
    // The apply link's host, which a reader can type and check: not the whole address.
    ': www.kmpt.nhs.uk',
    'Samaritans free on 116 123',
    'Prepare your application',
    long,
    'Your notes A talk at my recovery college',
  ]) {
    assert.ok(text.includes(words), `the printed result says "${words}":\n${text}`);
  }
  assert.equal(text.split('A talk at my recovery college').length, 2, 'each note printed once');
  for (const words of ['Print or save this result', 'Check another job', 'Start again', 'Clear my answers', 'Back', 'opens in a new tab']) {
    assert.ok(!text.includes(words), `no "${words}" on paper`);
  }
  // Black on white: the result panel has no coloured background on paper.
  await c.page.emulateMedia({ media: 'print' });
  const panel = await c.evaluate(() => {
    const root = document.querySelector('eligibility-checker').shadowRoot;
    const style = getComputedStyle(root.querySelector('.ec-result-panel'));
    return [style.backgroundColor, style.color];
  });
  assert.deepEqual(panel, ['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)']);
  // Each support line's link fills its list item, so its bullet sits on its first line, not on
  // a line of its own above it.
  const links = await c.evaluate(() => {
    const root = document.querySelector('eligibility-checker').shadowRoot;
    return [...root.querySelectorAll('.ec-support li a')].map((a) => {
      const item = a.parentElement.getBoundingClientRect();
      return [getComputedStyle(a).display, Math.round(a.getBoundingClientRect().top - item.top)];
    });
  });
  assert.deepEqual(links, [['block', 0], ['block', 0]]);
  await c.page.emulateMedia({ media: 'screen' });
  await c.assertPrivate();
});

test('on a careers page, the whole result prints, not only what the checker\'s box shows', async (t) => {
  // On screen the checker is a box of one height that scrolls inside (docs/security.md), here
  // the one the page gives it.
  const { page, errors } = await hostPage(env.engine.browser, t);
  await page.goto(env.server.careers);
  await page.evaluate(() => { document.querySelector('eligibility-checker').style.height = '480px'; });
  const checker = page.locator('#element');
  await answerKmpt(checker);
  await checker.getByRole('heading', { level: 1, name: 'You meet the essential criteria for this job' }).waitFor();
  const text = (await pdfText(await page.pdf({ format: 'A4' }))).join(' ');
  for (const words of [
    'You meet the essential criteria for this job',
    'A Disclosure and Barring Service (DBS) check',
    'You checked on 23 November 2026.',
    'Samaritans free on 116 123',
  ]) {
    assert.ok(text.includes(words), `the printed result says "${words}":\n${text}`);
  }
  // On paper the element is as tall as the result, which would otherwise run over the page below.
  await page.emulateMedia({ media: 'print' });
  const [element, result] = await page.evaluate(() => {
    const host = document.querySelector('eligibility-checker');
    return [host.offsetHeight, host.shadowRoot.querySelector('.ec-mount').offsetHeight];
  });
  assert.ok(result > 480 && element === result, `the element ${element} px high, the result ${result} px`);
  assert.deepEqual(errors, []);
});

test('in Welsh, the result prints in Welsh, the seed posting\'s own words in English', async (t) => {
  const c = await Checker.open(env.engine, { server: env.server, lang: 'cy' });
  t.after(() => c.close());
  await c.meetKmpt({ nvq: 'Na' });
  const text = (await pdfText(await c.page.pdf({ format: 'A4' }))).join(' ');
  for (const words of [
    'Rydych yn bodloni\'r meini prawf hanfodol ar gyfer y swydd hon',
    'Meini prawf hanfodol',
    'Daw\'r meini prawf hyn o hysbyseb Kent and Medway Mental Health NHS Trust, a gyhoeddwyd ar 10 Tachwedd 2025.',
    'Gwnaethoch y gwiriad ar 23 Tachwedd 2026.',
    'Lived experience of mental health problems',
  ]) {
    assert.ok(text.includes(words), `the printed result says "${words}":\n${text}`);
  }
  for (const words of ['Argraffu neu gadw\'r canlyniad hwn', 'Gwirio swydd arall', 'Dechrau eto', 'English', 'You meet']) {
    assert.ok(!text.includes(words), `no "${words}" on paper`);
  }
  await c.assertPrivate();
});
