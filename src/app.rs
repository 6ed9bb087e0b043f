//! The root component. [`App`] lays out the page: the report bar, notices, and one report's
//! explorer ([`ReportView`]), re-created whenever the [`Loader`] shows another report. Which
//! report is shown is the loader's; the URL is [`use_url_state`]'s.

use std::sync::Arc;

use leptos::prelude::*;
use report::view::{Extras, Filter, Settings};

use crate::components::{
    CardList, ChartsPanel, EmbedDialog, ExportMenu, FilterBar, KeyFigures, NumberPopover,
    OpenReport, PlainText, PrintView, ReadingGuide, ReportHeader, ReportSwitcher, SearchBox,
    SpeechBar, TableOfContents,
};
use crate::hooks::{
    use_embed, use_filter_in_url, use_media_query, use_reading_aids, use_speech, use_url_state,
    when_shown, EmbedMode,
};
use crate::render::{Deferred, Fresh};
use crate::state::{Explorer, Loader, Opened, Page, Shown, ViewInfo};

pub use crate::state::{ReportSource, Start};

/// The explorer. `start` is the initial view (defaults when absent).
///
/// Renders without touching `window` or `document`: browser access happens only in effects and
/// event handlers, so the same tree can be rendered to HTML natively.
#[component]
pub fn App(#[prop(optional)] start: Option<Start>) -> impl IntoView {
    let start = start.unwrap_or_default();
    let embedded = start.extras.embed;
    // A text given to `App` is the page's only report: no switcher, no 打开报告.
    #[cfg(not(feature = "worker-parse"))]
    let fixed = start.report.is_some();
    #[cfg(feature = "worker-parse")]
    let fixed = false;
    let url = use_url_state(&start.extras);
    provide_context(url);
    let loader = Loader::new(&start, url);
    loader.start(
        start.extras.report.clone().filter(|r| !r.is_empty()),
        embedded,
        !fixed,
    );
    let settings = StoredValue::new(start.settings);
    let paste = RwSignal::new(String::new());
    let paste_open = RwSignal::new(false);

    // The report bar (switch report, 打开报告) comes after the shown report's title, so a page
    // starts with what it is; made afresh with each report's view.
    // Owned by the app, not by one rendering of the bar: a report the reader opened while
    // another was loading is handed on even though that bar has given way meanwhile.
    let select = Callback::new(move |id: String| loader.select(id));
    let opened = Callback::new(move |o: Opened| loader.open(o));
    let bar = ViewFn::from(move || {
        (!embedded).then(|| {
            view! {
                <section class="report-bar" aria-label="选择或打开报告">
                    <Deferred><ReportSwitcher choices=loader.choices() current=loader.current() on_select=select/></Deferred>
                    {(!fixed).then(|| view! { <Deferred><OpenReport text=paste open=paste_open on_ready=opened/></Deferred> })}
                </section>
            }
        })
    });

    view! {
        {(!embedded).then(|| view! { <a class="skip-link" href="#main">"跳到正文"</a> })}
        {move || Fresh(loader.notice.get().map(|m| view! {
            <section class="report-notices" aria-label="提示">
                <p class="notice notice-error" role="alert">{m}</p>
            </section>
        }))}
        {move || match loader.page.get() {
            Page::Loading => view! {
                {bar.run()}
                <div class="boot" aria-busy="true">
                    <p class="boot-status" role="status">{loader.opening_notice()}</p>
                    <div class="skeleton skeleton-title"></div>
                    <div class="skeleton skeleton-card"></div>
                </div>
            }.into_any(),
            Page::Failed(message, file) => view! {
                {bar.run()}
                <main class="parse-error" role="alert">
                    <h1>"报告无法解析"</h1>
                    <p>{message}</p>
                    <p><a href=file>"查看报告原文"</a></p>
                </main>
            }.into_any(),
            Page::Report(shown) => {
                let filter = loader.take_filter();
                let extras = loader.extras_for(shown.id.clone());
                let bar = bar.clone();
                // Another report replaces this one's view rather than being diffed into it.
                Fresh(view! {
                    {shown.local.then(|| local_banner(shown.name.clone(), loader))}
                    <ShownNotices problems=shown.problems.clone() warnings=shown.warnings.clone()/>
                    <Deferred>
                        <ReportView shown=shown.clone() filter=filter.clone() settings=settings extras=extras.clone() bar=bar.clone()/>
                    </Deferred>
                }).into_any()
            }
        }}
    }
}

/// The banner over the reader's own report: not published anywhere, stored here only, 关闭.
fn local_banner(name: String, loader: Loader) -> impl IntoView {
    view! {
        <section class="local-banner" aria-label="本地报告">
            <p>
                <strong>"本地报告，未在任何地方发布；仅保存在本浏览器中。"</strong>
                " " {name}
            </p>
            {move || loader.storage_note.get().map(|m| view! { <p class="storage-note" role="alert">{m}</p> })}
            <button type="button" class="tool-button local-close" on:click=move |_| loader.close_local()>"关闭"</button>
        </section>
    }
}

