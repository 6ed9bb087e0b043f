// A report the app has never seen, opened as portal staff would: its .txt dropped beside the
// app and listed in reports.json. On screen, in every engine: the title names the government
// and the year, every paragraph is in a card (the speech's opening included), no card is titled
// 概述 or 段落, parts without section headings show their units as sections, and the key
// figures lead with the headline indicator paired with its own growth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { addReport, suite } from './lib/suite.mjs';
import * as B from './lib/browser.mjs';
import { ROOT, settle, cards } from './lib/app.mjs';

const { open, DESKTOP } = B;
const HAILAR = path.join(ROOT, 'crates/report/tests/data/corpus/hailar_district_2013.txt');

const env = suite({
  prepare: (dir) => addReport(dir, HAILAR, { file: 'hailar-2013.txt', title: '海拉尔区政府工作报告', period: '2013年' }),
});

/** The report's paragraphs as the parser's rules see them: non-blank lines after the speech's
 * salutation that read as sentences (the part and section headings are shown as headings). */
function bodyParagraphs(text) {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, ''));
  const start = lines.findIndex((l) => l === '各位代表：');
  return lines.slice(start + 1).filter((l) => /[。！？；]/.test(l) && !/^[（(]?[一二三四五六七八九十]+[、）)]/.test(l));
}

test('a corpus report opened through the manifest reads as the government wrote it', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?report=hailar-2013`, DESKTOP);
  await page.waitForFunction(
    () => document.querySelector('h1')?.textContent.includes('海拉尔区'),
    null,
    { timeout: 30000 },
  );
  await settle(page);
  // The text's own title is only 政府工作报告: the page composes whose and when.
  const h1 = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
  assert.equal(h1, '海拉尔区政府工作报告（2013年）');

  // Every paragraph of the body is in a card, the opening 现在，我代表… included.
  const shown = await cards(page);
  const texts = shown.map((c) => c.text.replace(/\s+/g, ''));
  const want = bodyParagraphs(fs.readFileSync(HAILAR, 'utf8'));
  assert.ok(want.length > 20, `found ${want.length} body paragraphs`);
  for (const p of want) {
    const key = p.replace(/\s+/g, '').slice(0, 30);
    assert.ok(texts.some((t) => t.includes(key)), `paragraph in no card: ${p.slice(0, 40)}`);
  }
  assert.ok(texts[0].startsWith('现在，我代表'), `first card: ${texts[0].slice(0, 20)}`);

  // No generic card titles.
  for (const c of shown) {
    assert.ok(!['概述', '段落', ''].includes(c.title.trim()), `${c.id} titled ${JSON.stringify(c.title)}`);
  }

  // Part 一 has no （一） headings; its paragraphs 经济实力明显增强。… are its sections.
  const sections = await page.locator('h3.group-section').allTextContents();
  assert.ok(sections.some((s) => s.includes('经济实力明显增强')), sections.join(' | '));

  // Key figures: the headline indicator first, with its own growth.
  const figures = await page.locator('.figure').evaluateAll((els) => els.map((e) => ({
    label: e.querySelector('.figure-label').textContent.trim(),
    value: e.querySelector('.figure-value').textContent.trim(),
    growth: e.querySelector('.figure-growth')?.textContent.trim() ?? '',
  })));
  assert.ok(figures.length >= 3, JSON.stringify(figures));
  assert.equal(figures[0].label, '地区生产总值');
  assert.equal(figures[0].value, '235.2亿元');
  assert.match(figures[0].growth, /18\.5%/);

  await page.screenshot({ path: path.join(ROOT, 'test-results/corpus-hailar-2013.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
