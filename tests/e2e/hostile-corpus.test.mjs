// End-to-end: every text of the hostile-input corpus (tests/hostile/gen.mjs: figure-dense
// paragraphs, a 1.5 MB line, deep headings, control characters, formulas, every URL scheme,
// markup, binary data, mixed encodings) opened through the manifest (`?report=`) and through
// 打开报告 (pasted, or chosen as a file when it is bytes). Each ends as a report's cards or a
// message saying why not, with no page error, no link of another scheme than http(s), and the
// text's markup shown as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open } from './lib/browser.mjs';
import { settle, openDetails } from './lib/app.mjs';
import { corpus } from '../hostile/gen.mjs';

const TITLE = '某某区人民政府工作报告（测试）';
const CORPUS = corpus();

const env = suite({
  prepare: (dir) => {
    const manifestPath = path.join(dir, 'reports/reports.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    for (const [name, c] of Object.entries(CORPUS)) {
      fs.writeFileSync(path.join(dir, 'reports', `hostile-${name}.txt`), c.bytes ?? c.text);
      manifest.reports.push({ id: `hostile-${name}`, file: `hostile-${name}.txt`, title: name, period: '测试' });
    }
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    for (const ext of ['.br', '.gz']) fs.rmSync(manifestPath + ext, { force: true });
  },
});

/** What the page shows now: the title, cards, messages, and any link or element that must not be. */
function outcome(page) {
  return page.evaluate(() => ({
    title: document.querySelector('h1')?.textContent.trim() || '',
    cards: document.querySelectorAll('article').length,
    messages: [...document.querySelectorAll('.open-report-error, .notice-error, .notice')].map((n) => n.textContent.trim()).filter(Boolean),
    badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*[a-z][a-z0-9+.-]*:/i.test(h) && !/^(https?|blob|data:image)/i.test(h.trim())),
    injected: document.querySelectorAll('article script, article img, article a').length,
  }));
}

/** Waits for `done(TITLE)`; on a timeout, fails saying what the page showed instead. */
async function shown(page, done, errors) {
  try {
    await page.waitForFunction(done, TITLE, { timeout: 60000 });
  } catch (e) {
    const state = await page.evaluate(() => ({
      app: document.documentElement.dataset.app ?? '',
      status: document.querySelector('[role=status]')?.textContent.trim() ?? '',
      body: document.body?.innerText.slice(0, 200) ?? '',
    })).catch((why) => ({ unreadable: String(why) }));
    throw new Error(`${e.message}; the page shows ${JSON.stringify(state)}; page errors ${JSON.stringify(errors)}`);
  }
}

function check(name, how, got, errors) {
  const expect = CORPUS[name].expect;
  if (expect === 'either') {
    assert.ok(got.title === TITLE ? got.cards > 0 : got.messages.length > 0, `${name} (${how}): cards or a message: ${JSON.stringify(got)}`);
  } else if (expect === 'cards') {
    assert.equal(got.title, TITLE, `${name} (${how}): shown as a report: ${JSON.stringify(got)}`);
    assert.ok(got.cards > 0, `${name} (${how}): has cards`);
  } else {
    assert.ok(got.messages.length > 0, `${name} (${how}): a message says why not: ${JSON.stringify(got)}`);
    assert.notEqual(got.title, TITLE);
  }
  assert.deepEqual(got.badLinks, [], `${name} (${how}): no link of another scheme`);
  assert.equal(got.injected, 0, `${name} (${how}): markup in the text stays text`);
  assert.deepEqual(errors, [], `${name} (${how}): no page error`);
}

for (const name of Object.keys(CORPUS)) {
  test(`hostile input ${name}: through the manifest and through 打开报告`, async () => {
    const c = CORPUS[name];
    {
      const { context, page, errors } = await open(env.browser, `${env.server.url}?report=hostile-${name}`);
      try {
        await shown(page, (t) => document.querySelector('h1')?.textContent.trim() === t || document.querySelector('.notice-error, .notice'), errors);
        await settle(page);
        check(name, 'manifest', await outcome(page), errors);
      } finally {
        await context.close();
      }
    }
    {
      const { context, page, errors } = await open(env.browser, env.server.url);
      try {
        await settle(page);
        await openDetails(page, 'details.open-report');
        if (c.bytes) {
          await page.evaluate(({ b64 }) => {
            const bin = atob(b64);
            const data = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i += 1) data[i] = bin.charCodeAt(i);
            const dt = new DataTransfer();
            dt.items.add(new File([data], 'report.txt', { type: 'text/plain' }));
            const input = document.querySelector('.open-report input[type=file]');
            input.files = dt.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }, { b64: Buffer.from(c.bytes).toString('base64') });
        } else {
          // Set as a paste would (typing 1.5 MB key by key over WebDriver would take minutes).
          await page.evaluate((text) => {
            const t = document.querySelector('.open-report textarea');
            t.value = text;
            t.dispatchEvent(new Event('input', { bubbles: true }));
          }, c.text);
          await page.locator('.open-report-show').click();
        }
        await shown(page, (t) => document.querySelector('h1')?.textContent.trim() === t || document.querySelector('.open-report-error p'), errors);
        await settle(page);
        check(name, '打开报告', await outcome(page), errors);
      } finally {
        await context.close();
      }
    }
  });
}
