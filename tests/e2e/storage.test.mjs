// End-to-end test of a browser that refuses storage (site data blocked, a cross-site frame with
// third-party storage blocked, some in-app browsers): reading `localStorage` or `indexedDB`
// throws a SecurityError. The app must still take over; settings then last for the visit and a
// note says so, and an opened report says it cannot be kept. The refusal is a same-origin
// script the server puts first in the page (the WebDriver engines have no init scripts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './lib/suite.mjs';
import { open, PHONE } from './lib/browser.mjs';
import { settle, statusText, htmlClasses, openDetails } from './lib/app.mjs';

const REFUSE = `(function () {
  function refuse() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
  ['localStorage', 'indexedDB'].forEach(function (name) {
    [window, Window.prototype].forEach(function (o) {
      try { Object.defineProperty(o, name, { get: refuse, configurable: true }); } catch (e) { /* not own here */ }
    });
  });
})();`;

const env = suite({ serveOptions: { inject: REFUSE } });

test('with storage refused the app takes over, keeps settings for the visit and says it cannot keep them', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, PHONE);
  try {
    await settle(page);
    assert.equal(await page.evaluate(() => { try { localStorage.length; return 'open'; } catch (e) { return e.name; } }), 'SecurityError', 'the test refuses storage');
    // The app is live: search filters the cards.
    await page.getByLabel('搜索报告').fill('养老');
    await page.waitForFunction(() => /^共 \d+ 条$/.test(document.querySelector('.search-status')?.textContent.trim() || ''), undefined, { timeout: 10000 });
    assert.match(await statusText(page), /^共 \d+ 条$/);
    // Settings apply, and the sheet says they last only for this visit.
    await openDetails(page, 'details.aids-sheet');
    await page.getByRole('button', { name: '较大' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('font-3'), undefined, { timeout: 5000 });
    assert.match(await page.locator('.aids-note').textContent(), /不允许保存设置.*本次/);
    // An opened report is shown, and the panel says it cannot be kept.
    await openDetails(page, 'details.open-report');
    assert.match(await page.locator('.open-report-note').textContent(), /不允许保存/);
    await page.locator('.open-report textarea').fill('某某区2025年政府工作报告\n\n一、2024年工作回顾\n\n全区地区生产总值增长6.5%，一般公共预算收入12.3亿元。\n\n二、2025年工作安排\n\n地区生产总值增长6%左右。');
    await page.locator('.open-report-show').click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('某某区2025年政府工作报告'), undefined, { timeout: 15000 });
    await page.locator('.storage-note').waitFor({ timeout: 10000 });
    assert.match(await page.locator('.storage-note').textContent(), /不允许保存/);
    // A reload starts from the defaults (nothing was kept) and the app takes over again.
    await page.goto(env.server.url);
    await settle(page);
    assert.ok(!(await htmlClasses(page)).includes('font-3'), 'the setting was not kept');
    assert.deepEqual(errors.filter((e) => !/SecurityError|insecure/i.test(e)), []);
  } finally {
    await context.close();
  }
});
