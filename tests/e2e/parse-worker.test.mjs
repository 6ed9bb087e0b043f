// End-to-end: where parsing runs. The page has no parser: it starts from the bundled report
// parsed ahead by the build (reports/xinqiao-2024h1.parsed.json) and fetches the parse worker
// only when a report has to be parsed; a build without the parsed file still shows the bundled
// report, parsed by the worker. Requests are read on the server, so this runs in every engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open } from './lib/browser.mjs';
import { settle, openDetails } from './lib/app.mjs';

const TITLE = '深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划';
const PARSED = 'reports/xinqiao-2024h1.parsed.json';
const WORKER = /parse-worker/;

const env = suite();
const withoutParsed = suite({ prepare: (dir) => fs.rmSync(path.join(dir, PARSED)) });

const asked = (server, re) => server.requests.filter((p) => re.test(p));
const PASTED = '某某区2025年政府工作报告\n\n一、2024年工作回顾\n\n全区地区生产总值增长6.5%，一般公共预算收入12.3亿元。\n\n二、2025年工作安排\n\n地区生产总值增长6%左右。';

/** Opens the page, pastes PASTED and asks for it to be shown; `until` is what to wait for then. */
async function paste(server, until) {
  const opened = await open(env.browser, server.url);
  try {
    await settle(opened.page);
    await openDetails(opened.page, 'details.open-report');
    await opened.page.locator('.open-report textarea').fill(PASTED);
    await opened.page.locator('.open-report-show').click();
    await opened.page.waitForFunction(until, undefined, { timeout: 30000 });
    return opened;
  } catch (e) {
    await opened.context.close();
    throw e;
  }
}

test('the first view fetches the parsed report and no parser; a pasted report is parsed by the worker', async () => {
  env.server.requests.length = 0;
  const { context, page, errors } = await open(env.browser, env.server.url);
  try {
    await settle(page);
    assert.equal((await page.locator('h1').textContent()).trim(), TITLE);
    assert.equal(asked(env.server, /xinqiao-2024h1\.parsed\.json$/).length, 1, 'the bundled report, parsed ahead');
    assert.deepEqual(asked(env.server, WORKER), [], 'no parser in the first view');
    assert.deepEqual(asked(env.server, /xinqiao-2024h1\.txt$/), [], 'nor the text');
    await openDetails(page, 'details.open-report');
    await page.locator('.open-report textarea').fill(PASTED);
    await page.locator('.open-report-show').click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('某某区2025年政府工作报告'), undefined, { timeout: 20000 });
    const fetched = asked(env.server, WORKER).map((p) => path.basename(p)).sort();
    assert.deepEqual(fetched, ['parse-worker.js', 'parse-worker_bg.wasm', 'parse-worker_loader.js']);
    assert.equal(await page.locator('button.num').count(), 3, 'its three figures, marked');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('without the parsed file the page parses the bundled text in the worker and shows it alike', async () => {
  const { context, page, errors } = await open(withoutParsed.browser, withoutParsed.server.url);
  try {
    await settle(page);
    assert.equal((await page.locator('h1').textContent()).trim(), TITLE);
    assert.ok(asked(withoutParsed.server, /xinqiao-2024h1\.txt$/).length >= 1, 'the text instead');
    assert.ok(asked(withoutParsed.server, /parse-worker_bg\.wasm$/).length >= 1, 'parsed by the worker');
    assert.ok(await page.locator('article').count() > 10, 'its cards');
    assert.deepEqual(errors.filter((e) => !/parsed\.json|404|Not Found/i.test(e)), []);
  } finally {
    await context.close();
  }
});

test('a parse worker whose wasm did not arrive is started again, and the pasted report shows', async () => {
  env.server.requests.length = 0;
  env.server.fail(/parse-worker_bg\.wasm$/, 1);
  const { context, page, errors } = await paste(env.server, () => document.querySelector('h1')?.textContent.includes('某某区2025年政府工作报告') || document.querySelector('.open-report-error p'));
  try {
    assert.equal(await page.locator('.open-report-error p').count(), 0, 'no message: the second worker parsed it');
    assert.equal(asked(env.server, /parse-worker_bg\.wasm$/).length, 2, 'the wasm asked for twice');
    assert.equal(await page.locator('button.num').count(), 3);
    assert.deepEqual(errors.filter((e) => !/503|Service Unavailable/i.test(e)), []);
  } finally {
    await context.close();
  }
});

test('when no parse worker can start, the page says so instead of waiting', async () => {
  env.server.requests.length = 0;
  env.server.fail(/parse-worker_bg\.wasm$/, 2);
  const { context, page, errors } = await paste(env.server, () => document.querySelector('.open-report-error p'));
  try {
    assert.match(await page.locator('.open-report-error p').first().textContent(), /未能运行解析程序/);
    assert.equal(asked(env.server, /parse-worker_bg\.wasm$/).length, 2, 'two workers tried');
    assert.notEqual((await page.locator('h1').textContent()).trim(), '某某区2025年政府工作报告');
    assert.deepEqual(errors.filter((e) => !/503|Service Unavailable/i.test(e)), []);
  } finally {
    env.server.fail(/^$/, 0);
    await context.close();
  }
});
