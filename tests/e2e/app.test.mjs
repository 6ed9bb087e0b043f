// End-to-end: the built dist/ served on loopback, in real headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open, PHONE, DESKTOP } from './lib/browser.mjs';
import { ROOT, SHOTS } from './lib/app.mjs';

const env = suite();

test('the page shows the bundled report title, parts and sections', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(
    await page.getByRole('heading', { level: 1 }).textContent(),
    '深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划',
  );
  await page.locator('.loading-more').waitFor({ state: 'detached' });
  assert.deepEqual(await page.locator('h2.group-part').allTextContents(), ['一、上半年工作总结', '二、下半年工作计划']);
  assert.equal(await page.locator('h3.group-section').count(), 11);
  assert.equal(await page.getByRole('article').count(), 36);
  assert.equal(await page.locator('#boot').count(), 0, 'the loading skeleton is gone');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(SHOTS, 'desktop-1280x800.png') });
  await context.close();
});

test('the original text is served beside the app', async () => {
  const res = await fetch(new URL('reports/xinqiao-2024h1.txt', env.server.url));
  assert.equal(res.status, 200);
  const text = await res.text();
  const seed = fs.readFileSync(path.join(ROOT, 'public/reports/xinqiao-2024h1.txt'), 'utf8');
  assert.equal(text, seed);
});

test('phone screenshot (390x844, DPR 3)', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, PHONE);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.loading-more').waitFor({ state: 'detached' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(SHOTS, 'phone-390x844.png') });
  await context.close();
});
