#!/usr/bin/env node
// Serves a built dist/ the way the deployment guide (docs/deploy.md) asks a portal's host to:
// precompressed `.br`/`.gz` siblings when the browser accepts them, `no-cache` for the page and
// the reports, a year for hashed files, `application/wasm`. scripts/serve.sh runs it.
//
//   node scripts/serve.mjs [--dir dist] [--address 127.0.0.1] [--port 8080] [--log FILE]
//
// It never answers 200 without the explorer: while dist/ holds no built page, or when the log of
// the build that fills it (`--log`, written by `trunk watch`) says its last build failed, every
// page request answers 503 with a page that says so and names the log.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

/** Content types of everything a build writes. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The file under `root` that `pathname` names below `prefix` (`index.html` for a folder), or
 * `null` when there is none or the path leaves `root`.
 */
export function resolveFile(root, prefix, pathname) {
  if (!pathname.startsWith(prefix)) return null;
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, rel);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  return file;
}

/** Files whose name carries a content hash never change (`loader-…js`, `…_bg.wasm`). */
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm|svg)$/;

/**
 * What the build log says of the last build: `building`, `failed` or `built` (Trunk's own
 * lines), or `null` without a log.
 */
export function buildState(log) {
  let text;
  try {
    text = fs.readFileSync(log, 'utf8');
  } catch {
    return null;
  }
  const last = (re) => {
    let at = -1;
    for (const m of text.matchAll(re)) at = m.index;
    return at;
  };
  const started = last(/starting build/g);
  const failed = last(/\bERROR\b/g);
  const done = last(/\bsuccess\b/g);
  if (failed > started && failed > done) return 'failed';
  if (started > done) return 'building';
  return 'built';
}

function notReady(res, title, detail, log) {
  const tail = log && fs.existsSync(log)
    ? fs.readFileSync(log, 'utf8').split('\n').filter((l) => /ERROR|error|postbuild/.test(l)).slice(-12).join('\n')
    : '';
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const body = `<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<meta http-equiv="refresh" content="5"><h1>${esc(title)}</h1><p>${esc(detail)}</p>` +
    (log ? `<p>构建日志：<code>${esc(path.resolve(log))}</code></p>` : '') +
    (tail ? `<pre>${esc(tail)}</pre>` : '') + '</html>';
  res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' });
  res.end(body);
}

/**
 * Keeps idle connections open longer than browsers keep them for reuse. With Node's default
 * (5 s) a browser can send a request on a connection the server is closing at that moment, and
 * the request fails as a network error (seen as WebKit's "Failed to load resource" on a script
 * the page needed); closing first is the client's job.
 */
export function keepAlive(server) {
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
}

/**
 * Starts serving `root` on `address:port`. Resolves to `{ url, close }` once listening.
 */
export function serveDist({ root = 'dist', address = '127.0.0.1', port = 8080, log = null } = {}) {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url, 'http://x');
    const file = resolveFile(root, '/', url.pathname);
    const page = url.pathname.endsWith('/') || url.pathname.endsWith('.html');
    const state = log ? buildState(log) : null;
    if (page && state === 'failed') {
      notReady(res, '构建失败', '最近一次构建失败，页面未更新。请查看构建日志，修正后保存文件即可重新构建。', log);
      return;
    }
    if (page && !fs.existsSync(path.join(root, 'index.html'))) {
      notReady(res, '正在构建', `${path.resolve(root)} 中还没有构建好的页面；构建完成后本页会自动刷新。`, log);
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = path.extname(file);
    const headers = {
      'content-type': TYPES[ext] || 'application/octet-stream',
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    };
    let body = file;
    const accepts = String(req.headers['accept-encoding'] || '');
    for (const [enc, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (new RegExp(`\\b${enc}\\b`).test(accepts) && fs.existsSync(file + suffix)) {
        headers['content-encoding'] = enc;
        body = file + suffix;
        break;
      }
    }
    headers['content-length'] = fs.statSync(body).size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(body).pipe(res);
  });
  keepAlive(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      const { port: bound } = server.address();
      resolve({ url: `http://${address}:${bound}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

function args(argv) {
  const out = { root: 'dist', address: '127.0.0.1', port: 8080, log: null };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (key === '--dir') out.root = value();
    else if (key === '--address') out.address = value();
    else if (key === '--port') out.port = Number(value());
    else if (key === '--log') out.log = value();
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('--port takes a port number');
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  let opts;
  try {
    opts = args(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  serveDist(opts).then(
    ({ url }) => console.log(`serve: the explorer is at ${url} (Ctrl+C stops)`),
    (e) => {
      console.error(`serve: cannot listen on ${opts.address}:${opts.port}: ${e.message}`);
      process.exit(1);
    },
  );
}
