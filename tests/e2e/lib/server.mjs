// A plain static file server on loopback for end-to-end tests: serves a folder under a path
// prefix ("/" or a sub-path such as "/xxgk/report/"), like any static host would.
//
// When the tests drive a browser over plain WebDriver (E2E_ENGINE webkit/firefox/chromedriver),
// which cannot subscribe to console messages or uncaught errors, every HTML page gets a first
// script, ERROR_HOOK served from the page's own origin (so a `script-src 'self'` CSP allows it): it
// records them in sessionStorage (so they survive reloads) for page.mjs to collect, except
// those of a page being left. The files on disk are never changed.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { TYPES, resolveFile, keepAlive } from '../../../scripts/serve.mjs';

export const ERROR_HOOK = `(function () {
  var K = '__e2eErrors';
  // A page being left (from pagehide until a pageshow brings it back from the back-forward
  // cache) is no longer the reader's: the browser may stop its scripts mid-way (Firefox logs
  // "Script terminated" at the old page's pagehide on a navigation), and a wasm call cut off
  // holding a lock traps later in that dying page. What it reports then is not the app's.
  var leaving = false;
  window.addEventListener('pagehide', function () { leaving = true; }, true);
  window.addEventListener('pageshow', function () { leaving = false; }, true);
  function push(s) {
    if (leaving) return;
    try { var a = JSON.parse(sessionStorage.getItem(K) || '[]'); a.push(String(s)); sessionStorage.setItem(K, JSON.stringify(a)); } catch (e) { /* no storage */ }
  }
  window.addEventListener('error', function (e) {
    if (e.target && e.target !== window) push('Failed to load resource: ' + (e.target.src || e.target.href || e.target.tagName));
    else push(String(e.message) + (e.error && e.error.stack && e.error.stack.indexOf(e.message) < 0 ? '\\n' + e.error.stack : ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) { push('Uncaught (in promise) ' + (e.reason && e.reason.stack ? e.reason.stack : e.reason)); });
  var original = console.error;
  console.error = function () { push([].map.call(arguments, String).join(' ')); return original.apply(console, arguments); };
  window.__e2eTakeErrors = function () {
    try { var a = JSON.parse(sessionStorage.getItem(K) || '[]'); sessionStorage.removeItem(K); return a; } catch (e) { return []; }
  };
})();
`;
const HOOK_PATH = '__e2e-error-hook.js';
const INJECT_PATH = '__e2e-inject.js';

function wantsErrorHook() {
  return ['webkit', 'firefox', 'chromedriver'].includes(process.env.E2E_ENGINE || '');
}

/**
 * Starts a server for `root` under `prefix`. Options: `wasmType` overrides the .wasm MIME type
 * (to test hosts that get it wrong), `headers` adds response headers to HTML responses, `hold`
 * (a RegExp of paths) keeps those requests waiting until `hold(false)` (a slow network, for as
 * long as a test needs), `inject` (JavaScript source) is run first in every HTML page, as a
 * same-origin script the page's CSP allows (a browser that refuses storage, say). Resolves to
 * { url, close, requests, hold, fail } where url ends with the prefix.
 */
export function serve(root, { prefix = '/', wasmType, headers = {}, hold: holdPattern = null, inject = null } = {}) {
  const requests = [];
  let holding = holdPattern;
  let held = [];
  let failing = null;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (holding && holding.test(url.pathname)) {
      held.push(() => server.emit('request', req, res));
      return;
    }
    requests.push(url.pathname);
    if (failing && failing.left > 0 && failing.pattern.test(url.pathname)) {
      failing.left -= 1;
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('unavailable');
      return;
    }
    if (url.pathname === prefix + HOOK_PATH && wantsErrorHook()) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(ERROR_HOOK);
      return;
    }
    if (url.pathname === prefix + INJECT_PATH && inject) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(inject);
      return;
    }
    const file = resolveFile(root, prefix, url.pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = path.extname(file);
    let type = TYPES[ext] || 'application/octet-stream';
    if (ext === '.wasm' && wasmType) type = wasmType;
    const extra = ext === '.html' ? headers : {};
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    const first = [wantsErrorHook() && HOOK_PATH, inject && INJECT_PATH].filter(Boolean);
    if (ext === '.html' && first.length) {
      const html = fs.readFileSync(file, 'utf8');
      // Before the page's first script (after its <meta>s: WebKit does not run a script placed
      // ahead of a CSP <meta>, and then not the page's either).
      let cut = html.search(/<script\b/i);
      if (cut < 0) cut = html.search(/<\/head>/i);
      if (cut < 0) cut = 0;
      const tags = first.map((p) => `<script src="${prefix}${p}"></script>`).join('');
      res.end(`${html.slice(0, cut)}${tags}${html.slice(cut)}`);
      return;
    }
    fs.createReadStream(file).pipe(res);
  });
  keepAlive(server);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        requests,
        /** `hold(false)` answers the held requests and holds no more; `hold(re)` holds again. */
        hold: (pattern) => {
          holding = pattern || null;
          if (!holding) {
            const waiting = held;
            held = [];
            waiting.forEach((answer) => answer());
          }
        },
        /** `fail(re, n)` answers the next n requests for paths matching re with 503, as a network that drops them. */
        fail: (pattern, times = 1) => {
          failing = { pattern, left: times };
        },
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
      });
    });
  });
}
