//! Browser tests of the tracking page's views, mounted from a parsed pair of the corpus
//! (海拉尔区 2013 → 2014): the summary line, the rows with status by shape and word, both
//! sentences with their numbers marked, the filters, and 历年对比's chart and 数据表.
//! Run: `cargo test --target wasm32-unknown-unknown -p report-explorer --test web_track`.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use report::view::tracking::TrackQuery;
use report::view::Settings;
use report_explorer::components::{SeriesView, TrackView};
use report_explorer::state::series::{SeriesData, SeriesReport};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

mod common;

use common::{all, count, el, texts, until};

wasm_bindgen_test_configure!(run_in_browser);

const A: &str = include_str!("../crates/report/tests/data/corpus/hailar_district_2013.txt");
const B: &str = include_str!("../crates/report/tests/data/corpus/hailar_district_2014.txt");

thread_local! {
    // Parsed and compared once for the file's tests: a debug build parses slowly in some engines.
    static PAIR: std::cell::RefCell<Option<Arc<SeriesData>>> = const { std::cell::RefCell::new(None) };
}

async fn pair() -> Arc<SeriesData> {
    if let Some(data) = PAIR.with_borrow(Clone::clone) {
        return data;
    }
    let data = compared().await;
    PAIR.set(Some(data.clone()));
    data
}

async fn compared() -> Arc<SeriesData> {
    let report = |id: &str, year: &str, text: &str| SeriesReport {
        id: id.into(),
        name: format!("海拉尔区政府工作报告（{year}）"),
        report: report::parse(text).unwrap(),
    };
    let reports = vec![report("h2013", "2013年", A), report("h2014", "2014年", B)];
    Arc::new(SeriesData::compare("海拉尔区人民政府".into(), reports).await)
}

#[wasm_bindgen_test]
async fn the_tracking_view_says_each_targets_status_with_both_sentences() {
    let data = pair().await;
    let query = RwSignal::new(TrackQuery::default());
    let settings = RwSignal::new(Settings::default());
    let root =
        common::mount(move || view! { <TrackView data=data query=query settings=settings/> });
    until(|| count(&root, ".track-row") > 0).await;
    assert_eq!(
        texts(&root, ".track-summary"),
        ["2013年10项主要预期目标：3项达成，6项未达成，1项口径不同"]
    );
    // Every row says its status in words and by shape.
    for status in all(&root, ".track-row .track-status") {
        let t = status.text_content().unwrap_or_default();
        let ok = ["✔达成", "≈基本达成", "✘未达成", "？未报告", "？口径不同"]
            .iter()
            .any(|s| t.replace(char::is_whitespace, "") == *s);
        assert!(ok, "{t}");
    }
    let first: HtmlElement = el(&root, ".track-row");
    assert_eq!(
        el::<HtmlElement>(&first, ".track-indicator")
            .text_content()
            .unwrap(),
        "地区生产总值"
    );
    let marks: Vec<String> = all(&first, ".track-source mark")
        .iter()
        .map(|m| m.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        marks,
        ["20%", "10.1%"],
        "the target's number and the outcome's"
    );
    // The filter to the missed targets leaves only those.
    query.update(|q| q.status = Some(report::track::Status::Missed));
    until(|| {
        all(&root, ".track-row")
            .iter()
            .all(|r| r.class_name().contains("status-missed"))
    })
    .await;
    assert!(count(&root, ".track-row") >= 6);
    assert_eq!(count(&root, "figure.chart"), 1, "the 目标与实际 chart");
}

#[wasm_bindgen_test]
async fn the_series_view_offers_the_known_indicators_first_with_a_table() {
    let data = pair().await;
    let query = RwSignal::new(TrackQuery::default());
    let settings = RwSignal::new(Settings::default());
    let root =
        common::mount(move || view! { <SeriesView data=data query=query settings=settings/> });
    until(|| count(&root, "canvas.chart-canvas[data-draws]") > 0).await;
    let select: HtmlSelectElement = el(&root, ".series-indicator");
    assert_eq!(select.value(), "地区生产总值");
    let button: HtmlElement = el(
        &root,
        ".chart-series-values .chart-actions button[aria-controls]",
    );
    button.click();
    until(|| count(&root, "#chart-table-series-values tbody tr") == 2).await;
    let first_cells = all(&root, "#chart-table-series-values tbody tr:first-child td");
    let cells: Vec<String> = first_cells
        .iter()
        .take(2)
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    assert_eq!(cells, ["2012年", "235.2亿元"]);
    let _ = root.dyn_ref::<HtmlElement>();
}
