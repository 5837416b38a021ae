// A page object for the employers' editor (docs/employers.md), driving it the same way in all
// three engines through drivers.js's Session: fields found by their labels, radios, boxes and
// buttons clicked with the engine's own input, words typed with its own keys. Four things are
// done from inside the page, the same in every engine, and say so: pasting (one input event
// carrying the whole text, as a paste is), choosing in a select (WebDriver has no one way to),
// choosing a day in a date field (each engine's picker is its own), and opening a file (a File
// handed to the file input, as the picker or a drop hands it over).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGINE, initScript } from './drivers.js';
import { KMPT, TODAY } from './checker.js';

/**
 * A start-up script (run in the page, before its own) that records what the editor downloads and
 * copies, the same in every engine (WebKit's WebDriver catches no download and cannot read the
 * clipboard back): each Blob given to URL.createObjectURL, kept by its address; each click on a
 * download link, as its download name and its Blob's text, in `window.__edDownloads` (with
 * `hold`, the download itself is held back, as Firefox and WebKit would ask where to save it);
 * and each text given to navigator.clipboard.writeText, in `window.__edCopied`, then passed on to
 * the browser's own (with `refuse`, or where the browser has none, refused instead, as a browser
 * without permission refuses); with `refuseFiles`, URL.createObjectURL throws instead.
 */
export function record({ hold, refuse, refuseFiles }) {
  const blobs = new Map();
  window.__edDownloads = [];
  window.__edCopied = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = function createObjectURL(blob) {
    // With `refuseFiles`, no file is made to download, as a locked-down browser may refuse.
    if (refuseFiles) throw new DOMException('refused', 'SecurityError');
    const url = create.call(URL, blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  addEventListener('click', (e) => {
    const link = e.target instanceof Element && e.target.closest('a[download]');
    if (!link) return;
    const download = { name: link.getAttribute('download'), text: null };
    window.__edDownloads.push(download);
    blobs.get(link.href)?.text().then((text) => { download.text = text; });
    if (hold) e.preventDefault();
  }, true);
  // A browser with no clipboard here is given one that refuses, as the editor takes it.
  if (!navigator.clipboard) Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {} });
  const clipboard = navigator.clipboard;
  const write = clipboard.writeText?.bind(clipboard);
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (text) => {
      window.__edCopied.push(String(text));
      return refuse || !write ? Promise.reject(new DOMException('refused', 'NotAllowedError')) : write(text);
    },
  });
}

/** What axe checks on every editor screen: WCAG 2.2 AA and its best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** `record`'s options: by default the download is held back but in Chromium, and nothing refused. */
const recording = ({ hold = ENGINE !== 'chromium', refuse = false, refuseFiles = false } = {}) => ({ hold, refuse, refuseFiles });

/**
 * The test server's options for the editor's tests: in WebKit, whose driver cannot run a script
 * before the page's own, the server puts the start-up scripts (the date, open shadow roots, and
 * `record` with `options`) in every page; the other engines' sessions run them.
 */
export function served(options) {
  return ENGINE === 'webkit'
    ? { inject: `${initScript({ today: TODAY })}\n(${record})(${JSON.stringify(recording(options))});` }
    : {};
}

export class Editor {
  /**
   * The editor at `server`'s editor/, in a new session of `engine`, `width` px wide, recording
   * what it downloads and copies (`record`, with `recorded`; in WebKit the server's, `served`).
   */
  static async open(engine, server, { width = 390, height = 844, lang, recorded } = {}) {
    const session = await engine.session({ width, height, today: TODAY, init: record, initArg: recording(recorded) });
    const editor = new Editor(session);
    try {
      await session.goto(`${server.url}editor/${lang ? `?lang=${lang}` : ''}`);
      await editor.element({ role: 'heading', level: 1 });
    } catch (error) {
      await session.close(); // WebKit's driver runs one session at a time: leave none open
      throw error;
    }
    return editor;
  }

