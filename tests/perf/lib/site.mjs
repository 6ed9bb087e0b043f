// The benchmark's site: a temporary copy of dist/ with the synthetic reports added to the
// reports.json manifest, and a plain static HTML page of the seed's text (the baseline the
// explorer's first paint is compared with). Served compressed like a real static host:
// precompressed .br/.gz beside a file when the client accepts them (scripts/postbuild.mjs writes
// them), otherwise compressed on the fly (brotli, cached), so both pages are on equal terms.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { TYPES } from '../../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEED = path.join(ROOT, 'public/reports/xinqiao-2024h1.txt');

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.txt', '.svg']);

/** Copies `dist` to a temp folder, adds `extra` reports ({ id, title, text }) to its manifest. */
export function makeSite(dist, extra = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  fs.cpSync(dist, dir, { recursive: true });
  const reports = path.join(dir, 'reports');
  fs.mkdirSync(reports, { recursive: true });
  const manifestPath = path.join(reports, 'reports.json');
  const manifest = fs.existsSync(manifestPath)
    ? JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
    : { reports: [{ id: 'xinqiao-2024h1', file: 'xinqiao-2024h1.txt' }] };
  for (const r of extra) {
    fs.writeFileSync(path.join(reports, `${r.id}.txt`), r.text);
    manifest.reports.push({ id: r.id, file: `${r.id}.txt`, title: r.title, period: '' });
  }
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  // The build's precompressed copies of the manifest are stale now.
  for (const ext of ['.br', '.gz']) fs.rmSync(manifestPath + ext, { force: true });
  fs.writeFileSync(path.join(dir, 'plain.html'), plainPage(fs.readFileSync(SEED, 'utf8')));
  return { dir, hasManifest: fs.existsSync(path.join(dist, 'reports/reports.json')), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The plain page a government site would serve: the same report text as static HTML (title,
 * part and section headings, paragraphs), a few lines of inline CSS, no script.
 */
export function plainPage(text) {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => /^[一二三四五六七八九十]+、/.test(l));
  const title = lines.slice(0, start).find((l) => /报告|总结|计划/.test(l)) || lines[0];
  const body = [];
  for (const line of lines.slice(start)) {
    if (/^[一二三四五六七八九十]+、/.test(line)) body.push(`<h2>${escape(line)}</h2>`);
    else if (/^[（(][一二三四五六七八九十]+[）)]/.test(line)) body.push(`<h3>${escape(line)}</h3>`);
    else if (/[。：:]$/.test(line)) body.push(`<p>${escape(line)}</p>`);
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escape(title)}">
<title>${escape(title)}</title>
<style>body{margin:0 auto;max-width:42em;padding:1em;font:1.0625rem/1.8 system-ui,sans-serif;color:#1a1a1a;background:#fff}h1{font-size:1.4rem;line-height:1.4}h2{font-size:1.2rem}h3{font-size:1.05rem}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${body.join('\n')}
</main>
</body>
</html>
`;
}

/**
 * Serves `root` on loopback like a static host with compression. Resolves to
 * { url, close, log } where `log` lists { path, bytes } actually sent (compressed bytes).
 */
export function serveCompressed(root) {
  const cache = new Map();
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname.slice(1));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = path.extname(file);
    const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-store' };
    const accept = String(req.headers['accept-encoding'] || '');
    let body;
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accept)) {
      headers['content-encoding'] = 'br';
      if (fs.existsSync(`${file}.br`)) body = fs.readFileSync(`${file}.br`);
      else {
        const key = `${file}|${fs.statSync(file).mtimeMs}`;
        if (!cache.has(key)) cache.set(key, zlib.brotliCompressSync(fs.readFileSync(file)));
        body = cache.get(key);
      }
    } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accept)) {
      headers['content-encoding'] = 'gzip';
      body = fs.existsSync(`${file}.gz`) ? fs.readFileSync(`${file}.gz`) : zlib.gzipSync(fs.readFileSync(file), { level: 9 });
    } else {
      body = fs.readFileSync(file);
    }
    headers['content-length'] = body.length;
    headers.vary = 'accept-encoding';
    log.push({ path: url.pathname, bytes: body.length });
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, log, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) });
    });
  });
}

/** Synthetic report text `times` × the seed, from the repository's generator. */
export function generate(times) {
  const bin = process.env.GEN_REPORT || path.join(ROOT, 'target/release/gen_report');
  if (!fs.existsSync(bin)) throw new Error(`no ${bin}: run cargo build --release -p report --bin gen_report`);
  return execFileSync(bin, ['--times', String(times), SEED], { maxBuffer: 1 << 28 }).toString('utf8');
}
