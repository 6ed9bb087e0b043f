// The set-up every end-to-end file shares: the built dist/ served on loopback (or a copy of it
// with reports added) and the engine's browser, opened before the file's tests and closed after.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { DIST, SHOTS } from './app.mjs';

/**
 * Registers the file's `before` and `after`. Returns `{ server, browser, dir }`, filled in once
 * `before` has run: the server (`server.url`), the browser to `open()` pages in, and the folder
 * served. With `prepare(dir)`, dist/ is copied into a temporary folder first and `prepare` may
 * change the copy (add a report to the manifest, remove it); the copy goes in `after`.
 * `serveOptions` go to `serve()`.
 *
 * ```js
 * const env = suite();
 * test('…', async () => { const { page } = await open(env.browser, env.server.url); });
 * ```
 */
export function suite({ prepare, serveOptions } = {}) {
  const env = { server: null, browser: null, dir: DIST };
  let tmp = null;
  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is built (trunk build --release)');
    fs.mkdirSync(SHOTS, { recursive: true });
    if (prepare) {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-'));
      env.dir = path.join(tmp, 'dist');
      fs.cpSync(DIST, env.dir, { recursive: true });
      await prepare(env.dir);
    }
    env.server = await serve(env.dir, serveOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });
  return env;
}

/** Adds `file` (a report's text) to the copy `dir` of dist/ and lists it in its manifest. */
export function addReport(dir, file, entry) {
  fs.copyFileSync(file, path.join(dir, 'reports', entry.file));
  const manifestPath = path.join(dir, 'reports/reports.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.reports.push(entry);
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}
