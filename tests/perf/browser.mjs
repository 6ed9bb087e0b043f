// Browser measurements of the built explorer in headless Chromium (Debian's, through
// playwright-core): time to first content and to interactive, per-keystroke time from the input
// event to the DOM settled (search and filter toggle) on the seed and on synthetic reports 10×
// and 100× its size, and chart redraw time on resize. Prints a table and writes JSON.
//
//   node tests/perf/browser.mjs [--dist dist] [--out target/bench/browser.json] [--times 1,10,100]
//
// Needs target/release/gen_report (or GEN_REPORT=path) for the synthetic reports; they are
// loaded through the reports.json manifest and `?report=<id>` in a temp copy of dist/.
import fs from 'node:fs';
import path from 'node:path';
import { launch, PHONE, DESKTOP } from '../e2e/lib/browser.mjs';
import { ROOT, makeSite, serveCompressed, generate } from './lib/site.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const DIST = path.resolve(ROOT, args.dist || process.env.DIST || 'dist');
const OUT = path.resolve(ROOT, args.out || 'target/bench/browser.json');
const TIMES = (args.times || '1,10,100').split(',').map(Number);
const LOAD_RUNS = 5;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
const r1 = (x) => Math.round(x * 10) / 10;

// Installed before any page script: records when the first card appears, when the app is ready,
// LCP, long tasks, and per-input timings (input event → next frame → the task after it).
const INSTRUMENT = () => {
  const m = (window.__perf = { longtasks: [], events: [] });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => m.longtasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { m.lcp = e.startTime; })).observe({ type: 'largest-contentful-paint', buffered: true });
  // The first card is usually pre-rendered HTML; the controls work once the app has started
  // (`html[data-app=ready]`, set by main.rs).
  const mo = new MutationObserver(() => {
    const now = performance.now();
    if (m.firstArticle === undefined && document.querySelector('article')) m.firstArticle = now;
    if (m.appReady === undefined && document.documentElement.dataset.app === 'ready') m.appReady = now;
    if (m.firstArticle !== undefined && m.appReady !== undefined) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app'] });
  // Per input or click, two times from the event's timestamp:
  // - `dom`, the issue's keystroke→DOM: to the last DOM change the event's own task made (the
  //   handler and the reactive updates it queued as microtasks), as a MutationObserver saw it,
  //   read by whichever comes first after that task: a message posted when the event starts, or
  //   the next frame's requestAnimationFrame (so changes made while that frame renders, e.g. a
  //   chart redrawn by its ResizeObserver, are not counted). The list's catch-up and growth
  //   after the frame are later tasks, not counted either. `delay`: from the event's timestamp
  //   to its first listener (a task already running when the input came).
  // - `frame`, what the reader waits for: requestAnimationFrame (after the handler and its
  //   microtasks), then a task after that frame's rendering (≈ painted). It adds style, layout,
  //   paint, and the wait for the next frame (0–16.7 ms at 60 Hz).
  let lastMutation = 0;
  new MutationObserver(() => { lastMutation = performance.now(); }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const track = (type) => document.addEventListener(type, (ev) => {
    const t0 = ev.timeStamp;
    const before = lastMutation;
    const rec = { type, t0, delay: performance.now() - t0 };
    const settled = () => {
      rec.dom ??= (lastMutation > before ? lastMutation : performance.now()) - t0;
    };
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      settled();
      ch.port1.close();
    };
    ch.port2.postMessage(0);
    requestAnimationFrame(() => {
      settled();
      const raf = performance.now();
      setTimeout(() => {
        const status = document.querySelector('.search-status');
        Object.assign(rec, { raf: raf - t0, frame: performance.now() - t0, status: status ? status.textContent.trim() : '', cards: document.querySelectorAll('article').length });
        m.events.push(rec);
      }, 0);
    });
  }, { capture: true });
  track('input');
  track('click');
};

async function openPage(browser, url, ctx = DESKTOP) {
  const context = await browser.newContext(ctx);
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { context, page, errors };
}

/**
 * Resolves to performance.now() in the page when the status line counts at least `min` cards:
 * a `?report=` report replaces the bundled one after its text is fetched and parsed.
 */
async function reportShown(page, min, timeout = 180000) {
  const h = await page.waitForFunction((m) => {
    const s = document.querySelector('.search-status');
    const n = s && /共 (\d+) 条/.exec(s.textContent);
    return n && Number(n[1]) >= m ? performance.now() : false;
  }, min, { polling: 'raf', timeout });
  return h.jsonValue();
}

async function loadTimings(browser, url, min = 1, runsWanted = LOAD_RUNS) {
  const runs = [];
  for (let i = 0; i < runsWanted; i++) {
    const { context, page } = await openPage(browser, url, PHONE);
    await page.locator('article').first().waitFor({ timeout: 60000 });
    await page.waitForSelector('html[data-app=ready]', { timeout: 60000 });
    const shown = await reportShown(page, min);
    await page.waitForTimeout(300);
    runs.push(await page.evaluate((sh) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp ? fcp.startTime : NaN, firstArticle: window.__perf.firstArticle, interactive: window.__perf.appReady, lcp: window.__perf.lcp, shown: sh };
    }, shown));
    await context.close();
  }
  const pick = (k) => r1(median(runs.map((r) => r[k])));
  return { fcp: pick('fcp'), firstArticle: pick('firstArticle'), interactive: pick('interactive'), lcp: pick('lcp'), reportShown: pick('shown'), runs: runs.length };
}

