//! [`ExportMenu`]: the current view's indicators as CSV, the whole report as JSON (the `report`
//! CLI's document), 打印, and the share image.

use leptos::prelude::*;

use crate::browser::download::save_text;
use crate::components::ShareCard;
use crate::hooks::EmbedMode;
use crate::render::{non_empty, Fresh};
use crate::state::Explorer;

/// The export and share buttons, with a status line. `name` is the report's short name for
/// file names (`新桥街道2024上半年`). Downloads hide where the page cannot download (see
/// [`EmbedMode::downloads`]); 打印 stays.
#[component]
pub fn ExportMenu(
    /// The report's short name.
    name: String,
) -> impl IntoView {
    let ex = Explorer::expect();
    let downloads = EmbedMode::current().downloads;
    let status = RwSignal::new(String::new());
    let name = StoredValue::new(name);

    let csv = move |_| {
        let d = ex.data();
        let filter = ex.filter.get_untracked();
        let rows = ex.hits.with_untracked(|hits| {
            report::export::indicator_rows(&d.report, &d.cards, hits, &filter)
        });
        let file = name.with_value(|n| report::export::file_name(n, &d.report, &filter, "csv"));
        match save_text(&file, &report::export::csv(&rows), "text/csv;charset=utf-8") {
            Ok(()) => status.set(format!("已导出 {} 项指标：{file}", rows.len())),
            Err(_) => status.set("无法下载文件（浏览器不允许）。".into()),
        }
    };
    let json = move |_| {
        let d = ex.data();
        let file = name.with_value(|n| {
            report::export::file_name(n, &d.report, &report::view::Filter::default(), "json")
        });
        let text = serde_json::to_string_pretty(&d.report).unwrap_or_default();
        match save_text(&file, &text, "application/json;charset=utf-8") {
            Ok(()) => status.set(format!("已导出全部数据：{file}")),
            Err(_) => status.set("无法下载文件（浏览器不允许）。".into()),
        }
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <div class="report-tools" role="group" aria-label="导出、打印与分享">
            {move || Fresh(downloads.get().then(|| view! {
                <button type="button" class="tool-button export-csv" on:click=csv>"表格下载"</button>
                <button type="button" class="tool-button export-json" on:click=json>"原始数据下载"</button>
            }))}
            <button type="button" class="tool-button print-button" on:click=print>"打印"</button>
            {move || Fresh(downloads.get().then(|| view! { <ShareCard name=name.get_value()/> }))}
            <p class="tools-status" role="status">{move || non_empty(status.get())}</p>
        </div>
    }
}
