#!/usr/bin/env bash
# Prints the release bundle's file sizes, raw, gzip -9 and brotli (quality 11, Node's zlib), and
# the first view's total: the files a visit to the default page fetches (index.html, the scripts,
# styles and icon it links, the wasm, and reports/reports.json); and the tracking page's (track/).
# Usage: bash scripts/sizes.sh [DIR] [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-dist}"
json=""
[ "${2:-}" = "--json" ] && json="${3:?--json needs a file}"
[ -d "$dir" ] || { echo "no $dir/: run trunk build --release first" >&2; exit 1; }
PATH="$PWD/tools/node_modules/.bin:$PATH" node - "$dir" "$json" <<'JS'
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const [dir, json] = process.argv.slice(2);
const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (!/\.(gz|br)$/.test(e.name)) files.push(path.relative(dir, p));
  }
})(dir);
// First view: what index.html loads (<link href>, <script src>, outside <noscript>), the loader
// and wasm-bindgen module boot.js requests (data-loader, data-glue), the wasm the loader fetches,
// plus what the app fetches at start: the reports.json manifest and the bundled report parsed
// ahead (reports/*.parsed.json). reports/*.txt is only fetched for another report or the 原文
// link; the parse worker (parse-worker*) only when a report has to be parsed.
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
const first = new Set(['index.html']);
for (const m of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/g)) {
  if (!m[1].startsWith('data:')) first.add(m[1].replace(/^\.?\//, ''));
}
for (const m of html.matchAll(/\bdata-(?:loader|glue)="([^"]+)"/g)) first.add(m[1].replace(/^\.?\//, ''));
for (const f of files) {
  // The explorer's wasm only: the tracking page (track/) is a page of its own, fetched when
  // visited, not part of the default page's first view.
  if (/_bg\.wasm$/.test(f) && !f.includes('/') && !f.startsWith('parse-worker')) first.add(f);
  if (f === 'reports/reports.json' || /^reports\/[^/]+\.parsed\.json$/.test(f)) first.add(f);
}
const row = (name, r, g, b, mark) => console.log(`${name.padEnd(46)} ${String(r).padStart(10)} ${String(g).padStart(10)} ${String(b).padStart(10)} ${mark}`);
row('file', 'raw', 'gzip', 'brotli', 'first view');
const out = { files: [], total: { raw: 0, gzip: 0, brotli: 0 }, firstView: { raw: 0, gzip: 0, brotli: 0 } };
for (const f of files) {
  const buf = fs.readFileSync(path.join(dir, f));
  const s = { file: f, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
    firstView: first.has(f) };
  out.files.push(s);
  for (const k of ['raw', 'gzip', 'brotli']) { out.total[k] += s[k]; if (s.firstView) out.firstView[k] += s[k]; }
  row(f, s.raw, s.gzip, s.brotli, s.firstView ? '*' : '');
}
row('TOTAL', out.total.raw, out.total.gzip, out.total.brotli, '');
row('FIRST VIEW (*)', out.firstView.raw, out.firstView.gzip, out.firstView.brotli, '');
// The tracking page's own files (track/: its page, scripts and wasm), fetched only when visited.
out.trackPage = { raw: 0, gzip: 0, brotli: 0 };
for (const s of out.files.filter((s) => s.file.startsWith('track/'))) {
  for (const k of ['raw', 'gzip', 'brotli']) out.trackPage[k] += s[k];
}
if (out.trackPage.raw > 0) row('TRACKING PAGE (track/)', out.trackPage.raw, out.trackPage.gzip, out.trackPage.brotli, '');
if (json) fs.writeFileSync(json, JSON.stringify(out, null, 2));
JS
