// End-to-end tests of the explorer: search, filters, the URL contract, reading aids, keyboard
// use, accessibility (axe-core) and screenshots, against the built dist/ served on loopback in
// real headless Chromium. Each test opens its own browser context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { suite } from './lib/suite.mjs';
import { open, PHONE, DESKTOP } from './lib/browser.mjs';
import {
  SHOTS, seedParagraphs, seedHeadings, settle, statusText, statusCount, cards, labelCount,
  htmlClasses, queryPairs, axeViolations, horizontalOverflow,
} from './lib/app.mjs';

const PARAS = seedParagraphs();
const HEADINGS = seedHeadings();
const KINDS = ['growth', 'rate', 'rank', 'target', 'amount'];
const PART_SELECT = '.filter-field:has-text("部分") select';
const SECTION_SELECT = '.filter-field:has-text("小节") select';
const NUMS_CHECK = '.filter-check input[type=checkbox]';

const env = suite();

/** Opens the app at `query` in a fresh context and waits for the card list to settle. */
async function start(query = '', options = DESKTOP) {
  const session = await open(env.browser, env.server.url + query, options);
  await settle(session.page);
  return session;
}

/** Rendered card texts equal, in order, the seed paragraphs `expected`. */
async function assertCardsAre(page, expected, what) {
  const shown = await cards(page);
  assert.deepEqual(shown.map((c) => c.text), expected.map((p) => p.text), what);
  assert.equal(await statusCount(page), expected.length, `${what}: the status line counts them`);
  return shown;
}

test('the seed reads as 36 cards: 32 topics, 2 part intros, 2 closings (independent reading)', async () => {
  assert.equal(PARAS.length, 36);
  assert.equal(PARAS.filter((p) => p.title).length, 32);
  assert.equal(HEADINGS.parts.length, 2);
  assert.equal(Object.keys(HEADINGS.sections).length, 11);
  const { context, page, errors } = await start();
  const shown = await assertCardsAre(page, PARAS, 'default view shows every paragraph in source order');
  for (const [i, p] of PARAS.entries()) {
    if (p.title) assert.equal(shown[i].title, p.title, `card ${i} titled by its lead phrase`);
    const part = HEADINGS.parts[p.part - 1];
    assert.ok(shown[i].place.startsWith(part.replace(/\s/g, '')), `card ${i} placed in ${part}: ${shown[i].place}`);
  }
  assert.equal(await statusText(page), '共 36 条，全部显示');
  assert.deepEqual(errors, []);
  await context.close();
});

