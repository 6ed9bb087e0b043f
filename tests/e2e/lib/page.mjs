// A Playwright-shaped Page over a selenium-webdriver session, for the end-to-end tests in the
// engines playwright-core cannot drive (webdriver.mjs starts the driver and the session). It
// has the subset of Playwright's Page/Locator API the tests use: goto/url/goBack/goForward/
// reload, locator(css) (with Playwright's `:has-text("…")`), getByRole/getByLabel/getByText,
// first/nth/last/filter/locator, count/allTextContents/textContent/getAttribute/inputValue/
// isVisible/isDisabled/evaluate/evaluateAll/waitFor, click/fill/press/check/uncheck/
// selectOption/scrollIntoViewIfNeeded, evaluate/waitForFunction, keyboard.press/type and
// mouse.move/click (WebDriver actions), screenshot (viewport or element), setViewportSize,
// addScriptTag({path}).
//
// WebDriver has no Playwright-style locators: a locator is a chain of steps that a script run
// in the page (RESOLVE) turns into elements, waiting for them as Playwright would. Console
// errors and uncaught errors cannot be subscribed to over classic WebDriver: the test server
// (server.mjs) puts a tiny hook first in every HTML page it serves while E2E_ENGINE names a
// WebDriver engine, and every script run here collects what the hook saw, so the tests'
// `errors` array fills up as with Playwright's `pageerror`/`console` events.
import fs from 'node:fs';
import { createRequire } from 'node:module';

// The project's Node tools live in tools/node_modules (installed by scripts/setup.sh).
const require = createRequire(new URL('../../../tools/package.json', import.meta.url));
const { Button, Key, Origin, error: wdError } = require('selenium-webdriver');

export const DEFAULT_TIMEOUT = 30_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// In-page helpers, sent with every script: resolving a locator chain to elements.

const RESOLVE = String.raw`
function __norm(s) { return (s || '').replace(/\s+/g, ' ').trim(); }
function __hidden(el) {
  if (el.closest('[aria-hidden="true"]')) return true;
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility({ visibilityProperty: true });
  return el.getClientRects().length === 0;
}
function __textMatch(text, want, exact) {
  const t = __norm(text);
  if (want && typeof want === 'object' && want.re) return new RegExp(want.re, want.flags).test(t);
  return exact ? t === __norm(want) : t.toLowerCase().includes(__norm(want).toLowerCase());
}
function __byIds(ids) {
  return __norm(ids).split(' ').map((id) => document.getElementById(id)).filter(Boolean)
    .map((e) => __norm(e.textContent)).join(' ');
}
function __name(el) {
  if (el.hasAttribute('aria-labelledby')) return __byIds(el.getAttribute('aria-labelledby'));
  if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label');
  if (el.labels && el.labels.length) return [...el.labels].map((l) => __norm(l.textContent)).join(' ');
  if (el.tagName === 'IMG') return el.alt || '';
  if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
  const t = __norm(el.textContent);
  return t || el.getAttribute('title') || '';
}
const __ROLES = {
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  article: 'article,[role=article]',
  button: 'button,input[type=button],input[type=submit],input[type=reset],[role=button]',
  link: 'a[href],[role=link]',
  checkbox: 'input[type=checkbox],[role=checkbox]',
  radio: 'input[type=radio],[role=radio]',
  textbox: 'input:not([type]),input[type=text],input[type=search],input[type=email],input[type=url],input[type=tel],textarea,[role=textbox]',
  searchbox: 'input[type=search],[role=searchbox]',
  combobox: 'select:not([multiple]),[role=combobox]',
  listbox: 'select[multiple],[role=listbox]',
  list: 'ul,ol,[role=list]',
  listitem: 'li,[role=listitem]',
  img: 'img[alt]:not([alt=""]),[role=img]',
  navigation: 'nav,[role=navigation]',
  main: 'main,[role=main]',
  region: 'section[aria-label],section[aria-labelledby],[role=region]',
  dialog: 'dialog,[role=dialog]',
  table: 'table,[role=table]',
  figure: 'figure,[role=figure]',
  status: 'output,[role=status]',
};
function __css(roots, sel) {
  const m = /^(.*?):has-text\((["'])(.*?)\2\)(.*)$/.exec(sel);
  if (!m) return roots.flatMap((r) => [...r.querySelectorAll(sel)]);
  let found = __css(roots, m[1] || '*').filter((e) => __textMatch(e.textContent, m[3], false));
  if (m[4].trim()) found = __css(found.map((e) => ({ querySelectorAll: (s) => e.querySelectorAll(':scope ' + s) })), m[4]);
  return found;
}
function __step(roots, s) {
  switch (s.kind) {
    case 'css': return __css(roots, s.css);
    case 'role': {
      let els = roots.flatMap((r) => [...r.querySelectorAll(__ROLES[s.role] || '[role=' + s.role + ']')]);
      els = els.filter((e) => !__hidden(e));
      if (s.level) els = els.filter((e) => (/^H[1-6]$/.test(e.tagName) ? Number(e.tagName[1]) : Number(e.getAttribute('aria-level'))) === s.level);
      if (s.name !== undefined) els = els.filter((e) => __textMatch(__name(e), s.name, s.exact));
      if (s.pressed !== undefined) els = els.filter((e) => (e.getAttribute('aria-pressed') === 'true') === s.pressed);
      return els;
    }
    case 'label': {
      const els = roots.flatMap((r) => [...r.querySelectorAll('input,select,textarea,button,[aria-label],[aria-labelledby]')]);
      return els.filter((e) => {
        const names = [];
        if (e.hasAttribute('aria-label')) names.push(e.getAttribute('aria-label'));
        if (e.hasAttribute('aria-labelledby')) names.push(__byIds(e.getAttribute('aria-labelledby')));
        if (e.labels) for (const l of e.labels) names.push(l.textContent);
        return names.some((n) => __textMatch(n, s.text, s.exact));
      });
    }
    case 'text': {
      const els = roots.flatMap((r) => [...r.querySelectorAll('body *')])
        .filter((e) => !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName))
        .filter((e) => __textMatch(e.textContent, s.text, s.exact));
      return els.filter((e) => ![...e.children].some((c) => __textMatch(c.textContent, s.text, s.exact)));
    }
    case 'filter': return roots.filter((e) => __textMatch(e.textContent, s.text, false));
    case 'nth': {
      const i = s.index < 0 ? roots.length + s.index : s.index;
      return roots[i] ? [roots[i]] : [];
    }
    default: throw new Error('unknown locator step ' + s.kind);
  }
}
function __resolve(steps) {
  let els = [document];
  for (const s of steps) {
    els = __step(els, s);
    if (s.kind !== 'nth') els = [...new Set(els)].sort((a, b) => (a.compareDocumentPosition(b) & 2 ? 1 : -1));
  }
  return els;
}
function __visible(el) {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}
async function __waitFor(steps, state, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const els = __resolve(steps);
    const ok = state === 'attached' ? els.length > 0
      : state === 'detached' ? els.length === 0
      : state === 'visible' ? els.length > 0 && __visible(els[0])
      : els.length === 0 || !__visible(els[0]);
    if (ok) return els;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 30));
  }
}
`;

