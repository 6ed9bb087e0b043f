//! The share image: a card's place, heading, text and indicators on a canvas, with a QR code
//! to the card, as a PNG data URL.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::components::qr_code::qr_modules;
use crate::state::{Explorer, ReportData};

/// Image width in pixels (a phone screen at 3× is about this wide).
const WIDTH: f64 = 1080.0;
const PAD: f64 = 64.0;
const INNER: f64 = WIDTH - 2.0 * PAD;
const QR_SIZE: f64 = 300.0;
const FONT: &str = "\"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

/// Splits `text` into lines no wider than `max` pixels in the context's current font.
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for c in text.chars() {
        if c == '\n' {
            lines.push(std::mem::take(&mut line));
            continue;
        }
        line.push(c);
        let w = ctx.measure_text(&line).map(|m| m.width()).unwrap_or(0.0);
        if w > max && line.chars().count() > 1 {
            let last = line.pop().unwrap_or(c);
            lines.push(std::mem::take(&mut line));
            line.push(last);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A run of wrapped text in one font and colour.
struct Block {
    font: String,
    color: &'static str,
    lines: Vec<String>,
    line_height: f64,
    gap_after: f64,
}

impl Block {
    fn height(&self) -> f64 {
        self.line_height * self.lines.len() as f64
    }
}

/// The card's indicators as `【增长】产值：4.1%` lines (at most twelve).
fn indicator_lines(d: &ReportData, card_index: usize) -> Vec<String> {
    d.cards[card_index]
        .numbers
        .iter()
        .map(|&i| &d.report.numbers[i])
        .filter(|n| n.is_indicator && n.kind.is_some())
        .take(12)
        .map(|n| {
            let kind = n.kind.map(report::NumberKind::name).unwrap_or("");
            match &n.label {
                Some(l) => format!("【{kind}】{l}：{}", n.raw),
                None => format!("【{kind}】{}", n.raw),
            }
        })
        .collect()
}

/// The image's text, wrapped: the header (app name, report title), then the card's place,
/// heading, text and indicators.
fn blocks(ctx: &CanvasRenderingContext2d, d: &ReportData, card_index: usize) -> Vec<Block> {
    let card = &d.cards[card_index];
    let mut place = d.part_label(card.part);
    if let Some(s) = card.section {
        place = format!("{place} · {}", d.section_label(card.part, s));
    }
    let mut blocks = Vec::new();
    let mut add = |font: String, color, text: &str, line_height, gap_after| {
        ctx.set_font(&font);
        let lines = wrap(ctx, text, INNER);
        blocks.push(Block {
            font,
            color,
            lines,
            line_height,
            gap_after,
        });
    };
    add(
        format!("bold 30px {FONT}"),
        "#ffffff",
        "报告速览",
        44.0,
        8.0,
    );
    let title = d.report.display_title();
    add(format!("bold 40px {FONT}"), "#ffffff", &title, 56.0, 48.0);
    add(format!("28px {FONT}"), "#555555", &place, 40.0, 16.0);
    add(
        format!("bold 44px {FONT}"),
        "#111111",
        &card.heading,
        60.0,
        16.0,
    );
    add(format!("34px {FONT}"), "#222222", &card.text, 54.0, 32.0);
    let numbers = indicator_lines(d, card_index);
    if !numbers.is_empty() {
        add(
            format!("bold 30px {FONT}"),
            "#111111",
            "本段数据",
            44.0,
            8.0,
        );
        for n in &numbers {
            add(format!("30px {FONT}"), "#1a4d8f", n, 44.0, 6.0);
        }
    }
    blocks
}

/// Draws the share image of card `card_index` and returns it as a PNG data URL.
pub(super) fn draw(ex: Explorer, card_index: usize, link: &str) -> Result<String, JsValue> {
    let d = ex.data();
    let canvas: HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(WIDTH as u32);
    canvas.set_height(10);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d")?.unchecked_into();
    let blocks = blocks(&ctx, &d, card_index);
    // The header band holds the first two blocks.
    let header_h = PAD + blocks[0].height() + 8.0 + blocks[1].height() + 24.0;
    let qr = qr_modules(link);
    let body_h: f64 = blocks.iter().map(|b| b.height() + b.gap_after).sum();
    let footer_h = if qr.is_some() { QR_SIZE + 140.0 } else { 120.0 };
    let height = (body_h + PAD * 2.0 + footer_h).ceil();
    canvas.set_height(height as u32);

    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, WIDTH, height);
    ctx.set_fill_style_str("#1a4d8f");
    ctx.fill_rect(0.0, 0.0, WIDTH, header_h);
    ctx.set_text_baseline("top");
    let mut y = PAD;
    for (i, b) in blocks.iter().enumerate() {
        if i == 2 {
            y = header_h + 32.0;
        }
        ctx.set_font(&b.font);
        ctx.set_fill_style_str(b.color);
        for line in &b.lines {
            ctx.fill_text(line, PAD, y)?;
            y += b.line_height;
        }
        y += b.gap_after;
    }
    y += 16.0;
    ctx.set_fill_style_str("#dddddd");
    ctx.fill_rect(PAD, y, INNER, 2.0);
    footer(&ctx, qr, y + 32.0, d.report.published.as_deref())?;
    canvas.to_data_url()
}

/// The footer at `y`: the QR code to the card with what it opens and the source note, or the
/// note alone when the link is too long to encode.
fn footer(
    ctx: &CanvasRenderingContext2d,
    qr: Option<(usize, Vec<bool>)>,
    y: f64,
    published: Option<&str>,
) -> Result<(), JsValue> {
    let Some((w, dark)) = qr else {
        ctx.set_font(&format!("24px {FONT}"));
        ctx.set_fill_style_str("#555555");
        return ctx.fill_text("数字均摘自报告原文，以官方发布为准", PAD, y);
    };
    let m = (QR_SIZE / (w as f64 + 8.0)).floor();
    let x0 = PAD + 4.0 * m;
    ctx.set_fill_style_str("#000000");
    for (i, &on) in dark.iter().enumerate() {
        if on {
            let (cx, cy) = ((i % w) as f64, (i / w) as f64);
            ctx.fill_rect(x0 + cx * m, y + 4.0 * m + cy * m, m, m);
        }
    }
    ctx.set_font(&format!("30px {FONT}"));
    ctx.set_fill_style_str("#222222");
    let tx = PAD + QR_SIZE + 24.0;
    ctx.fill_text("扫码查看原文段落", tx, y + 60.0)?;
    ctx.set_font(&format!("24px {FONT}"));
    ctx.set_fill_style_str("#555555");
    ctx.fill_text("数字均摘自报告原文", tx, y + 110.0)?;
    ctx.fill_text("以官方发布为准", tx, y + 150.0)?;
    if let Some(p) = published {
        ctx.fill_text(&format!("发布时间：{}", p.replace('T', " ")), tx, y + 190.0)?;
    }
    Ok(())
}
