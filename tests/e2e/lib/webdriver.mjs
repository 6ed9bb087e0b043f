// A small W3C WebDriver client for the end-to-end tests in engines playwright-core cannot drive
// (WebKitGTK through WebKitWebDriver + MiniBrowser, Firefox ESR through geckodriver; chromedriver
// works too, which helps to debug this file). It starts the driver on a free loopback port (and,
// for WebKitGTK without a display, its own Xvfb), opens one session per test file and exposes a
// `Page` with the subset of Playwright's Page/Locator API the tests use: goto/url/goBack/
// goForward/reload, locator(css) (with Playwright's `:has-text("…")`), getByRole/getByLabel/
// getByText, first/nth/locator, count/allTextContents/textContent/getAttribute/inputValue/
// isVisible/isDisabled/evaluate/evaluateAll/waitFor, click/fill/press/check/uncheck/selectOption/
// scrollIntoViewIfNeeded, evaluate/waitForFunction, keyboard.press/type (Actions API),
// screenshot (viewport), setViewportSize, addScriptTag({path}).
//
// Console errors and uncaught errors cannot be subscribed to over classic WebDriver: the test
// server (server.mjs) puts a tiny hook first in every HTML page it serves while E2E_ENGINE names
// a WebDriver engine, and every script this client runs collects what the hook saw, so the
// tests' `errors` array fills up as with Playwright's `pageerror`/`console` events.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const DEFAULT_TIMEOUT = 30_000;
const SESSION_TIMEOUT = 90_000;

export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKITWEBDRIVER = process.env.WEBKITWEBDRIVER || process.env.SAFARIDRIVER || '/usr/bin/WebKitWebDriver';
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER_BIN || process.env.GECKODRIVER || path.join(os.homedir(), '.cargo/bin/geckodriver');
export const CHROMEDRIVER = process.env.CHROMEDRIVER || '/usr/bin/chromedriver';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; resolves to { display, kill }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error(`Xvfb did not start: ${err}`)); }, 15_000);
    child.stderr.on('data', (d) => { err += d; });
    child.stdio[3].on('data', (d) => {
      out += d;
      const m = /(\d+)\s*$/.exec(out);
      if (out.includes('\n') && m) {
        clearTimeout(timer);
        resolve({ display: `:${m[1]}`, kill: () => child.kill() });
      }
    });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited (${code}): ${err}`)); });
  });
}

class WebDriverError extends Error {
  constructor(error, message, command) {
    super(`${command}: ${error}: ${message}`);
    this.error = error;
  }
}

/** The engine-specific driver command line and new-session capabilities. */
function engineSetup(engine, port, { colorScheme, dpr = 1, profile } = {}) {
  switch (engine) {
    case 'webkit':
      return {
        cmd: WEBKITWEBDRIVER,
        args: [`--port=${port}`],
        caps: {
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER,
            args: ['--automation', ...(colorScheme === 'dark' ? ['--dark-mode'] : [])],
          },
        },
      };
    case 'firefox':
      return {
        cmd: GECKODRIVER,
        args: ['--port', String(port), '--host', '127.0.0.1'],
        caps: {
          'moz:firefoxOptions': {
            binary: FIREFOX,
            args: ['-headless', ...(profile ? ['-profile', profile] : [])],
            prefs: {
              // userChrome.css (see FIREFOX_CHROME_CSS) lets the window be as narrow as a phone.
              'toolkit.legacyUserProfileCustomizations.stylesheets': true,
              // 0 dark, 1 light: what a system dark/light setting would report to pages.
              'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
              'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
              'layout.css.devPixelsPerPx': String(dpr),
              'browser.shell.checkDefaultBrowser': false,
              'datareporting.policy.dataSubmissionEnabled': false,
            },
          },
        },
      };
    case 'chromedriver':
      return {
        cmd: CHROMEDRIVER,
        args: [`--port=${port}`],
        caps: {
          'goog:chromeOptions': {
            binary: process.env.CHROMIUM || '/usr/bin/chromium',
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
              `--force-device-scale-factor=${dpr}`, ...(colorScheme === 'dark' ? ['--force-dark-mode'] : [])],
          },
        },
      };
    default:
      throw new Error(`unknown WebDriver engine ${engine}`);
  }
}

// Firefox's window will not be narrower than its toolbars (500 px): a fresh profile per session
// whose userChrome.css drops those minimums, so a phone-sized 390 px viewport is possible.
const FIREFOX_CHROME_CSS = `:root, #main-window, #navigator-toolbox, #nav-bar, #TabsToolbar, #browser,
#tabbrowser-tabbox { min-width: 0 !important; }\n`;

