// End-to-end: the charts on the built dist/ in real Chromium, at DPR 1 and 2: backing store,
// pixels drawn, the accessible summary, and a bar click that reaches its source card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './lib/suite.mjs';
import { open, DESKTOP } from './lib/browser.mjs';

const env = suite();

for (const dpr of [1, 2]) {
  test(`growth chart at DPR ${dpr}: backing store = CSS size × DPR, pixels drawn`, async () => {
    const { context, page, errors } = await open(env.browser, env.server.url, { ...DESKTOP, deviceScaleFactor: dpr });
    const canvas = page.locator('figure.chart canvas.chart-canvas').first();
    await canvas.waitFor();
    // Drawn in a frame after it is sized (WebKit gets there a little later than Chromium).
    await page.waitForFunction(() => document.querySelector('figure.chart canvas.chart-canvas').hasAttribute('data-draws'));
    const m = await canvas.evaluate((c) => {
      const r = c.getBoundingClientRect();
      const ctx = c.getContext('2d');
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
      return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, painted, dpr: window.devicePixelRatio };
    });
    assert.equal(m.dpr, dpr);
    assert.equal(m.w, Math.round(m.cssW * dpr), JSON.stringify(m));
    assert.equal(m.h, Math.round(m.cssH * dpr), JSON.stringify(m));
    assert.ok(m.painted > 1000, `pixels were drawn: ${m.painted}`);
    const label = await canvas.getAttribute('aria-label');
    assert.match(label, /共3项增长指标/);
    assert.match(label, /153\.3%/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a bar click scrolls to and highlights its source card', async () => {
  const { context, page, errors } = await open(env.browser, env.server.url, DESKTOP);
  const canvas = page.locator('figure.chart canvas.chart-canvas').first();
  await canvas.waitFor();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  // Sweep down the canvas until the pointer is over a bar (the tooltip appears), then click it.
  let hit = null;
  for (let y = 4; y < box.height && !hit; y += 4) {
    for (const fx of [0.5, 0.6, 0.4, 0.7, 0.3]) {
      await page.mouse.move(box.x + box.width * fx, box.y + y);
      if (await page.locator('.chart-tip').count()) { hit = { x: box.x + box.width * fx, y: box.y + y }; break; }
    }
  }
  assert.ok(hit, 'hovering a bar shows a tooltip');
  // What the tooltip says, read at once: once clicked, the page scrolls and the tooltip may go.
  const [tipLabel, value] = await page.locator('.chart-tip').evaluateAll((els) => [
    els[0]?.querySelector('.chart-tip-label')?.textContent ?? '',
    els[0]?.querySelector('.chart-tip-value')?.textContent ?? null,
  ]);
  assert.ok(tipLabel.length > 0);
  await page.mouse.click(hit.x, hit.y);
  const focused = page.locator('article.card.focused');
  await focused.waitFor();
  // The history entry is written right after the next painted frame.
  await page.waitForFunction(() => new URL(location.href).searchParams.has('card'));
  assert.match(page.url(), /card=/);
  const text = await focused.locator('.card-text').textContent();
  if (value) assert.ok(text.includes(value.replace(/^[▲▼]/, '').replace(/（[^）]*）$/, '')), `${value} is in the card`);
  assert.deepEqual(errors, []);
  await context.close();
});
