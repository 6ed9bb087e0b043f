// End-to-end test of the tracking page (track/: 目标追踪 and 历年对比) as a portal publishes it:
// a copy of dist/ whose reports/reports.json lists four consecutive reports of one district
// (hailar_district_2013 … 2016 of the corpus) with their publisher. No code, only the manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, addReport } from './lib/suite.mjs';
import { open, PHONE, DESKTOP } from './lib/browser.mjs';
import { ROOT, SHOTS, horizontalOverflow, axeViolations, measureElder, openDetails } from './lib/app.mjs';

const CORPUS = path.join(ROOT, 'crates/report/tests/data/corpus');
const PUBLISHER = '海拉尔区人民政府';

const env = suite({
  prepare(dir) {
    for (const y of [2013, 2014, 2015, 2016]) {
      addReport(dir, path.join(CORPUS, `hailar_district_${y}.txt`), {
        id: `hailar-${y}`, file: `hailar_district_${y}.txt`, title: '海拉尔区政府工作报告', period: `${y}年`, publisher: PUBLISHER,
      });
    }
    // A stale precompressed manifest would be served instead of the edited one.
    for (const ext of ['.br', '.gz']) fs.rmSync(path.join(dir, `reports/reports.json${ext}`), { force: true });
  },
});

const trackUrl = (query) => `${env.server.url}track/?${query}`;

async function loaded(page, selector = '.track-summary') {
  try {
    await page.waitForFunction((s) => document.querySelector(s) || document.querySelector('.track-main .notice'), selector, { timeout: 30000 });
  } catch (e) {
    // What the page shows instead: the app's state and its text, for a failure in CI.
    const state = await page.evaluate(() => `data-app=${document.documentElement.dataset.app} ready=${document.readyState} `
      + `text: ${document.body.innerText.replace(/\s+/g, ' ').slice(0, 300)}`).catch((x) => `(no page: ${x.message})`);
    throw new Error(`${e.message}; the page: ${state}`);
  }
  const failed = await page.evaluate(() => document.querySelector('.track-main .notice')?.textContent || '');
  assert.equal(failed, '', 'the series loads');
}

const text = (page, css) => page.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, css);

