// End-to-end tests of issue 7 (deploy and embed): the built dist/ as staff would deploy it:
// under a sub-path of a plain static server, with a wrong .wasm MIME type, behind the documented
// CSP header, and embedded with embed.js in a portal page on another loopback origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { appReady, launch, WEBDRIVER } from './lib/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.join(ROOT, 'dist');
const PREFIX = '/xxgk/report/';
// Frames, init scripts and request events are Playwright's: the browser tests run in Chromium;
// over WebDriver (E2E_ENGINE=webkit|firefox) only the build checks run.
const CHROMIUM_ONLY = { skip: WEBDRIVER && 'uses Playwright frames and events (Chromium only)' };
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/** The CSP the build puts in its <meta>; docs/deploy.md documents it (plus frame-ancestors) as a header. */
function metaPolicy() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(m, 'the built page has a CSP meta');
  return m[1];
}

let browser;
let explorer; // dist/ under /xxgk/report/, wrong wasm type, CSP header
let host; // the portal page, second origin
let other; // a third origin that must not be obeyed
let hostDir;

/** Collects CSP violations (in every frame) and requests of a fresh context. */
async function context() {
  const ctx = await browser.newContext(DESKTOP);
  await ctx.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const requests = [];
  const problems = [];
  ctx.on('request', (r) => requests.push(r.url()));
  ctx.on('page', (p) => {
    p.on('pageerror', (e) => problems.push(String(e)));
    p.on('console', (m) => {
      if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(m.text());
      if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
    });
    p.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
  });
  return { ctx, requests, problems };
}

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is built (trunk build --release)');
  if (WEBDRIVER) return;
  browser = await launch();
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-embed-'));
  other = await serve(hostDir);
  host = await serve(hostDir);
  const hostOrigin = new URL(host.url).origin;
  explorer = await serve(DIST, {
    prefix: PREFIX,
    wasmType: 'application/octet-stream',
    headers: { 'content-security-policy': `${metaPolicy()}; frame-ancestors 'self' ${hostOrigin}` },
  });
  const e = explorer.url;
  fs.writeFileSync(path.join(hostDir, 'index.html'), `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head>
<body>
<h1>门户网站</h1>
<iframe id="ex" data-report-explorer src="${e}?q=%E5%85%BB%E8%80%81&amp;view=cards&amp;embed=1" title="报告速览"
  width="100%" height="600" frameborder="0" sandbox="allow-scripts allow-same-origin allow-popups allow-downloads"></iframe>
<iframe id="one-chart" data-report-explorer src="${e}?view=charts&amp;chart=rate&amp;downloads=0&amp;embed=1" title="图表"
  width="100%" height="600" frameborder="0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
<iframe id="other" src="${other.url}other.html" title="其他网站" width="300" height="100"></iframe>
<script src="${e}embed.js"></script>
</body></html>`);
  fs.writeFileSync(path.join(hostDir, 'other.html'), '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body>x</body></html>');
});