/// Notices about the shown report (`role=alert` for problems) and its parse warnings, folded.
#[component]
fn ShownNotices(problems: Vec<String>, warnings: Vec<String>) -> impl IntoView {
    let n = warnings.len();
    let any = n > 0 || !problems.is_empty();
    any.then(|| view! {
        <section class="report-checks" aria-label="解析结果">
        {(!problems.is_empty()).then(|| view! {
            <div class="report-problems" role="alert">
                {problems.into_iter().map(|p| view! { <p class="notice">{p}</p> }).collect_view()}
            </div>
        })}
        {(n > 0).then(|| view! {
            <details class="parse-warnings">
                <summary>{format!("解析提示（{n}）")}</summary>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </details>
        })}
        </section>
    })
}

/// One report's explorer: provides the [`Explorer`], [`ViewInfo`] and [`EmbedMode`] contexts
/// and lays out the page.
// Longer than most functions here: the contexts it provides, then one view! of the regions in
// reading order, which reads best whole.
#[component]
fn ReportView(
    shown: Arc<Shown>,
    filter: Filter,
    settings: StoredValue<Settings>,
    extras: Extras,
    /// The report bar, shown under the header.
    bar: ViewFn,
) -> impl IntoView {
    let data = shown.data();
    let filter = filter.sanitize(&data.report);
    let explorer = Explorer::with_data(data, filter, settings.get_value());
    provide_context(explorer);
    provide_context(ViewInfo {
        name: shown.name.clone(),
        extras: extras.clone(),
    });
    // The settings a host page sent last: applied, never stored.
    let from_host = StoredValue::new(None);
    use_reading_aids(explorer.settings, from_host);
    provide_context(use_speech(explorer.settings));
    Effect::new(move |_| settings.set_value(explorer.settings.get()));
    // Embedded: no chrome, what view=/chart= ask for, height and settings messages.
    let embed = EmbedMode::from_extras(&extras);
    if embed.on {
        explorer.show_only_focused();
    }
    provide_context(embed.clone());
    use_embed(
        explorer.settings,
        move || {
            explorer.filter.track();
            explorer.hits.track();
        },
        &embed,
        from_host,
    );
    use_filter_in_url(explorer, expect_context(), extras.clone());

    // A shared link to a filtered view opens at the results, not at the header (embedded, the
    // results are at the top already, and scrolling would move the host page).
    let opened_filtered = !embed.on
        && explorer
            .filter
            .with_untracked(|f| f.is_active() && f.card.is_none());
    Effect::new(move |_| {
        if opened_filtered {
            when_shown(|| {
                request_animation_frame(|| {
                    if let Some(el) = document().get_element_by_id("results") {
                        el.scroll_into_view();
                    }
                })
            });
        }
    });

    // Fold-away panels start open on wide screens, closed on phones (and stay as the reader
    // leaves them when the window is resized).
    let wide = explorer.wide;
    let wide_screen = use_media_query("(min-width: 60rem)");
    Effect::new(move |_| wide.set(wide_screen.get_untracked()));

    let chrome = !embed.on;
    // 纯文本 (view=text): the headings and paragraphs only, on the full page or embedded.
    let plain = embed.plain;
    let (figures, cards, charts) = (
        !plain && embed.shows_figures(),
        !plain && embed.shows_cards(),
        !plain && embed.shows_charts(),
    );
    let source_file = shown.file.clone();
    let name = shown.name.clone();
    // Embedded there is no header, but the frame is a document of its own: screen readers still
    // get its title as the page's one heading.
    let embed_title = embed.on.then(
        || view! { <h1 class="visually-hidden">{explorer.data().report.display_title()}</h1> },
    );
    // Each region is a start-up stage of its own (see `Stages`), in reading order.
    view! {
        {chrome.then(|| view! { <Deferred><ReportHeader/></Deferred> })}
        {bar.run()}
        {chrome.then(|| view! { <Deferred><PrintView extras=extras.clone()/></Deferred> })}
        <div class="layout" class:embed-layout=embed.on class:plain-layout=plain>
            {(chrome && !plain).then(|| view! {
                <aside class="sidebar">
                    <Deferred><TableOfContents open=wide/></Deferred>
                </aside>
            })}
            <main id="main" class="content" tabindex="-1">
                {embed_title}
                {plain.then(|| view! { <Deferred><PlainText/></Deferred> })}
                {figures.then(|| view! { <Deferred><KeyFigures/></Deferred> })}
                {cards.then(|| view! {
                    <div class="controls" id="results">
                        <Deferred><SearchBox/></Deferred>
                        <Deferred><FilterBar open=wide/></Deferred>
                    </div>
                })}
                {(chrome && !plain).then(|| view! { <Deferred><ExportMenu name=name.clone()/></Deferred> })}
                {charts.then(|| view! { <Deferred><ChartsPanel/></Deferred> })}
                {cards.then(|| view! { <Deferred><SpeechBar/></Deferred> <Deferred><CardList/></Deferred> })}
            </main>
        </div>
        // Outside every card, so no folded card clips it (see NumberPopover).
        {cards.then(|| view! { <NumberPopover/> })}
        <ReadingGuide/>
        {chrome.then(|| view! {
            <footer class="site-footer">
                <p>"本页面由报告原文自动生成，数字均摘自原文，以官方发布为准。"</p>
                <p><a href=source_file.clone()>"报告原文（纯文本）"</a> " " <Deferred><EmbedDialog/></Deferred></p>
            </footer>
        })}
    }
}
