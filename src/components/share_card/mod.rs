//! [`ShareCard`]: the focused (or first shown) card as a tall PNG, the kind of picture people
//! forward in WeChat: report title, the paragraph, its numbers, and a QR code back to the card.

use leptos::prelude::*;
use report::view::{self, Filter, SettingsOverrides};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::browser::download::save_url;
use crate::browser::history::{page_base, view_link};
use crate::components::qr_code::qr_modules;
use crate::render::{non_empty, Fresh};
use crate::state::Explorer;

/// Image width in pixels (a phone screen at 3× is about this wide).
const WIDTH: f64 = 1080.0;
const PAD: f64 = 64.0;
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

struct Block {
    font: String,
    color: &'static str,
    lines: Vec<String>,
    line_height: f64,
    gap_after: f64,
}

/// Draws the share image of card `card_index` and returns it as a PNG data URL.
fn draw(ex: Explorer, card_index: usize, link: &str) -> Result<String, JsValue> {
    let d = ex.data();
    let card = &d.cards[card_index];
    let canvas: HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(WIDTH as u32);
    canvas.set_height(10);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d")?.unchecked_into();
    let inner = WIDTH - 2.0 * PAD;

    let title = d.report.display_title();
    let mut place = d.part_label(card.part);
    if let Some(s) = card.section {
        place = format!("{place} · {}", d.section_label(card.part, s));
    }
    let numbers: Vec<String> = card
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
        .collect();

    let mut blocks = Vec::new();
    let mut add = |font: String, color, text: &str, lh, gap| {
        ctx.set_font(&font);
        let lines = wrap(&ctx, text, inner);
        blocks.push(Block {
            font,
            color,
            lines,
            line_height: lh,
            gap_after: gap,
        });
    };
    add(
        format!("bold 30px {FONT}"),
        "#ffffff",
        "报告速览",
        44.0,
        8.0,
    );
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
    let header_h = PAD
        + blocks[0].line_height * blocks[0].lines.len() as f64
        + 8.0
        + blocks[1].line_height * blocks[1].lines.len() as f64
        + 24.0;
    let qr = qr_modules(link);
    let qr_size = 300.0;
    let body_h: f64 = blocks
        .iter()
        .map(|b| b.line_height * b.lines.len() as f64 + b.gap_after)
        .sum();
    let footer_h = if qr.is_some() { qr_size + 140.0 } else { 120.0 };
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
    ctx.fill_rect(PAD, y, inner, 2.0);
    y += 32.0;
    if let Some((w, dark)) = qr {
        let m = (qr_size / (w as f64 + 8.0)).floor();
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
        let tx = PAD + qr_size + 24.0;
        ctx.fill_text("扫码查看原文段落", tx, y + 60.0)?;
        ctx.set_font(&format!("24px {FONT}"));
        ctx.set_fill_style_str("#555555");
        ctx.fill_text("数字均摘自报告原文", tx, y + 110.0)?;
        ctx.fill_text("以官方发布为准", tx, y + 150.0)?;
        if let Some(p) = &d.report.published {
            ctx.fill_text(&format!("发布时间：{}", p.replace('T', " ")), tx, y + 190.0)?;
        }
    } else {
        ctx.set_font(&format!("24px {FONT}"));
        ctx.set_fill_style_str("#555555");
        ctx.fill_text("数字均摘自报告原文，以官方发布为准", PAD, y)?;
    }
    canvas.to_data_url()
}

/// The 分享图片 button and its preview: the image (long-press to save or forward on phones),
/// a download button and 关闭.
#[component]
pub fn ShareCard(
    /// The report's short name, for the file name.
    name: String,
) -> impl IntoView {
    let ex = Explorer::expect();
    let image = RwSignal::new(None::<(String, String)>);
    let message = RwSignal::new(String::new());
    let name = StoredValue::new(name);

    let make = move |_| {
        let focused = ex.filter.with_untracked(|f| f.card.clone());
        let d = ex.data();
        let index = focused
            .and_then(|id| d.cards.iter().position(|c| c.id == id))
            .or_else(|| ex.hits.with_untracked(|h| h.first().map(|h| h.card)));
        let Some(index) = index else {
            message.set("没有可分享的段落。".into());
            return;
        };
        let card_id = d.cards[index].id.clone();
        let extras = crate::state::ViewInfo::current().extras;
        let filter = Filter {
            card: Some(card_id.clone()),
            ..Filter::default()
        };
        let link = view_link(
            &page_base(),
            &view::to_query(&filter, &SettingsOverrides::default(), &extras),
        );
        match draw(ex, index, &link) {
            Ok(url) => {
                let file = name.with_value(|n| {
                    let base = report::export::file_name(n, &d.report, &Filter::default(), "png");
                    format!("{}-{card_id}.png", base.trim_end_matches(".png"))
                });
                image.set(Some((url, file)));
                message.set(String::new());
            }
            Err(_) => message.set("无法生成图片。".into()),
        }
    };

    view! {
        <button type="button" class="tool-button share-button" on:click=make>"分享图片"</button>
        <span class="share-status" role="status">{move || non_empty(message.get())}</span>
        {move || Fresh(image.get().map(|(url, file)| {
            let url2 = url.clone();
            let file2 = file.clone();
            view! {
                <div class="share-preview" role="dialog" aria-label="分享图片">
                    <p>"长按图片可保存或转发；电脑上可下载。"</p>
                    <img class="share-image" src=url alt="本段内容与数据的分享图片"/>
                    <div class="share-actions">
                        <button type="button" class="tool-button share-download" on:click=move |_| {
                            let _ = save_url(&file2, &url2);
                        }>"下载图片"</button>
                        <button type="button" class="tool-button share-close" on:click=move |_| image.set(None)>"关闭"</button>
                    </div>
                    <span class="visually-hidden">{file}</span>
                </div>
            }
        }))}
    }
}