test('search 养老 finds exactly the paragraphs that mention it, highlighted with <mark>', async () => {
  const { context, page, errors } = await start();
  await page.getByLabel('搜索报告').fill('养老');
  await page.waitForFunction(() => /共 \d+ 条$/.test(document.querySelector('.search-status').textContent.trim()));
  await settle(page);
  const expected = PARAS.filter((p) => p.text.includes('养老'));
  assert.ok(expected.length >= 1);
  const shown = await cards(page);
  assert.deepEqual(shown.map((c) => c.text).sort(), expected.map((p) => p.text).sort());
  for (const c of shown) {
    assert.ok(c.text.includes('养老'), `${c.id} mentions 养老`);
    assert.equal(c.marks.length, c.text.split('养老').length - 1, `${c.id}: every 养老 is marked`);
    assert.ok(c.marks.every((m) => m === '养老'), `${c.id} marks: ${c.marks}`);
  }
  assert.equal(await statusText(page), `共 ${expected.length} 条`);
  assert.equal(await page.locator('[role=status].search-status').count(), 1);
  assert.ok(await page.locator('article .card-text mark').count() >= expected.length);
  assert.deepEqual(queryPairs(page), [['q', '养老']]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('other searches match the independent reading too (学校, 交通, 消防, 增长)', async () => {
  const { context, page, errors } = await start();
  for (const term of ['学校', '交通', '消防', '增长']) {
    await page.getByLabel('搜索报告').fill(term);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('q') === t, term);
    await settle(page);
    const expected = PARAS.filter((p) => p.text.includes(term));
    const shown = await cards(page);
    assert.deepEqual(shown.map((c) => c.text).sort(), expected.map((p) => p.text).sort(), term);
    assert.equal(await statusText(page), `共 ${expected.length} 条`, term);
    for (const c of shown) assert.ok(c.marks.some((m) => m.includes(term) || term.includes(m)), `${term}: ${c.id} has a mark`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('full-width digits ３２９.７３ find the 329.73 card', async () => {
  const { context, page, errors } = await start();
  await page.getByLabel('搜索报告').fill('３２９.７３');
  await page.waitForFunction(() => /共 \d+ 条$/.test(document.querySelector('.search-status').textContent.trim()));
  await settle(page);
  const shown = await cards(page);
  const expected = PARAS.filter((p) => p.text.includes('329.73'));
  assert.equal(expected.length, 1);
  assert.deepEqual(shown.map((c) => c.text), [expected[0].text]);
  assert.ok(shown[0].marks.join('').includes('329.73'), `the number is highlighted: ${shown[0].marks}`);
  assert.equal(await statusText(page), '共 1 条');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a query with no match says 没有找到 and its clear button restores every card', async () => {
  const { context, page, errors } = await start();
  await page.getByLabel('搜索报告').fill('火星殖民');
  await page.getByText('没有找到').waitFor();
  assert.match(await statusText(page), /没有找到与“火星殖民”相关的内容/);
  // The list catches up (after the frame, when it is off screen) and takes the earlier cards down.
  await settle(page);
  assert.equal(await page.locator('article').count(), 0);
  await page.getByRole('button', { name: '清除搜索和筛选' }).click();
  await page.waitForFunction(() => document.querySelector('.search-status').textContent.includes('全部显示'));
  await settle(page);
  await assertCardsAre(page, PARAS, 'cleared');
  assert.equal(await page.getByLabel('搜索报告').inputValue(), '');
  await page.waitForFunction(() => location.search === '');
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('part select: 1, 2, summary and plan show the cards of that part, as many as the option says', async () => {
  const { context, page, errors } = await start();
  const options = await page.locator(`${PART_SELECT} option`).evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.map(([v]) => v), ['', '1', '2', 'summary', 'plan']);
  assert.equal(labelCount(options[0][1]), 36);
  const partOf = { 1: 1, 2: 2, summary: 1, plan: 2 };
  for (const [value, label] of options.slice(1)) {
    await page.locator(PART_SELECT).selectOption(value);
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('part') === v, value);
    await settle(page);
    const expected = PARAS.filter((p) => p.part === partOf[value]);
    assert.equal(labelCount(label), expected.length, `option ${label}`);
    const shown = await assertCardsAre(page, expected, `part=${value}`);
    const partLabel = HEADINGS.parts[partOf[value] - 1];
    assert.ok(shown.every((c) => c.place.startsWith(partLabel)), `part=${value}: every card is in ${partLabel}`);
    assert.equal(await statusText(page), `共 ${expected.length} 条`);
  }
  await page.locator(PART_SELECT).selectOption('');
  await page.waitForFunction(() => location.search === '');
  await settle(page);
  await assertCardsAre(page, PARAS, 'all parts again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('section select: every section shows its topics, as many as the option says', async () => {
  const { context, page, errors } = await start();
  const options = await page.locator(`${SECTION_SELECT} option`).evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.map(([v]) => v).slice(1), Object.keys(HEADINGS.sections));
  for (const [value, label] of options.slice(1)) {
    const [p, s] = value.split('-').map(Number);
    await page.locator(SECTION_SELECT).selectOption(value);
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('section') === v, value);
    await settle(page);
    const expected = PARAS.filter((x) => x.part === p && x.section === s);
    assert.equal(labelCount(label), expected.length, `option ${label}`);
    const shown = await assertCardsAre(page, expected, `section=${value}`);
    assert.deepEqual(shown.map((c) => c.title), expected.map((x) => x.title));
    const heading = HEADINGS.sections[value].replace(/\s/g, '').replace(/^\(([一二三四五六七八九十]+)\)/, '（$1）');
    assert.ok(shown.every((c) => c.place.endsWith(heading)), `section=${value}: placed under ${heading}: ${shown[0].place}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('each kind chip shows the cards with a number of that kind, as many as the chip says', async () => {
  const { context, page, errors } = await start();
  const all = await cards(page);
  for (const kind of KINDS) {
    const chip = page.locator(`.chip-${kind}`);
    const count = labelCount(await chip.locator('.chip-count').textContent());
    await chip.click();
    await page.waitForFunction((k) => new URL(location.href).searchParams.get('kind') === k, kind);
    await settle(page);
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    const shown = await cards(page);
    assert.equal(shown.length, count, `${kind}: the chip's count`);
    assert.equal(await statusText(page), `共 ${count} 条`);
    for (const c of shown) {
      assert.ok(c.kinds.includes(kind), `${kind}: ${c.id} has a .num-${kind} mark (has ${c.kinds})`);
      assert.ok(await page.locator(`#${c.id} .num-${kind}`).first().isVisible());
    }
    // Exactly the cards of the full list that carry such a mark.
    assert.deepEqual(shown.map((c) => c.id), all.filter((c) => c.kinds.includes(kind)).map((c) => c.id), kind);
    await chip.click();
    await page.waitForFunction(() => location.search === '');
    await settle(page);
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    assert.equal((await cards(page)).length, 36);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('only-numbers checkbox leaves the cards with indicators, as many as its label says', async () => {
  const { context, page, errors } = await start();
  const all = await cards(page);
  const label = await page.locator('.filter-check').textContent();
  await page.locator(NUMS_CHECK).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('nums') === '1');
  await settle(page);
  const shown = await cards(page);
  assert.equal(shown.length, labelCount(label));
  assert.ok(shown.length < 36);
  assert.deepEqual(shown.map((c) => c.id), all.filter((c) => c.count !== '本段没有统计数字').map((c) => c.id));
  assert.ok(shown.every((c) => c.kinds.length > 0 && /^\d+ 项指标$/.test(c.count)));
  await page.locator(NUMS_CHECK).uncheck();
  await page.waitForFunction(() => location.search === '');
  await settle(page);
  assert.equal((await cards(page)).length, 36);
  assert.deepEqual(errors, []);
  await context.close();
});

test('part 2 + target: counts shown match, every card is a plan card with a target, 清除 restores all', async () => {
  const { context, page, errors } = await start();
  const all = await cards(page);
  await page.locator(PART_SELECT).selectOption('2');
  await page.waitForFunction(() => location.search === '?part=2');
  await settle(page);
  const chip = page.locator('.chip-target');
  const count = labelCount(await chip.locator('.chip-count').textContent());
  await chip.click();
  await page.waitForFunction(() => location.search === '?part=2&kind=target');
  await settle(page);
  const shown = await cards(page);
  const expected = all.filter((c) => c.place.startsWith(HEADINGS.parts[1]) && c.kinds.includes('target'));
  assert.ok(expected.length > 0);
  assert.deepEqual(shown.map((c) => c.id), expected.map((c) => c.id));
  assert.equal(shown.length, count, 'the target chip counted within part 2');
  assert.equal(await statusText(page), `共 ${count} 条`);
  // The part option's count, read while the kind is selected, agrees too.
  const partLabel = await page.locator(`${PART_SELECT} option[value="2"]`).textContent();
  assert.equal(labelCount(partLabel), count, `part option under kind=target: ${partLabel}`);
  assert.match(await page.locator('.filter-sheet > summary').textContent(), /已选 2 项/);

  const clear = page.getByRole('button', { name: '清除', exact: true });
  assert.equal(await clear.isEnabled(), true);
  await clear.click();
  await page.waitForFunction(() => location.search === '');
  await settle(page);
  await assertCardsAre(page, PARAS, 'after 清除');
  assert.equal(await clear.isDisabled(), true);
  assert.equal(await page.locator(PART_SELECT).inputValue(), '');
  assert.equal(await chip.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

test('URL round trip: open, change, back, forward, reload', async () => {
  const { context, page, errors } = await start('?q=%E5%85%BB%E8%80%81&part=1');
  const view = async () => ({
    q: await page.getByLabel('搜索报告').inputValue(),
    part: await page.locator(PART_SELECT).inputValue(),
    growth: await page.locator('.chip-growth').getAttribute('aria-pressed'),
    ids: (await cards(page)).map((c) => c.id),
  });
  const first = await view();
  const expected = PARAS.filter((p) => p.part === 1 && p.text.includes('养老'));
  assert.equal(first.q, '养老');
  assert.equal(first.part, '1');
  assert.equal(first.ids.length, expected.length);
  assert.equal(await statusText(page), `共 ${expected.length} 条`);

  // Changes update the URL in place: no reload (a marker on window survives).
  await page.evaluate(() => { window.__noReload = true; });
  await page.locator(PART_SELECT).selectOption('');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('part'));
  await settle(page);
  assert.deepEqual(queryPairs(page), [['q', '养老']]);
  const second = await view();
  assert.equal(second.ids.length, PARAS.filter((p) => p.text.includes('养老')).length);
  await page.getByLabel('搜索报告').fill('');
  await page.waitForFunction(() => location.search === '');
  await page.locator('.chip-growth').click();
  await page.waitForFunction(() => location.search === '?kind=growth');
  await settle(page);
  const third = await view();
  assert.equal(third.growth, 'true');
  assert.equal(await page.evaluate(() => window.__noReload), true, 'no reload while filtering');

  // History: the opening view, then `?q=养老` (part cleared: pushed), which clearing the search
  // box replaced by `` (typing replaces), then `?kind=growth` (pushed).
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('kind'));
  await settle(page);
  const back1 = await view();
  assert.equal(back1.growth, 'false');
  assert.equal(await page.evaluate(() => window.__noReload), true, 'back is a same-document step');
  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('part') === '1');
  await settle(page);
  assert.deepEqual(await view(), first, 'back to the opening view');
  await page.goForward();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('part'));
  await settle(page);
  assert.deepEqual(await view(), back1, 'forward again');
  await page.goForward();
  await page.waitForFunction(() => location.search === '?kind=growth');
  await settle(page);
  assert.deepEqual(await view(), third, 'forward to the kind filter');

  await page.reload();
  await settle(page);
  assert.equal(await page.evaluate(() => window.__noReload), undefined, 'it did reload');
  assert.deepEqual(await view(), third, 'reload keeps the view');
  assert.deepEqual(errors, []);
  await context.close();
});

test('?card=1-2-1 scrolls to that card and marks it focused', async () => {
  const { context, page, errors } = await start('?card=1-2-1');
  const card = page.locator('#card-1-2-1');
  await card.waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('card-1-2-1').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  assert.match(await card.getAttribute('class'), /\bfocused\b/);
  assert.equal(await page.locator('article.focused').count(), 1);
  assert.equal(await card.locator('.card-title').textContent(), PARAS.filter((p) => p.part === 1 && p.section === 2)[0].title);
  assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled');
  assert.equal((await cards(page)).length, 36, 'focusing does not filter');
  assert.deepEqual(errors, []);
  await context.close();
});

test('malformed URL parameters show the full default view without errors', async () => {
  const { context, page, errors } = await start('?part=99&kind=bogus&section=x-y&font=9&theme=neon&%E0%A4%A=1');
  await assertCardsAre(page, PARAS, 'default view');
  assert.equal(await statusText(page), '共 36 条，全部显示');
  assert.equal(await page.locator(PART_SELECT).inputValue(), '');
  assert.equal(await page.locator(SECTION_SELECT).inputValue(), '');
  assert.equal(await page.locator('.chip[aria-pressed=true]').count(), 0);
  const classes = await htmlClasses(page);
  assert.ok(classes.includes('font-1') && classes.includes('theme-auto'), `html classes ${classes}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('reading aids: font steps, themes, persistence, and URL overrides', async () => {
  const { context, page, errors } = await start();
  const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  assert.ok((await htmlClasses(page)).includes('font-1'));
  const sizes = [];
  for (const step of [2, 3, 4, 1]) {
    await page.locator(`.font-step-${step}`).click();
    await page.waitForFunction((s) => document.documentElement.classList.contains(`font-${s}`), step);
    assert.equal(await page.locator(`.font-step-${step}`).getAttribute('aria-pressed'), 'true');
    assert.equal((await htmlClasses(page)).filter((c) => c.startsWith('font-')).length, 1);
    sizes[step] = parseFloat(await fontSize());
  }
  assert.ok(sizes[1] < sizes[2] && sizes[2] < sizes[3] && sizes[3] < sizes[4], `font sizes grow: ${sizes}`);
  assert.equal(sizes[1], 17);

  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const seen = new Set();
  for (const theme of ['light', 'dark', 'eyecare', 'contrast']) {
    await page.getByLabel('颜色').selectOption(theme);
    await page.waitForFunction((t) => document.documentElement.classList.contains(`theme-${t}`), theme);
    assert.equal((await htmlClasses(page)).filter((c) => c.startsWith('theme-')).length, 1);
    seen.add(await bg());
  }
  assert.equal(seen.size, 4, `each theme has its own background: ${[...seen]}`);
  assert.equal(await bg(), 'rgb(0, 0, 0)');

  // Persisted: eyecare, font 2, elder mode survive a reload.
  await page.getByLabel('颜色').selectOption('eyecare');
  await page.locator('.font-step-2').click();
  await page.locator('.elder-toggle').click();
  await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
  // The settings' classes only: `speech-*` says what the engine's voices turned out to be, and
  // arrives when they do, after the reload or not.
  const settings = async () => (await htmlClasses(page)).filter((c) => !c.startsWith('speech-')).sort();
  const before = await settings();
  await page.reload();
  await settle(page);
  assert.deepEqual(await settings(), before);
  assert.ok(before.includes('theme-eyecare') && before.includes('elder'), `${before}`);
  assert.equal(await bg(), 'rgb(199, 237, 204)');
  assert.equal(await page.locator('.elder-toggle').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByLabel('颜色').inputValue(), 'eyecare');
  assert.equal(new URL(page.url()).search, '', 'settings are not written into the URL');
  assert.deepEqual(errors, []);
  await context.close();
});

test('?theme=dark&font=3&elder=1 applies, without overwriting stored settings', async () => {
  const { context, page, errors } = await start('?theme=dark&font=3&elder=1');
  const classes = await htmlClasses(page);
  assert.ok(classes.includes('theme-dark') && classes.includes('elder') && classes.includes('font-3'), `${classes}`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 20, 23)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '22px');
  assert.equal(await page.getByLabel('颜色').inputValue(), 'dark');
  assert.equal(await page.locator('.elder-toggle').getAttribute('aria-pressed'), 'true');
  // Elder mode: one column of cards even on a desktop.
  const columns = await page.evaluate(() => getComputedStyle(document.querySelector('.card-list')).gridTemplateColumns.split(' ').length);
  assert.equal(columns, 1);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('report-explorer:')));
  assert.deepEqual(stored, [], 'URL-only settings are not remembered');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Presses Tab until `predicate(activeElement)` holds (at most `max` times); returns the steps. */
async function tabTo(page, predicate, max = 200) {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return i;
  }
  throw new Error(`not reached by Tab within ${max} presses`);
}

test('keyboard only: search, chips (Enter/Space), number marks (Enter/Escape), visible focus', async () => {
  const { context, page, errors } = await start();
  const focusRing = () => page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });

  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '跳到正文', 'first stop: skip link');
  await tabTo(page, () => document.activeElement.id === 'search-input');
  let ring = await focusRing();
  assert.ok(ring.visible && ring.style !== 'none' && ring.width >= 2, `search focus ring ${JSON.stringify(ring)}`);
  await page.keyboard.type('养老');
  await page.waitForFunction(() => location.search.includes('q='));
  await settle(page);
  assert.equal(await statusText(page), `共 ${PARAS.filter((p) => p.text.includes('养老')).length} 条`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => location.search === '');
  await settle(page);

  await tabTo(page, () => document.activeElement.classList.contains('chip-growth'));
  ring = await focusRing();
  assert.ok(ring.visible && ring.style !== 'none' && ring.width >= 2, `chip focus ring ${JSON.stringify(ring)}`);
  const chip = page.locator('.chip-growth');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '?kind=growth');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.search === '');
  assert.equal(await chip.getAttribute('aria-pressed'), 'false');
  await tabTo(page, () => document.activeElement.classList.contains('chip-rate'), 1);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.search === '?kind=rate');
  await settle(page);

  // On to the first number mark in the cards.
  await tabTo(page, () => document.activeElement.matches('article .num'));
  ring = await focusRing();
  assert.ok(ring.visible && ring.style !== 'none' && ring.width >= 2, `number focus ring ${JSON.stringify(ring)}`);
  const num = page.locator('article .num:focus');
  assert.equal(await num.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.num-popover').count(), 0, 'closed details are not on the page');
  await page.keyboard.press('Enter');
  // The details open as a dialog that takes the focus, labelled by the number.
  await page.waitForFunction(() => document.activeElement.matches('.num-popover[role=dialog][data-side]'));
  const open = page.locator('article .num[aria-expanded=true]');
  const details = page.locator(`#${await open.getAttribute('aria-controls')}`);
  assert.equal(await details.isVisible(), true);
  assert.match(await details.textContent(), /指标：.*类型：.*原文：/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement.matches('article .num[aria-expanded=false]'));
  assert.equal(await page.locator('.num-popover').count(), 0);
  assert.ok(await page.evaluate(() => document.activeElement.matches('article .num')), 'focus is back on the mark');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Runs axe on the page at `query` and asserts no violations. */
async function assertAccessible(t, query, options = DESKTOP, prepare) {
  const { context, page, errors } = await start(query, options);
  if (prepare) await prepare(page);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe on ${query || 'the default view'}:\n${JSON.stringify(violations, null, 1)}`);
  assert.deepEqual(errors, []);
  await context.close();
}

test('axe: the default view has no violations', (t) => assertAccessible(t, ''));
test('axe: a filtered view (?kind=growth&q=增长) has no violations', (t) => assertAccessible(t, '?kind=growth&q=%E5%A2%9E%E9%95%BF'));
for (const theme of ['light', 'dark', 'eyecare', 'contrast']) {
  test(`axe: theme ${theme} has no violations (with search marks and an open number)`, (t) => assertAccessible(t, `?theme=${theme}&q=%E5%A2%9E%E9%95%BF`, DESKTOP, async (page) => {
    await page.locator('article .num').first().click();
    await page.locator('.num-popover[data-side]').waitFor();
  }));
}
test('axe: theme auto under a dark system scheme has no violations', (t) => assertAccessible(t, '', { ...DESKTOP, colorScheme: 'dark' }));
test('axe: elder mode has no violations', (t) => assertAccessible(t, '?elder=1'));
test('axe: phone layout with chips pressed has no violations', (t) => assertAccessible(t, '?kind=rank&kind=target', PHONE));
for (const query of ['?embed=1', '?embed=1&view=cards&q=%E5%85%BB%E8%80%81', '?embed=1&view=charts&chart=rate']) {
  test(`axe: embedded (${query}) has no violations, and the report's title as its one heading`, (t) => assertAccessible(t, query, PHONE, async (page) => {
    const headings = await page.locator('h1').allTextContents();
    assert.deepEqual(headings, ['深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划'], 'one <h1>, the title, though no header is shown');
    assert.equal(await page.locator('.site-header').count(), 0, 'embedded: no header');
  }));
}

test('form controls stand out from the page by 3:1 in every theme (WCAG 1.4.11, not checked by axe)', async () => {
  const { context, page, errors } = await start('?kind=growth');
  const controls = ['#search-input', PART_SELECT, SECTION_SELECT, '.chip-rate', '.chip-growth', '.font-step-2', '.elder-toggle', '.copy-link-button', '.clear-button'];
  for (const theme of ['light', 'dark', 'eyecare', 'contrast']) {
    await page.getByLabel('颜色').selectOption(theme);
    await page.waitForFunction((th) => document.documentElement.classList.contains(`theme-${th}`), theme);
    for (const selector of controls) {
      const ratio = await page.locator(selector).first().evaluate((el) => {
        const rgb = (c) => c.match(/[\d.]+/g).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        let behind = el.parentElement;
        while (behind && rgb(getComputedStyle(behind).backgroundColor)[3] === 0) behind = behind.parentElement;
        const page = rgb(getComputedStyle(behind || document.body).backgroundColor);
        const s = getComputedStyle(el);
        const own = rgb(s.backgroundColor);
        const fill = own.length === 4 && own[3] === 0 ? page : own;
        const border = parseFloat(s.borderTopWidth) > 0 ? contrast(rgb(s.borderTopColor), page) : 0;
        return Math.max(border, contrast(fill, page));
      });
      assert.ok(ratio >= 3, `${theme}: ${selector} boundary contrast ${ratio.toFixed(2)} < 3`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

const SCREENS = [
  ['default', ''],
  ['filtered-growth', '?kind=growth'],
  ['eyecare', '?theme=eyecare'],
  ['search-yanglao', '?q=%E5%85%BB%E8%80%81'],
];
for (const [deviceName, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`screenshots (${deviceName}): default, filtered, eyecare, search; no sideways scrolling`, async () => {
    for (const [name, query] of SCREENS) {
      const { context, page, errors } = await start(query, device);
      assert.ok(await horizontalOverflow(page) <= 0, `${name}: no horizontal scrolling`);
      await page.screenshot({ path: path.join(SHOTS, `explorer-${deviceName}-${name}.png`) });
      // And the result list itself, which starts below the first screen.
      await page.locator('.search').evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: path.join(SHOTS, `explorer-${deviceName}-${name}-cards.png`) });
      if (name === 'search-yanglao') {
        await page.locator('#card-1-4-1').scrollIntoViewIfNeeded();
        await page.locator('#card-1-4-1 .num').first().click();
        await page.locator('.num-popover[data-side]').waitFor();
        assert.ok(await horizontalOverflow(page) <= 0, `${name}: an open number does not scroll sideways`);
        await page.screenshot({ path: path.join(SHOTS, `explorer-${deviceName}-${name}-details.png`) });
      }
      assert.deepEqual(errors, [], name);
      await context.close();
    }
  });
}
