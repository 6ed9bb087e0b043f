#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml `[[hooks]] stage = "post_build"`): makes the built page fit
// any static host and a strict security review. Runs on Trunk's staging directory
// (TRUNK_STAGING_DIR), or on the folder given as the first argument (`node scripts/postbuild.mjs dist`).
// `postbuild()` runs these steps in order, each a function below:
//
// - prerender: the default view is rendered into the page (src/bin/prerender.rs, the app's own
//   components rendered natively with Leptos `ssr`), so the report paints from HTML alone and
//   reads with JavaScript off. PRERENDER=0 skips it (the page then shows a loading skeleton), and
//   so does a page whose #boot says data-prerender="off" (track/index.html).
// - relativeUrls: asset URLs become relative (`./x.js`), so the folder works at `/` or any sub-path.
// - loaderToFile: Trunk's inline module loader moves to `loader-<hash>.js`, which fetches the wasm
//   with its integrity (SRI) relative to itself (wasm-bindgen falls back from
//   instantiateStreaming when a host serves .wasm with a wrong MIME type); the wasm-bindgen
//   module is minified (esbuild) and its integrity recomputed. boot.js requests both after the
//   first paint: nothing but the page itself is fetched before it paints.
// - inlineStylesheets, inlineBoot, inlineFavicon: the stylesheets (minified, one <style>), boot.js
//   and the favicon go into the page; the policy names the <style> and <script> by sha256.
// - addCsp: the Content-Security-Policy as a <meta http-equiv> (docs/deploy.md), and its exact
//   text in `csp.txt` for hosts that send it as a header.
// - precompress: .gz (gzip -9) and .br (brotli 11) siblings of every text and wasm file, for
//   nginx gzip_static/brotli_static or precompressed uploads to an object store.
// - buildTrackPage: the tracking page (track/index.html) built into track/ by a second Trunk run.
// Idempotent: running it twice on the same folder changes nothing more.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The page's policy (meta). As a response header, add `frame-ancestors` (header-only). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const COMPRESS = /\.(html|js|mjs|css|wasm|svg|txt|json|csv|xml|map)$/;

/**
 * `policy` with a `'sha256-…'` source in `style-src` for each inline stylesheet, so a strict
 * policy (no 'unsafe-inline') still applies them.
 */
