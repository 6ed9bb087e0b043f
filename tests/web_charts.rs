//! Browser tests of the charts (issue 5), in headless Chromium: the canvas is sized CSS ×
//! devicePixelRatio and drawn, its aria-label and data table match the data, the chart follows
//! the search, and the keyboard reaches a bar's card.
//! Run: `cargo test --target wasm32-unknown-unknown -p report-explorer --test web_charts`.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use report::charts::{build, ChartKind};
use report_explorer::state::default_report;
use report_explorer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement, HtmlInputElement};

mod common;

use common::{el, key, type_into, until};

wasm_bindgen_test_configure!(run_in_browser);

/// The app with the bundled report.
fn mount() -> HtmlElement {
    common::mount(|| view! { <App/> })
}

fn draws(canvas: &HtmlCanvasElement) -> u32 {
    canvas
        .get_attribute("data-draws")
        .and_then(|d| d.parse().ok())
        .unwrap_or(0)
}

#[wasm_bindgen_test]
async fn growth_chart_is_sharp_drawn_and_described() {
    let root = mount();
    until(|| {
        root.query_selector("canvas.chart-canvas[data-draws]")
            .unwrap()
            .is_some()
    })
    .await;
    let canvas: HtmlCanvasElement = el(&root, "canvas.chart-canvas");
    let rect = canvas.get_bounding_client_rect();
    let dpr = window().device_pixel_ratio();
    assert!(rect.width() > 100.0);
    assert_eq!(canvas.width(), (rect.width() * dpr).round() as u32);
    assert_eq!(canvas.height(), (rect.height() * dpr).round() as u32);

    // Pixels were drawn.
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let data = ctx
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .unwrap()
        .data();
    let painted = data.chunks(4).filter(|p| p[3] != 0).count();
    assert!(painted > 500, "only {painted} pixels painted");

    // The aria-label is the generated summary of the same data.
    let report = default_report();
    let cards = report::view::cards(&report);
    let charts = build(&report, &cards, 0..cards.len());
    let growth = charts.get(ChartKind::Growth);
    assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(canvas.get_attribute("aria-label").unwrap(), growth.summary);
    assert!(growth.summary.starts_with("共3项增长指标"));

    // 数据表 shows the same rows.
    let toggle: HtmlElement = el(&root, ".chart-actions .chart-button");
    toggle.click();
    until(|| root.query_selector(".chart-table").unwrap().is_some()).await;
    let rows = root.query_selector_all(".chart-table tbody tr").unwrap();
    assert_eq!(rows.length() as usize, growth.len());
    let first: HtmlElement = el(&root, ".chart-table tbody tr td:nth-child(2)");
    assert_eq!(first.text_content().unwrap(), "▲153.3%");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn chart_follows_the_search_and_redraws_only_then() {
    let root = mount();
    until(|| {
        root.query_selector("canvas.chart-canvas[data-draws]")
            .unwrap()
            .is_some()
    })
    .await;
    let canvas: HtmlCanvasElement = el(&root, "canvas.chart-canvas");
    TimeoutFuture::new(200).await;
    let before = draws(&canvas);
    assert_eq!(before, 1, "drawn once when nothing changed");

    let input: HtmlInputElement = el(&root, "#search-input");
    type_into(&input, "群众投诉");
    until(|| {
        canvas
            .get_attribute("aria-label")
            .is_some_and(|l| l.starts_with("共1项增长指标，1项下降："))
    })
    .await;
    until(|| draws(&canvas) > before).await;

    // A search that leaves nothing: the chart says so in words.
    type_into(&input, "没有这个词语");
    until(|| {
        root.query_selector(".chart-empty")
            .unwrap()
            .is_some_and(|e| {
                e.text_content()
                    .unwrap()
                    .starts_with("当前筛选条件下没有增长指标")
            })
    })
    .await;
    root.remove();
}

#[wasm_bindgen_test]
async fn keyboard_moves_between_bars_and_opens_the_card() {
    let root = mount();
    until(|| {
        root.query_selector("canvas.chart-canvas[data-draws]")
            .unwrap()
            .is_some()
    })
    .await;
    let canvas: HtmlElement = el(&root, "canvas.chart-canvas");
    canvas.focus().unwrap();
    key(&canvas, "ArrowDown");
    until(|| root.query_selector(".chart-tip").unwrap().is_some()).await;
    let tip: HtmlElement = el(&root, ".chart-tip-label");
    assert_eq!(tip.text_content().unwrap(), "房地产销面累计销售同比增长");
    key(&canvas, "ArrowDown");
    until(|| {
        root.query_selector(".chart-tip-label")
            .unwrap()
            .is_some_and(|t| t.text_content().unwrap() == "规上工业累计产值同比增长")
    })
    .await;
    key(&canvas, "Enter");
    until(|| {
        root.query_selector("#card-1-1-1.focused")
            .unwrap()
            .is_some()
    })
    .await;

    // 总览: Enter on a section's bar filters to that section.
    let tab: HtmlElement = el(&root, "#chart-tab-overview");
    tab.click();
    until(|| {
        root.query_selector("figure.chart-overview canvas[data-draws]")
            .unwrap()
            .is_some()
    })
    .await;
    let canvas: HtmlElement = el(&root, "figure.chart-overview canvas");
    canvas.focus().unwrap();
    key(&canvas, "ArrowDown");
    key(&canvas, "ArrowDown");
    TimeoutFuture::new(50).await;
    key(&canvas, "Enter");
    until(|| {
        root.query_selector("figure.chart-overview canvas")
            .unwrap()
            .and_then(|c| c.get_attribute("aria-label"))
            .is_some_and(|l| l.contains("分布在1个小节"))
    })
    .await;
    root.remove();
}
