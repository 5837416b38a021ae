// A page object for the employers' editor (docs/employers.md), driving it the same way in all
// three engines through drivers.js's Session: fields found by their labels, radios, boxes and
// buttons clicked with the engine's own input, words typed with its own keys. Three things are
// done from inside the page, the same in every engine, and say so: pasting (one input event
// carrying the whole text, as a paste is), choosing in a select (WebDriver has no one way to),
// and opening a file (a File handed to the file input, as the picker or a drop hands it over).
import { ENGINE } from './drivers.js';
import { TODAY } from './checker.js';

export class Editor {
  /** The editor at `server`'s editor/, in a new session of `engine`, `width` px wide. */
  static async open(engine, server, { width = 390, height = 844, lang } = {}) {
    const session = await engine.session({ width, height, today: TODAY });
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

  /** Opens `text` as the file `name`, as the file picker would hand it over. */
  async openFile(name, text) {
    const input = await this.session.handle(() => [...document.querySelectorAll('input[type=file]')]
      .find((e) => [...e.labels].some((l) => l.textContent.trim() === 'Posting file')));
    await this.on(input, (e, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
      e.files = transfer.files;
      e.dispatchEvent(new Event('change', { bubbles: true }));
    }, { name, text });
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

  /** The download link (its words, address and file name), or null while there is none. */
  download() {
    return this.session.evaluate(() => {
      const a = document.querySelector('a[download]');
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

  close() {
    return this.session.close();
  }
}

export { ENGINE };
