// End-to-end, for issue 6 (every engine): the charts in the engine at hand (E2E_ENGINE), at
// phone and desktop size, on the default and a filtered view. Each chart tab is drawn, saved as
// test-results/<engine>-chart-…png, and checked for what engines do differently to canvas text:
// the backing store matches CSS size × DPR (sharp text) and no ink touches the canvas's edges
// (a label or tick sized from another engine's text metrics gets cut there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open, PHONE, DESKTOP, ENGINE } from './lib/browser.mjs';
import { SHOTS, settle, selectTab } from './lib/app.mjs';

const env = suite();

/** Waits until the visible chart has been drawn at least `n` times; resolves to its draw count. */
async function drawn(page, n = 1) {
  await page.waitForFunction((min) => {
    const c = document.querySelector('#chart-panel canvas.chart-canvas');
    return c && Number(c.getAttribute('data-draws') || 0) >= min;
  }, n);
  return page.evaluate(() => Number(document.querySelector('#chart-panel canvas.chart-canvas').getAttribute('data-draws')));
}

/** Backing store, DPR and the ink found in the outermost device pixels of the visible chart. */
function inspect(page) {
  return page.evaluate(() => {
    const c = document.querySelector('#chart-panel canvas.chart-canvas');
    const r = c.getBoundingClientRect();
    const { data, width: w, height: h } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const at = (x, y) => data.slice((y * w + x) * 4, (y * w + x) * 4 + 4);
    const bg = at(0, 0);
    const differs = (p) => Math.abs(p[0] - bg[0]) + Math.abs(p[1] - bg[1]) + Math.abs(p[2] - bg[2]) + Math.abs(p[3] - bg[3]) > 48;
    const edge = { left: 0, right: 0, top: 0, bottom: 0 };
    for (let y = 0; y < h; y += 1) {
      if (differs(at(0, y))) edge.left += 1;
      if (differs(at(w - 1, y))) edge.right += 1;
    }
    for (let x = 0; x < w; x += 1) {
      if (differs(at(x, 0))) edge.top += 1;
      if (differs(at(x, h - 1))) edge.bottom += 1;
    }
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (differs(data.subarray(i, i + 4))) ink += 1;
    return { w, h, cssW: r.width, cssH: r.height, dpr: devicePixelRatio, edge, ink, label: c.getAttribute('aria-label') };
  });
}

const VIEWS = [['default', ''], ['filtered-growth', '?kind=growth']];
for (const [deviceName, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${ENGINE}: charts at ${deviceName} size are sharp and nothing touches their edges`, async () => {
    for (const [name, query] of VIEWS) {
      const { context, page, errors } = await open(env.browser, env.server.url + query, device);
      await settle(page);
      const tabs = await page.locator('.chart-tab').evaluateAll((ts) => ts.map((t) => t.id));
      assert.ok(tabs.length >= 1, 'the chart tabs are there');
      for (const tab of tabs) {
        const before = await page.evaluate(() => Number(document.querySelector('#chart-panel canvas.chart-canvas')?.getAttribute('data-draws') || 0));
        await selectTab(page, tab);
        if (!(await page.locator('#chart-panel canvas.chart-canvas').count())) continue; // an empty chart says so in text
        await drawn(page, tab === tabs[0] ? Math.max(1, before) : 1);
        const m = await inspect(page);
        const what = `${deviceName} ${name} ${tab}: ${JSON.stringify({ ...m, label: undefined })}`;
        assert.equal(m.w, Math.round(m.cssW * m.dpr), `backing store width = CSS × DPR (${what})`);
        assert.equal(m.h, Math.round(m.cssH * m.dpr), `backing store height = CSS × DPR (${what})`);
        assert.ok(m.ink > 500, `something was drawn (${what})`);
        assert.deepEqual(m.edge, { left: 0, right: 0, top: 0, bottom: 0 }, `no ink on the canvas edges (${what})`);
        // The figure at the top of the viewport, as a viewport screenshot (WebKitGTK's element
        // screenshots come out misplaced at a device pixel ratio above 1).
        await page.locator('#chart-panel figure.chart').evaluate((f) => f.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: path.join(SHOTS, `chart-${deviceName}-${name}-${tab.replace(/^chart-tab-/, '')}.png`) });
      }
      assert.deepEqual(errors, [], `${deviceName} ${name}`);
      await context.close();
    }
  });
}
