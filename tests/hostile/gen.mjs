#!/usr/bin/env node
// Writes the hostile-input corpus: texts a portal's staff or a reader could drop into the
// explorer that are not a tidy report. Each is opened by the end-to-end suite through 打开报告
// and through the manifest (tests/e2e/hostile-corpus.test.mjs), and the densest are timed by
// tests/perf/hostile.mjs. Deterministic (no randomness): the same files on every run.
//
//   node tests/hostile/gen.mjs [OUT_DIR]     (default: target/hostile)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A small deterministic generator (the same numbers every run). */
function lcg(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

const TITLE = '某某区人民政府工作报告（测试）\n\n';

/** name → { text | bytes, expect }; expect: 'cards' (shown as a report), 'message' (refused with a message) or 'either'. */
export function corpus() {
  const r = lcg(24);
  const out = {};
  // One paragraph of 20,000 growth figures (~480 KB): every number an indicator, one card.
  out['dense-growth'] = {
    text: `${TITLE}一、工作回顾\n\n${Array.from({ length: 20000 }, (_, i) => `指标${i + 1}增长${(r() * 20).toFixed(1)}%`).join('，')}。\n`,
    expect: 'cards',
  };
  // 20,000 bare numbers in one paragraph.
  out['dense-bare'] = {
    text: `${TITLE}一、工作回顾\n\n${Array.from({ length: 20000 }, () => String(Math.floor(r() * 100000))).join('、')}。\n`,
    expect: 'cards',
  };
  // 2,000 short paragraphs, each with a few figures (many cards, each small).
  out['many-paragraphs'] = {
    text: TITLE + Array.from({ length: 2000 }, (_, i) => `${i % 200 === 0 ? `${'一二三四五六七八九十'[i / 200]}、第${i / 200 + 1}部分\n\n` : ''}第${i + 1}项工作完成投资${(r() * 100).toFixed(2)}亿元，同比增长${(r() * 10).toFixed(1)}%，新增就业${Math.floor(r() * 1000)}人。\n\n`).join(''),
    expect: 'cards',
  };
  // One line of 1 MB without a line break or sentence end.
  out['long-line'] = { text: TITLE + '推进'.repeat(5000) + '建设'.repeat(250000), expect: 'cards' };
  // Headings nested as deep as the genre goes, thousands of them, hardly any text.
  {
    let t = TITLE;
    for (let a = 1; a <= 10; a += 1) {
      t += `${'一二三四五六七八九十'[a - 1]}、第${a}部分\n`;
      for (let b = 1; b <= 10; b += 1) {
        t += `（${'一二三四五六七八九十'[b - 1]}）第${a}.${b}节\n`;
        for (let c = 1; c <= 10; c += 1) t += `${c}. 第${c}条\n（${c}）第${c}款\n①第${c}项。\n`;
      }
    }
    out['deep-headings'] = { text: t, expect: 'cards' };
  }
  // Control characters, bidi overrides, zero-width characters, a BOM in the middle, old Mac
  // line ends: a few in a report of ordinary length (many in a short text read as binary data).
  out['control-chars'] = {
    text: `${TITLE}一、工作回顾\n\n${'全区经济运行总体平稳，重点项目有序推进。'.repeat(60)}\n\n地区生产总值\u0007增长6.5%\u202e，财政收入\u200b12.3亿元\ufeff，\u001b[31m新增就业1200人\u0008。\r\n\r\n二、工作安排\r\r地区生产总值增长6%左右\u2028。\n`,
    expect: 'cards',
  };
  // Formulas and spreadsheet-looking text in numbers' labels and in the text.
  out.formulas = {
    text: `${TITLE}一、工作回顾\n\n=HYPERLINK("http://example.com","点击")投资12亿元，+cmd|' /C calc'!A0增长5%，-2+3完成8个，@SUM(1+1)达到90%，\t=1+1新增3家。\n\n=1+2\n\n+新增就业1200人。\n`,
    expect: 'cards',
  };
  // Every URL scheme in the places a report has links.
  out['url-schemes'] = {
    text: `${TITLE}来源URL：javascript://%0aalert(1)\n原网页：data:text/html,<script>alert(1)</script>\n网址：vbscript:msgbox(1)\n链接：file:///etc/passwd\n来源：//evil.example/x\n\n一、工作回顾\n\n访问 http://example.gov.cn/a?b=1 或 https://example.gov.cn 或 javascript:alert(1) 查看，投资12亿元。\n`,
    expect: 'cards',
  };
  // A short paragraph copied from a PDF: two replacement characters.
  out['replacement-chars'] = { text: `${TITLE}一、工作回顾\n\n全区地区生产总值增长6.5%\ufffd，一般公共预算收入12.3亿元\ufffd。\n`, expect: 'cards' };
  // A number no f64 holds, and 万/亿 that overflow it.
  out['huge-numbers'] = { text: `${TITLE}一、工作回顾\n\n投资${'9'.repeat(400)}元，${'1'.repeat(305)}亿元，增长${'9'.repeat(320)}%。\n`, expect: 'cards' };
  // Markup in the text: stays text.
  out.markup = { text: `${TITLE}一、工作回顾\n\n<script>alert(1)</script><img src=x onerror=alert(1)>投资12亿元，<a href="javascript:alert(1)">链接</a>增长5%。\n`, expect: 'cards' };
  // Not a report: nothing but whitespace, and a single character.
  out.blank = { text: ' \n\t\n\u3000\n', expect: 'message' };
  out['one-char'] = { text: '一', expect: 'message' };
  // Binary data in a .txt: a PDF header, NULs and random bytes.
  {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(r() * 256);
    Buffer.from('%PDF-1.7\n').copy(bytes, 0);
    out['binary-pdf'] = { bytes, expect: 'message' };
  }
  // GBK and UTF-8 mixed in one file (two sources pasted together): either read (with
  // replacement marks) or refused with a message, never a broken page.
  out['mixed-encodings'] = {
    bytes: Buffer.concat([Buffer.from(`${TITLE}一、工作回顾\n\n全区地区生产总值增长6.5%。\n\n`), Buffer.from([0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa]), Buffer.from('一般公共预算收入12.3亿元。\n')]),
    expect: 'either',
  };
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] || path.join(ROOT, 'target/hostile'));
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, c] of Object.entries(corpus())) {
    fs.writeFileSync(path.join(dir, `${name}.txt`), c.bytes ?? c.text);
  }
  console.log(`wrote ${Object.keys(corpus()).length} files to ${path.relative(process.cwd(), dir) || dir}`);
}
