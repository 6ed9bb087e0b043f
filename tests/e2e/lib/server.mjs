// A plain static file server on loopback for end-to-end tests: serves a folder under a path
// prefix ("/" or a sub-path such as "/xxgk/report/"), like any static host would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Starts a server for `root` under `prefix`. Options: `wasmType` overrides the .wasm MIME type
 * (to test hosts that get it wrong), `headers` adds response headers to HTML responses.
 * Resolves to { url, close, requests } where url ends with the prefix.
 */
export function serve(root, { prefix = '/', wasmType, headers = {} } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = path.extname(file);
    let type = TYPES[ext] || 'application/octet-stream';
    if (ext === '.wasm' && wasmType) type = wasmType;
    const extra = ext === '.html' ? headers : {};
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
