// End-to-end: the rest of the 无障碍 toolbar in 阅读设置, in every engine: 大鼠标 (a large
// pointer from the site's own SVG files) and 阅读线 (a band that follows the pointer and the
// keyboard focus); each from the link, the switch, and kept for the next visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open, DESKTOP, PHONE, appReady } from './lib/browser.mjs';
import { settle, SHOTS, openDetails, htmlClasses, measureElder, horizontalOverflow } from './lib/app.mjs';

const env = suite();

/** The computed `cursor` of the first element `selector` matches. */
const cursorOf = (page, selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).cursor);

test('大鼠标: cursor=1 gives the page a large pointer (the hand over buttons) from the site\'s own files', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?cursor=1`, DESKTOP);
  try {
    await settle(page);
    assert.ok((await htmlClasses(page)).includes('big-cursor'));
    assert.match(await cursorOf(page, '.card-text'), /url\("?[^)]*\/cursor\.svg"?\) 5 3, default/);
    assert.match(await cursorOf(page, 'article.card button.num'), /cursor-hand\.svg/);
    assert.match(await cursorOf(page, 'input[type="search"]'), /^text$/);
    // Served from the page's own folder, as an image (the CSP allows images from 'self' only).
    const files = await page.evaluate(async () => Promise.all(['cursor.svg', 'cursor-hand.svg'].map(async (f) => {
      const r = await fetch(f);
      const img = new Image();
      img.src = f;
      await img.decode();
      return { ok: r.ok, type: r.headers.get('content-type'), w: img.naturalWidth };
    })));
    for (const f of files) {
      assert.ok(f.ok && /^image\/svg\+xml/.test(f.type), JSON.stringify(f));
      assert.ok(f.w >= 48, `at least 48 px (${f.w})`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('大鼠标 and 阅读线 switched on in 阅读设置 are kept for the next visit', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  try {
    await settle(page);
    await openDetails(page, 'details.aids-sheet');
    for (const sel of ['.cursor-toggle', '.guide-toggle']) {
      assert.equal(await page.locator(sel).getAttribute('aria-pressed'), 'false');
      await page.locator(sel).click();
      assert.equal(await page.locator(sel).getAttribute('aria-pressed'), 'true');
    }
    const cls = await htmlClasses(page);
    assert.ok(cls.includes('big-cursor') && cls.includes('guide-on'), cls.join(' '));
    await page.reload();
    await appReady(page);
    const again = await htmlClasses(page);
    assert.ok(again.includes('big-cursor') && again.includes('guide-on'), again.join(' '));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('阅读线: the band follows the pointer, and the keyboard focus; it never takes a click', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?guide=1`, PHONE);
  try {
    await settle(page);
    const band = () => page.locator('.guide-band').evaluate((b) => {
      const r = b.getBoundingClientRect();
      return { mid: (r.top + r.bottom) / 2, width: r.width, page: document.documentElement.clientWidth, height: r.height, events: getComputedStyle(b).pointerEvents };
    });
    const move = (y) => page.evaluate((cy) => document.dispatchEvent(new PointerEvent('pointermove', { clientX: 100, clientY: cy, bubbles: true })), y);
    await move(400);
    let b = await band();
    assert.ok(Math.abs(b.mid - 400) <= 1, `at the pointer's line: ${b.mid}`);
    assert.equal(b.width, b.page, 'across the page');
    assert.ok(b.height >= 30 && b.height <= 80, `about a line high (${b.height})`);
    assert.equal(b.events, 'none');
    await move(600);
    assert.ok(Math.abs((await band()).mid - 600) <= 1, 'follows it');
    await page.locator('input[type="search"]').focus();
    await page.keyboard.press('Tab');
    // At the focused control once the browser has scrolled it into view.
    const gap = () => page.evaluate(() => {
      const b = document.querySelector('.guide-band').getBoundingClientRect();
      const r = document.activeElement.getBoundingClientRect();
      return Math.abs((b.top + b.bottom) / 2 - (r.top + r.bottom) / 2);
    });
    await page.waitForFunction(() => {
      const b = document.querySelector('.guide-band').getBoundingClientRect();
      const r = document.activeElement.getBoundingClientRect();
      return Math.abs((b.top + b.bottom) / 2 - (r.top + r.bottom) / 2) <= 1;
    }, undefined, { timeout: 5000 }).catch(() => {});
    assert.ok(await gap() <= 1, `at the focused control (${await gap()} px off)`);
    await page.screenshot({ path: path.join(SHOTS, 'guide-phone.png') });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('纯文本: 阅读设置 links to view=text, the report\'s headings and paragraphs only, and back to 图文版', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?q=养老`, PHONE);
  try {
    await settle(page);
    await openDetails(page, 'details.aids-sheet');
    await page.locator('a.plain-link').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'text');
    await appReady(page);
    await page.locator('.plain-text p').first().waitFor();
    const got = await page.evaluate(() => ({
      h1: document.querySelector('h1').textContent.trim(),
      parts: [...document.querySelectorAll('.plain-text h2')].map((h) => h.textContent),
      sections: document.querySelectorAll('.plain-text h3').length,
      paragraphs: [...document.querySelectorAll('.plain-text p')].map((p) => p.textContent),
      gone: document.querySelectorAll('article.card, canvas, mark, button.num, input[type="search"], .key-figures, .toc').length,
      q: new URLSearchParams(location.search).get('q'),
    }));
    assert.equal(got.gone, 0, 'no cards, charts, marks, search or 目录');
    assert.equal(got.q, null, 'the search is left behind');
    assert.deepEqual(got.parts.map((p) => p.slice(0, 2)), ['一、', '二、']);
    assert.ok(got.sections >= 4, `${got.sections} sections`);
    // The bundled text's paragraphs, whole and in order.
    const source = await page.evaluate(async () => (await fetch('reports/xinqiao-2024h1.txt')).text());
    let at = 0;
    for (const p of got.paragraphs) {
      const i = source.indexOf(p.trim(), at);
      assert.ok(i >= at, `in the text, in order: ${p.slice(0, 20)}`);
      at = i;
    }
    assert.ok(got.paragraphs.length >= 30, `${got.paragraphs.length} paragraphs`);
    // On a wide screen the text is not squeezed into the 目录's column.
    await page.setViewportSize({ width: 1280, height: 800 });
    const width = await page.locator('.plain-text').evaluate((e) => e.getBoundingClientRect().width);
    assert.ok(width > 600, `the text is ${width} px wide at 1280 px`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SHOTS, 'plain-phone.png') });
    await openDetails(page, 'details.aids-sheet');
    assert.equal((await page.locator('a.plain-link').textContent()).trim(), '图文版');
    await page.locator('a.plain-link').click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('view'));
    await appReady(page);
    await page.locator('article.card').first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('纯文本 in 长辈模式 at 390 px: controls at least 60 × 60, no text under 18 px, nothing wider than the screen', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?view=text&elder=1`, PHONE);
  try {
    await settle(page);
    await page.locator('.plain-text p').first().waitFor();
    await openDetails(page, 'details.aids-sheet');
    const m = await measureElder(page);
    assert.deepEqual(m.small, []);
    assert.deepEqual(m.tiny, []);
    assert.ok(await horizontalOverflow(page) <= 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