  /**
   * Runs `fn` with the editor open at `server` in `engine` (see `open`), closing it after: WebKit's
   * driver runs one session at a time.
   */
  static async with(engine, server, fn, options) {
    const editor = await Editor.open(engine, server, options);
    try {
      return await fn(editor);
    } finally {
      await editor.close();
    }
  }

  constructor(session) {
    this.session = session;
    /** Playwright's page, in Chromium: for axe and for catching the download. */
    this.page = session.page;
  }

  element(query) {
    return this.session.element(query);
  }

  /**
   * Runs `fn(element, arg)` in the page: the element is handed over first, on its own (Puppeteer
   * takes an element only as an argument of its own, not inside another value).
   */
  async on(element, fn, arg) {
    await this.session.evaluate((e) => {
      window.__edElement = e;
    }, element);
    // A function made of fn's own source, as every driver sends a function: by its text.
    return this.session.evaluate(new Function('arg', `return (${fn})(window.__edElement, arg);`), arg ?? null);
  }

  count(query) {
    return this.session.count(query);
  }

  async click(query) {
    await this.session.click(await this.element(query));
  }

  /** Ticks a radio or a tick box (found by `query`) unless it is already, and waits for it. */
  async check(query) {
    const box = await this.element(query);
    if (!await this.session.evaluate((e) => e.checked, box)) await this.session.click(box);
    await this.element({ ...query, checked: true });
  }

