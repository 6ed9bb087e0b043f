// e2e-engines: chromium
// End-to-end: the README's Quick start as written. `bash scripts/serve.sh` (on a free port through
// PORT, which the README documents) installs what is missing, builds the release site and serves
// it; the page answers 200 with the pre-rendered report and the app takes over in a browser.
// Also: a server over a folder with no built page, or after a failed build, never answers 200.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch, open, PHONE } from './lib/browser.mjs';
import { ROOT, SHOTS, settle, statusCount } from './lib/app.mjs';
import { serveDist } from '../../scripts/serve.mjs';

const TITLE = '深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划';

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers (any status) or `ms` pass; resolves to the response. */
async function waitForAnswer(url, child, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`serve.sh exited with ${child.exitCode} before serving`);
    try {
      return await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
    } catch {
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

let child;
let log = '';
after(() => {
  if (child && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

test('bash scripts/serve.sh serves the explorer: 200, the pre-rendered report, the app takes over', async () => {
  const port = await freePort();
  // Its own process group, so stopping it stops node and everything it started.
  child = spawn('bash', ['scripts/serve.sh'], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true });
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}/`;
  let res;
  try {
    res = await waitForAnswer(url, child, 20 * 60 * 1000);
  } catch (e) {
    assert.fail(`${e.message}\n--- serve.sh output (end) ---\n${log.slice(-3000)}`);
  }
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(res.headers.get('content-encoding'), 'br', 'the precompressed page, as a configured host serves it');
  assert.equal(res.headers.get('cache-control'), 'no-cache');
  const html = await res.text();
  assert.match(html, /<div id="boot" class="boot prerendered"/, 'the release build, pre-rendered');
  assert.ok(html.includes(`<h1 class="report-title">${TITLE}</h1>`));
  assert.ok((html.match(/<article\b/g) || []).length >= 6, "the report's cards are in the HTML");
  assert.match(html, /http-equiv="Content-Security-Policy"/);

  const wasm = /data-loader="\.\/([^"]+)"/.exec(html);
  assert.ok(wasm, 'the page names its loader');
  const loader = await fetch(url + wasm[1]);
  assert.equal(loader.status, 200);
  assert.equal(loader.headers.get('cache-control'), 'public, max-age=31536000, immutable');

  const browser = await launch();
  try {
    const { context, page, errors } = await open(browser, url, PHONE);
    await page.getByLabel('搜索报告').fill('养老');
    await page.waitForFunction(() => /共 \d+ 条$/.test(document.querySelector('.search-status').textContent.trim()));
    await settle(page);
    assert.ok((await statusCount(page)) >= 1, 'search finds 养老');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'quickstart-phone-search.png') });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('no built page, or a failed last build, answers 503 naming the build log, never 200', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  const buildLog = path.join(dir, 'build.log');
  fs.writeFileSync(buildLog, 'INFO starting build\n');
  const server = await serveDist({ root: path.join(dir, 'dist'), port: 0, log: buildLog });
  try {
    let res = await fetch(server.url);
    assert.equal(res.status, 503);
    assert.match(await res.text(), /正在构建/);

    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'index.html'), '<!DOCTYPE html><p>old page');
    fs.appendFileSync(buildLog, 'INFO success\nINFO starting build\nERROR error from build pipeline\n');
    res = await fetch(server.url);
    assert.equal(res.status, 503);
    const body = await res.text();
    assert.match(body, /构建失败/);
    assert.ok(body.includes(buildLog), 'names the log');
    assert.ok(body.includes('error from build pipeline'), 'quotes the error');

    fs.appendFileSync(buildLog, 'INFO starting build\nINFO success\n');
    res = await fetch(server.url);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '<!DOCTYPE html><p>old page');
    assert.equal((await fetch(`${server.url}..%2f..%2fetc%2fpasswd`)).status, 404);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