test('目标追踪 shows the latest pair: the summary line, the caveat, a row with its status and both sentences', async () => {
  const { context, page, errors } = await open(env.browser, trackUrl('report=hailar-2014'), PHONE);
  try {
    await loaded(page);
    assert.equal(await text(page, 'h1'), `${PUBLISHER}：目标追踪与历年对比`);
    assert.equal(await text(page, '.track-summary'), '2015年8项主要预期目标：3项达成，2项未达成，1项未报告，2项口径不同');
    assert.match(await text(page, '.track-caveat'), /^自动比对，以原文为准。/);
    // The first row: GDP growth, met; shape and word, not colour alone.
    const row = await page.evaluate(() => {
      const li = document.querySelector('.track-row');
      return { id: li.id, status: li.querySelector('.track-status').textContent.replace(/\s+/g, ''), indicator: li.querySelector('.track-indicator').textContent };
    });
    assert.deepEqual({ status: row.status, indicator: row.indicator }, { status: '✔达成', indicator: '地区生产总值' });
    await page.locator(`#${row.id} details > summary`).click();
    const sources = await page.evaluate((id) => [...document.querySelectorAll(`#${id} .track-source`)].map((b) => ({
      from: b.querySelector('.track-source-from').textContent,
      mark: b.querySelector('mark').textContent,
      card: b.querySelector('.track-card-link')?.getAttribute('href') ?? '',
    })), row.id);
    assert.equal(sources.length, 2, 'the target\'s sentence and the outcome\'s');
    assert.deepEqual(sources.map((s) => s.mark), ['8%', '8.9%']);
    assert.match(sources[0].from, /^目标：《海拉尔区政府工作报告（2015年）》/);
    assert.match(sources[1].from, /^实际：《海拉尔区政府工作报告（2016年）》/);
    assert.match(sources[0].card, /^\.\.\/\?report=hailar-2015&card=\d/);
    assert.match(sources[1].card, /^\.\.\/\?report=hailar-2016&card=\d/);
    assert.ok(await horizontalOverflow(page) <= 0, 'nothing scrolls sideways at 390 px');
    await page.screenshot({ path: path.join(SHOTS, 'tracking-phone.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the year, status and category choices go into the URL and come back from it', async () => {
  const { context, page } = await open(env.browser, trackUrl('report=hailar-2014'), DESKTOP);
  try {
    await loaded(page);
    await page.locator('.track-period').selectOption('2013年');
    await page.waitForFunction(() => document.querySelector('.track-summary')?.textContent.startsWith('2013年'), undefined, { timeout: 10000 });
    await page.locator('.track-status-filter').selectOption('missed');
    await page.waitForFunction(() => [...document.querySelectorAll('.track-row')].every((r) => r.classList.contains('status-missed')), undefined, { timeout: 10000 });
    const url = await page.evaluate(() => location.search);
    assert.match(url, /view=track/);
    assert.match(url, /period=2013%E5%B9%B4/);
    assert.match(url, /status=missed/);
    const rows = await page.evaluate(() => document.querySelectorAll('.track-row').length);
    assert.ok(rows >= 6, `the missed targets of 2013 (${rows})`);
    await page.reload();
    await loaded(page);
    assert.match(await text(page, '.track-summary'), /^2013年10项主要预期目标：/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.track-row').length), rows, 'the same rows after a reload');
    assert.equal(await page.evaluate(() => document.querySelector('.track-status-filter').value), 'missed');
    assert.deepEqual(await axeViolations(page), [], 'no axe violations');
    await page.screenshot({ path: path.join(SHOTS, 'tracking-desktop.png') });
    // 嵌入本页: the snippet of this very view, embedded, with the explorer's embed.js.
    await page.locator('.track-embed > summary').click();
    await page.waitForFunction(() => document.querySelector('.track-embed-code')?.value.includes('<iframe'), undefined, { timeout: 5000 });
    const code = await page.evaluate(() => document.querySelector('.track-embed-code').value);
    assert.match(code, /src="http:\/\/[^"]+\/track\/\?report=hailar-2014&amp;view=track&amp;embed=1&amp;period=2013%E5%B9%B4&amp;status=missed"/);
    assert.match(code, /<script src="http:\/\/[^"]+\/embed\.js" defer><\/script>/);
    assert.doesNotMatch(code, /track\/embed\.js/);
    // A row's own link opens that row, with its sources.
    const link = await page.evaluate(() => document.querySelector('.track-row .track-row-link').getAttribute('href'));
    const id = link.split('#')[1];
    await page.goto(`${env.server.url}track/${link}`);
    await loaded(page);
    await page.waitForFunction((i) => document.getElementById(i)?.querySelector('details')?.open, id, { timeout: 10000 });
  } finally {
    await context.close();
  }
});

test('历年对比 draws an indicator across the years, with its 数据表', async () => {
  const { context, page, errors } = await open(env.browser, trackUrl(`report=hailar-2014&view=series&indicator=${encodeURIComponent('地区生产总值')}`), PHONE);
  try {
    await loaded(page, '.series-indicator');
    assert.equal(await page.evaluate(() => document.querySelector('.series-indicator').value), '地区生产总值');
    await page.waitForFunction(() => Number(document.querySelector('#chart-cap-series-values ~ .chart-wrap canvas, .chart-series-values canvas')?.dataset.draws || 0) > 0, undefined, { timeout: 10000 });
    await page.locator('.chart-series-values .chart-actions button[aria-controls]').click();
    const table = await page.evaluate(() => [...document.querySelectorAll('#chart-table-series-values tbody tr')].map((tr) => [...tr.cells].slice(0, 2).map((c) => c.textContent)));
    assert.deepEqual(table.map((r) => r[0]), ['2012年', '2013年', '2014年', '2015年']);
    assert.equal(table[3][1], '287.9亿元');
    assert.ok(await horizontalOverflow(page) <= 0, 'nothing scrolls sideways at 390 px');
    await page.screenshot({ path: path.join(SHOTS, 'tracking-series-phone.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the explorer links a report of the series to the tracking page, and view=track goes there', async () => {
  const { context, page } = await open(env.browser, `${env.server.url}?report=hailar-2014`, DESKTOP);
  try {
    await page.waitForFunction(() => document.querySelector('a.track-link'), undefined, { timeout: 30000 });
    assert.equal(await page.evaluate(() => document.querySelector('a.track-link').getAttribute('href')), 'track/?report=hailar-2014');
    await page.goto(`${env.server.url}?report=hailar-2014&view=track`);
    await page.waitForFunction(() => location.pathname.endsWith('/track/'), undefined, { timeout: 15000 });
    await loaded(page);
    // The bundled report is no one's series here: no link.
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', undefined, { timeout: 30000 });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => document.querySelectorAll('a.track-link').length), 0);
  } finally {
    await context.close();
  }
});

test('embedded (embed=1): no page chrome, and the height of its content', async () => {
  const { context, page } = await open(env.browser, trackUrl('report=hailar-2014&embed=1'), DESKTOP);
  try {
    await loaded(page);
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')), 'embed mode');
    assert.equal(await page.evaluate(() => document.querySelectorAll('.track-back, .site-footer').length), 0);
    const h = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    assert.ok(h > 800, `the whole content is laid out (${h} px) for the host to size the frame`);
  } finally {
    await context.close();
  }
});

test('a report the reader opens is compared with the portal\'s: it stands in for the one of its period', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?report=hailar-2015`, DESKTOP);
  try {
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', undefined, { timeout: 30000 });
    await openDetails(page, 'details.open-report');
    // Set as a paste would (typing a whole report over WebDriver would take minutes).
    await page.evaluate((t) => {
      const area = document.querySelector('.open-report textarea');
      area.value = t;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, fs.readFileSync(path.join(CORPUS, 'hailar_district_2016.txt'), 'utf8'));
    await page.locator('.open-report-show').click();
    await page.waitForFunction(() => document.querySelector('a.track-link')?.getAttribute('href') === 'track/?report=local', undefined, { timeout: 60000 });
    await page.locator('a.track-link').click();
    await page.waitForFunction(() => location.pathname.endsWith('/track/'), undefined, { timeout: 15000 });
    await loaded(page);
    assert.equal(await text(page, '.track-summary'), '2015年8项主要预期目标：3项达成，2项未达成，1项未报告，2项口径不同');
    const row = await page.evaluate(() => document.querySelector('.track-row').id);
    await page.locator(`#${row} details > summary`).click();
    const later = await page.evaluate((id) => {
      const b = document.querySelectorAll(`#${id} .track-source`)[1];
      return { from: b.querySelector('.track-source-from').textContent, card: b.querySelector('.track-card-link')?.getAttribute('href') ?? '' };
    }, row);
    assert.match(later.from, /^实际：《本地报告：/);
    assert.match(later.card, /^\.\.\/\?report=local&card=\d/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('printed: the page\'s link and QR code, the caveat, no controls', async (t) => {
  const { context, page, errors } = await open(env.browser, trackUrl('report=hailar-2014&status=missed'), DESKTOP);
  try {
    await loaded(page);
    if (typeof page.emulateMedia !== 'function') {
      t.skip('this engine has no print-media emulation');
      return;
    }
    assert.equal(await page.locator('.print-view').isVisible(), false, 'not on screen');
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-qr svg.qr path').waitFor({ timeout: 5000 });
    assert.match(await page.locator('.print-link').textContent(), /track\/\?report=hailar-2014.*status=missed/);
    assert.match(await page.locator('.print-official').textContent(), /以原文和官方发布为准/);
    for (const sel of ['.track-tabs', '.track-embed', '.track-actions', 'button', 'select']) {
      const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      assert.equal(shown, 0, `${sel} hidden on paper`);
    }
    const rows = await page.locator('.track-row').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.ok(rows > 0, 'the rows are printed');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('长辈模式 at 390 px: every control at least 60 × 60 and no text under 18 px, with a row\'s sources open', async () => {
  const { context, page, errors } = await open(env.browser, trackUrl('report=hailar-2014&elder=1'), PHONE);
  try {
    await loaded(page);
    await page.locator('.track-row details > summary').first().click();
    const m = await measureElder(page);
    assert.ok(m.controls > 50, `the page's controls are measured (${m.controls})`);
    assert.deepEqual(m.small, [], 'controls at least 60 × 60');
    assert.deepEqual(m.tiny, [], 'no visible text under 18 px');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
