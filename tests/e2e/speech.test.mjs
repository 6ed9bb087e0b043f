// End-to-end: 朗读 in every engine, with a stand-in `speechSynthesis` put in the page ahead of its
// scripts (the browsers here have no Chinese voice; a phone has). What is said, in what order,
// numbers in words, the rate, 停止, 指读, the controls at 390 px in 长辈模式; and, without a
// Chinese voice, no buttons and a note that says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './lib/server.mjs';
import { suite } from './lib/suite.mjs';
import { open, DESKTOP, PHONE } from './lib/browser.mjs';
import { ROOT, settle, SHOTS, openDetails, measureElder, horizontalOverflow } from './lib/app.mjs';

/** The stand-in speech engine (tests/support/speech_standin.js) with one voice of `lang`. */
const standIn = (lang) => `(() => {
${fs.readFileSync(path.join(ROOT, 'tests/support/speech_standin.js'), 'utf8').replace(/^export /gm, '')}
fake_speech(${JSON.stringify(lang)});
})();`;

const env = suite({ serveOptions: { inject: standIn('zh-CN') } });

/** What the stand-in was asked to say: `[{ text, rate }]`. */
const said = (page) => page.evaluate(() => window.__speech.said.map(({ text, rate }) => ({ text, rate })));
const endUtterance = (page) => page.evaluate(() => window.__speech.end());
const readingCards = (page) => page.evaluate(() => [...document.querySelectorAll('article.card.reading')].map((a) => a.id));
const status = async (page) => (await page.locator('.speech-status').textContent()).trim();

async function ready(page) {
  await settle(page);
  await page.waitForFunction(() => document.documentElement.classList.contains('speech-ready'), undefined, { timeout: 10000 });
}

