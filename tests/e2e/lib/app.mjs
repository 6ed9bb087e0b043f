// Helpers for driving the explorer page: an independent reading of the seed report (to compute
// expected results without the app's parser), waiting for the incremental card list to settle,
// and reading what the page shows.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady } from './browser.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'test-results');
export const SEED = path.join(ROOT, 'public/reports/xinqiao-2024h1.txt');
export const AXE = path.join(ROOT, 'tools/node_modules/axe-core/axe.min.js');

const PART_RE = /^[一二三四五六七八九十]+、/;
const SECTION_RE = /^[（(][一二三四五六七八九十]+[）)]/;
const LEAD_RE = /^([^，,。：:；;“”]{2,12})。/;

/**
 * The seed's card paragraphs, read with simple rules of its own (not the app's parser): every
 * non-empty line after the first part heading that is not a heading and ends like a sentence.
 * Each is `{ part, section, title, text }` (1-based part/section; section 0 and title null for
 * part intros and closings, which have no lead phrase).
 */
export function seedParagraphs() {
  const lines = fs.readFileSync(SEED, 'utf8').split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => PART_RE.test(l));
  let part = 0;
  let section = 0;
  const paras = [];
  for (const line of lines.slice(start)) {
    if (PART_RE.test(line)) { part += 1; section = 0; continue; }
    if (SECTION_RE.test(line)) { section += 1; continue; }
    if (!/[。：:]$/.test(line)) continue; // page chrome after the report (触碰右侧展开, …)
    const lead = LEAD_RE.exec(line);
    paras.push({ part, section: lead ? section : 0, title: lead ? lead[1] : null, text: line });
  }
  return paras;
}

/** The seed's part and section heading lines, `{ parts: [..], sections: { 'p-s': label } }`. */
export function seedHeadings() {
  const lines = fs.readFileSync(SEED, 'utf8').split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const parts = [];
  const sections = {};
  for (const line of lines) {
    if (PART_RE.test(line)) parts.push(line);
    else if (SECTION_RE.test(line) && parts.length) {
      const n = Object.keys(sections).filter((k) => k.startsWith(`${parts.length}-`)).length + 1;
      sections[`${parts.length}-${n}`] = line;
    }
  }
  return { parts, sections };
}

/**
 * Waits until the app is live (not just its pre-rendered HTML), has rendered (title shown),
 * and the card list has finished growing.
 */
export async function settle(page) {
  await appReady(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Let pending reactive effects and one paint run, then wait for the list to catch up (after
  // the frame, while it is off screen), to grow and to take earlier results (hidden) down.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // aria-busy: the list is catching up, growing, or taking earlier results down.
  await page.waitForFunction(() => !document.querySelector('.card-list[aria-busy]'));
  await page.locator('.loading-more').waitFor({ state: 'detached' });
  await page.locator('.card-gen-retired').first().waitFor({ state: 'detached' });
}

/**
 * Opens the fold-away panel `details` (a CSS selector) if it is closed, and waits until it is
 * open: clicking a summary that is already open would close it, and a click WebKit loses (the
 * page was still laying out after the previous step) is tried once more, as is one on a summary
 * the page replaced between finding and clicking it (a linked report arriving re-renders it).
 */
export async function openDetails(page, details) {
  const isOpen = () => page.locator(details).evaluate((d) => d.open);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await isOpen()) return;
    try {
      await page.locator(`${details} > summary`).click();
    } catch (e) {
      if (e?.name !== 'StaleElementReferenceError') throw e;
      continue;
    }
    try {
      await page.waitForFunction((sel) => document.querySelector(sel)?.open === true, details, { timeout: 3000 });
      return;
    } catch { /* lost click: once more */ }
  }
  assert.ok(await isOpen(), `${details} opens when its summary is clicked`);
}

/**
 * Clicks the tab `id` and waits until it is selected; a click WebKit loses (the page was still
 * laying out after the previous step, as with `openDetails`) is tried once more.
 */
export async function selectTab(page, id) {
  const selected = (timeout) => page.waitForFunction(
    (tab) => document.getElementById(tab)?.getAttribute('aria-selected') === 'true', id, { timeout });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await page.locator(`#${id}`).click();
    try {
      await selected(3000);
      return;
    } catch { /* lost click: once more */ }
  }
  await selected(10000);
}

/** The text of the `role=status` line of the search box. */
export async function statusText(page) {
  return (await page.locator('.search-status').textContent()).trim();
}

/** `N` of `共 N 条` in the status line, or null. */
export async function statusCount(page) {
  const m = /共 (\d+) 条/.exec(await statusText(page));
  return m ? Number(m[1]) : null;
}

