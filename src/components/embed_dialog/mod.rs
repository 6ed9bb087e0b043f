//! [`EmbedDialog`]: the 嵌入 button and its dialog: the iframe snippet (plus the `embed.js`
//! line) for the current view, options (what to show, which chart, downloads, the portal's
//! origin), a live preview and a copy button. For portal staff; see README "部署与嵌入".

use leptos::prelude::*;
use report::charts::ChartKind;
use report::view::{self, Extras, SettingsOverrides};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::clipboard::copy_text;
use crate::browser::history::page_dir;
use crate::hooks::EmbedView;
use crate::render::Fresh;
use crate::state::{Explorer, ViewInfo};

#[wasm_bindgen]
extern "C" {
    /// `HTMLDialogElement`, declared here to need no extra web-sys feature.
    #[wasm_bindgen(extends = web_sys::HtmlElement)]
    type DialogElement;
    #[wasm_bindgen(method, catch, js_name = showModal)]
    fn show_modal(this: &DialogElement) -> Result<(), JsValue>;
    #[wasm_bindgen(method)]
    fn close(this: &DialogElement);
}

/// The sandbox the snippet gives the iframe.
pub fn sandbox(downloads: bool) -> &'static str {
    if downloads {
        "allow-scripts allow-same-origin allow-popups allow-downloads"
    } else {
        "allow-scripts allow-same-origin allow-popups"
    }
}

/// The height (CSS px) the snippet gives the iframe; it scrolls inside until `embed.js` sizes it.
pub const DEFAULT_HEIGHT: u32 = 600;

/// Escapes text for an HTML attribute value in double quotes.
pub fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The snippet a portal page pastes: the iframe and the `embed.js` line. `base` is the folder
/// the explorer is served from (`https://x.gov.cn/xxgk/report/`), `query` the embed query.
pub fn snippet(base: &str, query: &str, title: &str, downloads: bool) -> String {
    snippet_for(
        &format!("{base}?{query}"),
        &format!("{base}embed.js"),
        title,
        downloads,
    )
}

/// The snippet for the page at `src` (with its query) and the `embed.js` at `script`.
pub fn snippet_for(src: &str, script: &str, title: &str, downloads: bool) -> String {
    format!(
        "<iframe data-report-explorer src=\"{}\" title=\"{}\" width=\"100%\" height=\"{DEFAULT_HEIGHT}\" \
         frameborder=\"0\" loading=\"lazy\" sandbox=\"{}\"></iframe>\n<script src=\"{}\" defer></script>",
        attr_escape(src),
        attr_escape(title),
        sandbox(downloads),
        attr_escape(script),
    )
}

/// Copies an embed snippet and says in `message` whether it could.
pub fn copy_snippet(text: String, message: RwSignal<String>) {
    leptos::task::spawn_local(async move {
        message.set(if copy_text(&text).await {
            "已复制嵌入代码".into()
        } else {
            "无法自动复制：请选中上面的代码后手动复制".into()
        });
    });
}

/// The embed query for a view: the filter plus `embed=1` and the options.
pub fn embed_query(
    filter: &view::Filter,
    report: Option<String>,
    shown: EmbedView,
    chart: Option<ChartKind>,
    downloads: bool,
    hosts: &str,
) -> String {
    let extras = Extras {
        report,
        embed: true,
        view: (shown != EmbedView::All).then(|| shown.as_str().to_string()),
        chart: chart
            .filter(|_| shown != EmbedView::Cards)
            .map(|c| vec![c.as_str().to_string()])
            .unwrap_or_default(),
        host: hosts
            .split(&[',', ' ', '\n'][..])
            .filter_map(view::parse_origin)
            .collect(),
        downloads: (!downloads).then_some(false),
    };
    view::to_query(filter, &SettingsOverrides::default(), &extras)
}

/// What the reader chose for the embedded view.
#[derive(Clone, Copy)]
struct Choices {
    shown: RwSignal<EmbedView>,
    chart: RwSignal<Option<ChartKind>>,
    downloads: RwSignal<bool>,
    hosts: RwSignal<String>,
}

