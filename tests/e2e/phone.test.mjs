// End-to-end tests of reading on a phone (and a desktop) in every engine: the number pop-up is
// whole and on screen, folded cards keep their marks whole and fold to the same four lines, and
// no combination of width, 字号, 长辈模式 and open panel scrolls the page sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open, PHONE, DESKTOP } from './lib/browser.mjs';
import { SHOTS, settle } from './lib/app.mjs';

const env = suite();

async function start(query = '', options = DESKTOP) {
  const session = await open(env.browser, env.server.url + query, options);
  await settle(session.page);
  return session;
}

/** Whether each corner of the open pop-up is its own (not covered) and inside the viewport. */
function popoverCorners(page) {
  return page.evaluate(() => {
    const pop = document.querySelector('.num-popover[data-side]');
    if (!pop) return null;
    const r = pop.getBoundingClientRect();
    // Inset past the rounded corners.
    const pts = [[r.left + 10, r.top + 10], [r.right - 10, r.top + 10], [r.left + 10, r.bottom - 10], [r.right - 10, r.bottom - 10]];
    return {
      own: pts.map(([x, y]) => pop.contains(document.elementFromPoint(x, y))),
      inside: r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth && r.bottom <= innerHeight,
      rect: [r.left, r.top, r.width, r.height].map(Math.round),
    };
  });
}

for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: a number's pop-up in a folded card is whole, on screen, and closes by a tap elsewhere or 关闭`, async () => {
    const { context, page, errors } = await start('', device);
    const card = page.locator('article').filter({ hasText: '国土空间提质增效' }).first();
    await card.scrollIntoViewIfNeeded();
    assert.ok(await card.locator('.card-text.folded').count(), 'the card is folded');
    const mark = card.locator('button.num').filter({ hasText: '第二' }).first();
    await mark.click();
    await page.locator('.num-popover[data-side]').waitFor();
    const corners = await popoverCorners(page);
    assert.deepEqual(corners.own, [true, true, true, true], `no corner covered or clipped: ${JSON.stringify(corners)}`);
    assert.ok(corners.inside, `inside the viewport: ${JSON.stringify(corners)}`);
    assert.match(await page.locator('.num-popover').textContent(), /指标：.*类型：排名.*原文：第二/);
    await page.screenshot({ path: path.join(SHOTS, `phone-popover-${name}.png`) });
    // A tap on the card's heading (outside the pop-up) closes it.
    await card.locator('.card-title').click();
    await page.locator('.num-popover').waitFor({ state: 'detached' });
    assert.equal(await mark.getAttribute('aria-expanded'), 'false');
    // 关闭 closes it and gives the focus back to the number.
    await mark.click();
    await page.locator('.num-popover[data-side]').waitFor();
    await page.locator('.num-popover-close').click();
    await page.locator('.num-popover').waitFor({ state: 'detached' });
    assert.ok(await page.evaluate(() => document.activeElement.matches('button.num') && document.activeElement.textContent.startsWith('第二')));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('folded cards are four lines high in every engine, and no mark is cut by the fold', async () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const { context, page, errors } = await start('', device);
    const folds = await page.locator('.card-text.folded').evaluateAll((els) => els.map((el) => {
      el.scrollIntoView();
      const r = el.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(el).lineHeight);
      const cut = [...el.querySelectorAll('button.num')].filter((m) => {
        const b = m.getBoundingClientRect();
        return b.top < r.bottom && b.bottom > r.bottom + 0.5; // partly shown
      }).map((m) => m.textContent);
      return { id: el.closest('article').id, lines: r.height / line, fits: el.scrollHeight <= el.clientHeight + 1, cut, scrolled: el.scrollTop };
    }));
    assert.ok(folds.length >= 10, `${name}: the seed folds its long cards (${folds.length})`);
    for (const f of folds) {
      // A text that is long in characters may still fit in four lines on a wide screen.
      assert.ok(Math.abs(f.lines - 4) < 0.05 || (f.fits && f.lines < 4), `${name}: ${f.id} folds to ${f.lines.toFixed(2)} lines, not 4`);
      assert.deepEqual(f.cut, [], `${name}: ${f.id} cuts marks at the fold`);
      assert.equal(f.scrolled, 0);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** The document's width beyond `width` px (the width the test set, not innerWidth, which phone
 * emulation widens with the overflow). */
