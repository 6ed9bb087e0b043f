// The WebDriver engines of the end-to-end tests, the ones playwright-core cannot drive: WebKitGTK
// (WebKitWebDriver + MiniBrowser) and Firefox ESR (geckodriver); chromedriver works too, which
// helps to debug page.mjs. selenium-webdriver (pinned in tools/package.json) is the W3C WebDriver
// client: it runs the driver on a free loopback port and speaks the protocol. This file gives it
// the installed binaries and the capabilities (never Selenium Manager's Builder, so nothing is
// ever downloaded), starts an Xvfb for WebKitGTK when there is no display, and keeps one session
// per test file; page.mjs is the Playwright-shaped Page the tests use over a session.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Page } from './page.mjs';

// The project's Node tools live in tools/node_modules (installed by scripts/setup.sh).
const require = createRequire(new URL('../../../tools/package.json', import.meta.url));
const { Capabilities, WebDriver } = require('selenium-webdriver');
const { Executor, HttpClient } = require('selenium-webdriver/http');
const { DriverService } = require('selenium-webdriver/remote');

const SESSION_TIMEOUT = 90_000;
const COMMAND_TIMEOUT = 120_000;

export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKITWEBDRIVER = process.env.WEBKITWEBDRIVER || process.env.SAFARIDRIVER || '/usr/bin/WebKitWebDriver';
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER_BIN || process.env.GECKODRIVER || path.join(os.homedir(), '.cargo/bin/geckodriver');
export const CHROMEDRIVER = process.env.CHROMEDRIVER || '/usr/bin/chromedriver';

/** `promise`, or an error after `ms`: a driver that stops answering fails the test, not hangs it. */
function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer from the driver in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** selenium's HTTP client with a time limit on every request. */
class TimedHttpClient extends HttpClient {
  send(request) {
    const ms = request.path === '/session' ? SESSION_TIMEOUT : COMMAND_TIMEOUT;
    return within(ms, super.send(request), `${request.method} ${request.path}`);
  }
}

