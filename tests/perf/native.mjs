// Summarizes criterion's results (target/criterion/**/new/{benchmark,estimates}.json) as a table
// (median time, and MB/s for byte throughputs) and writes target/bench/native.json.
//
//   node tests/perf/native.mjs
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/site.mjs';

const DIR = path.join(ROOT, 'target/criterion');
const OUT = path.join(ROOT, 'target/bench/native.json');

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'new' && fs.existsSync(path.join(p, 'benchmark.json'))) yield p;
      else yield* walk(p);
    }
  }
}

const fmt = (ns) => (ns >= 1e9 ? `${(ns / 1e9).toFixed(2)} s` : ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(1)} µs`);
const rows = [];
if (fs.existsSync(DIR)) {
  for (const dir of walk(DIR)) {
    const b = JSON.parse(fs.readFileSync(path.join(dir, 'benchmark.json'), 'utf8'));
    const e = JSON.parse(fs.readFileSync(path.join(dir, 'estimates.json'), 'utf8'));
    const ns = e.median.point_estimate;
    const bytes = b.throughput && b.throughput.Bytes;
    rows.push({ id: b.full_id, ns, mbps: bytes ? bytes / 1e6 / (ns / 1e9) : null, bytes: bytes || null, mtime: fs.statSync(path.join(dir, 'estimates.json')).mtimeMs });
  }
}
rows.sort((a, b) => a.id.localeCompare(b.id, 'en'));
for (const r of rows) console.log(`${r.id.padEnd(44)} ${fmt(r.ns).padStart(10)}${r.mbps ? `  ${r.mbps.toFixed(2).padStart(8)} MB/s` : ''}`);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
