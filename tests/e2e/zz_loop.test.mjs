import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open, appReady } from './lib/browser.mjs';
import { corpus } from '../hostile/gen.mjs';
const C = corpus();
const env = suite({ prepare: (dir) => {
  const mp = path.join(dir, 'reports/reports.json'); const m = JSON.parse(fs.readFileSync(mp, 'utf8'));
  for (const name of ['dense-growth', 'dense-bare', 'many-paragraphs']) {
    fs.writeFileSync(path.join(dir, 'reports', `${name}.txt`), C[name].text);
    m.reports.push({ id: name, file: `${name}.txt`, title: name, period: '测试' });
  }
  fs.writeFileSync(mp, JSON.stringify(m)); for (const e of ['.br', '.gz']) fs.rmSync(mp + e, { force: true });
}});
test('loop', async () => {
  for (let k = 0; k < Number(process.env.N || 20); k += 1) {
    for (const name of ['dense-growth', 'dense-bare', 'many-paragraphs']) {
      const t0 = Date.now();
      const { context, page } = await open(env.browser, `${env.server.url}?report=${name}`, undefined, { ready: false });
      let ok = true;
      try { await appReady(page, 90000); } catch { ok = false; }
      const t1 = Date.now() - t0;
      try { await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('测试'), undefined, { timeout: 90000 }); } catch { ok = false; }
      console.log(k, name, 'ready', t1, 'h1', Date.now() - t0, ok ? '' : 'TIMEOUT');
      await context.close();
    }
  }
});
