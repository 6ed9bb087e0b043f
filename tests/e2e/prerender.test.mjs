// End-to-end: the pre-rendered first view (src/bin/prerender.rs, run by scripts/postbuild.mjs).
// The built page carries the default view as HTML, reads with JavaScript off, and the app that
// replaces it lands without moving what was already on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { appReady, open, PHONE, DESKTOP, WEBDRIVER } from './lib/browser.mjs';
import { DIST, SHOTS, seedParagraphs } from './lib/app.mjs';

const TITLE = '深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划';
const CHROMIUM_ONLY = { skip: WEBDRIVER && 'needs Playwright (JavaScript off, request interception)' };

const env = suite();

test('the built page carries the default view as HTML: title, key figures, the first cards', async () => {
  // The file as built: under WebDriver engines the test server adds its error hook script to pages it serves.
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<div id="boot" class="boot prerendered"/);
  assert.ok(html.includes(`<h1 class="report-title">${TITLE}</h1>`), 'the title');
  assert.match(html, /class="key-figures"/);
  const articles = html.match(/<article\b/g) || [];
  assert.ok(articles.length >= 6, `${articles.length} cards`);
  // The first card's text is the seed's first paragraph, read without the app's parser.
  const first = seedParagraphs()[0];
  assert.ok(html.includes(first.text.slice(0, 20)), first.text.slice(0, 20));
  assert.ok(!html.includes('<!>'), 'no hydration markers');
  assert.deepEqual(html.match(/<script\b[^>]*>/g).map((t) => t.slice(0, 24)), ['<script id="boot-script"'],
    'one script, boot.js inline (allowed by its hash; embed.test.mjs checks the policy)');
  assert.ok(!/\sstyle="/.test(html), 'no inline style (CSP)');
});

test('with JavaScript off the report reads: title, figures and cards shown, dead controls hidden', CHROMIUM_ONLY, async () => {
  const context = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), TITLE);
  assert.ok(await page.locator('.key-figures').isVisible());
  assert.ok(await page.locator('article').first().isVisible());
  assert.ok(await page.locator('.boot-fallback', { hasText: '搜索、筛选和图表需要启用 JavaScript' }).isVisible(),
    'says what needs JavaScript');
  assert.ok(await page.getByRole('link', { name: '报告原文' }).first().isVisible(), 'links the full text');
  for (const control of ['.search', '.filter-sheet', '.report-bar', '.header-tools', '.charts', '.loading-more']) {
    assert.equal(await page.locator(control).first().isVisible(), false, `${control} hidden`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  await page.screenshot({ path: path.join(SHOTS, 'phone-no-javascript.png') });
  await context.close();
});

test('the app replaces the pre-rendered view without moving it', CHROMIUM_ONLY, async () => {
  for (const device of [PHONE, DESKTOP]) {
    const context = await env.browser.newContext(device);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Hold the wasm back until the static page has been measured.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(env.server.url);
    const place = () => page.evaluate(() => {
      const top = (sel) => Math.round(document.querySelector(sel).getBoundingClientRect().top);
      return { title: top('h1'), figures: top('.key-figures'), firstCard: top('article') };
    });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'not live yet');
    const before = await place();
    release();
    await appReady(page);
    const after = await place();
    // The title and key figures keep their places exactly. The first card sits below the chart,
    // whose canvas gets its drawn height only when the app draws it (until then it holds about
    // the default chart's drawn height, stacked or not, charts.css): a few pixels at most.
    assert.equal(after.title, before.title, `${device.viewport.width}px: the title stays`);
    assert.equal(after.figures, before.figures, `${device.viewport.width}px: the key figures stay`);
    const moved = after.firstCard - before.firstCard;
    const allowed = 4;
    assert.ok(Math.abs(moved) <= allowed, `${device.viewport.width}px: the first card moves ${moved}px (at most ${allowed})`);
    assert.equal(await page.locator('#boot').count(), 0);
    assert.equal(await page.locator('h1').count(), 1, 'one title, not two');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('controls work once the app is live (the pre-rendered ones were only HTML)', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'ready');
  await page.getByLabel('搜索报告').fill('养老');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '养老');
  assert.ok((await page.locator('article mark').count()) > 0);
  assert.deepEqual(errors, []);
  await context.close();
});
