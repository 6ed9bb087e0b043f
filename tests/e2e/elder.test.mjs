// End-to-end: 长辈模式 to the figures of the 适老化 rules (工信部《互联网网站适老化通用设计规范》, dp/pt
// read as CSS px, as on a phone), measured at 390 px in every engine: every control outside running
// text at least 60 × 60 (a checkbox with its label), a number in running text a hit area of at
// least 44 × 44 that leaves its line as it is, no visible text under 18 px, the largest 字号 step at
// least 30 px for the cards' text, and paragraphs apart by at least 1.3 times the line spacing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open, PHONE } from './lib/browser.mjs';
import { settle, SHOTS, measureElder as measure } from './lib/app.mjs';

const env = suite();

test('长辈模式 at 390 px: controls at least 60 × 60, numbers in the text a 44 × 44 hit area, no text under 18 px', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?elder=1`, PHONE);
  try {
    await settle(page);
    const m = await measure(page);
    assert.ok(m.controls > 100, `the page's controls are measured (${m.controls})`);
    assert.deepEqual(m.small, [], 'controls outside running text at least 60 × 60');
    assert.deepEqual(m.marks, [], 'numbers in running text: a hit area of at least 44 × 44, the line unchanged');
    assert.deepEqual(m.tiny, [], 'no visible text under 18 px');
    await page.screenshot({ path: path.join(SHOTS, 'elder-phone-top.png') });
    // The same with the filter sheet and a chart's table open: their controls count too.
    for (const d of ['details.filter-sheet', 'details.toc-details']) {
      if (!(await page.locator(d).evaluate((e) => e.open))) await page.locator(`${d} > summary`).click();
    }
    await page.locator('.chart-actions button[aria-controls]').first().click();
    const open2 = await measure(page);
    assert.ok(await page.locator('details.filter-sheet').evaluate((d) => d.open), 'the filter sheet is open');
    assert.ok(await page.locator('.toc a').first().isVisible(), 'the 目录 is open');
    assert.ok(await page.locator('.chart-table-wrap table').first().isVisible(), 'a chart table is open');
    assert.deepEqual(open2.small, [], 'with the 目录, the filter sheet and a chart table open');
    assert.deepEqual(open2.tiny, [], 'with the 目录, the filter sheet and a chart table open: no text under 18 px');
    await page.screenshot({ path: path.join(SHOTS, 'elder-phone.png') });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('长辈模式: the largest 字号 step sets the cards\' text at 30 px at least, paragraphs 1.3 line spacings apart', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?elder=1&font=4`, PHONE);
  try {
    await settle(page);
    const got = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('.card-text')].slice(0, 12);
      const style = getComputedStyle(texts[0]);
      const gaps = texts.slice(1).map((t, i) => t.getBoundingClientRect().top - texts[i].getBoundingClientRect().bottom);
      return { size: parseFloat(style.fontSize), line: parseFloat(style.lineHeight), gap: Math.min(...gaps) };
    });
    assert.ok(got.size >= 30, `card text ${got.size}px`);
    assert.ok(got.line >= 1.3 * got.size, `line spacing ${got.line}px`);
    assert.ok(got.gap >= 1.3 * got.line, `paragraphs ${got.gap}px apart against a ${got.line}px line`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