/** Waits for the incremental card list to finish growing (or `timeout`); returns ms waited. */
async function settleList(page, timeout) {
  const t = Date.now();
  await page.locator('.loading-more').waitFor({ state: 'detached', timeout }).catch(() => {});
  return Date.now() - t;
}

async function takeEvents(page) {
  return page.evaluate(() => window.__perf.events.splice(0));
}
async function longestTaskSince(page, since) {
  return page.evaluate((s) => Math.max(0, ...window.__perf.longtasks.filter((t) => t.start >= s).map((t) => t.duration)), since);
}

/**
 * Types each query a character at a time and clicks the 增长 chip on and off three times,
 * `gap` ms apart, recording each input's time to its frame. With `onScreen`, the page is first
 * scrolled so the card list's top is in view (the search box or the chip at the top of the
 * viewport), so the keystroke's frame must show new cards; else the page stays at the top,
 * where a reader starts typing and the list is below the fold.
 */
async function typeAndToggle(page, gap, onScreen) {
  const input = page.locator('#search-input');
  // Before each query and the toggles, the list has finished what the previous input started
  // (growing back, taking old cards down): a reader pausing between searches meets a settled page.
  const listSettled = () => page.waitForFunction(() => !document.querySelector('.card-list[aria-busy]'), null, { timeout: 30000 }).catch(() => {});
  const keys = [];
  const listInView = () => page.evaluate(() => document.querySelector('.card-list').getBoundingClientRect().top < innerHeight);
  let inView = [];
  for (const q of ['养老', '增长', '329.73']) {
    await input.fill('');
    await page.waitForTimeout(gap);
    if (onScreen) await input.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    else await page.evaluate(() => scrollTo(0, 0));
    await input.focus({ preventScroll: true });
    await page.waitForTimeout(gap);
    await listSettled();
    inView.push(await listInView());
    await takeEvents(page);
    const since = await page.evaluate(() => performance.now());
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(gap);
    }
    const ev = (await takeEvents(page)).filter((e) => e.type === 'input');
    keys.push({ query: q, dom: ev.map((e) => r1(e.dom)), delay: ev.map((e) => r1(e.delay)), frames: ev.map((e) => r1(e.frame)), status: ev.at(-1)?.status, longestTask: r1(await longestTaskSince(page, since)) });
  }
  await input.fill('');
  await page.waitForTimeout(gap);
  // Filter toggle: the 增长 chip in the filter sheet, on and off three times.
  const sheet = page.locator('details.filter-sheet');
  if (!(await sheet.evaluate((d) => d.open))) await sheet.locator('summary').click();
  const chip = page.locator('button.chip-growth');
  if (onScreen) await chip.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(gap);
  await listSettled();
  inView.push(await listInView());
  await takeEvents(page);
  const since = await page.evaluate(() => performance.now());
  for (let i = 0; i < 6; i++) {
    await chip.click();
    await page.waitForTimeout(gap);
  }
  const clicks = (await takeEvents(page)).filter((e) => e.type === 'click');
  const toggle = { dom: clicks.map((e) => r1(e.dom)), delay: clicks.map((e) => r1(e.delay)), frames: clicks.map((e) => r1(e.frame)), longestTask: r1(await longestTaskSince(page, since)) };
  const dom = keys.flatMap((k) => k.dom);
  const frames = keys.flatMap((k) => k.frames);
  const frame = (xs) => ({ median: r1(median(xs)), max: r1(max(xs)) });
  return {
    listInView: inView,
    search: { median: r1(median(dom)), max: r1(max(dom)), frame: frame(frames), longestTask: r1(max(keys.map((k) => k.longestTask))), perQuery: keys },
    toggle: { median: r1(median(toggle.dom)), max: r1(max(toggle.dom)), frame: frame(toggle.frames), longestTask: toggle.longestTask, dom: toggle.dom, delay: toggle.delay, frames: toggle.frames },
  };
}

async function interactions(browser, url, times, min) {
  const { context, page, errors } = await openPage(browser, url, DESKTOP);
  await page.locator('article').first().waitFor({ timeout: 60000 });
  const total = await reportShown(page, min).then(() => page.locator('.search-status').textContent());
  const gap = times >= 100 ? 1200 : 400;
  const growMs = await settleList(page, times >= 100 ? 180000 : 30000);
  const cardsShown = await page.locator('article').count();
  // At the top of the page (the list below the fold), then with the list's top in view.
  const top = await typeAndToggle(page, gap, false);
  const onScreen = await typeAndToggle(page, gap, true);
  await context.close();
  return { times, total: /共 (\d+) 条/.exec(total)[1], growMs, cardsShown, errors, search: top.search, toggle: top.toggle, onScreen };
}