/**
 * Starts Xvfb on a free display; resolves to { display, kill }. `kill()` resolves once the server
 * has exited: a server still shutting down removes its socket file, and would take away the
 * socket of the next test file's server if that one had reused the display number.
 */
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
        const kill = () => new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill();
        });
        const display = `:${m[1]}`;
        // Alive: still running and its socket still there (a display lost under load is
        // replaced rather than handed to a browser that cannot open it).
        const alive = () => child.exitCode === null && child.signalCode === null
          && fs.existsSync(`/tmp/.X11-unix/X${m[1]}`);
        resolve({ display, kill, alive, log: () => err });
      }
    });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited (${code}): ${err}`)); });
  });
}

/**
 * The engine-specific driver and its arguments (selenium's DriverService adds `--port=N`) and
 * the new-session capabilities.
 */
function engineSetup(engine, { colorScheme, dpr = 1, profile } = {}) {
  switch (engine) {
    case 'webkit':
      return {
        cmd: WEBKITWEBDRIVER,
        args: [],
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
        args: ['--host=127.0.0.1'],
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
        args: [],
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

/** One driver process (and its Xvfb when needed), run by selenium; sessions are created on it. */
class Driver {
  static async start(engine, { dpr = 1, xvfb = null } = {}) {
    const env = { ...process.env };
    if (engine === 'webkit' && !env.DISPLAY) {
      if (xvfb && !xvfb.alive()) {
        console.error(`# Xvfb ${xvfb.display} is gone (${xvfb.log().trim() || 'no message'}); starting another`);
        await xvfb.kill();
        xvfb = null;
      }
      xvfb = xvfb || await startXvfb();
      env.DISPLAY = xvfb.display;
    }
    // The driver's log file and, for WebKitGTK, its GTK configuration.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-driver-'));
    if (engine === 'webkit') {
      // WebKitGTK takes its device pixel ratio from GTK's (integer) window scale.
      env.GDK_SCALE = String(dpr);
      env.GDK_DPI_SCALE = '1';
      // Skia on the CPU: under Xvfb there is no GPU, and WebKitGTK's GPU path (Mesa's software
      // GL) has crashed in its shader compiler on canvas reads.
      env.WEBKIT_SKIA_ENABLE_CPU_RENDERING = '1';
      // MiniBrowser's toolbar keeps its window at least 447 px wide: a GTK user style sheet
      // (its own XDG_CONFIG_HOME) drops the toolbar's minimum sizes, for a 390 px phone viewport.
      fs.mkdirSync(path.join(dir, 'gtk-3.0'));
      fs.writeFileSync(path.join(dir, 'gtk-3.0/gtk.css'), GTK_CSS);
      env.XDG_CONFIG_HOME = dir;
    }
    const { cmd, args } = engineSetup(engine);
    const logFile = path.join(dir, 'driver.log');
    const fd = fs.openSync(logFile, 'w');
    const service = new DriverService.Builder(cmd).addArguments(...args).setHostname('127.0.0.1')
      .setEnvironment(env).setStdio(['ignore', fd, fd]).build();
    const driver = new Driver(engine, service, xvfb, dir, logFile, dpr);
    try {
      driver.url = await service.start(30_000);
    } catch (e) {
      const log = driver.log();
      await driver.kill();
      throw new Error(`${cmd} did not start (${e.message}): ${log}`);
    } finally {
      fs.closeSync(fd); // the driver has its own copy
    }
    return driver;
  }

  constructor(engine, service, xvfb, dir, logFile, dpr) {
    Object.assign(this, { engine, service, xvfb, dir, logFile, dpr });
  }

  /** The end of the driver's output, for error messages. */
  log() {
    try { return fs.readFileSync(this.logFile, 'utf8').slice(-20_000); } catch { return ''; }
  }

  async newSession(options = {}) {
    const profile = this.engine === 'firefox' ? firefoxProfile() : undefined;
    const { caps } = engineSetup(this.engine, { ...options, profile });
    const executor = new Executor(new TimedHttpClient(this.url));
    const driver = WebDriver.createSession(executor, new Capabilities({ pageLoadStrategy: 'normal', ...caps }));
    let capabilities;
    try {
      capabilities = await driver.getCapabilities();
      await driver.manage().setTimeouts({ script: 120_000, pageLoad: 60_000, implicit: 0 });
    } catch (e) {
      if (profile) fs.rmSync(profile, { recursive: true, force: true });
      throw new Error(`${this.engine}: new session failed (${e.message}); driver log:\n${this.log()}`);
    }
    return new Session(driver, capabilities, profile);
  }

  /**
   * Stops the driver (and the browser with it), then its Xvfb unless `keepXvfb` leaves the
   * display for the next driver; resolves once they are gone.
   */
  async kill({ keepXvfb = false } = {}) {
    await this.service.kill().catch(() => { /* gone */ });
    if (!keepXvfb) await this.xvfb?.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A selenium WebDriver session and the Firefox profile made for it. */
class Session {
  constructor(driver, capabilities, profile) {
    Object.assign(this, { driver, capabilities, profile });
  }

  async delete() {
    try { await within(20_000, this.driver.quit(), 'DELETE session'); } catch { /* already gone */ }
    if (this.profile) fs.rmSync(this.profile, { recursive: true, force: true });
  }
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
    this.openPage = null; // the page newPage gave and closePage has not yet cleaned
  }

  async _session(colorScheme = 'light', dpr = 1) {
    const key = `${colorScheme} ${dpr}`;
    if (!this.sessions.has(key)) {
      // One live session at a time: engines run one browser window per session.
      for (const [k, s] of this.sessions) { await s.delete(); this.sessions.delete(k); }
      if (this.engine === 'webkit' && this.driver.xvfb && !this.driver.xvfb.alive()) {
        // The display went away under the driver: a new display and driver, not a session that
        // waits 90 s for a browser that cannot open its window.
        const dead = this.driver.xvfb;
        await this.driver.kill({ keepXvfb: true });
        this.driver = await Driver.start(this.engine, { dpr, xvfb: dead });
      } else if (this.engine === 'webkit' && this.driver.dpr !== dpr) {
        // WebKitGTK's scale is the driver's environment: a driver per scale, same display.
        await this.driver.kill({ keepXvfb: true });
        this.driver = await Driver.start(this.engine, { dpr, xvfb: this.driver.xvfb });
      }
      this.sessions.set(key, await this.driver.newSession({ colorScheme, dpr }));
    }
    return this.sessions.get(key);
  }

  /** The browser's name and version as the session reports them. */
  async version() {
    const s = await this._session();
    return `${s.capabilities.getBrowserName()} ${s.capabilities.getBrowserVersion()}`;
  }

  /** Playwright's contexts (init scripts, request events, frames) have no WebDriver equivalent. */
  newContext() {
    throw new Error(`browser.newContext() is Playwright's: E2E_ENGINE=${this.engine} runs over WebDriver; `
      + 'use open() from lib/browser.mjs, or mark the file "// e2e-engines: chromium"');
  }

  async newPage({ viewport = { width: 1280, height: 800 }, colorScheme, deviceScaleFactor = 1 } = {}) {
    // A test that failed before closing its page leaves its storage behind: clear it here, so
    // one failure does not become the next test's failure too.
    if (this.openPage) await this.closePage(this.openPage);
    const session = await this._session(colorScheme || 'light', deviceScaleFactor);
    const page = new Page(session.driver, this.engine);
    this.openPage = page;
    await page.goto('about:blank');
    await page.setViewportSize(viewport);
    return page;
  }

  /**
   * Clears what a page left behind on its origin (local and session storage, IndexedDB, caches,
   * cookies) and leaves it: the next page starts as in a new Playwright context.
   */
  async closePage(page) {
    if (this.openPage === page) this.openPage = null;
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
      await page.driver.manage().deleteAllCookies();
      await page.driver.get('about:blank');
    } catch { /* session gone */ }
  }

  async close() {
    for (const s of this.sessions.values()) await s.delete();
    this.sessions.clear();
    await this.driver.kill();
  }
}
