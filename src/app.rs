//! The root component.

use leptos::prelude::*;
use report::view::{Extras, Filter, Settings};

use crate::components::{
    CardList, ChartsPanel, FilterBar, KeyFigures, ReportHeader, SearchBox, TableOfContents,
};
use crate::hooks::{use_reading_aids, use_url_state};
use crate::state::{Explorer, ReportData};

/// The bundled default report: 深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划,
/// verbatim as published. The same file is served as [`DEFAULT_REPORT_FILE`].
pub const DEFAULT_REPORT: &str = include_str!("../public/reports/xinqiao-2024h1.txt");

/// Where the bundled report's text is served, relative to the page.
pub const DEFAULT_REPORT_FILE: &str = "reports/xinqiao-2024h1.txt";

/// The view the app starts in: what the URL and storage say (see `main.rs`), or defaults.
#[derive(Debug, Clone, Default)]
pub struct Start {
    /// The filter from the URL.
    pub filter: Filter,
    /// Stored settings with the URL's overrides applied.
    pub settings: Settings,
    /// Other URL parameters, kept in every URL the app writes.
    pub extras: Extras,
    /// The report to show: its text and where its original is served (relative to the page).
    /// `None` shows the bundled default report.
    pub report: Option<ReportSource>,
}

/// A report's text and the address of its original text.
#[derive(Debug, Clone)]
pub struct ReportSource {
    /// The report's full text.
    pub text: String,
    /// Where the original text can be read, relative to the page.
    pub file: String,
}

impl Default for ReportSource {
    fn default() -> Self {
        ReportSource {
            text: DEFAULT_REPORT.to_string(),
            file: DEFAULT_REPORT_FILE.to_string(),
        }
    }
}

/// The explorer. `start` is the initial view (defaults when absent).
///
/// Renders without touching `window` or `document`: browser access happens only in effects and
/// event handlers, so the same tree can be rendered to HTML natively.
#[component]
pub fn App(#[prop(optional)] start: Option<Start>) -> impl IntoView {
    let start = start.unwrap_or_default();
    let source = start.report.clone().unwrap_or_default();
    let report = match report::parse(&source.text) {
        Ok(report) => report,
        Err(err) => {
            return view! {
                <main class="parse-error" role="alert">
                    <h1>"报告无法解析"</h1>
                    <p>{err.to_string()}</p>
                    <p><a href=source.file.clone()>"查看报告原文"</a></p>
                </main>
            }
            .into_any()
        }
    };
    let data = ReportData::new(report, source.file.clone());
    let filter = start.filter.sanitize(&data.report);
    let explorer = Explorer::new(data, filter, start.settings);
    provide_context(explorer);
    use_reading_aids(explorer.settings);
    use_url_state(explorer, start.extras);

    // A shared link to a filtered view opens at the results, not at the header.
    let opened_filtered = explorer
        .filter
        .with_untracked(|f| f.is_active() && f.card.is_none());
    Effect::new(move |_| {
        if opened_filtered {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("results") {
                    el.scroll_into_view();
                }
            });
        }
    });

    // Fold-away panels start open on wide screens, closed on phones.
    let wide = explorer.wide;
    Effect::new(move |_| {
        if let Ok(Some(mq)) = window().match_media("(min-width: 60rem)") {
            wide.set(mq.matches());
        }
    });

    view! {
        <a class="skip-link" href="#main">"跳到正文"</a>
        <ReportHeader/>
        <div class="layout">
            <aside class="sidebar">
                <TableOfContents open=wide/>
            </aside>
            <main id="main" class="content" tabindex="-1">
                <KeyFigures/>
                <div class="controls" id="results">
                    <SearchBox/>
                    <FilterBar open=wide/>
                </div>
                <ChartsPanel/>
                <CardList/>
            </main>
        </div>
        <footer class="site-footer">
            <p>"本页面由报告原文自动生成，数字均摘自原文，以官方发布为准。"</p>
            <p><a href=source.file>"报告原文（纯文本）"</a></p>
        </footer>
    }
    .into_any()
}

/// Convenience for tests and tools: the bundled report, parsed.
pub fn default_report() -> report::Report {
    report::parse(DEFAULT_REPORT).expect("the bundled report parses")
}