/** Key names as Playwright spells them, to WebDriver key codes. */
const KEYS = {
  Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Backspace: Key.BACK_SPACE, Delete: Key.DELETE,
  Space: ' ', Shift: Key.SHIFT, Control: Key.CONTROL, Alt: Key.ALT, Meta: Key.META,
  ArrowLeft: Key.ARROW_LEFT, ArrowUp: Key.ARROW_UP, ArrowRight: Key.ARROW_RIGHT, ArrowDown: Key.ARROW_DOWN,
  Home: Key.HOME, End: Key.END, PageUp: Key.PAGE_UP, PageDown: Key.PAGE_DOWN,
};

function keyValue(name, withModifiers) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return withModifiers ? name.toLowerCase() : name;
  throw new Error(`unknown key ${name}`);
}

/** Serialises a Playwright-style text/name matcher (string or RegExp) for the page. */
function matcher(v) {
  return v instanceof RegExp ? { re: v.source, flags: v.flags } : v;
}

class Keyboard {
  constructor(page) { this.page = page; }

  press(combo) {
    const parts = combo === '+' ? ['+'] : combo.split('+');
    const keys = parts.map((p) => keyValue(p, parts.length > 1));
    return this.page._actions((a) => {
      for (const k of keys) a.keyDown(k);
      for (const k of keys.slice().reverse()) a.keyUp(k);
    });
  }

  type(text) {
    return this.page._actions((a) => { for (const c of text) a.keyDown(c).keyUp(c); });
  }
}

const BUTTONS = { left: Button.LEFT, middle: Button.MIDDLE, right: Button.RIGHT };

class Mouse {
  constructor(page) { this.page = page; }

  _move(a, x, y) { return a.move({ origin: Origin.VIEWPORT, x: Math.round(x), y: Math.round(y), duration: 0 }); }
  move(x, y) { return this.page._actions((a) => this._move(a, x, y)); }
  down({ button = 'left' } = {}) { return this.page._actions((a) => a.press(BUTTONS[button])); }
  up({ button = 'left' } = {}) { return this.page._actions((a) => a.release(BUTTONS[button])); }
  click(x, y, { button = 'left' } = {}) {
    return this.page._actions((a) => this._move(a, x, y).press(BUTTONS[button]).release(BUTTONS[button]));
  }
}

