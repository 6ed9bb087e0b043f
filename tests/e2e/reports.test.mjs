// End-to-end tests of issue 8: reports listed in reports.json beside the app, 打开报告 (paste,
// UTF-8 and GBK files), bad input, CSV export of a filtered view, and the print view. Runs
// against a temporary copy of dist/ with a second report added, served on loopback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './lib/server.mjs';
import { addReport, suite } from './lib/suite.mjs';
import * as B from './lib/browser.mjs';
import { DIST, ROOT, settle, openDetails } from './lib/app.mjs';

const { open, DESKTOP } = B;
const HEBEI = path.join(ROOT, 'crates/report/tests/data/corpus/hebei_province_2022.txt');
const HEBEI_TITLE = '2022年河北省政府工作报告';
const SEED_TITLE = '深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划';

// A dist/ copy with a second report listed, as portal staff add one: the .txt dropped beside the
// app and one line in the manifest.
const env = suite({
  prepare: (dir) => {
    addReport(dir, HEBEI, { file: 'hebei-2022.txt', title: '河北省政府工作报告', period: '2022年' });
    // An entry whose path, once decoded, leaves reports/: never fetched, and a link to it says why.
    const manifestPath = path.join(dir, 'reports/reports.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    manifest.reports.push({ id: 'outside', file: '%2e%2e/%2e%2e/x.txt', title: '外部' });
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  },
});
let tmp; // the test files: the corpus report in GBK
let bare; // dist copy without any manifest

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-e2e-'));
  const none = path.join(tmp, 'bare');
  fs.cpSync(DIST, none, { recursive: true });
  fs.rmSync(path.join(none, 'reports/reports.json'));
  bare = await serve(none);
  execFileSync('sh', ['-c', `iconv -f UTF-8 -t GB18030 '${HEBEI}' > '${path.join(tmp, 'hebei-gbk.txt')}'`]);
});
after(async () => {
  await bare?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function title(page) {
  return (await page.getByRole('heading', { level: 1 }).textContent()).trim();
}

/** Waits until the page's h1 reads `want`. */
async function waitTitle(page, want) {
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() === t, want, { timeout: 30000 });
  await settle(page);
}

/** Opens the 打开报告 panel. */
function openPanel(page) {
  return openDetails(page, 'details.open-report');
}

/** Chooses a file for the file input by building it in the page (works in every engine). */
async function chooseFile(page, name, bytes) {
  await openPanel(page);
  await page.evaluate(({ name, b64 }) => {
    const bin = atob(b64);
    const data = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i += 1) data[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([data], name, { type: 'text/plain' }));
    const input = document.querySelector('.open-report input[type=file]');
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, { name, b64: Buffer.from(bytes).toString('base64') });
}

async function paste(page, text) {
  await openPanel(page);
  await page.locator('.open-report textarea').fill(text);
  await page.locator('.open-report-show').click();
}

/** RFC 4180: quoted fields with "" escapes, CRLF records. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i += 1;
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function alertText(page) {
  await page.locator('.open-report-error p').waitFor({ timeout: 30000 });
  return (await page.locator('.open-report-error').textContent()).trim();
}

test('a report listed in reports.json appears in the switcher and is selectable by URL', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  await waitTitle(page, SEED_TITLE);
  const select = page.locator('.report-switcher select');
  await select.waitFor();
  const options = await select.locator('option').allTextContents();
  assert.deepEqual(options, ['新桥街道2024上半年（2024年上半年）', '河北省政府工作报告（2022年）']);
  await select.selectOption('hebei-2022');
  await waitTitle(page, HEBEI_TITLE);
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('report') === v, 'hebei-2022');
  assert.equal(new URL(page.url()).searchParams.get('report'), 'hebei-2022');
  assert.equal(await page.locator('h3.group-section').count(), 18);
  // Back returns to the bundled report.
  await page.goBack();
  await waitTitle(page, SEED_TITLE);
  assert.deepEqual(errors, []);
  await context.close();

  const direct = await open(env.browser, `${env.server.url}?report=hebei-2022&q=%E9%9B%84%E5%AE%89`, DESKTOP);
  await waitTitle(direct.page, HEBEI_TITLE);
  const texts = await direct.page.locator('article .card-text').allTextContents();
  assert.ok(texts.length > 0 && texts.every((t) => t.includes('雄安')), 'the URL filter applies to the listed report');
  assert.deepEqual(direct.errors, []);
  await direct.context.close();
});

test('with reports listed, the switcher fits a 320 px phone: no sideways scrolling', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, { ...B.PHONE, viewport: { width: 320, height: 700 } });
  await waitTitle(page, SEED_TITLE);
  await page.locator('.report-switcher select').waitFor();
  // WebKit lays the chosen name out at its full width inside the list's box (found as 6 px of
  // sideways scrolling): the list keeps it in.
  const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(over <= 0, `the page is ${over} px too wide`);
  const box = await page.locator('.report-switcher select').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, `the list is inside the screen: ${JSON.stringify(box)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a manifest entry whose path leaves reports/ is not fetched; a link to it says why', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?report=outside`, DESKTOP);
  await waitTitle(page, SEED_TITLE);
  assert.match(await page.locator('.notice-error').textContent(), /报告“outside”在 reports\.json 中的路径不能使用.*\.\./);
  assert.ok(!env.server.requests.some((p) => p.endsWith('/x.txt')), 'x.txt never requested');
  assert.ok(!(await page.locator('.report-switcher').textContent()).includes('外部'), 'not offered in the switcher');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a manifest the bundled report shows, and an unknown report= says so', async () => {
  const { context, page } = await open(env.browser, `${bare.url}?report=nope`, DESKTOP);
  await waitTitle(page, SEED_TITLE);
  assert.match(await page.locator('.notice-error').textContent(), /没有找到报告“nope”/);
  assert.equal(await page.locator('.report-switcher').count(), 0, 'no switcher for one report');
  assert.equal(await page.locator('article').count(), 36);
  await context.close();
});

test('pasted text is parsed in the browser, kept across a reload, and closed', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  await waitTitle(page, SEED_TITLE);
  await paste(page, fs.readFileSync(HEBEI, 'utf8'));
  await waitTitle(page, HEBEI_TITLE);
  assert.match(await page.locator('.local-banner').textContent(), /本地报告，未在任何地方发布；仅保存在本浏览器中/);
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('report') === v, 'local');
  assert.equal(new URL(page.url()).searchParams.get('report'), 'local');
  assert.ok((await page.locator('article').count()) > 30);
  await page.reload();
  await B.appReady(page);
  await waitTitle(page, HEBEI_TITLE);
  assert.equal(await page.locator('.local-banner').count(), 1, 'kept in IndexedDB');
  await page.locator('.local-close').click();
  await waitTitle(page, SEED_TITLE);
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('report') === v, null);
  assert.equal(new URL(page.url()).searchParams.get('report'), null);
  await page.goto(`${env.server.url}?report=local`);
  await B.appReady(page);
  await waitTitle(page, SEED_TITLE);
  assert.match(await page.locator('.notice-error').textContent(), /本地报告已关闭/);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [what, file] of [['UTF-8', HEBEI], ['GBK', null]]) {
  test(`a ${what} .txt file shows its cards`, async () => {
    const bytes = file ? fs.readFileSync(file) : fs.readFileSync(path.join(tmp, 'hebei-gbk.txt'));
    if (!file) assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the GBK file is not UTF-8');
    const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
    await waitTitle(page, SEED_TITLE);
    await chooseFile(page, 'hebei.txt', bytes);
    await waitTitle(page, HEBEI_TITLE);
    const texts = await page.locator('article .card-text').allTextContents();
    assert.ok(texts.some((t) => t.includes('雄安')), 'Chinese decoded correctly');
    assert.match(await page.locator('.local-banner').textContent(), /hebei/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('bad input gets a message, keeps the text and the page usable', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  await waitTitle(page, SEED_TITLE);

  await paste(page, '   \n  ');
  assert.match(await alertText(page), /文本是空的/);
  assert.equal(await title(page), SEED_TITLE, 'the report shown stays');

  await chooseFile(page, 'report.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x06, 0, 0xff, 0xfe, 0x80]));
  assert.match(await alertText(page), /不是纯文本文件/);

  await chooseFile(page, 'bad.txt', Buffer.from([0x81, 0x20, 0xff, 0xfe, 0x80, 0x81]));
  assert.match(await alertText(page), /不是纯文本文件/);

  // Structureless: shown as one part, with the message; the text stays in the box.
  const prose = '今年的情况\n全年完成产值329.73亿元，同比增长4.1%。\n新增托位340个。\n';
  await paste(page, prose);
  await waitTitle(page, '今年的情况');
  assert.match(await page.locator('.report-problems').textContent(), /没有识别到报告的结构/);
  assert.ok((await page.locator('article').count()) >= 1);
  await openPanel(page);
  assert.equal(await page.locator('.open-report textarea').inputValue(), prose);
  await page.locator('.parse-warnings > summary').click();
  assert.match(await page.locator('.parse-warnings').textContent(), /只识别到一个部分/);

  // Enormous: about 10 MB, parsed with progress and a notice; the page answers afterwards.
  const one = fs.readFileSync(HEBEI, 'utf8');
  const big = one.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(one)));
  // Parsed in slices: the progress bar is seen at several values on the way (the page got turns
  // in between), and frames kept coming while it parsed.
  await page.evaluate(() => {
    window.__progress = new Set();
    window.__frames = 0;
    const tick = () => { window.__frames += 1; if (!window.__stopFrames) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      const p = document.querySelector('.open-report-progress progress');
      if (!p || !p.hasAttribute('value')) return;
      const v = p.position; // value / max, whatever the max
      window.__progress.add(v);
      // Frames painted between the first and the last value seen mid-parse.
      if (v > 0 && v < 1) { window.__f0 ??= window.__frames; window.__f1 = window.__frames; }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  const started = Date.now();
  await chooseFile(page, 'big.txt', Buffer.from(big));
  await page.locator('.open-report-progress').waitFor({ timeout: 30000 });
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() === t, HEBEI_TITLE, { timeout: 60000 });
  console.log(`# 10 MB file: read, decoded, parsed and first cards shown in ${Date.now() - started} ms`);
  const seen = await page.evaluate(() => { window.__stopFrames = true; return { values: [...window.__progress], frames: window.__f1 - window.__f0 }; });
  const between = seen.values.filter((v) => v > 0 && v < 1);
  assert.ok(new Set(between).size >= 3, `progress seen at several values while parsing: ${JSON.stringify(seen.values.slice(0, 20))}`);
  // A parse in one piece would paint no frame between its first and last progress value. (Not one
  // frame per value: progress can change more often than frames come, e.g. in WebKit under Xvfb.)
  assert.ok(seen.frames >= 3, `frames painted while parsing (${seen.frames} between ${between.length} progress values)`);
  assert.match(await page.locator('.report-problems').textContent(), /文本很大（10\.\d MB）/);
  await page.getByLabel('搜索报告').fill('雄安');
  await page.waitForFunction(() => /共 \d+ 条/.test(document.querySelector('.search-status').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the CSV of a filtered view has the columns and exactly its indicators', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?kind=growth&part=1`, DESKTOP);
  await waitTitle(page, SEED_TITLE);
  // Capture the downloads (a Blob behind an object URL on a clicked <a download>) in the page
  // itself; the page's CSP (connect-src 'self') keeps even the page from fetching blob: URLs.
  await page.evaluate(() => {
    window.__downloads = [];
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => { const url = create(blob); blobs.set(url, blob); return url; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function capture() {
      if (this.download && blobs.has(this.href)) {
        const { download } = this;
        window.__downloads.push(blobs.get(this.href).arrayBuffer()
          .then((b) => ({ download, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b) })));
        return undefined;
      }
      return click.call(this);
    };
  });
  await page.locator('.export-csv').click();
  // The app clicks its download link on the next task (see export_menu): wait for it.
  await page.waitForFunction(() => window.__downloads.length >= 1);
  const [csv] = await page.evaluate(() => Promise.all(window.__downloads));
  assert.equal(csv.download, '新桥街道2024上半年-第1部分-增长.csv');
  assert.ok(csv.text.startsWith('\ufeff'), 'UTF-8 BOM');
  const [head, ...rows] = parseCsv(csv.text.slice(1));
  assert.deepEqual(head, ['部分', '小节', '段落', '指标', '类型', '数值(原文)', '数值', '单位', '折算值', '折算单位', '限定', '方向', '基准']);
  assert.ok(rows.every((r) => r.length === 13));
  const growthMarks = await page.locator('article .num-growth').count();
  assert.equal(rows.length, growthMarks, 'one row per growth mark shown');
  for (const r of rows) {
    assert.equal(r[0], '一、上半年工作总结');
    assert.equal(r[4], '增长');
    assert.ok(['上升', '下降'].includes(r[11]), r.join(','));
  }
  await page.locator('.export-json').click();
  await page.waitForFunction(() => window.__downloads.length >= 2);
  const [, json] = await page.evaluate(() => Promise.all(window.__downloads));
  const doc = JSON.parse(json.text);
  assert.equal(doc.title, SEED_TITLE);
  assert.equal(doc.parts.length, 2);
  assert.ok(doc.numbers.length > 50);
  assert.deepEqual(errors, []);
  await context.close();
});

test('print view: QR code and filters on paper, no controls', async (t) => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?kind=target`, DESKTOP);
  await waitTitle(page, SEED_TITLE);
  if (typeof page.emulateMedia !== 'function') {
    t.skip('this engine has no print-media emulation');
    await context.close();
    return;
  }
  assert.equal(await page.locator('.print-view').isVisible(), false, 'not on screen');
  assert.equal(await page.locator('.print-qr svg.qr').count(), 0, 'the QR code is made only for printing');
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-qr svg.qr path').waitFor({ timeout: 5000 });
  assert.ok(await page.locator('.print-qr svg.qr path').isVisible(), 'QR code printed');
  assert.match(await page.locator('.print-filters').textContent(), /当前筛选：目标/);
  assert.match(await page.locator('.print-official').textContent(), /以官方发布为准。来源：深圳市宝安区新桥街道办事处；发布时间：2024-10-22/);
  const link = await page.locator('.print-link').textContent();
  assert.ok(link.includes('kind=target'), link);
  for (const sel of ['.report-bar', '.report-tools', '.controls', '.sidebar', 'button']) {
    const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(shown, 0, `${sel} hidden on paper`);
  }
  assert.ok(await page.locator('article').first().isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('share image: a tall PNG of the focused card', async () => {
  const { context, page, errors } = await open(env.browser, `${env.server.url}?card=1-1-1`, DESKTOP);
  await waitTitle(page, SEED_TITLE);
  await page.locator('.share-button').click();
  const img = page.locator('.share-image');
  await img.waitFor();
  const size = await img.evaluate(async (el) => {
    await el.decode();
    return { w: el.naturalWidth, h: el.naturalHeight, png: el.src.startsWith('data:image/png') };
  });
  assert.ok(size.png);
  assert.equal(size.w, 1080);
  assert.ok(size.h > size.w, `tall: ${size.w}×${size.h}`);
  await page.locator('.share-close').click();
  assert.equal(await page.locator('.share-image').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to another report shows which report is opening, never the bundled one, until it is shown', async () => {
  // The app's wasm is held back: a slow phone network, for as long as the test looks.
  const slow = await serve(env.dir, { hold: /\.wasm$/ });
  try {
    const { context, page, errors } = await open(env.browser, `${slow.url}?report=hebei-2022`, DESKTOP, { ready: false });
    await page.waitForFunction(() => /正在打开《河北省政府工作报告》/.test(document.querySelector('.boot-opening')?.textContent || ''));
    const shown = await page.evaluate(() => [...document.querySelectorAll('h1, .card, .figure-link')]
      .filter((el) => el.getClientRects().length > 0).map((el) => el.textContent.slice(0, 20)));
    assert.deepEqual(shown, [], 'nothing of the bundled report is on screen');
    slow.hold(false);
    await waitTitle(page, HEBEI_TITLE);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    slow.hold(false);
    await slow.close();
  }
});

test('打开报告 while a linked report is still loading: the panel stays open as it arrives, and the reader\'s report wins', async () => {
  // The linked report's text is held back: a slow network, for as long as the test says.
  const slow = await serve(env.dir, { hold: /hebei-2022\.txt$/ });
  const own = fs.readFileSync(path.join(ROOT, 'crates/report/tests/data/corpus/hailar_district_2016.txt'), 'utf8');
  try {
    const { context, page, errors } = await open(env.browser, `${slow.url}?report=hebei-2022`, DESKTOP);
    await openPanel(page);
    await page.locator('.open-report textarea').fill('草稿');
    slow.hold(false);
    await waitTitle(page, HEBEI_TITLE);
    assert.equal(await page.locator('details.open-report').evaluate((d) => d.open), true, 'still open');
    assert.equal(await page.locator('.open-report textarea').inputValue(), '草稿', 'the draft is kept');

    // Again, but the reader's report is shown before the linked one arrives: it stays shown.
    slow.hold(/hebei-2022\.txt$/);
    await page.goto(`${slow.url}?report=hebei-2022&q=1`);
    await B.appReady(page);
    await paste(page, own);
    await page.waitForFunction(() => /海拉尔/.test(document.querySelector('h1')?.textContent || ''), undefined, { timeout: 30000 });
    const mine = await title(page);
    const before = slow.requests.length;
    slow.hold(false);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('hebei-2022.txt') && e.responseEnd > 0), undefined, { timeout: 15000 });
    assert.ok(slow.requests.slice(before).some((p) => p.endsWith('hebei-2022.txt')), 'the linked report was answered');
    // It arrives, is parsed (under a second), and must not replace the reader's choice.
    for (let i = 0; i < 10; i += 1) {
      await page.waitForTimeout(300);
      assert.equal(await title(page), mine, 'the reader\'s report is still shown');
    }
    assert.equal(new URL(page.url()).searchParams.get('report'), 'local');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    slow.hold(false);
    await slow.close();
  }
});