async function chartRedraw(browser, url) {
  const { context, page } = await openPage(browser, url, DESKTOP);
  // The pre-rendered page has articles and an undrawn canvas before the app starts: wait for the
  // app and its first draw.
  await page.waitForSelector('html[data-app=ready]');
  const canvas = page.locator('canvas[data-draws]').first();
  if (!(await canvas.waitFor({ timeout: 10000 }).then(() => true, () => false))) { await context.close(); return null; }
  await canvas.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const samples = [];
  for (const width of [1100, 900, 1280, 1000, 1200]) {
    const before = Number(await canvas.getAttribute('data-draws'));
    await page.evaluate(() => {
      window.__resize = {};
      addEventListener('resize', (e) => { window.__resize.t0 ??= e.timeStamp; }, { once: true, capture: true });
      const c = document.querySelector('canvas[data-draws]');
      new MutationObserver((_, o) => { window.__resize.t1 = performance.now(); o.disconnect(); }).observe(c, { attributes: true, attributeFilter: ['data-draws'] });
    });
    await page.setViewportSize({ width, height: 800 });
    await page.waitForFunction((b) => Number(document.querySelector('canvas[data-draws]').getAttribute('data-draws')) > b, before, { timeout: 5000 }).catch(() => {});
    const r = await page.evaluate(() => window.__resize);
    if (r.t0 !== undefined && r.t1 !== undefined) samples.push(r.t1 - r.t0);
    await page.waitForTimeout(200);
  }
  await context.close();
  return { median: r1(median(samples)), max: r1(max(samples)), samples: samples.map(r1) };
}

async function main() {
  const extra = TIMES.filter((t) => t > 1).map((t) => ({ id: `bench-${t}x`, title: `基准测试 ${t}×`, text: generate(t) }));
  const site = makeSite(DIST, extra);
  const server = await serveCompressed(site.dir);
  const browser = await launch();
  const out = { date: new Date().toISOString(), dist: path.relative(ROOT, DIST), manifest: site.hasManifest };
  try {
    out.load = await loadTimings(browser, server.url);
    // First-view transfer as the browser fetched it (compressed bytes on the wire).
    server.log.length = 0;
    const { context, page } = await openPage(browser, server.url, PHONE);
    await page.locator('article').first().waitFor();
    await page.waitForTimeout(500);
    await context.close();
    out.firstView = { requests: server.log.map((r) => ({ ...r })), bytes: server.log.reduce((s, r) => s + r.bytes, 0) };
    out.reports = [];
    let seedCards = 0;
    for (const t of TIMES) {
      const url = t === 1 ? server.url : `${server.url}?report=bench-${t}x`;
      if (t > 1 && !site.hasManifest) { out.reports.push({ times: t, skipped: 'dist/ has no reports/reports.json (no ?report=)' }); continue; }
      // The synthetic report has ≈ t × the seed's cards (part intros and closings fold at 100×: 3300 of 3600).
      const min = t === 1 ? 1 : Math.floor(seedCards * t * 0.85);
      process.stderr.write(`${t}×: interactions…\n`);
      const r = await interactions(browser, url, t, min);
      if (t === 1) seedCards = Number(r.total);
      if (t > 1) r.load = await loadTimings(browser, url, min, 3);
      out.reports.push(r);
    }
    out.chartRedraw = await chartRedraw(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(out, null, 2));
  const L = out.load;
  console.log(`first view: FCP ${L.fcp} ms, first card ${L.firstArticle} ms, LCP ${L.lcp} ms, app ready ${L.interactive} ms (median of ${L.runs}, phone, no throttling); transfer ${out.firstView.bytes} B in ${out.firstView.requests.length} requests`);
  for (const r of out.reports) {
    if (r.skipped) { console.log(`${r.times}×: skipped (${r.skipped})`); continue; }
    const load = r.load ? `; shown after ${r.load.reportShown} ms (fetch + parse + first screen)` : '';
    const f = (x) => `${x.median} / ${x.max} ms (next frame ${x.frame.median} / ${x.frame.max} ms)`;
    console.log(`${String(r.times).padStart(3)}×: keystroke→DOM median / max ${f(r.search)}, longest task ${r.search.longestTask} ms; filter toggle ${f(r.toggle)}, longest task ${r.toggle.longestTask} ms; ${r.cardsShown} of ${r.total} cards in the DOM after ${r.growMs} ms of growth${load}${r.errors.length ? `; ERRORS ${r.errors.join(' | ')}` : ''}`);
    const o = r.onScreen;
    console.log(`      list on screen${o.listInView.every(Boolean) ? '' : ` (NOT in view: ${o.listInView})`}: keystroke→DOM ${f(o.search)}; filter toggle ${f(o.toggle)}; longest task ${Math.max(o.search.longestTask, o.toggle.longestTask)} ms`);
  }
  if (out.chartRedraw) console.log(`chart redraw on resize: median ${out.chartRedraw.median} ms, max ${out.chartRedraw.max} ms`);
  else console.log('chart redraw: no canvas[data-draws] in the default view');
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

await main();
