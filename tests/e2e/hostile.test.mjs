// End-to-end tests of what a reader (or a page around the app) can do to it: copying a paragraph
// copies the report's own words; what is typed before the app takes over is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './lib/suite.mjs';
import { serve } from './lib/server.mjs';
import { open, PHONE } from './lib/browser.mjs';
import { DIST, settle, statusText, openDetails } from './lib/app.mjs';

const env = suite();

test('what is typed before the app takes over is kept, with the focus and the caret; buttons wait until then', async () => {
  const slow = await serve(DIST, { hold: /\.wasm$/ });
  const { context, page, errors } = await open(env.browser, slow.url, PHONE, { ready: false });
  try {
    await page.locator('#boot input[type=search]').waitFor();
    const waiting = await page.evaluate(() => ({
      live: document.querySelectorAll('#boot button:not([disabled]), #boot input[type=file]:not([disabled])').length,
      hints: [...document.querySelectorAll('#boot button[disabled]')].every((b) => b.title === '正在加载…' || b.classList.contains('clear-button')),
    }));
    assert.deepEqual(waiting, { live: 0, hints: true }, 'every button and the file input wait, saying so');
    // A panel opened and a query typed on the pre-rendered page, the caret moved into the word.
    await page.locator('#boot details.open-report > summary').click();
    await page.locator('#boot textarea').fill('草稿');
    await page.locator('#boot input[type=search]').fill('养老');
    await page.evaluate(() => document.querySelector('#boot input[type=search]').setSelectionRange(1, 1));
    slow.hold(false);
    await settle(page);
    const after = await page.evaluate(() => {
      const input = document.querySelector('input[type=search]');
      return {
        value: input.value,
        focused: document.activeElement === input,
        caret: [input.selectionStart, input.selectionEnd],
        panel: document.querySelector('details.open-report').open,
        draft: document.querySelector('.open-report textarea').value,
        url: location.search,
      };
    });
    assert.deepEqual(after, {
      value: '养老', focused: true, caret: [1, 1], panel: true, draft: '草稿', url: `?q=${encodeURIComponent('养老')}`,
    });
    await page.waitForFunction(() => /^共 \d+ 条$/.test(document.querySelector('.search-status').textContent.trim()), undefined, { timeout: 10000 });
    assert.match(await statusText(page), /^共 \d+ 条$/, 'the query is searched');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await slow.close();
  }
});

test('a copied paragraph is the report\'s own words; the kind of each number is its description', async () => {
  const { context, page } = await open(env.browser, env.server.url);
  try {
    await settle(page);
    const got = await page.evaluate(() => {
      const text = [...document.querySelectorAll('.card-text')].find((p) => p.querySelectorAll('button.num').length >= 3);
      const range = document.createRange();
      range.selectNodeContents(text);
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      const copied = sel.toString();
      sel.removeAllRanges();
      const marks = [...text.querySelectorAll('button.num')].map((b) => {
        const d = document.getElementById(b.getAttribute('aria-describedby') || '');
        return { text: b.textContent, described: d ? d.textContent : null };
      });
      return { copied, marks };
    });
    assert.ok(got.marks.length >= 3);
    assert.doesNotMatch(got.copied, /（(数量|增长|下降|排名|目标|比率)）/, got.copied);
    for (const m of got.marks) {
      assert.ok(got.copied.includes(m.text), `the number ${m.text} is in the copied text: ${got.copied}`);
      assert.match(m.described || '', /^(数量|增长|下降|排名|目标|比率)$/, `${m.text} is described by its kind`);
    }
  } finally {
    await context.close();
  }
});

test('a paragraph dense with figures shows its first part at once and all of it, in order, once unfolded', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url);
  try {
    await settle(page);
    // Each figure a count with its counter and a growth: two indicators (a bare number glued
    // inside words, `指标123增长`, would read as part of a name).
    const figures = Array.from({ length: 1000 }, (_, i) => `企业${i + 1}家增长${(i % 9) + 1}.5%`);
    const paragraph = `${figures.join('，')}。`;
    await openDetails(page, 'details.open-report');
    await page.evaluate((text) => {
      const t = document.querySelector('.open-report textarea');
      t.value = text;
      t.dispatchEvent(new Event('input', { bubbles: true }));
    }, `某区报告（测试）\n\n一、工作回顾\n\n${paragraph}\n`);
    await page.locator('.open-report-show').click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('某区报告'), undefined, { timeout: 30000 });
    await settle(page);
    const card = page.locator('article').filter({ has: page.locator('.fold-toggle') }).first();
    const before = await card.locator('button.num').count();
    assert.ok(before > 0 && before < 2000, `the first part only while folded: ${before} marks`);
    await card.locator('.fold-toggle').click();
    await page.waitForFunction((n) => [...document.querySelectorAll('article')].some((a) => a.querySelectorAll('button.num').length >= n), 2000, { timeout: 60000 });
    const text = await card.locator('.card-text').evaluate((p) => p.textContent);
    assert.equal(text, paragraph, 'every slice once, in order');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
