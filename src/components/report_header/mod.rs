//! [`ReportHeader`]: title, publisher, date, links to the original, and the reading aids.

use leptos::prelude::*;

use crate::components::{CopyLinkButton, ReadingAids};
use crate::state::Explorer;

/// The page header: the report's title and metadata, links to the original text (and web page
/// when the report names one), `以官方发布为准`, the reading aids and 复制链接.
#[component]
pub fn ReportHeader() -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    let r = &data.report;
    let title = r.display_title();
    let publisher = r.publisher.clone();
    let published = r.published.clone().map(|p| p.replace('T', " "));
    let source_url = r.source_url.clone();
    let source_file = data.source_file.clone();
    view! {
        <header class="site-header">
            <div class="header-inner">
                <p class="brand">"报告速览"</p>
                <h1 class="report-title">{title}</h1>
                <p class="report-meta">
                    {publisher.map(|p| view! { <span>"发布单位：" {p}</span> })}
                    {published.map(|p| view! { <span>"发布时间：" {p}</span> })}
                </p>
                <p class="report-links">
                    <a href=source_file target="_blank" rel="noopener">"查看原文"</a>
                    {source_url.map(|u| view! { <a href=u target="_blank" rel="noopener noreferrer">"原网页"</a> })}
                    <span class="official-note">"以官方发布为准"</span>
                </p>
                <div class="header-tools">
                    <details class="aids-sheet" prop:open=move || ex.wide.get()>
                        <summary>"阅读设置"<span class="summary-hint">"字号 · 颜色 · 长辈模式 · 朗读 · 纯文本"</span></summary>
                        <ReadingAids/>
                    </details>
                    <CopyLinkButton/>
                </div>
            </div>
        </header>
    }
}