function overflowPast(page, width) {
  return page.evaluate((w) => document.documentElement.scrollWidth - w, width);
}

test('no sideways scrolling at 320–414 px, at every 字号, in 长辈模式, with every panel open', async () => {
  for (const width of [320, 360, 390, 414]) {
    const device = { ...PHONE, viewport: { width, height: 844 } };
    const { context, page, errors } = await start('', device);
    for (const summary of ['.aids-sheet > summary', '.filter-sheet > summary', '.toc-details > summary', '.open-report > summary']) {
      const open = await page.locator(summary).evaluate((s) => s.parentElement.open);
      if (!open) await page.locator(summary).click();
    }
    for (const step of [1, 2, 3, 4, 'elder']) {
      if (step === 'elder') await page.locator('.elder-toggle').click();
      else await page.locator(`.font-step-${step}`).click();
      await page.waitForFunction((s) => document.documentElement.classList.contains(s === 'elder' ? 'elder' : `font-${s}`), step);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const over = await overflowPast(page, width);
      if (over > 0) await page.screenshot({ path: path.join(SHOTS, `phone-overflow-${width}-${step}.png`) });
      assert.ok(over <= 0, `${width} px, 字号 ${step}, panels open: the page is ${over} px too wide`);
    }
    // The 嵌入 dialog, at the largest text.
    // By keyboard: the button is at the page's end, below cards that may still be laid out.
    await page.locator('.embed-open').focus();
    await page.keyboard.press('Enter');
    await page.locator('.embed-dialog[open]').waitFor();
    const over = await overflowPast(page, width);
    assert.ok(over <= 0, `${width} px, 嵌入 open: the page is ${over} px too wide`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the charts open on the first tab with data for the view; the tabs follow the ARIA tabs pattern', async () => {
  for (const query of ['?part=plan&kind=target', '?q=%E5%85%BB%E8%80%81', '']) {
    const { context, page, errors } = await start(query);
    const tabs = await page.locator('.chart-tab').evaluateAll((els) => els.map((t) => ({
      name: t.textContent, count: Number(t.querySelector('.chart-tab-count').textContent),
      selected: t.getAttribute('aria-selected') === 'true', stop: t.tabIndex,
    })));
    const first = tabs.find((t) => t.count > 0);
    assert.ok(first, `${query}: some chart has data`);
    assert.deepEqual(tabs.filter((t) => t.selected).map((t) => t.name), [first.name], `${query}: opens on the first tab with data ${JSON.stringify(tabs)}`);
    assert.deepEqual(tabs.filter((t) => t.stop === 0).map((t) => t.name), [first.name], `${query}: one tab stop, the selected tab`);
    // Arrows, Home and End move the selection and the focus.
    await page.locator('.chart-tab[aria-selected=true]').focus();
    const selected = () => page.evaluate(() => [document.querySelector('.chart-tab[aria-selected=true]').id, document.activeElement.id]);
    await page.keyboard.press('End');
    let [sel, focus] = await selected();
    assert.equal(sel, (await page.locator('.chart-tab').last().getAttribute('id')));
    assert.equal(focus, sel);
    await page.keyboard.press('ArrowRight');
    [sel, focus] = await selected();
    assert.equal(sel, (await page.locator('.chart-tab').first().getAttribute('id')), 'ArrowRight wraps to the first');
    assert.equal(focus, sel);
    await page.keyboard.press('ArrowLeft');
    [sel] = await selected();
    assert.equal(sel, (await page.locator('.chart-tab').last().getAttribute('id')), 'ArrowLeft wraps to the last');
    await page.keyboard.press('Home');
    [sel] = await selected();
    assert.equal(sel, (await page.locator('.chart-tab').first().getAttribute('id')));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('each kind chip counts the cards with that kind under the other filters, whichever kinds are chosen', async () => {
  const { context, page, errors } = await start('?part=plan&kind=target');
  const chips = await page.locator('.chip').evaluateAll((els) => els.map((c) => [c.className.match(/chip-(\w+)/)[1], Number(/（(\d+)）/.exec(c.textContent)[1]), c.disabled]));
  const growth = chips.find(([k]) => k === 'growth');
  const target = chips.find(([k]) => k === 'target');
  const bars = Number(await page.locator('#chart-tab-growth .chart-tab-count').textContent());
  // In a plan part every indicator is a target: no card has a growth, and the chip says so.
  assert.equal(growth[1], 0, `growth chip: ${JSON.stringify(chips)}`);
  assert.equal(bars, 0);
  assert.equal(growth[2], true, 'an empty choice is disabled');
  assert.ok(target[1] > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: a 目录 entry brings its heading into view with the focus, and closes the 目录; back closes the 目录 and a pop-up', async () => {
  const { context, page, errors } = await start('', PHONE);
  const toc = page.locator('.toc-details');
  assert.equal(await toc.evaluate((d) => d.open), false, 'closed on a phone');
  await page.locator('.toc-details > summary').click();
  await page.waitForFunction(() => document.querySelector('.toc-details').open);
  const entry = page.locator('.toc-list a[href="#section-2-3"]');
  const label = (await entry.textContent()).trim();
  await entry.click();
  await page.waitForFunction(() => document.activeElement?.id === 'section-2-3', undefined, { timeout: 10000 });
  // Smooth scrolling ends within a second or so.
  await page.waitForFunction(() => {
    const r = document.getElementById('section-2-3').getBoundingClientRect();
    return r.top >= -1 && r.top < 80;
  }, undefined, { timeout: 10000 });
  assert.equal((await page.locator('#section-2-3').textContent()).trim(), label);
  assert.equal(await toc.evaluate((d) => d.open), false, 'the 目录 closed');
  await page.waitForFunction(() => location.search === '?section=2-3');
  await settle(page);

  // Back with the 目录 open closes it and stays on this view. (Opening adds a history entry of
  // its own in the toggle event, a task after the click: wait for it as a reader's thumb would.)
  const overlayEntry = () => page.waitForFunction(() => history.state === 'report-explorer:overlay');
  await page.locator('.toc-details > summary').click();
  await overlayEntry();
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('.toc-details').open);
  assert.equal(new URL(page.url()).search, '?section=2-3');
  // Back with a number's pop-up open closes it and stays on this view.
  await page.locator('article button.num').first().click();
  await page.locator('.num-popover[data-side]').waitFor();
  await overlayEntry();
  await page.goBack();
  await page.locator('.num-popover').waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).search, '?section=2-3');
  // And back once more leaves the section for the view before it.
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The page's tab stops: visible, enabled elements with tabIndex ≥ 0, and per card how many. */
function tabStops(page) {
  return page.evaluate(() => {
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex], canvas';
    const stops = [...document.querySelectorAll(focusable)].filter((el) => el.tabIndex >= 0 && !el.disabled
      && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]'));
    const perCard = {};
    for (const el of stops) {
      const card = el.closest('article');
      if (card) perCard[card.id] = (perCard[card.id] || 0) + 1;
    }
    return { all: stops.length, inCards: Object.values(perCard).reduce((a, b) => a + b, 0), perCard, cards: document.querySelectorAll('article').length };
  });
}

test('the keyboard: one tab stop per card, arrows move between its numbers and 展开, a number below the fold unfolds its card', async () => {
  const { context, page, errors } = await start('');
  const stops = await tabStops(page);
  const crowded = Object.entries(stops.perCard).filter(([, n]) => n > 1);
  assert.deepEqual(crowded, [], 'at most one tab stop per card');
  assert.ok(stops.all - stops.inCards <= 80, `at most 80 for the page's controls (${stops.all - stops.inCards})`);
  // Into a folded card with numbers below its fold.
  const card = page.locator('article').filter({ hasText: '城市功能进一步优化' }).first();
  await card.scrollIntoViewIfNeeded();
  const first = card.locator('button.num[tabindex="0"]');
  assert.equal(await first.count(), 1, "the card's first number is its tab stop");
  await first.focus();
  const marks = await card.locator('button.num').count();
  for (let i = 1; i < marks; i += 1) await page.keyboard.press('ArrowRight');
  const at = await page.evaluate(() => [document.activeElement.matches('button.num'), document.activeElement.tabIndex,
    document.activeElement.closest('article').querySelector('.card-text').classList.contains('folded'),
    document.activeElement.closest('article').querySelector('.card-text').scrollTop]);
  assert.deepEqual(at, [true, 0, false, 0], 'on the last number, the card unfolded, the text not scrolled');
  assert.equal(await card.locator('[tabindex="0"]').count(), 1, 'still one stop in the card: the number last focused');
  await page.keyboard.press('Home');
  assert.ok(await page.evaluate(() => document.activeElement.matches('article button.num') && document.activeElement === document.activeElement.closest('article').querySelector('button.num')));
  await page.keyboard.press('End');
  assert.ok(await page.evaluate(() => document.activeElement.matches('.fold-toggle')), 'End reaches the card\'s own button');
  await page.keyboard.press('Enter');
  assert.equal(await card.locator('.card-text.folded').count(), 1, '收起 folds it again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('cards keep their gap and the desktop columns all the way down (chunks built later too)', async () => {
  for (const [name, device, columns] of [['phone', PHONE, 1], ['desktop', DESKTOP, 2]]) {
    const { context, page, errors } = await start('', device);
    // Every chunk laid out (later ones skip layout while off screen).
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) { scrollTo(0, y); await new Promise((r) => requestAnimationFrame(r)); }
    });
    const m = await page.evaluate(() => {
      const els = [...document.querySelectorAll('.card-list article, .card-list h2, .card-list h3')].filter((e) => e.getClientRects().length);
      const tight = [];
      for (let i = 1; i < els.length; i += 1) {
        const a = els[i - 1].getBoundingClientRect();
        const b = els[i].getBoundingClientRect();
        if (Math.abs(a.left - b.left) < 2 && b.top > a.top && b.top - a.bottom < 6) tight.push(`${els[i - 1].id}→${els[i].id}`);
      }
      const lefts = new Set([...document.querySelectorAll('.card-list article:not(.card-wide)')].map((a) => Math.round(a.getBoundingClientRect().left)));
      const last = document.querySelector('.card-list .card-chunk-later article:not(.card-wide)');
      const lastLefts = new Set([...last.parentElement.closest('.card-chunk').querySelectorAll('article:not(.card-wide)')].map((a) => Math.round(a.getBoundingClientRect().left)));
      return { tight, columns: lefts.size, laterColumns: lastLefts.size };
    });
    assert.deepEqual(m.tight, [], `${name}: cards and headings touch`);
    assert.equal(m.columns, columns, `${name}: ${columns} column(s)`);
    assert.equal(m.laterColumns, columns, `${name}: a chunk built later has the same columns`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('phone: scrolling up from the end never jumps (chunks not laid out yet stand in at their estimated height)', async () => {
  const { context, page, errors } = await start('', PHONE);
  await page.waitForFunction(() => document.querySelector('.card-list[data-stand-ins]'));
  const r = await page.evaluate(async () => {
    const frame = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    const before = document.documentElement.scrollHeight;
    scrollTo(0, before);
    await frame();
    const moves = [];
    while (scrollY > 0 && moves.length < 60) {
      // A heading or card on screen: it must move by exactly what was scrolled.
      const ref = [...document.querySelectorAll('article, h2, h3')].find((e) => {
        const b = e.getBoundingClientRect();
        return b.top >= 0 && b.top < innerHeight;
      });
      if (!ref) break; // above the list
      const top = ref.getBoundingClientRect().top;
      const y = scrollY;
      scrollBy(0, -400);
      await frame();
      moves.push(Math.round(ref.getBoundingClientRect().top - top - (y - scrollY)));
    }
    return { before, after: document.documentElement.scrollHeight, moves };
  });
  const worst = Math.max(...r.moves.map(Math.abs));
  assert.ok(worst <= 60, `a 400 px scroll moved the content by up to ${worst} px more or less: ${r.moves}`);
  assert.ok(Math.abs(r.after - r.before) <= 0.03 * r.after, `the page height held (${r.before} → ${r.after} px)`);
  assert.deepEqual(errors, []);
  await context.close();
});