export function withStyleHashes(policy, styles) {
  const hashes = styles.map((css) => `'sha256-${crypto.createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  return policy.replace("style-src 'self'", ["style-src 'self'", ...hashes].join(' '));
}

/** `policy` with a `'sha256-…'` source in `script-src` for each inline script (boot.js). */
export function withScriptHashes(policy, scripts) {
  const hashes = scripts.map((js) => `'sha256-${crypto.createHash('sha256').update(js, 'utf8').digest('base64')}'`);
  return policy.replace("script-src 'self' 'wasm-unsafe-eval'", ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '));
}

/**
 * A conservative CSS minifier: drops comments and collapses whitespace, and removes it only
 * next to `{ } ; ,` (never around `:` `+` `-` `>`, which selectors and calc() need as written).
 */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

const sri = (buf) => `sha384-${crypto.createHash('sha384').update(buf).digest('base64')}`;
const short = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16);

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Runs the native pre-render build step on `indexPath`; not for a page that asks for none
 * (`data-prerender="off"` on its #boot: the tracking page, whose content depends on the reports
 * the manifest lists when it is visited).
 */
function prerender(indexPath) {
  if (process.env.PRERENDER === '0') return;
  if (/id="boot"[^>]*data-prerender="off"/.test(fs.readFileSync(indexPath, 'utf8'))) return;
  const args = ['run', '--quiet', '--no-default-features', '--features', 'ssr', '--bin', 'prerender', '--', path.resolve(indexPath)];
  const run = spawnSync('cargo', args, { cwd: ROOT, stdio: 'inherit' });
  if (run.error) fail(`cargo: ${run.error.message}`);
  if (run.status !== 0) fail(`the pre-render step failed (cargo ${args.join(' ')})`);
}

/**
 * Minifies the wasm-bindgen module in place with esbuild (tools/node_modules, from
 * scripts/setup.sh): wasm-bindgen writes it readable. Returns its new integrity. Runs once per
 * build: a second run finds no modulepreload left to rewrite.
 */
function minifyGlue(file) {
  const esbuild = fileURLToPath(new URL('../tools/node_modules/.bin/esbuild', import.meta.url));
  if (!fs.existsSync(esbuild)) fail(`no ${esbuild}: run bash scripts/setup.sh`);
  if (!fs.existsSync(file)) fail(`${file} missing`);
  const run = spawnSync(esbuild, [file, '--minify', '--format=esm', `--outfile=${file}`, '--allow-overwrite', '--log-level=warning'], { stdio: 'inherit' });
  if (run.status !== 0) fail(`esbuild could not minify ${file}`);
  return sri(fs.readFileSync(file));
}

/**
 * Asset URLs relative to the page. Trunk writes them under its public URL: `./x-hash.css` with
 * this project's Trunk.toml, `/x-hash.css` with Trunk's default, `/xxgk/report/x-hash.css` when
 * built with `--public-url /xxgk/report/` (what portal staff try first), or a full URL. Every
 * asset Trunk writes sits at the top of the built folder, so relative URLs work wherever the
 * folder is copied, whatever public URL it was built with.
 */
export function relativeUrls(html, publicUrl = '/') {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (base !== '/' && base !== './') {
    html = html.replace(new RegExp(`\\b(href|src)="${escaped}`, 'g'), '$1="./');
  }
  return html.replace(/\b(href|src)="\/(?!\/)/g, '$1="./');
}

/** The file name at the end of an asset URL Trunk wrote (`/xxgk/report/x.js` → `x.js`). */
function assetName(url) {
  return url.split(/[?#]/)[0].split('/').pop();
}

/**
 * Moves Trunk's inline loader to `loader-<hash>.js` (started by boot.js, see inlineBoot) and takes
 * the wasm-bindgen module's preload out (boot.js preloads it beside the loader). Returns the page
 * and what boot.js starts: `{ loader, loaderIntegrity, glue, glueIntegrity }`.
 */
function loaderToFile(dir, html) {
  const start = {};
  const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
  if (inline) {
    let code = inline[1].trim();
    code = code.replace(/from '(?:[^']*\/)?([^'/]+\.js)'/, "from './$1'");
    const wasmRe = /module_or_path: '(?:[^']*\/)?([^'/]+\.wasm)'/;
    const wasmName = wasmRe.exec(code)?.[1];
    if (!wasmName) fail('the loader names no .wasm file');
    const wasmFile = path.join(dir, wasmName);
    if (!fs.existsSync(wasmFile)) fail(`${wasmName} missing`);
    const wasmSri = sri(fs.readFileSync(wasmFile));
    code = code.replace(
      wasmRe,
      `module_or_path: fetch(new URL('./${wasmName}', import.meta.url), { integrity: '${wasmSri}' })`,
    );
    code = `// Generated by scripts/postbuild.mjs from Trunk's loader; boot.js runs it.\n${code}\n`;
    const name = `loader-${short(Buffer.from(code))}.js`;
    fs.writeFileSync(path.join(dir, name), code);
    html = html.replace(inline[0], '');
    start.loader = `./${name}`;
    start.loaderIntegrity = sri(Buffer.from(code));
  }
  const preload = /<link rel="modulepreload" href="([^"]+)"[^>]*integrity="([^"]+)"[^>]*>/.exec(html);
  if (preload) {
    html = html.replace(preload[0], '');
    start.glue = `./${assetName(preload[1])}`;
    start.glueIntegrity = minifyGlue(path.join(dir, assetName(preload[1]))) ?? preload[2];
  }
  // No wasm preload: it would share the first round trips with the page's CSS and delay the first
  // paint of the pre-rendered report; the loader fetches the wasm after that paint.
  html = html.replace(/<link rel="preload" href="[^"]+\.wasm"[^>]*>/g, '');
  if (/<script(?![^>]*\b(src=|id="boot-script"))[^>]*>/.test(html)) fail('an inline script remains in index.html');
  if (/\sstyle="/.test(html)) fail('a style attribute in index.html');
  return { html, start };
}

/**
 * The stylesheets, minified, inline in one <style> (its sha256 goes into the CSP): no
 * render-blocking request before the pre-rendered report can paint.
 */
function inlineStylesheets(dir, html) {
  const sheetRe = /<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="[^"]+"\/?>\s*/g;
  const sheets = [...html.matchAll(sheetRe)].map((m) => m[1]);
  if (sheets.length === 0) return html;
  const css = minifyCss(sheets.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
  if (/<\/style/i.test(css)) fail('a stylesheet contains "</style"');
  let first = true;
  html = html.replace(sheetRe, () => {
    if (!first) return '';
    first = false;
    return `<style>${css}</style>\n  `;
  });
  for (const f of sheets) fs.rmSync(path.join(dir, f));
  return html;
}

/**
 * boot.js inline at the end of <body> (allowed by its sha256 in the CSP), so the page requests
 * nothing but itself before its first paint: Lighthouse's simulation counts every request that
 * ends before the largest paint as delaying it, even a deferred script. It names the loader and
 * the wasm-bindgen module (`start`, with their integrity) in data attributes and requests them
 * once the browser reports the first contentful paint: otherwise the app's scripts share the
 * first round trips with the page, and a fast load mounts the app before the first paint, so the
 * largest paint would be the app's, not the page's.
 */
function inlineBoot(dir, html, start) {
  const bootPath = path.join(dir, 'boot.js');
  if (!(fs.existsSync(bootPath) && /src="\.?\/?boot\.js"/.test(html))) {
    if (start.loader) fail('no boot.js to start the loader');
    return html;
  }
  const code = fs.readFileSync(bootPath, 'utf8').trim();
  if (/<\/script/i.test(code)) fail('boot.js contains "</script"');
  fs.rmSync(bootPath);
  html = html.replace(/\s*<script src="\.?\/?boot\.js"[^>]*><\/script>/, '');
  const data = start.loader
    ? ` data-loader="${start.loader}" data-loader-integrity="${start.loaderIntegrity}"` +
      (start.glue ? ` data-glue="${start.glue}" data-glue-integrity="${start.glueIntegrity}"` : '')
    : '';
  const tag = `<script id="boot-script"${data}>${code}</script>\n`;
  if (!html.includes('</body>')) fail('no </body> for boot.js');
  return html.replace('</body>', `${tag}</body>`);
}

/** The favicon as a data: URL, for the same reason as inlineBoot. */
function inlineFavicon(dir, html) {
  const icon = /<link rel="icon" href="\.\/([^"]+\.svg)"[^>]*>/.exec(html);
  if (!icon) return html;
  const svg = fs.readFileSync(path.join(dir, icon[1]), 'utf8').trim();
  fs.rmSync(path.join(dir, icon[1]));
  return html.replace(icon[0], `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}">`);
}

/**
 * The CSP as a <meta>, first thing after <meta charset> so it covers every script and style,
 * naming the inline <style> and boot script by hash; its text also goes to `csp.txt`.
 */
function addCsp(dir, html) {
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
  let policy = withScriptHashes(
    withStyleHashes(CSP, [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])),
    [...html.matchAll(/<script id="boot-script"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
  );
  // One policy for the folder: a host that sends csp.txt as a header for every file sends it
  // for the tracking page (track/) too, so its inline style and script are named here as well.
  const trackCsp = path.join(dir, 'track', 'csp.txt');
  if (fs.existsSync(trackCsp)) policy = withHashesOf(policy, fs.readFileSync(trackCsp, 'utf8'));
  html = html.replace(/(<meta charset="utf-8">)/i,
    `$1\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  if (!html.includes('http-equiv="Content-Security-Policy"')) fail('no <meta charset="utf-8"> to put the CSP after');
  fs.writeFileSync(path.join(dir, 'csp.txt'), `${policy}\n`);
  return html;
}

/** `policy` with the `'sha256-…'` sources of `other`'s style-src and script-src added. */
export function withHashesOf(policy, other) {
  const hashes = (directive, text) => (new RegExp(`${directive} ([^;]*)`).exec(text)?.[1] || '')
    .split(/\s+/).filter((h) => h.startsWith("'sha256-"));
  let out = policy;
  for (const directive of ['style-src', 'script-src']) {
    const have = hashes(directive, out);
    const add = hashes(directive, other).filter((h) => !have.includes(h));
    if (add.length) out = out.replace(new RegExp(`(${directive} [^;]*)`), `$1 ${add.join(' ')}`);
  }
  return out;
}

/** Precompressed siblings of every text and wasm file; stale ones (their file gone) removed. */
function precompress(dir) {
  for (const file of walk(dir)) {
    if (/\.(gz|br)$/.test(file)) {
      if (!fs.existsSync(file.replace(/\.(gz|br)$/, ''))) fs.rmSync(file);
      continue;
    }
    if (!COMPRESS.test(file)) continue;
    const buf = fs.readFileSync(file);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(buf, { level: 9 }));
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm')
          ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      },
    }));
  }
}

/**
 * The tracking page (track/index.html, 目标追踪 · 历年对比) is a second wasm on the app's
 * library: after the explorer's build, a second Trunk run builds it into `<dir>/track/` with the
 * same profile and public URL (its own post-build hook then runs these steps on it). So every
 * `trunk build` writes both pages, and the explorer's first view carries none of the tracking
 * code. TRACK=0 skips it (quick local builds).
 */
function buildTrackPage(dir) {
  if (process.env.TRACK === '0' || process.env.REPORT_EXPLORER_PAGE === 'track') return;
  // Both pages' wasm is optimized alike: the passes are tuned for size once (BENCHMARKS.md).
  const params = (file) => /data-wasm-opt-params="([^"]*)"/.exec(fs.readFileSync(path.join(ROOT, file), 'utf8'))?.[1];
  if (params('index.html') !== params('track/index.html')) fail('index.html and track/index.html give wasm-opt different data-wasm-opt-params');
  // `--offline` takes an optional value: it goes last, after the page.
  const args = ['build', 'track/index.html', '--dist', path.join(dir, 'track')];
  if (process.env.TRUNK_PROFILE === 'release') args.push('--release');
  const publicUrl = process.env.TRUNK_PUBLIC_URL;
  if (publicUrl && publicUrl !== './' && publicUrl !== '/') args.push('--public-url', `${publicUrl.replace(/\/?$/, '/')}track/`);
  args.push('--offline');
  const run = spawnSync('trunk', args, {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, REPORT_EXPLORER_PAGE: 'track' },
  });
  if (run.error) fail(`trunk: ${run.error.message}`);
  if (run.status !== 0) fail(`the tracking page's build failed (trunk ${args.join(' ')})`);
}

/** Runs every step on the built folder `dir` (see the header). */
export function postbuild(dir) {
  const indexPath = path.join(dir, 'index.html');
  if (!fs.existsSync(indexPath)) fail(`no index.html in ${dir}`);
  prerender(indexPath);
  let html = relativeUrls(fs.readFileSync(indexPath, 'utf8'), process.env.TRUNK_PUBLIC_URL || '/');
  let start;
  ({ html, start } = loaderToFile(dir, html));
  html = inlineStylesheets(dir, html);
  html = inlineBoot(dir, html, start);
  html = inlineFavicon(dir, html);
  // The tracking page first: the folder's policy (csp.txt) names its inline style and script.
  if (process.env.TRUNK_STAGING_DIR) buildTrackPage(dir);
  html = addCsp(dir, html);
  fs.writeFileSync(indexPath, html);
  precompress(dir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
  postbuild(dir);
}