// Errors after which a click is tried again, as Playwright would.
const CLICK_RETRY = [wdError.ElementClickInterceptedError, wdError.ElementNotInteractableError,
  wdError.StaleElementReferenceError, wdError.MoveTargetOutOfBoundsError];

class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  _with(step) { return new Locator(this.page, [...this.steps, step]); }
  locator(css) { return this._with({ kind: 'css', css }); }
  getByRole(role, o = {}) { return this._with({ kind: 'role', role, name: matcher(o.name), exact: o.exact, level: o.level, pressed: o.pressed }); }
  getByLabel(text, o = {}) { return this._with({ kind: 'label', text: matcher(text), exact: o.exact }); }
  getByText(text, o = {}) { return this._with({ kind: 'text', text: matcher(text), exact: o.exact }); }
  first() { return this._with({ kind: 'nth', index: 0 }); }
  last() { return this._with({ kind: 'nth', index: -1 }); }
  nth(index) { return this._with({ kind: 'nth', index }); }

  toString() { return `locator(${JSON.stringify(this.steps)})`; }

  /** Runs `fn(el, arg)` in the page on the first element, once one is attached (auto-wait). */
  async _onElement(fn, arg, { state = 'attached', timeout = DEFAULT_TIMEOUT } = {}) {
    const res = await this.page._run(`async (steps, state, timeout, arg) => {
      const els = await __waitFor(steps, state, timeout);
      if (!els) return { missing: true };
      return { value: await (${fn})(els[0], arg) };
    }`, [this.steps, state, timeout, arg]);
    if (res.missing) throw new Error(`timeout ${timeout}ms waiting for ${this} to be ${state}`);
    return res.value;
  }

  async _all(fn, arg) {
    return this.page._run(`async (steps, arg) => (${fn})(__resolve(steps), arg)`, [this.steps, arg]);
  }

  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    const ok = await this.page._run(`async (steps, state, timeout) => (await __waitFor(steps, state, timeout)) !== null`, [this.steps, state, timeout]);
    if (!ok) throw new Error(`timeout ${timeout}ms waiting for ${this} to be ${state}`);
  }

  count() { return this._all('(els) => els.length'); }
  allTextContents() { return this._all('(els) => els.map((e) => e.textContent)'); }
  evaluateAll(fn, arg) { return this._all(`(els, arg) => (${fn})(els, arg)`, arg); }
  isVisible() { return this._all('(els) => els.length > 0 && __visible(els[0])'); }
  isHidden() { return this._all('(els) => !(els.length > 0 && __visible(els[0]))'); }
  filter({ hasText } = {}) { return this._with({ kind: 'filter', text: matcher(hasText) }); }
  boundingBox() {
    return this._onElement('(el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
  }
  textContent() { return this._onElement('(el) => el.textContent'); }
  innerText() { return this._onElement('(el) => el.innerText'); }
  getAttribute(name) { return this._onElement('(el, name) => el.getAttribute(name)', name); }
  inputValue() { return this._onElement('(el) => el.value'); }
  isChecked() { return this._onElement('(el) => el.checked === true || el.getAttribute("aria-checked") === "true"'); }
  isDisabled() { return this._onElement('(el) => el.disabled === true || el.getAttribute("aria-disabled") === "true"'); }
  isEnabled() { return this.isDisabled().then((d) => !d); }
  evaluate(fn, arg) { return this._onElement(`(el, arg) => (${fn})(el, arg)`, arg); }
  scrollIntoViewIfNeeded() {
    return this._onElement(`(el) => {
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }`);
  }

  async focus() { await this._onElement('(el) => el.focus()'); }

  /** A PNG of the first match (WebDriver's element screenshot); written to `path` when given. */
  async screenshot({ path: file } = {}) {
    await this.scrollIntoViewIfNeeded();
    const el = await this._element();
    const buf = Buffer.from(await el.takeScreenshot(), 'base64');
    if (file) fs.writeFileSync(file, buf);
    return buf;
  }

  /** The first match as a selenium WebElement, once visible. */
  async _element(state = 'visible') {
    const el = await this._onElement('(el) => el', undefined, { state });
    if (typeof el?.getId !== 'function') throw new Error(`${this}: no element reference (${JSON.stringify(el)})`);
    return el;
  }

  async click() {
    const end = Date.now() + DEFAULT_TIMEOUT;
    for (;;) {
      try {
        // Found again on every try: a locator names what matches now, like Playwright's.
        const el = await this._element();
        await el.click();
        await this.page._sync();
        return;
      } catch (e) {
        if (!CLICK_RETRY.some((E) => e instanceof E) || Date.now() > end) throw e;
        // Like Playwright: bring it to the middle of the viewport and try again.
        await this._onElement('(el) => el.scrollIntoView({ block: "center", inline: "center" })');
        await sleep(100);
      }
    }
  }

  async check() { if (!(await this.isChecked())) await this.click(); }
  async uncheck() { if (await this.isChecked()) await this.click(); }

  /**
   * A real key press (Shift, which changes nothing) on the focused element first: the change
   * that follows then comes with user activation, as a person's would (WebKit skips history
   * entries pushed without one when going back).
   */
  async _activate() {
    await this._onElement('(el) => el.focus()', undefined, { state: 'visible' });
    await this.page.keyboard.press('Shift');
  }

  /** Playwright's fill: focus, replace the value, fire `input` (and `change`). */
  async fill(value) {
    await this._activate();
    await this._onElement(`(el, value) => {
      el.focus();
      if (el.isContentEditable) { el.textContent = value; }
      else {
        const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
      }
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }`, value, { state: 'visible' });
  }

  /** Playwright's selectOption for one value (matched by value, then by label). */
  async selectOption(value) {
    const values = Array.isArray(value) ? value : [value];
    await this._activate();
    const ok = await this._onElement(`(el, values) => {
      const opts = [...el.options];
      let hit = false;
      for (const o of opts) {
        o.selected = values.some((v) => (typeof v === 'object' ? (v.value === o.value || v.label === o.label) : v === o.value));
        hit = hit || o.selected;
      }
      if (!hit) for (const o of opts) { o.selected = values.includes(o.label); hit = hit || o.selected; }
      if (!hit) return false;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }`, values, { state: 'visible' });
    if (!ok) throw new Error(`${this}: no option ${JSON.stringify(value)}`);
    return values;
  }

  async press(key) {
    await this.focus();
    await this.page.keyboard.press(key);
  }

  async type(text) {
    await this.focus();
    await this.page.keyboard.type(text);
  }
}