test('a card\'s 朗读 reads it sentence by sentence, numbers in words, marked while read; the end leaves it', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  try {
    await ready(page);
    const card = page.locator('article.card').nth(1);
    const id = await card.getAttribute('id');
    await card.locator('.card-speak').click();
    await page.waitForFunction(() => window.__speech.said.length === 1);
    assert.deepEqual(await readingCards(page), [id], 'the card read is marked');
    assert.equal(await card.locator('.card-speak').getAttribute('aria-pressed'), 'true');
    const total = Number(/共 (\d+) 句/.exec(await status(page))?.[1]);
    assert.ok(total >= 2, `the card is read in sentences (${await status(page)})`);
    for (let i = 1; i < total; i += 1) {
      await endUtterance(page);
      await page.waitForFunction((n) => window.__speech.said.length === n, i + 1);
    }
    const texts = (await said(page)).map((s) => s.text);
    assert.doesNotMatch(texts.join(''), /[0-9]/, 'numbers are said in words');
    const cardText = (await card.locator('.card-text').textContent()).replace(/\s+/g, '');
    assert.ok(cardText.includes(texts.at(-1).slice(0, 4)), `the last sentence is the card's: ${texts.at(-1)}`);
    await endUtterance(page);
    await page.waitForFunction(() => !document.querySelector('article.card.reading'));
    assert.match(await status(page), /^连读/, 'idle again after the last sentence');
    assert.equal((await said(page)).length, total, 'nothing more is said');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('连读 reads the cards a filter shows, one after another; 快 is faster; 停止 stops', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?kind=target&rate=3`, DESKTOP);
  try {
    await ready(page);
    const ids = await page.evaluate(() => [...document.querySelectorAll('article.card')].map((a) => a.id));
    assert.ok(ids.length >= 2, `the filter shows cards (${ids.length})`);
    await page.locator('.speech-all').click();
    await page.waitForFunction(() => window.__speech.said.length === 1);
    assert.deepEqual(await readingCards(page), [ids[0]], 'the first card shown is read first');
    // Through the first card's sentences to the second card.
    for (let i = 0; i < 40 && (await readingCards(page))[0] === ids[0]; i += 1) {
      const n = (await said(page)).length;
      await endUtterance(page);
      await page.waitForFunction((k) => window.__speech.said.length > k || !document.querySelector('article.card.reading'), n);
    }
    assert.deepEqual(await readingCards(page), [ids[1]], 'then the second');
    assert.ok((await said(page)).every((s) => Math.abs(s.rate - 1.3) < 0.01), 'rate=3 (快) says it faster');
    assert.equal(await page.locator('.rate-steps button[aria-pressed="true"]').textContent(), '快');
    await page.locator('.speech-stop').click();
    await page.waitForFunction(() => !document.querySelector('article.card.reading'));
    assert.ok(await page.evaluate(() => window.__speech.synth.cancelled > 0), 'the engine is stopped');
    assert.match(await status(page), /^连读/);
    assert.equal(await page.locator('.speech-all').isVisible(), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('指读: with it on, a number tapped reads the sentence it is in', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  try {
    await ready(page);
    await page.locator('.speech-point').click();
    assert.equal(await page.locator('.speech-point').getAttribute('aria-pressed'), 'true');
    assert.match(await status(page), /^指读/);
    const num = page.locator('.card-text button.num').first();
    await num.click();
    await page.waitForFunction(() => window.__speech.said.length === 1);
    const [{ text }] = await said(page);
    const sentence = await num.evaluate((b) => b.closest('.card-text').textContent);
    assert.doesNotMatch(text, /[0-9]/, 'in words');
    assert.ok(sentence.replace(/\s+/g, '').includes(text.replace(/[，。；、：\s]/g, '').slice(0, 2)), `a sentence of the card: ${text}`);
    assert.match(await status(page), /共 1 句/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('长辈模式 at 390 px with 朗读: its controls at least 60 × 60, nothing wider than the screen', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?elder=1`, PHONE);
  try {
    await ready(page);
    await openDetails(page, 'details.aids-sheet');
    assert.equal(await page.locator('.speech-toggle').isVisible(), true, '朗读 in 阅读设置');
    await page.locator('article.card .card-speak').first().click();
    await page.waitForFunction(() => window.__speech.said.length === 1);
    const m = await measureElder(page);
    assert.ok(m.controls > 100, `the page's controls are measured (${m.controls})`);
    assert.deepEqual(m.small, [], 'controls at least 60 × 60, 朗读\'s among them');
    assert.deepEqual(m.tiny, [], 'no text under 18 px');
    assert.ok(await horizontalOverflow(page) <= 0, 'nothing scrolls sideways');
    await page.locator('.speech-bar').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'speech-elder-phone.png') });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('speech=0: no 朗读 buttons; the switch in 阅读设置 turns them on, and is stored', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?speech=0`, DESKTOP);
  try {
    await ready(page);
    assert.equal(await page.locator('.speech-bar').isVisible(), false);
    assert.equal(await page.locator('.card-speak').first().isVisible(), false);
    await openDetails(page, 'details.aids-sheet');
    assert.equal(await page.locator('.speech-toggle').getAttribute('aria-pressed'), 'false');
    await page.locator('.speech-toggle').click();
    assert.equal(await page.evaluate(() => localStorage.getItem('report-explorer:speech')), 'true');
    assert.equal(await page.locator('.speech-bar').isVisible(), true);
    assert.equal(await page.locator('.card-speak').first().isVisible(), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('without a Chinese voice: no 朗读 buttons, and 阅读设置 says why', async () => {
  const server = await serve(env.dir, { inject: standIn('en-US') });
  const { context, page, errors } = await open(env.browser, server.url, PHONE);
  try {
    await settle(page);
    await page.waitForFunction(() => document.documentElement.classList.contains('speech-missing'), undefined, { timeout: 10000 });
    await openDetails(page, 'details.aids-sheet');
    assert.match(await page.locator('.speech-note').textContent(), /没有中文语音/);
    assert.equal(await page.locator('.speech-note').isVisible(), true);
    for (const sel of ['.speech-bar', '.card-speak', '.speech-toggle']) {
      const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      assert.equal(shown, 0, `${sel} is not shown`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});
