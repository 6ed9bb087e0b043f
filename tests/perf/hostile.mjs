// The longest main-thread task while the explorer opens each text of the hostile-input corpus
// (tests/hostile/gen.mjs), in headless Chromium: through the manifest (`?report=<id>`, from
// navigation until the report's cards or message are shown and the list has finished growing)
// and pasted into 打开报告. Budget: no task over 200 ms (issue 24). Prints a table, writes JSON.
//
//   node tests/perf/hostile.mjs [--dist dist] [--out target/bench/hostile.json] [--only dense-growth,…]
import fs from 'node:fs';
import path from 'node:path';
import { launch, PHONE } from '../e2e/lib/browser.mjs';
import { ROOT, makeSite, serveCompressed } from './lib/site.mjs';
import { corpus } from '../hostile/gen.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const DIST = path.resolve(ROOT, args.dist || process.env.DIST || 'dist');
const OUT = path.resolve(ROOT, args.out || 'target/bench/hostile.json');
const ONLY = args.only ? new Set(args.only.split(',')) : null;
export const BUDGET_MS = 200;

const INSTRUMENT = () => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
};

/** Until the page shows a report's cards, a refusal, or a notice, and the list is done. */
async function shown(page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready'
    // The 打开报告 message area is always there: a refusal is a message in it.
    && (document.querySelector('.open-report-error p, .notice, .parse-error')
      || (document.querySelector('article') && !document.querySelector('.card-list[aria-busy]') && !document.querySelector('.loading-more'))), undefined, { timeout: 120000, polling: 50 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
}

const texts = Object.entries(corpus()).filter(([n, c]) => c.text && (!ONLY || ONLY.has(n)));
const site = makeSite(DIST, texts.map(([id, c]) => ({ id: `hostile-${id}`, title: id, text: c.text })));
const server = await serveCompressed(site.dir);
const base = server.url;
const browser = await launch();
const rows = [];
for (const [name, c] of texts) {
  for (const how of ['manifest', 'paste']) {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    if (how === 'manifest') {
      await page.goto(`${base}?report=hostile-${name}`);
      await shown(page);
    } else {
      await page.goto(base);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      await page.locator('details.open-report > summary').click();
      await page.locator('.open-report textarea').evaluate((t, v) => { t.value = v; t.dispatchEvent(new Event('input', { bubbles: true })); }, c.text);
      await page.evaluate(() => { window.__long.length = 0; });
      await page.locator('.open-report-show').click();
      await page.waitForFunction((n) => document.querySelector('h1')?.textContent.includes('某某区') || document.querySelector('.open-report-error p'), name, { timeout: 120000 });
      await shown(page);
    }
    const long = await page.evaluate(() => window.__long);
    rows.push({ name, how, bytes: Buffer.byteLength(c.text), longest: Math.round(Math.max(0, ...long)), tasksOver50: long.length });
    await context.close();
  }
}
await browser.close();
await server.close();
site.remove();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify({ budget: BUDGET_MS, rows }, null, 2));
console.log(`${'text'.padEnd(20)} ${'how'.padEnd(9)} ${'bytes'.padStart(9)} ${'longest task'.padStart(13)} ${'tasks >50ms'.padStart(11)}`);
for (const r of rows) console.log(`${r.name.padEnd(20)} ${r.how.padEnd(9)} ${String(r.bytes).padStart(9)} ${`${r.longest} ms`.padStart(13)} ${String(r.tasksOver50).padStart(11)}${r.longest > BUDGET_MS ? '  OVER' : ''}`);
const worst = Math.max(...rows.map((r) => r.longest));
console.log(`longest task: ${worst} ms (budget ${BUDGET_MS} ms)`);