/**
 * Firefox runs microtasks while wasm calls into JS (Mozilla bug 1855409), so wasm-bindgen-futures'
 * task queue closure is re-entered and throws "closure invoked recursively or after being
 * dropped" (wasm-bindgen #3635): intermittent, in any test that awaits, never a fault of the
 * page's own code. Only that message, only in Firefox: Chromium and WebKit still count it.
 */
function firefoxQueueReentry(engine, error) {
  return engine === 'firefox' && String(error).includes('closure invoked recursively or after being dropped');
}

export class Page {
  /** `driver` is a selenium-webdriver WebDriver (one session). */
  constructor(driver, engine) {
    this.driver = driver;
    this.engine = engine;
    this.errors = [];
    /** Errors of a known browser bug, kept apart from `errors` (see `firefoxQueueReentry`). */
    this.tolerated = [];
    this._url = 'about:blank';
    this.keyboard = new Keyboard(this);
    this.mouse = new Mouse(this);
  }

  /**
   * Runs the source of `fn` (an async arrow function) in the page with `args`; collects the
   * error hook's findings and the current URL. Undefined survives the round trip.
   */
  async _run(fn, args = []) {
    const script = `${RESOLVE}
      const __args = arguments;
      return (async () => {
        let v; let err = null;
        try { v = await (${fn}).apply(null, __args); } catch (e) { err = String((e && e.stack) || e); }
        const errors = typeof window.__e2eTakeErrors === 'function' ? window.__e2eTakeErrors() : [];
        return { undef: v === undefined, v: v === undefined ? null : v, err, errors, url: location.href };
      })();`;
    let res;
    for (let attempt = 0; ; attempt += 1) {
      try {
        res = await this.driver.executeScript(script, ...args);
        break;
      } catch (e) {
        // A navigation can discard the script's document mid-run: try again in the new one.
        if (attempt < 3 && /unload|navigat|context|discarded|destroyed|frame/i.test(e.message)) { await sleep(200); continue; }
        throw e;
      }
    }
    for (const e of res.errors) (firefoxQueueReentry(this.engine, e) ? this.tolerated : this.errors).push(e);
    this._url = res.url;
    if (res.err) throw new Error(`in page: ${res.err}`);
    return res.undef ? undefined : res.v;
  }

  async _sync() {
    try { await this._run('() => undefined'); } catch { /* page in transition */ }
  }

