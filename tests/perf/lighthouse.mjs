// Lighthouse (default mobile settings: simulated slow 4G and 4× CPU slowdown) on the built
// explorer and on a plain static HTML page of the same report text, interleaved, RUNS times each;
// prints the medians and the headline ratios (explorer ÷ plain) of LCP and total transfer.
//
//   node tests/perf/lighthouse.mjs [--dist dist] [--runs 3] [--out target/bench/lighthouse.json]
//
// Lighthouse comes from tools/bench/node_modules (scripts/bench.sh installs it with npm ci).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, makeSite, serveCompressed } from './lib/site.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const DIST = path.resolve(ROOT, args.dist || process.env.DIST || 'dist');
const RUNS = Number(args.runs || 3);
const OUT = path.resolve(ROOT, args.out || 'target/bench/lighthouse.json');
const LH = path.join(ROOT, 'tools/bench/node_modules/.bin/lighthouse');
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

// Asynchronous: the server runs in this process, so a synchronous child would starve it.
async function lighthouse(url, tmp) {
  const file = path.join(tmp, `lh-${Date.now()}.json`);
  await promisify(execFile)(LH, [url, '--quiet', '--output=json', `--output-path=${file}`, `--chrome-flags=${CHROME_FLAGS}`,
    '--only-categories=performance,accessibility'], {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' },
    maxBuffer: 1 << 26,
    timeout: 300000,
  });
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const a = r.audits;
  const num = (id) => (a[id] && typeof a[id].numericValue === 'number' ? a[id].numericValue : NaN);
  return {
    performance: Math.round(r.categories.performance.score * 100),
    accessibility: Math.round(r.categories.accessibility.score * 100),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    speedIndex: num('speed-index'),
    transfer: num('total-byte-weight'),
    failedA11y: Object.values(a).filter((x) => x.scoreDisplayMode === 'binary' && x.score === 0 && r.categories.accessibility.auditRefs.some((ref) => ref.id === x.id)).map((x) => x.id),
  };
}

async function main() {
  if (!fs.existsSync(LH)) throw new Error(`no ${LH}: run (cd tools/bench && npm ci)`);
  const site = makeSite(DIST);
  const server = await serveCompressed(site.dir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lh-'));
  const runs = { explorer: [], plain: [] };
  try {
    // A run Lighthouse itself fails (a timeout on a busy machine) is retried, up to twice.
    const attempt = async (url) => {
      for (let k = 0; ; k++) {
        try { return await lighthouse(url, tmp); } catch (e) { if (k >= 2) throw e; process.stderr.write(`lighthouse failed on ${url} (${String(e.stderr || e).slice(-300)}), retrying\n`); }
      }
    };
    for (let i = 0; i < RUNS; i++) {
      runs.explorer.push(await attempt(server.url));
      runs.plain.push(await attempt(`${server.url}plain.html`));
      process.stderr.write(`lighthouse run ${i + 1}/${RUNS}: explorer LCP ${Math.round(runs.explorer.at(-1).lcp)} ms, plain LCP ${Math.round(runs.plain.at(-1).lcp)} ms\n`);
    }
  } finally {
    await server.close();
    site.remove();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const med = (list) => Object.fromEntries(['performance', 'accessibility', 'fcp', 'lcp', 'tbt', 'cls', 'speedIndex', 'transfer'].map((k) => [k, median(list.map((r) => r[k]))]));
  const out = {
    date: new Date().toISOString(), runs: RUNS,
    explorer: med(runs.explorer), plain: med(runs.plain),
    failedA11y: [...new Set(runs.explorer.flatMap((r) => r.failedA11y))],
    all: runs,
  };
  out.ratio = { lcp: out.explorer.lcp / out.plain.lcp, transfer: out.explorer.transfer / out.plain.transfer };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(out, null, 2));
  const row = (name, m) => console.log(`${name.padEnd(9)} perf ${m.performance}  a11y ${m.accessibility}  FCP ${Math.round(m.fcp)} ms  LCP ${Math.round(m.lcp)} ms  TBT ${Math.round(m.tbt)} ms  CLS ${m.cls.toFixed(3)}  SI ${Math.round(m.speedIndex)} ms  transfer ${Math.round(m.transfer)} B`);
  console.log(`Lighthouse ${RUNS} runs each, interleaved, default mobile settings (medians):`);
  row('explorer', out.explorer);
  row('plain', out.plain);
  console.log(`headline: LCP ${out.ratio.lcp.toFixed(2)}× the plain page, transfer ${out.ratio.transfer.toFixed(1)}× the plain page${out.failedA11y.length ? `; failed a11y audits: ${out.failedA11y.join(', ')}` : ''}`);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

await main();