/**
 * What each rendered card shows, in order: `{ id, place, title, text, kinds, marks, count }`;
 * `text` is the card text as a reader sees it (number details and screen-reader-only words
 * removed), `kinds` the kind classes of its number marks, `marks` the texts of its `<mark>`s.
 */
export async function cards(page) {
  return page.locator('article').evaluateAll((articles) => articles.map((a) => {
    const body = a.querySelector('.card-text').cloneNode(true);
    body.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
    const kinds = new Set();
    a.querySelectorAll('.num').forEach((n) => n.classList.forEach((c) => {
      if (c.startsWith('num-')) kinds.add(c.slice(4));
    }));
    return {
      id: a.id,
      place: a.querySelector('.card-place').textContent,
      title: a.querySelector('.card-title').textContent,
      text: body.textContent,
      kinds: [...kinds],
      marks: [...a.querySelectorAll('mark')].map((m) => m.textContent),
      count: a.querySelector('.card-count').textContent,
      focused: a.classList.contains('focused'),
    };
  }));
}

/** The `（N）` count at the end of a label. */
export function labelCount(label) {
  const m = /[（(](\d+)[）)]\s*$/.exec(label.trim());
  if (!m) throw new Error(`no count in label ${JSON.stringify(label)}`);
  return Number(m[1]);
}

/** The classes on `<html>`. */
export async function htmlClasses(page) {
  return page.evaluate(() => [...document.documentElement.classList]);
}

/** The query string of the page URL, decoded into [key, value] pairs. */
export function queryPairs(page) {
  return [...new URL(page.url()).searchParams.entries()];
}

/** Runs axe-core on the page; resolves to a readable list of violations (empty when clean). */
export async function axeViolations(page, options = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    if (typeof page.context === 'function') {
      // Playwright: a <script> tag would be blocked by the page's own CSP (no inline scripts);
      // evaluating the source through the DevTools protocol is not.
      await page.evaluate(fs.readFileSync(AXE, 'utf8'));
    } else {
      await page.addScriptTag({ path: AXE }); // WebDriver script: not subject to the CSP
    }
  }
  const result = await page.evaluate((opts) => window.axe.run(document, opts), options);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 300)}`),
    more: Math.max(0, v.nodes.length - 5),
  }));
}

/** Horizontal overflow of the page in CSS pixels (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * 长辈模式's figures as the page lays them out (tests/e2e/elder.test.mjs): `small`, the visible
 * controls outside running text under 60 × 60 (a checkbox or file input with its label); `marks`,
 * the numbers in running text without a 44 × 44 hit area or that change their line; `tiny`, the
 * visible texts under 18 px; `controls`, how many were measured.
 */
export function measureElder(page) {
  return page.evaluate(() => {
    const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const hidden = (e) => !!e.closest('.visually-hidden, .print-only');
    const name = (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} “${(e.textContent || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 10)}”`;
    const small = [];
    const marks = [];
    const controls = [...document.querySelectorAll('button, a[href], select, input, textarea, summary, [role="tab"]')]
      .filter((e) => shown(e) && !hidden(e));
    for (const e of controls) {
      if (e.matches('.card-text .num')) {
        // Running text: the hit area is the mark's ::before, centred on it.
        const b = e.getBoundingClientRect();
        const hit = getComputedStyle(e, '::before');
        const w = parseFloat(hit.width) || 0;
        const h = parseFloat(hit.height) || 0;
        const line = parseFloat(getComputedStyle(e.closest('.card-text')).lineHeight);
        if (hit.position !== 'absolute' || w < 44 || h < 44 || b.height > line) marks.push(`${name(e)} ${w}×${h} in a ${line}px line (${b.height}px)`);
        continue;
      }
      // A checkbox, or a file input drawn as its label's button, counts with its label.
      const target = e.matches('input[type="checkbox"], input[type="radio"], input[type="file"]') ? e.closest('label') ?? e : e;
      const b = target.getBoundingClientRect();
      if (b.width < 59.5 || b.height < 59.5) small.push(`${name(e)} ${Math.round(b.width)}×${Math.round(b.height)}`);
    }
    const tiny = new Set();
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const el = walk.currentNode.parentElement;
      if (!walk.currentNode.textContent.trim() || !el || !shown(el) || hidden(el) || el.closest('script, style, noscript')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 17.95) tiny.add(`${name(el)} ${size}px`);
    }
    return { controls: controls.length, small, marks, tiny: [...tiny] };
  });
}
