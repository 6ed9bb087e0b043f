// The browser the end-to-end tests run in, chosen by E2E_ENGINE: `chromium` (default: Debian's
// Chromium through playwright-core, never a downloaded browser), `webkit` (WebKitGTK's MiniBrowser
// through WebKitWebDriver, under its own Xvfb when there is no display) or `firefox` (Firefox ESR
// through geckodriver, headless). The last two are driven over W3C WebDriver by selenium-webdriver
// (webdriver.mjs starts the driver and the sessions), under page.mjs, the part of Playwright's
// Page API the tests use; `chromedriver` drives Chromium that way too (to debug page.mjs).
// Screenshots are named `<engine>-<name>`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { WebDriverBrowser } from './webdriver.mjs';

// The project's Node tools live in tools/node_modules (installed by scripts/setup.sh).
const require = createRequire(new URL('../../../tools/package.json', import.meta.url));

export const ENGINE = process.env.E2E_ENGINE || 'chromium';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Whether the engine is driven over plain WebDriver (no device emulation, no event stream). */
export const WEBDRIVER = ENGINE !== 'chromium';
if (!['chromium', 'webkit', 'firefox', 'chromedriver'].includes(ENGINE)) {
  throw new Error(`E2E_ENGINE=${ENGINE}: expected chromium, webkit, firefox or chromedriver`);
}

export async function launch() {
  if (WEBDRIVER) return WebDriverBrowser.launch(ENGINE);
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// Over WebDriver, WebKitGTK and Firefox have no phone emulation: PHONE is a 390×844 viewport at
// DPR 3 (Firefox: layout.css.devPixelsPerPx; WebKitGTK: GDK_SCALE), without touch or isMobile
// (so no <meta viewport> handling and desktop scrollbars).
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/** `test-results/x.png` → `test-results/<engine>-x.png`. */
export function shotPath(file) {
  return path.join(path.dirname(file), `${ENGINE}-${path.basename(file)}`);
}

/**
 * Resolves once the explorer on `page` (or in a frame) is live: the build pre-renders the
 * default view into the page, so a heading or a card is on screen before the app runs; only
 * `html[data-app=ready]` (set by main.rs after mounting) says the controls work. A page
 * without the app's boot container (an embedding page) resolves at once.
 */
export async function appReady(page, timeout = 30000) {
  await page.waitForFunction(
    () => document.documentElement.dataset.app === 'ready' || !document.getElementById('boot'),
    undefined,
    { timeout },
  );
}

/**
 * Opens `url` in a fresh context, collecting console errors and page errors, and waits for the
 * app to be live (`{ ready: false }` to look at the page before that).
 */
export async function open(browser, url, contextOptions = DESKTOP, { ready = true } = {}) {
  if (WEBDRIVER) {
    const page = await browser.newPage(contextOptions);
    const shot = page.screenshot.bind(page);
    page.screenshot = (o = {}) => shot({ ...o, path: o.path && shotPath(o.path) });
    const context = { close: () => browser.closePage(page), pages: () => [page] };
    await page.goto(url);
    if (ready) await appReady(page);
    return { context, page, errors: page.errors };
  }
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const shot = page.screenshot.bind(page);
  page.screenshot = (o = {}) => shot({ ...o, path: o.path && shotPath(o.path) });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e) + '\n' + (e.stack || '')));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  if (ready) await appReady(page);
  return { context, page, errors };
}
