//! [`ExportMenu`]: the current view's indicators as CSV, the whole report as JSON (the `report`
//! CLI's document), 打印, and the share image.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::{non_empty, Fresh, ShareCard};
use crate::hooks::EmbedMode;
use crate::state::Explorer;

/// Saves `content` as a file named `name`: a Blob, an object URL and a clicked `<a download>`.
pub fn download_text(name: &str, content: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    download_url(name, &url)?;
    // Revoke once the download has started.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}

/// Clicks a temporary `<a download=name href=url>` (on the next task).
pub fn download_url(name: &str, url: &str) -> Result<(), JsValue> {
    let doc = document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.set_class_name("visually-hidden");
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a)?;
    // Clicked on the next task, not inside the button's click handler: the synthetic click
    // bubbles to the app's delegated listener, which must not be re-entered (Firefox).
    gloo_timers::callback::Timeout::new(0, move || {
        a.click();
        a.remove();
    })
    .forget();
    Ok(())
}

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
        match download_text(&file, &report::export::csv(&rows), "text/csv;charset=utf-8") {
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
        match download_text(&file, &text, "application/json;charset=utf-8") {
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
                <button type="button" class="tool-button export-csv" on:click=csv>"导出表格（CSV）"</button>
                <button type="button" class="tool-button export-json" on:click=json>"导出数据（JSON）"</button>
            }))}
            <button type="button" class="tool-button print-button" on:click=print>"打印"</button>
            {move || Fresh(downloads.get().then(|| view! { <ShareCard name=name.get_value()/> }))}
            <p class="tools-status" role="status">{move || non_empty(status.get())}</p>
        </div>
    }
}
