//! [`OpenReport`]: 打开报告: paste a report's text or choose a `.txt` file (UTF-8, or GB18030/GBK
//! as many government files are). Everything happens in the browser: nothing is uploaded.

use leptos::prelude::*;
use report::input::{self, Problem};
use wasm_bindgen::JsCast;

use crate::browser::decode::decode;
use crate::browser::indexed_db;
use crate::browser::pause;
use crate::state::loader::{parse_opened, Opened};

/// Texts up to this size stay in the paste box after a file is read (larger ones would make
/// the box sluggish; the file itself still holds them).
const KEEP_IN_BOX: usize = 1024 * 1024;

/// Reads and decodes a chosen file (UTF-8, or GB18030/GBK); what to tell the reader when it
/// cannot be read.
async fn read_file(file: web_sys::File, name: &str) -> Result<String, String> {
    let bytes = gloo_file::futures::read_as_bytes(&gloo_file::File::from(file))
        .await
        .map_err(|_| "无法读取这个文件。请确认文件没有被移动或删除，再选择一次。".to_string())?;
    decode(&bytes).map_err(|p| format!("{name}：{}", p.message()))
}

/// The longest pasted text kept in the box once shown: twice the longest real report of the
/// corpus. A text area holding more (worst: one long line) blocks the page while it lays out,
/// each time the panel is made afresh.
const KEEP_DRAFT_BYTES: usize = 128 * 1024;

/// Parses `text` in slices (the page stays responsive), showing progress in `stage` and
/// `fraction`; reports a fatal problem through `error`.
async fn parse_text(
    name: String,
    text: String,
    stage: RwSignal<Option<String>>,
    fraction: RwSignal<Option<f64>>,
    error: RwSignal<Option<String>>,
) -> Option<Opened> {
    if let Err(p) = input::check_text(&text) {
        error.try_set(Some(p.message()));
        stage.try_set(None);
        return None;
    }
    let size = input::size_text(text.len());
    stage.try_set(Some(format!("正在解析（{size}）…")));
    fraction.try_set(Some(0.0));
    pause(20).await;
    // `try_set`: the panel may be gone before the parse ends (the page it was on gave way to
    // a report that finished loading meanwhile); the parsed report is still handed on.
    let result = parse_opened(name, text, move |done, total| {
        let f = done as f64 / total.max(1) as f64;
        fraction.try_set(Some(f));
        stage.try_set(Some(format!(
            "正在解析（{size}）… {}%",
            (f * 100.0).floor()
        )));
    })
    .await;
    fraction.try_set(None);
    match result {
        Ok(opened) => {
            stage.try_set(Some("正在生成卡片…".into()));
            pause(20).await;
            Some(opened)
        }
        Err(p) => {
            error.try_set(Some(p.message()));
            stage.try_set(None);
            None
        }
    }
}

/// The 打开报告 panel: a paste box, a file chooser, progress, and a message (`role=alert`) for
/// text that cannot be shown. `on_ready` receives a parsed report. The box's text and whether
/// the panel is open are the caller's, so both survive the panel being made afresh when another
/// report is shown (one the URL asked for can arrive while the reader is pasting).
// Longer than most: two ways in (paste, file) sharing one progress line, and one view! of
// the panel's markup.
#[component]
pub fn OpenReport(
    /// The paste box's text.
    text: RwSignal<String>,
    /// Whether the panel is unfolded.
    open: RwSignal<bool>,
    /// Called with a parsed report.
    on_ready: Callback<Opened>,
) -> impl IntoView {
    // Whether the browser lets the report be kept for the next visit (it says so when saving
    // fails too: a refusal can also come only at the write).
    let kept = !cfg!(target_arch = "wasm32") || indexed_db::available();
    let stage = RwSignal::new(None::<String>);
    let fraction = RwSignal::new(None::<f64>);
    let error = RwSignal::new(None::<String>);
    // The chosen file's name (the input itself is emptied so the same file can be chosen again).
    let chosen = RwSignal::new(None::<String>);

    let finish = move |opened: Option<Opened>| {
        if let Some(o) = opened {
            stage.try_set(None);
            open.try_set(false);
            // The draft stays in the box, to be corrected and shown again; but not one too long
            // to edit by hand, whose layout in the text area alone would block the page.
            if text.with_untracked(|t| t.len() > KEEP_DRAFT_BYTES) {
                text.try_set(String::new());
            }
            on_ready.run(o);
        }
    };

    let show_pasted = move |_| {
        let t = text.get_untracked();
        error.set(None);
        leptos::task::spawn_local(async move {
            finish(parse_text("粘贴的文本".into(), t, stage, fraction, error).await);
        });
    };

    let choose_file = move |ev: leptos::ev::Event| {
        let Some(input_el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input_el.files().and_then(|f| f.get(0)) else {
            return;
        };
        input_el.set_value("");
        error.set(None);
        let name = file.name();
        chosen.set(Some(name.clone()));
        let size = file.size() as usize;
        if size > input::MAX_BYTES {
            error.set(Some(Problem::TooLarge(size).message()));
            return;
        }
        stage.set(Some(format!("正在读取 {name}…")));
        leptos::task::spawn_local(async move {
            match read_file(file, &name).await {
                Ok(decoded) => {
                    if decoded.len() <= KEEP_IN_BOX {
                        text.try_set(decoded.clone());
                    }
                    finish(parse_text(name, decoded, stage, fraction, error).await);
                }
                Err(m) => {
                    stage.try_set(None);
                    error.try_set(Some(m));
                }
            }
        });
    };

    view! {
        <details class="open-report" prop:open=move || open.get() on:toggle=move |ev| {
            if let Some(d) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                open.set(d.open());
            }
        }>
            <summary>"打开报告"<span class="summary-hint">"粘贴文本或选择 .txt 文件"</span></summary>
            <div class="open-report-body">
                <p class="open-report-note">{if kept {
                    "报告只在本浏览器中解析和保存，不会上传到任何地方。"
                } else {
                    "报告只在本浏览器中解析，不会上传到任何地方；浏览器不允许保存，关闭页面后需要重新打开。"
                }}</p>
                <label class="open-report-field">
                    <span>"粘贴报告全文"</span>
                    <textarea
                        class="open-report-text"
                        rows="6"
                        spellcheck="false"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <div class="open-report-actions">
                    <button type="button" class="open-report-show" on:click=show_pasted>"显示粘贴的报告"</button>
                    <label class="open-report-file">
                        <span>"或选择文件（.txt，UTF-8 或 GBK）"</span>
                        <input type="file" accept=".txt,text/plain" on:change=choose_file/>
                        <span class="open-report-pick" aria-hidden="true">"选择文件"</span>
                        <span class="open-report-file-name" aria-hidden="true">
                            {move || chosen.get().unwrap_or_else(|| "未选择文件".into())}
                        </span>
                    </label>
                </div>
                {move || stage.get().map(|s| view! {
                    <p class="open-report-progress" role="status">
                        <progress max="1000" value=move || fraction.get().map(|f| ((f * 1000.0) as u32).to_string())></progress>
                        " " {s}
                    </p>
                })}
                <div class="open-report-error" role="alert">
                    {move || error.get().map(|m| view! { <p>{m}</p> })}
                </div>
            </div>
        </details>
    }
}
