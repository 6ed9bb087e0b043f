// End-to-end, every engine: a report whose first cards have no chart (a speech that opens with
// words) keeps its height as the charts further down are shown. Its own suite: the report is
// listed beside the bundled one only here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addReport, suite } from './lib/suite.mjs';
import { open, PHONE } from './lib/browser.mjs';
import { settle } from './lib/app.mjs';

/** A report that opens with words only (no growth, rate or rank: no chart in the first cards)
 * and has a chart in every card further down, in sections of five. */
function wordsFirstReport() {
  const topics = ['产业', '交通', '教育', '医疗', '养老', '住房', '生态', '文化', '就业', '安全'];
  const lines = ['某区2025年政府工作报告', '', '各位代表：', ''];
  for (let i = 0; i < 12; i += 1) {
    lines.push(`我们坚持把${topics[i % 10]}工作放在突出位置，统筹推进各项任务，认真听取群众意见，持续改进工作作风，确保各项部署落地见效。`);
  }
  for (let s = 0; s < 12; s += 1) {
    lines.push('', `（${'一二三四五六七八九十'[s % 10]}）${topics[s % 10]}事业稳步发展`, '');
    for (let i = 0; i < 5; i += 1) {
      const n = s * 5 + i;
      lines.push(`${topics[n % 10]}第${n + 1}项指标：产值增长${(n % 9) + 1}.${n % 7}%，覆盖率${80 + (n % 19)}%，利用率${60 + (n % 31)}%，全市排名第${(n % 5) + 1}。`);
    }
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'words-first-')), 'words-first.txt');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const env = suite({
  prepare: (dir) => addReport(dir, wordsFirstReport(), { file: 'words-first.txt', title: '某区政府工作报告', period: '2025年' }),
});

async function start(query, options) {
  const session = await open(env.browser, env.server.url + query, options);
  await settle(session.page);
  return session;
}

test('phone: a report whose first cards have no chart keeps its height as the charts further down are shown', async () => {
  const { context, page, errors } = await start('?report=words-first', PHONE);
  await page.waitForFunction(() => document.querySelector('.card-list[data-stand-ins]'));
  const r = await page.evaluate(async () => {
    const frame = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    const first = document.querySelector('.card-chunk:not(.card-chunk-later)');
    const before = document.documentElement.scrollHeight;
    // Down to the end a screen at a time: every chunk is shown once and takes its own height.
    while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
      const y = scrollY;
      scrollBy(0, innerHeight);
      await frame();
      if (scrollY === y) break;
    }
    return {
      chartsFirst: first.querySelectorAll('.card-chart').length,
      chartsLater: document.querySelectorAll('.card-chunk-later .card-chart').length,
      before,
      after: document.documentElement.scrollHeight,
    };
  });
  assert.equal(r.chartsFirst, 0, 'the first chunk has no chart (what this test is about)');
  assert.ok(r.chartsLater >= 40, `charts further down: ${r.chartsLater}`);
  // With the later charts standing in at no height the page grew by nearly half; what is left is
  // the estimate of lines in a text this dense with marks.
  assert.ok(Math.abs(r.after - r.before) <= 0.05 * r.after, `the page height held (${r.before} → ${r.after} px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