  /** Performs the actions `build(actions)` adds (selenium's Actions builder), then releases. */
  async _actions(build) {
    const actions = this.driver.actions();
    build(actions);
    await actions.perform();
    await actions.clear();
    await this._sync();
  }

  url() { return this._url; }

  async goto(url) {
    await this.driver.get(url);
    // The test server's error hook (server.mjs) must be there, or errors would go unseen.
    const hooked = await this._run(`() => location.protocol !== 'http:' || document.contentType !== 'text/html'
      || !document.querySelector('script[src$="__e2e-error-hook.js"]') || typeof window.__e2eTakeErrors === 'function'`);
    if (!hooked) this.errors.push(`the e2e error hook did not run on ${this._url}`);
  }

  async goBack() { await this.driver.navigate().back(); await this._sync(); }
  async goForward() { await this.driver.navigate().forward(); await this._sync(); }
  async reload() { await this.driver.navigate().refresh(); await this._sync(); }
  async title() { return this._run('() => document.title'); }
  async content() { return this._run('() => document.documentElement.outerHTML'); }

  evaluate(fn, arg) {
    return this._run(`async (arg) => (${fn})(arg)`, [arg]);
  }

  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT, polling = 30 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const left = end - Date.now();
      const v = await this._run(`async (arg, left, polling) => {
        const stop = Date.now() + Math.min(left, 5000);
        for (;;) {
          const v = await (${fn})(arg);
          if (v) return v;
          if (Date.now() > stop) return null;
          await new Promise((r) => setTimeout(r, polling));
        }
      }`, [arg, left, polling]);
      if (v) return v;
      if (Date.now() > end) throw new Error(`waitForFunction timed out after ${timeout}ms: ${fn}`);
    }
  }

  async waitForTimeout(ms) { await sleep(ms); }

  locator(css) { return new Locator(this, [{ kind: 'css', css }]); }
  getByRole(role, o) { return new Locator(this, []).getByRole(role, o); }
  getByLabel(text, o) { return new Locator(this, []).getByLabel(text, o); }
  getByText(text, o) { return new Locator(this, []).getByText(text, o); }

  /**
   * Runs a script file's text in the page, as WebDriver script (which the page's CSP does not
   * block, unlike an inline <script>); scripts that publish globals on `window` (axe-core's
   * UMD bundle) work as with a script tag.
   */
  async addScriptTag({ path: file, content }) {
    const source = content ?? fs.readFileSync(file, 'utf8');
    await this.driver.executeScript(`${source}\n;return null;`);
  }

  /** A PNG of the viewport; written to `path` when given. */
  async screenshot({ path: file } = {}) {
    // Let a scroll or change just made reach the screen first (WebKitGTK captures the last frame).
    await this._run('() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const buf = Buffer.from(await this.driver.takeScreenshot(), 'base64');
    if (file) fs.writeFileSync(file, buf);
    return buf;
  }

  viewportSize() { return this._viewport; }

  /** Sizes the window so that the viewport (innerWidth × innerHeight) is as asked, if it can. */
  async setViewportSize({ width, height }) {
    const win = this.driver.manage().window();
    let w = width;
    let h = height;
    for (let i = 0; i < 4; i += 1) {
      try {
        await win.setRect({ x: 0, y: 0, width: w, height: h });
      } catch { /* some drivers refuse x/y or sizes: measure what we got */ }
      await sleep(i === 0 ? 150 : 300);
      const inner = await this._run('() => [innerWidth, innerHeight]');
      if (inner[0] === width && inner[1] === height) break;
      w += width - inner[0];
      h += height - inner[1];
    }
    if (this.engine === 'webkit') {
      // No window manager under Xvfb: X keyboard focus follows the pointer, which sits at the
      // screen's centre. A window there is focused (document.hasFocus(), :focus-visible).
      const [sw, sh, ow, oh] = await this._run('() => [screen.width, screen.height, outerWidth, outerHeight]');
      try {
        await win.setRect({ x: Math.max(0, Math.floor((sw - ow) / 2)), y: Math.max(0, Math.floor((sh - oh) / 2)) });
      } catch { /* stays where it is */ }
    }
    const inner = await this._run('() => [innerWidth, innerHeight, devicePixelRatio]');
    this._viewport = { width: inner[0], height: inner[1], deviceScaleFactor: inner[2] };
    if (inner[0] !== width || inner[1] !== height) {
      throw new Error(`${this.engine}: the viewport is ${inner[0]}×${inner[1]}, not ${width}×${height}`);
    }
    return this._viewport;
  }

  on() { /* events: see the error hook (server.mjs) */ }
}