  /** Pastes `text` into the field `query` finds: one input event with all of it, as a paste is. */
  async paste(query, text) {
    const field = await this.element(query);
    await this.on(field, (e, value) => {
      e.focus();
      e.value = value;
      e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }));
    }, text);
  }

  /** Types `text` into the field `query` finds, replacing what is there, with the keyboard. */
  async type(query, text) {
    const field = await this.element(query);
    await this.session.evaluate((e) => {
      e.focus();
      e.select();
    }, field);
    if (text === '') {
      await this.session.evaluate((e) => {
        e.value = '';
        e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
      }, field);
    } else {
      await this.session.type(text, field);
    }
    // The editor redraws on every key: wait until it holds what was typed.
    for (let tries = 0; tries < 50 && await this.session.evaluate((e) => e.value, field) !== text; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Chooses the option whose words start with `option` in the select `query` finds. */
  async select(query, option) {
    const select = await this.element({ role: 'combobox', ...query });
    const chosen = await this.on(select, (e, words) => {
      const found = [...e.options].find((o) => o.textContent.trim().startsWith(words));
      if (!found) return null;
      e.focus();
      e.value = found.value;
      e.dispatchEvent(new Event('change', { bubbles: true }));
      return found.value;
    }, option);
    if (chosen === null) throw new Error(`no option "${option}" in ${JSON.stringify(query)}`);
  }

  /**
   * Chooses the day `iso` (YYYY-MM-DD) in the date field labelled `label`: one input event with
   * the day, as a date picker gives it.
   */
  async date(label, iso) {
    const input = await this.session.handle((words) => [...document.querySelectorAll('input[type=date]')]
      .find((e) => [...e.labels].some((l) => l.textContent.replace(/\s+/g, ' ').trim() === words)) ?? null, label);
    if (!input) throw new Error(`no date field labelled "${label}"`);
    await this.on(input, (e, value) => {
      e.focus();
      e.value = value;
      e.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, iso);
  }

  /**
   * Opens `text` as the file `name`, as the file picker labelled `label` (the posting file's, by
   * default) would hand it over.
   */
  async openFile(name, text, { label = 'Posting file', type = 'application/json' } = {}) {
    const picker = (words) => [...document.querySelectorAll('input[type=file]')]
      .find((e) => [...e.labels].some((l) => l.textContent.trim() === words)) ?? null;
    for (let tries = 0; tries < 100 && !await this.session.evaluate(picker, label); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const input = await this.session.handle(picker, label);
    await this.on(input, (e, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: file.type }));
      e.files = transfer.files;
      e.dispatchEvent(new Event('change', { bubbles: true }));
    }, { name, text, type });
  }

  /** The line of the person specification whose words are `words`: its group. */
  line(words) {
    return { role: 'group', name: `“${words}”`, exact: true };
  }

  /** The problem shown on the field `query` finds (its error message), or ''. */
  async problemOn(query) {
    const field = await this.element(query);
    return this.session.evaluate((e) => (e.getAttribute('aria-describedby') ?? '').split(/\s+/)
      .map((id) => e.getRootNode().getElementById(id))
      .filter((m) => m?.classList.contains('ed-error-message'))
      .map((m) => m.textContent.replace(/\s+/g, ' ').trim()).join(' '), field);
  }

  /** The error summary's problems, each as its link's words and where it goes. */
  summary() {
    return this.session.evaluate(() => [...document.querySelectorAll('[role=alert] li')]
      .map((li) => ({ text: li.textContent.trim(), href: li.querySelector('a')?.getAttribute('href') ?? null })));
  }

  /**
   * The posting file's download link (its words, address and file name), or null while there is
   * none. (The Welsh section's CSV for a translator is a download link of its own.)
   */
  download() {
    return this.session.evaluate(() => {
      const a = document.querySelector('a[download$=".json"]');
      return a && { text: a.textContent.trim(), href: a.href, name: a.getAttribute('download') };
    });
  }

  /** Waits until the download is offered (or, with `offered` false, withdrawn). */
  async untilDownload(offered = true) {
    for (let tries = 0; tries < 100; tries++) {
      if (Boolean(await this.download()) === offered) return this.download();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the download was ${offered ? 'never offered' : 'still offered'}`);
  }

  /**
   * The file the download offers, read from the page: the text under "Show the file's text" is
   * the Blob's. (WebKit's WebDriver cannot catch a download, and the page's Content-Security-Policy
   * lets no script fetch a blob: address, so every engine reads it here; Chromium also catches
   * the real download and compares.)
   */
  fileText() {
    return this.session.evaluate(() => [...document.querySelectorAll('details')]
      .find((d) => d.querySelector('summary')?.textContent.includes('file'))?.querySelector('pre')?.textContent ?? null);
  }

  /** The criteria file's text, as the page shows it (what its download holds), or null. */
  criteriaText() {
    return this.session.evaluate(() => [...document.querySelectorAll('details')]
      .find((d) => d.querySelector('summary')?.textContent.includes('criteria file'))?.querySelector('pre')?.textContent ?? null);
  }

  /** What the download link gave when followed (see `record`): its name and text, once read. */
  async downloaded() {
    for (let tries = 0; tries < 100; tries++) {
      const [last] = await this.session.evaluate(() => window.__edDownloads.slice(-1));
      if (last?.text !== null && last?.text !== undefined) return last;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('nothing was downloaded');
  }

  /** Every text given to the clipboard so far (see `record`). */
  copied() {
    return this.session.evaluate(() => window.__edCopied);
  }

  close() {
    return this.session.close();
  }
}

export const KENT = readFileSync(new URL('../../core/tests/specs/kmpt-advert.txt', import.meta.url), 'utf8');
/** The questions of the bank, by id: their English words. */
export const QUESTIONS = Object.fromEntries(JSON.parse(readFileSync(new URL('../../postings/questions.json', import.meta.url), 'utf8'))
  .questions.map((q) => [q.id, q.text.en ?? q.text]));

const USE_RULE = { role: 'checkbox', name: 'Use this rule' };
export const reasonFor = (answer) => ({ role: 'textbox', name: `The reason the applicant reads if they answer “${answer}”` });

// The lines of the Kent and Medway advert the route touches, word for word.
export const LIVED = 'Lived Experience of mental health problems';
export const SHARE = 'Willing to share own life Experiences';
export const USED = 'Experience of using mental health services';
export const TWELVE = 'We require a period of twelve months without using mental health services prior to applying.';
export const TWELVE_SUMMARY = 'Twelve months without using mental health services before applying';
const AGAIN = 'Lived Experiences';
export const NVQ = 'NVQ level 2 or an equivalent relevant qualification / Experience';
const DESCRIPTION = 'Please refer to the attached Job description for full Details and the main responsibilities of the role.';

/** The employer's route: paste, classify, confirm rules, write reasons, fill the facts, add two test cases. */
export async function buildKent(e) {
  await e.paste({ role: 'textbox', name: 'Person specification' }, KENT);
  await e.click({ role: 'button', name: 'Split into lines' });
  await e.element({ role: 'heading', level: 2, name: 'The lines of the person specification' });
  const within = (line, query) => ({ ...query, within: e.line(line) });

  await e.check(within(LIVED, USE_RULE));
  await e.type(within(LIVED, reasonFor('Only as a carer, family member or friend')),
    'This role asks for your own experience of mental health problems. Caring for someone else does not meet it on its own.');
  await e.type(within(LIVED, reasonFor('Only through my work')), 'Experience through work does not meet it on its own.');
  await e.type(within(LIVED, reasonFor('None of these')), 'This role asks for your own experience of mental health problems.');
  await e.check(within(SHARE, USE_RULE));
  await e.type(within(SHARE, reasonFor('No')), 'Sharing your own experience, in a way you choose, is a central part of this role.');
  await e.check(within(USED, USE_RULE));
  await e.type(within(USED, reasonFor('I have never used mental health services')),
    'This role asks for your own experience of using mental health services.');
  await e.check(within(TWELVE, { role: 'radio', name: 'Essential: the checker asks about it' }));
  await e.check(within(TWELVE, USE_RULE));
  await e.type(within(TWELVE, { role: 'textbox', name: 'What applicants read as its heading' }), TWELVE_SUMMARY);
  assert.equal(await e.session.evaluate((f) => f.value, await e.element(within(TWELVE, { role: 'spinbutton' }))), '12');
  await e.check(within(AGAIN, { role: 'radio', name: 'Not a requirement: leave it out' }));
  await e.check(within(NVQ, USE_RULE));
  await e.check(within(DESCRIPTION, { role: 'radio', name: 'Not asked by the check' }));

  for (const [label, text] of [
    ['Job title', 'Peer Support Worker'],
    ['Employer', KMPT],
    ['Location', 'Littlebrook Hospital, Bow Arrow Lane, Dartford DA2 6PB'],
    ['Pay (optional)', '£26,240 to £27,928 a year (band 3), pro rata'],
    ['Hours (optional)', 'Part time'],
    ['Contract (optional)', 'Permanent'],
    ['Reference (optional)', '380-AC'],
    ['Where to apply', 'https://www.kmpt.nhs.uk/'],
    ['Posting id', 'kmpt-dartford-peer-support-worker'],
    ['Where the facts come from', 'The advert on a job board, published 10 November 2025'],
  ]) {
    await e.type({ role: 'textbox', name: label, exact: true }, text);
  }
  await e.date('Date published (optional)', '2025-11-10');

  for (const [name, lived, nvq, expect] of [
    ['A carer only', 'Only as a carer, family member or friend', 'Yes', 'Does not meet them'],
    ['Meets every essential criterion', 'I have my own lived experience', 'No', 'Meets the essential criteria'],
  ]) {
    await e.type({ role: 'textbox', name: 'Name', exact: true }, name);
    await e.select({ name: QUESTIONS.lived_experience }, lived);
    await e.select({ name: QUESTIONS.willing_to_share }, 'Yes');
    await e.select({ name: QUESTIONS.last_used_services }, 'A month');
    await e.type({ role: 'textbox', name: 'Month: ', first: true }, '2024-03');
    await e.select({ name: QUESTIONS.nvq_level_2 }, nvq);
    await e.check({ role: 'radio', name: expect, exact: true });
    await e.click({ role: 'button', name: 'Add this test case' });
    await e.element({ role: 'heading', level: 3, name, exact: true });
  }
}

export { ENGINE };