/// The 嵌入 button and dialog.
// Longer than most: the dialog's state and one view! of its markup, which reads best whole
// (the options are split out).
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let ex = Explorer::expect();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let open = RwSignal::new(false);
    let c = Choices {
        shown: RwSignal::new(EmbedView::All),
        chart: RwSignal::new(None),
        downloads: RwSignal::new(true),
        hosts: RwSignal::new(String::new()),
    };
    let message = RwSignal::new(String::new());
    let title = StoredValue::new(ex.data().report.display_title());
    let report = StoredValue::new(ViewInfo::current().extras.report);

    let query = move || {
        ex.filter.with(|f| {
            embed_query(
                f,
                report.get_value(),
                c.shown.get(),
                c.chart.get(),
                c.downloads.get(),
                &c.hosts.get(),
            )
        })
    };
    // Only read while the dialog is open (never during the first render).
    let code = move || {
        if !open.get() {
            return String::new();
        }
        title.with_value(|t| snippet(&page_dir(), &query(), t, c.downloads.get()))
    };
    let preview_src = move || open.get().then(|| format!("./?{}", query()));

    let show = move |_| {
        message.set(String::new());
        open.set(true);
        if let Some(d) = dialog_ref.get_untracked() {
            let _ = d.unchecked_ref::<DialogElement>().show_modal();
        }
    };
    let hide = move |_| {
        if let Some(d) = dialog_ref.get_untracked() {
            d.unchecked_ref::<DialogElement>().close();
        }
    };
    let copy = move |_| copy_snippet(code(), message);
    // The dialog's content exists only while it is open.
    let body = move || {
        Fresh(open.get().then(|| {
            view! {
                <div class="embed-head">
                    <h2 id="embed-title">"嵌入到网页"</h2>
                    <button type="button" class="embed-close" on:click=hide>"关闭"</button>
                </div>
                <p class="embed-note">
                    "把下面的代码粘贴到门户网页中：显示当前的筛选结果；"
                    "引入的 embed.js 会让框架随内容自动调整高度（没有它时高度固定、框内滚动）。"
                </p>
                {options(c)}
                <div class="embed-code">
                    <label for="embed-code">"嵌入代码"</label>
                    <textarea id="embed-code" readonly rows="5" prop:value=code on:focus=move |ev| {
                        if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                            t.select();
                        }
                    }></textarea>
                </div>
                <div class="embed-actions">
                    <button type="button" class="embed-copy" on:click=copy>"复制代码"</button>
                    <span class="embed-status" role="status">{move || message.get()}</span>
                </div>
                <h3 class="embed-preview-title">"预览"</h3>
                {move || Fresh(preview_src().map(|src| view! {
                    <iframe
                        class="embed-preview"
                        data-report-explorer=""
                        title="嵌入预览"
                        src=src
                        sandbox=move || sandbox(c.downloads.get())
                    ></iframe>
                }))}
            }
        }))
    };

    view! {
        <button type="button" class="embed-open" aria-haspopup="dialog" on:click=show>"嵌入"</button>
        <dialog class="embed-dialog" node_ref=dialog_ref aria-labelledby="embed-title" on:close=move |_| open.set(false)>
            {body}
        </dialog>
    }
}

/// The choices: what to show, which chart, downloads, and the portal's address.
fn options(c: Choices) -> impl IntoView {
    let views = [
        (EmbedView::All, "全部内容"),
        (EmbedView::Cards, "仅段落卡片"),
        (EmbedView::Charts, "仅图表"),
    ]
    .into_iter()
    .map(|(v, name)| view! { <option value=v.as_str() selected=move || c.shown.get() == v>{name}</option> })
    .collect_view();
    let charts = ChartKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.as_str() selected=move || c.chart.get() == Some(k)>{k.name()}</option> })
        .collect_view();
    view! {
        <div class="embed-options">
            <div class="embed-field">
                <label for="embed-view">"显示"</label>
                <select id="embed-view" on:change=move |ev| c.shown.set(match event_target_value(&ev).as_str() {
                    "cards" => EmbedView::Cards,
                    "charts" => EmbedView::Charts,
                    _ => EmbedView::All,
                })>{views}</select>
            </div>
            <div class="embed-field">
                <label for="embed-chart">"图表"</label>
                <select
                    id="embed-chart"
                    disabled=move || c.shown.get() == EmbedView::Cards
                    on:change=move |ev| c.chart.set(ChartKind::parse(&event_target_value(&ev)))
                >
                    <option value="" selected=move || c.chart.get().is_none()>"全部图表"</option>
                    {charts}
                </select>
            </div>
            <label class="embed-check">
                <input type="checkbox" prop:checked=move || c.downloads.get()
                    on:change=move |ev| c.downloads.set(event_target_checked(&ev))/>
                <span>"允许下载图表"</span>
            </label>
            <div class="embed-field embed-hosts">
                <label for="embed-hosts">"门户网站地址（可选，如 https://www.example.gov.cn；只接受这些网站发来的阅读设置）"</label>
                <input id="embed-hosts" type="url" prop:value=move || c.hosts.get()
                    on:input=move |ev| c.hosts.set(event_target_value(&ev))/>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::view::Filter;

    #[test]
    fn snippet_for_a_view() {
        let f = Filter {
            section: Some((1, 2)),
            ..Filter::default()
        };
        let q = embed_query(
            &f,
            None,
            EmbedView::Charts,
            Some(ChartKind::Rate),
            false,
            "https://a.cn/, bad",
        );
        assert_eq!(
            q,
            "section=1-2&view=charts&chart=rate&embed=1&host=https%3A%2F%2Fa.cn&downloads=0"
        );
        let s = snippet("https://x.gov.cn/r/", &q, "报告\"1\"", false);
        assert!(s.starts_with(
            "<iframe data-report-explorer src=\"https://x.gov.cn/r/?section=1-2&amp;view=charts"
        ));
        assert!(s.contains("title=\"报告&quot;1&quot;\""));
        assert!(s.contains("sandbox=\"allow-scripts allow-same-origin allow-popups\""));
        assert!(s.ends_with("<script src=\"https://x.gov.cn/r/embed.js\" defer></script>"));
        let q = embed_query(
            &Filter::default(),
            None,
            EmbedView::Cards,
            Some(ChartKind::Rate),
            true,
            "",
        );
        assert_eq!(q, "view=cards&embed=1");
    }
}
