// End-to-end tests of what a reader (or a page around the app) can do to it: copying a paragraph
// copies the report's own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './lib/suite.mjs';
import { open } from './lib/browser.mjs';
import { settle } from './lib/app.mjs';

const env = suite();

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
