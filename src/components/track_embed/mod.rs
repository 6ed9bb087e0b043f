//! [`TrackEmbed`]: 嵌入 for the tracking page — the iframe snippet (and the `embed.js` line)
//! of the view shown (目标追踪 or 历年对比, with its year, filters or indicator), to copy into a
//! portal page. The explorer's own dialog offers its views; this one offers the tracking page's.

use leptos::prelude::*;

use crate::browser::history::page_dir;
use crate::components::embed_dialog::{copy_snippet, snippet_for};

/// The snippet for the tracking page at `dir` (`https://x.gov.cn/report/track/`) with `query`
/// (which has `embed=1`); `embed.js` is the explorer's, one folder up.
pub fn track_snippet(dir: &str, query: &str, title: &str) -> String {
    let app = dir.strip_suffix("track/").unwrap_or(dir);
    snippet_for(
        &format!("{dir}?{query}"),
        &format!("{app}embed.js"),
        title,
        true,
    )
}

/// A fold-away 嵌入本页 with the snippet of the current view and a copy button.
#[component]
pub fn TrackEmbed(
    /// The query of the view shown, with `embed=1`.
    query: Signal<String>,
    /// The iframe's title.
    title: Signal<String>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    // Only read while open (never during the first render).
    let code = move || {
        if !open.get() {
            return String::new();
        }
        track_snippet(&page_dir(), &query.get(), &title.get())
    };
    let copy = move |_| copy_snippet(code(), message);
    view! {
        <details class="track-embed" on:toggle=move |ev| {
            let el: web_sys::HtmlDetailsElement = event_target(&ev);
            open.set(el.open());
        }>
            <summary>"嵌入本页"</summary>
            <p class="embed-note">"把下面的代码粘贴到门户网页中，显示当前这一视图；引入的 embed.js 会让框架随内容自动调整高度。"</p>
            <label class="track-embed-label" for="track-embed-code">"嵌入代码"</label>
            <textarea id="track-embed-code" class="track-embed-code" readonly rows="5" prop:value=code></textarea>
            <div class="embed-actions">
                <button type="button" class="tool-button" on:click=copy>"复制代码"</button>
                <span class="embed-status" role="status">{move || message.get()}</span>
            </div>
        </details>
    }
}