const GTK_CSS = '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n';

function firefoxProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-firefox-'));
  fs.mkdirSync(path.join(dir, 'chrome'));
  fs.writeFileSync(path.join(dir, 'chrome/userChrome.css'), FIREFOX_CHROME_CSS);
  return dir;
}

/** One driver process (and its Xvfb when needed); sessions are created on it. */
class Driver {
  static async start(engine, { dpr = 1, xvfb = null } = {}) {
    const port = await freePort();
    let gtkConfig = null;
    const env = { ...process.env };
    if (engine === 'webkit') {
      if (!env.DISPLAY) {
        xvfb = xvfb || await startXvfb();
        env.DISPLAY = xvfb.display;
      }
      // WebKitGTK takes its device pixel ratio from GTK's (integer) window scale.
      env.GDK_SCALE = String(dpr);
      env.GDK_DPI_SCALE = '1';
      // MiniBrowser's toolbar keeps its window at least 447 px wide: a GTK user style sheet
      // (its own XDG_CONFIG_HOME) drops the toolbar's minimum sizes, for a 390 px phone viewport.
      gtkConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-gtk-'));
      fs.mkdirSync(path.join(gtkConfig, 'gtk-3.0'));
      fs.writeFileSync(path.join(gtkConfig, 'gtk-3.0/gtk.css'), GTK_CSS);
      env.XDG_CONFIG_HOME = gtkConfig;
    }
    const { cmd, args } = engineSetup(engine, port);
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (d) => { log = (log + d).slice(-20_000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const driver = new Driver(engine, `http://127.0.0.1:${port}`, child, xvfb, () => log, dpr);
    driver.gtkConfig = gtkConfig;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${cmd} exited (${child.exitCode}): ${log}`);
      try {
        const res = await fetch(`${driver.base}/status`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) break;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) { driver.kill(); throw new Error(`${cmd} did not start: ${log}`); }
      await sleep(100);
    }
    return driver;
  }

  constructor(engine, base, child, xvfb, log, dpr) {
    Object.assign(this, { engine, base, child, xvfb, log, dpr });
  }

  async request(method, route, body, timeout = 120_000) {
    const res = await fetch(this.base + route, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch { json = { value: text }; }
    const value = json.value;
    if (!res.ok || (value && typeof value === 'object' && value.error)) {
      throw new WebDriverError(value?.error || res.status, value?.message || text, `${method} ${route}`);
    }
    return value;
  }

  async newSession(options = {}) {
    const profile = this.engine === 'firefox' ? firefoxProfile() : undefined;
    const { caps } = engineSetup(this.engine, 0, { ...options, profile });
    let value;
    try {
      value = await this.request('POST', '/session', {
        capabilities: { alwaysMatch: { pageLoadStrategy: 'normal', ...caps } },
      }, SESSION_TIMEOUT);
    } catch (e) {
      if (profile) fs.rmSync(profile, { recursive: true, force: true });
      throw new Error(`${this.engine}: new session failed (${e.message}); driver log:\n${this.log()}`);
    }
    const session = new Session(this, value.sessionId, value.capabilities, profile);
    await session.cmd('POST', '/timeouts', { script: 120_000, pageLoad: 60_000, implicit: 0 });
    return session;
  }

  /** Stops the driver (and the browser with it); `keepXvfb` leaves the display for the next one. */
  kill({ keepXvfb = false } = {}) {
    try { this.child.kill(); } catch { /* gone */ }
    if (!keepXvfb) this.xvfb?.kill();
    if (this.gtkConfig) fs.rmSync(this.gtkConfig, { recursive: true, force: true });
  }
}

class Session {
  constructor(driver, id, capabilities, profile) {
    Object.assign(this, { driver, id, capabilities, profile });
  }

  cmd(method, route, body, timeout) {
    return this.driver.request(method, `/session/${this.id}${route}`, body, timeout);
  }

  async delete() {
    try { await this.cmd('DELETE', '', undefined, 20_000); } catch { /* already gone */ }
    if (this.profile) fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
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
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Backspace: '\uE003', Delete: '\uE017', Space: ' ',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D', ArrowLeft: '\uE012',
  ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Home: '\uE011', End: '\uE010',
  PageUp: '\uE00E', PageDown: '\uE00F',
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

  async press(combo) {
    const parts = combo === '+' ? ['+'] : combo.split('+');
    const keys = parts.map((p) => keyValue(p, parts.length > 1));
    const actions = [
      ...keys.map((value) => ({ type: 'keyDown', value })),
      ...keys.slice().reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.page._actions([{ type: 'key', id: 'keyboard', actions }]);
  }

  async type(text) {
    const actions = [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    await this.page._actions([{ type: 'key', id: 'keyboard', actions }]);
  }
}

class Mouse {
  constructor(page) { this.page = page; }

  _pointer(actions) {
    return this.page._actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
  }

  move(x, y) {
    return this._pointer([{ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 }]);
  }

  down({ button = 'left' } = {}) { return this._pointer([{ type: 'pointerDown', button: BUTTONS[button] }]); }
  up({ button = 'left' } = {}) { return this._pointer([{ type: 'pointerUp', button: BUTTONS[button] }]); }

  click(x, y, { button = 'left' } = {}) {
    return this._pointer([
      { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
      { type: 'pointerDown', button: BUTTONS[button] },
      { type: 'pointerUp', button: BUTTONS[button] },
    ]);
  }
}
const BUTTONS = { left: 0, middle: 1, right: 2 };

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
    const id = await this._ref();
    const buf = Buffer.from(await this.page.session.cmd('GET', `/element/${id}/screenshot`), 'base64');
    if (file) fs.writeFileSync(file, buf);
    return buf;
  }

  /** A WebDriver element reference to the first match, once visible. */
  async _ref(state = 'visible') {
    const el = await this._onElement('(el) => el', undefined, { state });
    if (!el || !el[ELEMENT]) throw new Error(`${this}: no element reference (${JSON.stringify(el)})`);
    return el[ELEMENT];
  }

  async click() {
    const end = Date.now() + DEFAULT_TIMEOUT;
    for (;;) {
      const id = await this._ref();
      try {
        await this.page.session.cmd('POST', `/element/${id}/click`, {});
        await this.page._sync();
        return;
      } catch (e) {
        const retry = ['element click intercepted', 'element not interactable', 'stale element reference', 'move target out of bounds'];
        if (!retry.includes(e.error) || Date.now() > end) throw e;
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

export class Page {
  constructor(browser, session, engine) {
    this.browser = browser;
    this.session = session;
    this.engine = engine;
    this.errors = [];
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
        res = await this.session.cmd('POST', '/execute/sync', { script, args });
        break;
      } catch (e) {
        // A navigation can discard the script's document mid-run: try again in the new one.
        if (attempt < 3 && /unload|navigat|context|discarded|destroyed|frame/i.test(e.message)) { await sleep(200); continue; }
        throw e;
      }
    }
    this.errors.push(...res.errors);
    this._url = res.url;
    if (res.err) throw new Error(`in page: ${res.err}`);
    return res.undef ? undefined : res.v;
  }

  async _sync() {
    try { await this._run('() => undefined'); } catch { /* page in transition */ }
  }

  async _actions(actions) {
    await this.session.cmd('POST', '/actions', { actions });
    await this.session.cmd('DELETE', '/actions');
    await this._sync();
  }

  url() { return this._url; }

  async goto(url) {
    await this.session.cmd('POST', '/url', { url });
    // The test server's error hook (server.mjs) must be there, or errors would go unseen.
    const hooked = await this._run(`() => location.protocol !== 'http:' || document.contentType !== 'text/html'
      || !document.querySelector('script[src$="__e2e-error-hook.js"]') || typeof window.__e2eTakeErrors === 'function'`);
    if (!hooked) this.errors.push(`the e2e error hook did not run on ${this._url}`);
  }

  async goBack() { await this.session.cmd('POST', '/back', {}); await this._sync(); }
  async goForward() { await this.session.cmd('POST', '/forward', {}); await this._sync(); }
  async reload() { await this.session.cmd('POST', '/refresh', {}); await this._sync(); }
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
    await this.session.cmd('POST', '/execute/sync', { script: `${source}\n;return null;`, args: [] });
  }

  /** A PNG of the viewport; written to `path` when given. */
  async screenshot({ path: file } = {}) {
    // Let a scroll or change just made reach the screen first (WebKitGTK captures the last frame).
    await this._run('() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const b64 = await this.session.cmd('GET', '/screenshot');
    const buf = Buffer.from(b64, 'base64');
    if (file) fs.writeFileSync(file, buf);
    return buf;
  }

  viewportSize() { return this._viewport; }

  /** Sizes the window so that the viewport (innerWidth × innerHeight) is as asked, if it can. */
  async setViewportSize({ width, height }) {
    let w = width;
    let h = height;
    for (let i = 0; i < 4; i += 1) {
      try {
        await this.session.cmd('POST', '/window/rect', { x: 0, y: 0, width: w, height: h });
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
        await this.session.cmd('POST', '/window/rect', { x: Math.max(0, Math.floor((sw - ow) / 2)), y: Math.max(0, Math.floor((sh - oh) / 2)) });
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

/**
 * A WebDriver "browser" for one test file: a driver process and a reusable session. `newPage`
 * gives a clean page: the previous page's origin storage and cookies cleared, about:blank, the
 * viewport sized; a page asking for another colour scheme gets its own session.
 */
export class WebDriverBrowser {
  static async launch(engine) {
    const driver = await Driver.start(engine);
    const b = new WebDriverBrowser(engine, driver);
    return b;
  }

  constructor(engine, driver) {
    this.engine = engine;
    this.driver = driver;
    this.sessions = new Map(); // `${colorScheme} ${dpr}` -> Session
  }

  async _session(colorScheme = 'light', dpr = 1) {
    const key = `${colorScheme} ${dpr}`;
    if (!this.sessions.has(key)) {
      // One live session at a time: engines run one browser window per session.
      for (const [k, s] of this.sessions) { await s.delete(); this.sessions.delete(k); }
      if (this.engine === 'webkit' && this.driver.dpr !== dpr) {
        // WebKitGTK's scale is the driver's environment: a driver per scale, same display.
        this.driver.kill({ keepXvfb: true });
        this.driver = await Driver.start(this.engine, { dpr, xvfb: this.driver.xvfb });
      }
      this.sessions.set(key, await this.driver.newSession({ colorScheme, dpr }));
    }
    return this.sessions.get(key);
  }

  /** The browser's name and version as the session reports them. */
  async version() {
    const s = await this._session();
    return `${s.capabilities.browserName} ${s.capabilities.browserVersion}`;
  }

  /** Playwright's contexts (init scripts, request events, frames) have no WebDriver equivalent. */
  newContext() {
    throw new Error(`browser.newContext() is Playwright's: E2E_ENGINE=${this.engine} runs over WebDriver; `
      + 'use open() from lib/browser.mjs, or mark the file "// e2e-engines: chromium"');
  }

  async newPage({ viewport = { width: 1280, height: 800 }, colorScheme, deviceScaleFactor = 1 } = {}) {
    const session = await this._session(colorScheme || 'light', deviceScaleFactor);
    const page = new Page(this, session, this.engine);
    await page.goto('about:blank');
    await page.setViewportSize(viewport);
    return page;
  }

  /**
   * Clears what a page left behind on its origin (local and session storage, IndexedDB, caches,
   * cookies) and leaves it: the next page starts as in a new Playwright context.
   */
  async closePage(page) {
    try {
      await page._run(`async () => {
        try { localStorage.clear(); sessionStorage.clear(); } catch (e) { /* opaque origin */ }
        try {
          const dbs = indexedDB.databases ? await indexedDB.databases() : [];
          await Promise.all(dbs.map((d) => new Promise((r) => {
            const q = indexedDB.deleteDatabase(d.name);
            q.onsuccess = q.onerror = q.onblocked = () => r();
          })));
        } catch (e) { /* no IndexedDB here */ }
        try { if (self.caches) for (const k of await caches.keys()) await caches.delete(k); } catch (e) { /* none */ }
      }`);
      await page.session.cmd('DELETE', '/cookie');
      await page.session.cmd('POST', '/url', { url: 'about:blank' });
    } catch { /* session gone */ }
  }

  async close() {
    for (const s of this.sessions.values()) await s.delete();
    this.sessions.clear();
    this.driver.kill();
  }
}
