// e2e-engines: chromium
// Building with Trunk's own `--public-url` (what portal staff try first) gives a folder that
// works under that sub-path and anywhere else: the post-build step makes every asset URL
// relative whatever the public URL was. Builds its own copy (about a minute with a warm cache).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from './lib/server.mjs';
import { launch, open } from './lib/browser.mjs';
import { ROOT, settle } from './lib/app.mjs';

let tmp;
let browser;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'public-url-'));
});
after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('trunk build --public-url /xxgk/report/ works under that path and at another', { timeout: 600_000 }, async () => {
  const dist = path.join(tmp, 'dist');
  const run = spawnSync('trunk', ['build', '--release', '--offline', '--public-url', '/xxgk/report/', '--dist', dist], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TRUNK_SKIP_VERSION_CHECK: 'true' },
  });
  assert.equal(run.status, 0, `trunk build failed:\n${run.stdout}\n${run.stderr}`);
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /(href|src)="\/xxgk\//, 'no URL under the public URL is left');
  browser = await launch();
  for (const prefix of ['/xxgk/report/', '/elsewhere/']) {
    const server = await serve(dist, { prefix });
    try {
      const { context, page, errors } = await open(browser, `${server.url}?q=%E5%85%BB%E8%80%81`);
      await settle(page);
      assert.ok(await page.locator('article').count() > 0, `cards under ${prefix}`);
      assert.deepEqual(errors, [], prefix);
      assert.ok(!server.requests.some((p) => !p.startsWith(prefix)), `every request under ${prefix}: ${server.requests.join(' ')}`);
      await context.close();
    } finally {
      await server.close();
    }
  }
});