after(async () => {
  await browser?.close();
  await explorer?.close();
  await host?.close();
  await other?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

test('dist/: relative URLs, no inline script, integrity on scripts and wasm, CSP meta, .gz/.br siblings', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /\b(src|href)="\/(?!\/)/, 'no root-absolute asset URL');
  assert.doesNotMatch(html, /\b(src|href)="(https?:)?\/\//, 'nothing from another origin');
  // One script, boot.js, inline (allowed by its hash): the page requests nothing but itself
  // before its first paint; boot.js then requests the app's scripts, with their integrity.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'only boot.js');
  const [, bootAttrs, bootCode] = scripts[0];
  assert.match(bootAttrs, /^ id="boot-script"/);
  assert.doesNotMatch(bootAttrs, /\bsrc=/);
  assert.match(bootCode, /first-contentful-paint/);
  assert.doesNotMatch(html, /rel="modulepreload"/, 'nothing fetched before the first paint');
  assert.match(bootAttrs, /data-loader="\.\/loader-[0-9a-f]+\.js" data-loader-integrity="sha384-/);
  assert.match(bootAttrs, /data-glue="\.\/report-explorer-[0-9a-f]+\.js" data-glue-integrity="sha384-/);
  assert.match(html, /<link rel="icon" href="data:image\/svg\+xml,/, 'the icon is no request either');
  assert.doesNotMatch(html, /rel="preload"[^>]*\.wasm"/, 'no wasm preload: the loader fetches it after the first paint');
  // The stylesheet is inline (no render-blocking request), allowed by its hash, not 'unsafe-inline'.
  const outsideNoscript = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  assert.doesNotMatch(outsideNoscript, /<link rel="stylesheet"/, 'no render-blocking stylesheet');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1, 'one inline stylesheet');
  assert.match(styles[0], /\.card-list/);
  assert.doesNotMatch(html, /\sstyle="/);
  const policy = metaPolicy();
  for (const d of ["default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' 'sha256-${crypto.createHash('sha256').update(bootCode).digest('base64')}'`,
    `style-src 'self' 'sha256-${crypto.createHash('sha256').update(styles[0]).digest('base64')}'`,
    "connect-src 'self'", "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'self'"]) {
    assert.ok(policy.includes(d), `CSP has ${d}`);
  }
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  assert.equal(fs.readFileSync(path.join(DIST, 'csp.txt'), 'utf8'), `${policy}\n`, "csp.txt is the page's policy");
  const guide = fs.readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8');
  assert.ok(guide.includes(policy.replace(/'sha256-[^']+'/g, "'sha256-…'")), 'docs/deploy.md documents the exact policy');
  assert.ok(guide.includes(`Content-Security-Policy "frame-ancestors 'self' https://www.example.gov.cn"`),
    'docs/deploy.md sends frame-ancestors as a header');
  // The loader fetches the wasm with its integrity.
  const loader = /data-loader="\.\/(loader-[0-9a-f]+\.js)"/.exec(html)[1];
  assert.match(fs.readFileSync(path.join(DIST, loader), 'utf8'), /integrity: 'sha384-/);
  // Precompressed siblings decode to the file.
  const files = fs.readdirSync(DIST, { recursive: true }).map(String)
    .filter((f) => /\.(html|js|css|wasm|svg|txt|json)$/.test(f));
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.includes('embed.js'));
  for (const f of files) {
    const buf = fs.readFileSync(path.join(DIST, f));
    assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(DIST, `${f}.gz`))).equals(buf), `${f}.gz`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST, `${f}.br`))).equals(buf), `${f}.br`);
  }
});

test('under a sub-path, wasm served as application/octet-stream, behind the CSP header: a deep link works, no violation, no other origin', CHROMIUM_ONLY, async () => {
  const { ctx, requests, problems } = await context();
  const page = await ctx.newPage();
  await page.goto(`${explorer.url}?section=1-2`);
  await appReady(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.card-list article').first().waitFor();
  assert.equal(new URL(page.url()).pathname, PREFIX);
  assert.deepEqual(await page.locator('h3.group-section').evaluateAll((hs) => hs.map((h) => h.id)), ['section-1-2']);
  assert.ok(await page.locator('.card-list article').count() >= 1);
  assert.equal(explorer.requests.filter((p) => p.endsWith('.wasm')).length, 1,
    'the wasm was fetched once and ran despite its MIME type');
  // A filter change keeps the sub-path; reloading the written link shows the same view.
  const word = (await page.locator('.card-list article .card-title').first().textContent()).trim().slice(0, 2);
  await page.getByLabel('搜索报告').fill(word);
  await page.waitForFunction(() => location.search.includes('q='));
  const written = page.url();
  assert.ok(written.startsWith(explorer.url + '?'), written);
  const count = await page.locator('.card-list article').count();
  await page.reload();
  await appReady(page);
  await page.locator('.card-list article').first().waitFor();
  await page.locator('.loading-more').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.card-list article').count(), count);
  // Exercise what could need inline script or style: chart tooltip (CSSOM), the embed dialog.
  const canvas = page.locator('.chart-canvas').first();
  if (await canvas.count()) {
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
  }
  await page.getByRole('button', { name: '嵌入' }).click();
  await page.locator('.embed-preview').waitFor();
  const preview = page.frameLocator('.embed-preview');
  await preview.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await preview.locator('.card-list article').first().waitFor();
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => window.__csp);
  const previewViolations = await preview.locator('html').evaluate(() => window.__csp);
  assert.deepEqual([...violations, ...previewViolations], [], 'no CSP violation');
  assert.deepEqual(problems, [], 'no console error, CSP or integrity message');
  const origin = new URL(explorer.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
  assert.deepEqual(foreign, [], 'every request stays on the page origin');

  await ctx.close();
});

test('the embed dialog gives the snippet for the current view, with a live preview', CHROMIUM_ONLY, async () => {
  const { ctx } = await context();
  const page = await ctx.newPage();
  await page.goto(`${explorer.url}?section=1-2`);
  await appReady(page);
  await page.locator('.card-list article').first().waitFor();
  await page.getByRole('button', { name: '嵌入' }).click();
  const dialog = page.getByRole('dialog', { name: '嵌入到网页' });
  await dialog.waitFor();
  await dialog.getByLabel('显示', { exact: true }).selectOption('charts');
  await dialog.getByLabel('图表', { exact: true }).selectOption('growth');
  await dialog.getByLabel('允许下载图表').uncheck();
  const code = await dialog.getByLabel('嵌入代码').inputValue();
  const src = `${explorer.url}?section=1-2&amp;view=charts&amp;chart=growth&amp;embed=1&amp;downloads=0`;
  assert.ok(code.includes(`<iframe data-report-explorer src="${src}"`), code);
  assert.ok(code.includes('sandbox="allow-scripts allow-same-origin allow-popups"'), code);
  assert.ok(code.includes('height="600"'), code);
  assert.ok(code.includes(`<script src="${explorer.url}embed.js" defer></script>`), code);
  const preview = page.frameLocator('.embed-preview');
  await preview.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await preview.locator('figure.chart-growth').waitFor();
  assert.equal(await preview.locator('.site-header, .site-footer, .card-list').count(), 0);
  assert.equal(await preview.getByRole('button', { name: '下载图片' }).count(), 0);
  await dialog.getByRole('button', { name: '复制代码' }).click();
  await page.locator('.embed-status').filter({ hasText: /复制/ }).waitFor();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await ctx.close();
});

/** [iframe height, content height] of the explorer in `#id`. */
async function heights(page, id) {
  const iframe = await page.locator(`#${id}`).boundingBox();
  const content = await page.frameLocator(`#${id}`).locator('html')
    .evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  return [Math.round(iframe.height), content];
}

async function waitForFit(page, id) {
  let last;
  for (let i = 0; i < 100; i += 1) {
    last = await heights(page, id);
    if (Math.abs(last[0] - last[1]) <= 1 && last[0] !== 600) return last[0];
    await page.waitForTimeout(100);
  }
  throw new Error(`#${id} never took its content height: ${last}`);
}

async function classes(page, id) {
  return page.frameLocator(`#${id}`).locator('html').evaluate((h) => [...h.classList]);
}

test('embedded with embed.js on another origin: no chrome, sized to content, grows with a filter, follows only the host\'s settings', CHROMIUM_ONLY, async () => {
  const { ctx, requests, problems } = await context();
  const page = await ctx.newPage();
  await page.goto(host.url);
  const ex = page.frameLocator('#ex');
  await ex.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await ex.locator('.card-list article').first().waitFor();
  await ex.locator('.loading-more').waitFor({ state: 'detached' });
  assert.equal(await ex.locator('.site-header, .site-footer, .sidebar, .charts, .key-figures').count(), 0, 'no chrome, cards only');
  assert.equal(await ex.locator('.controls').count(), 1, 'search and filters stay');
  const small = await waitForFit(page, 'ex');
  // Clearing the search shows every card: the frame grows to fit.
  await ex.getByLabel('搜索报告').fill('');
  await ex.locator('.loading-more').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('#ex').getBoundingClientRect().height > 0);
  let big = 0;
  for (let i = 0; i < 100 && big <= small; i += 1) {
    await page.waitForTimeout(100);
    big = await waitForFit(page, 'ex');
  }
  assert.ok(big > small, `grew from ${small} to ${big}`);

  // One chart, downloads off: no tabs, no download buttons, sized too.
  const one = page.frameLocator('#one-chart');
  await one.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await one.locator('figure.chart-rate').waitFor();
  assert.equal(await one.locator('figure.chart').count(), 1);
  assert.equal(await one.locator('.chart-tabs').count(), 0, 'no tabs for one chart');
  assert.equal(await one.getByRole('button', { name: /下载/ }).count(), 0);
  await waitForFit(page, 'one-chart');

  // Settings from the host page (the referrer's origin) apply; invalid fields are ignored.
  await page.evaluate(() => window.ReportExplorer.setAll({ font: 3, theme: 'eyecare' }));
  await ex.locator('html.font-3.theme-eyecare').waitFor({ state: 'attached' });
  await page.evaluate(() => window.ReportExplorer.setAll({ font: 9, theme: 'pink', elder: true }));
  await ex.locator('html.elder').waitFor({ state: 'attached' });
  let cls = await classes(page, 'ex');
  assert.ok(cls.includes('font-3') && cls.includes('theme-eyecare'), cls.join(' '));
  // From another origin: ignored.
  const otherFrame = page.frames().find((f) => f.url().startsWith(other.url));
  await otherFrame.evaluate(() => window.parent.frames[0].postMessage(
    { type: 'report-explorer:settings', font: 1, theme: 'dark', elder: false }, '*'));
  await page.waitForTimeout(500);
  cls = await classes(page, 'ex');
  assert.ok(cls.includes('theme-eyecare') && cls.includes('elder') && !cls.includes('theme-dark'), cls.join(' '));
  // The host's next message still applies, to every embedded explorer.
  await page.evaluate(() => window.ReportExplorer.setAll({ theme: 'contrast', elder: false, cursor: true, guide: true }));
  await ex.locator('html.theme-contrast.big-cursor.guide-on').waitFor({ state: 'attached' });
  await one.locator('html.theme-contrast.big-cursor.guide-on').waitFor({ state: 'attached' });
  // A host's settings are for its frame: none is stored as the reader's own.
  const stored = await ex.locator('html').evaluate(() => ['font', 'theme', 'elder', 'cursor', 'guide'].map((k) => localStorage.getItem(`report-explorer:${k}`)));
  assert.deepEqual(stored, [null, null, null, null, null], 'nothing stored');
  // 纯文本 is a view: the frame loads it (and the host's settings go on applying there).
  await page.evaluate(() => document.querySelector('#one-chart').contentWindow.postMessage({ type: 'report-explorer:settings', text: true }, '*'));
  await one.locator('.plain-text p').first().waitFor();
  assert.equal(await one.locator('figure.chart, article.card').count(), 0, 'the headings and paragraphs only');
  assert.match(await one.locator('html').evaluate(() => location.search), /view=text/);

  const exOrigin = new URL(explorer.url).origin;
  const allowed = [exOrigin, new URL(host.url).origin, new URL(other.url).origin];
  const foreign = requests.filter((u) => !allowed.some((o) => u.startsWith(o + '/')) && !/^(data|blob):/.test(u));
  assert.deepEqual(foreign, [], 'no request to any origin but the three loopback servers');
  const csp = await ex.locator('html').evaluate(() => window.__csp);
  assert.deepEqual(csp, [], 'no CSP violation inside the frame');
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('embed=1 in a window another site opened (not framed) takes no settings from it', CHROMIUM_ONLY, async () => {
  const { ctx, problems } = await context();
  const page = await ctx.newPage();
  await page.goto(host.url);
  const [popup] = await Promise.all([
    ctx.waitForEvent('page'),
    page.evaluate((u) => { window.__opened = window.open(u); }, `${explorer.url}?embed=1`),
  ]);
  await popup.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await page.evaluate(() => window.__opened.postMessage({ type: 'report-explorer:settings', font: 4, theme: 'dark', elder: true }, '*'));
  await popup.waitForTimeout(500);
  const cls = await popup.evaluate(() => [...document.documentElement.classList]);
  assert.ok(!cls.includes('font-4') && !cls.includes('theme-dark') && !cls.includes('elder'), cls.join(' '));
  const stored = await popup.evaluate(() => localStorage.getItem('report-explorer:font'));
  assert.equal(stored, null);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the tracking page embedded with embed.js is sized to its content too', CHROMIUM_ONLY, async () => {
  const { ctx, problems } = await context();
  const page = await ctx.newPage();
  const e = explorer.url;
  fs.writeFileSync(path.join(hostDir, 'track.html'), `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head>
<body>
<iframe id="track" data-report-explorer src="${e}track/?view=track&amp;embed=1" title="目标追踪"
  width="100%" height="600" frameborder="0" sandbox="allow-scripts allow-same-origin allow-popups allow-downloads"></iframe>
<script src="${e}embed.js"></script>
</body></html>`);
  await page.goto(`${host.url}track.html`);
  const frame = page.frameLocator('#track');
  await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
  // The shipped manifest lists one report: the page says there is no series to compare.
  await frame.locator('.track-main .notice').waitFor();
  assert.equal(await frame.locator('.track-back, .site-footer').count(), 0, 'no page chrome');
  await waitForFit(page, 'track');
  assert.deepEqual(problems, []);
  await ctx.close();
});
