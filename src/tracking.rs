//! The tracking page (`track/`): 目标追踪 and 历年对比 for the series of reports the manifest
//! lists for one publisher. Its own wasm (`src/bin/track.rs`) on the app's library, so the
//! explorer's first view carries none of it. [`TrackApp`] lays the page out; the series is
//! [`load_series`]'s, the URL is written here (one owner: this page has no other writer).

use leptos::prelude::*;
use report::view::tracking::{track_query, TrackQuery};
use report::view::{to_query, Extras, Filter, Settings, SettingsOverrides};

use crate::browser::history;
use crate::components::print_view::use_print_qr;
use crate::components::{qr_svg, SeriesView, TrackEmbed, TrackView};
use crate::hooks::{use_embed, use_reading_aids, EmbedMode};
use crate::render::Fresh;
use crate::state::series::{load_series, SeriesPage, APP_DIR};

/// Which view of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrackTab {
    /// 目标追踪 (`view=track`).
    #[default]
    Track,
    /// 历年对比 (`view=series`).
    Series,
}

impl TrackTab {
    /// The `view=` value.
    pub fn as_str(self) -> &'static str {
        match self {
            TrackTab::Track => "track",
            TrackTab::Series => "series",
        }
    }

    /// The tab's name.
    pub fn name(self) -> &'static str {
        match self {
            TrackTab::Track => "目标追踪",
            TrackTab::Series => "历年对比",
        }
    }
}

/// What the page starts with: the URL's parameters and the stored reading aids.
#[derive(Debug, Clone, Default)]
pub struct TrackStart {
    /// Stored settings with the URL's overrides applied.
    pub settings: Settings,
    /// `report=`, `view=`, `embed=`, `host=`, `downloads=`.
    pub extras: Extras,
    /// `period=`, `indicator=`, `status=`, `targets=`.
    pub query: TrackQuery,
}

/// The page's query string for a tab and its parameters.
pub fn page_query(extras: &Extras, tab: TrackTab, q: &TrackQuery) -> String {
    let extras = Extras {
        view: Some(tab.as_str().to_string()),
        chart: Vec::new(),
        ..extras.clone()
    };
    let base = to_query(&Filter::default(), &SettingsOverrides::default(), &extras);
    let own = track_query(q);
    match (base.is_empty(), own.is_empty()) {
        (_, true) => base,
        (true, false) => own,
        (false, false) => format!("{base}&{own}"),
    }
}

/// The tracking page.
#[component]
pub fn TrackApp(start: TrackStart) -> impl IntoView {
    let page = RwSignal::new(SeriesPage::Loading("正在读取报告目录…".into()));
    load_series(start.extras.report.clone(), page);
    let settings = RwSignal::new(start.settings);
    let from_host = StoredValue::new(None);
    use_reading_aids(settings, from_host);
    let embed = EmbedMode::from_extras(&start.extras);
    provide_context(embed.clone());
    let tab = RwSignal::new(match start.extras.view.as_deref() {
        Some("series") => TrackTab::Series,
        _ => TrackTab::Track,
    });
    let query = RwSignal::new(start.query);
    use_embed(
        settings,
        move || {
            tab.track();
            query.track();
            page.track();
        },
        &embed,
        from_host,
    );
    let extras = StoredValue::new(start.extras);
    Effect::new(move |_| {
        let q = extras.with_value(|e| page_query(e, tab.get(), &query.get()));
        history::write_query(&q, false);
    });
    let back = extras.with_value(|e| match e.report.as_deref() {
        Some(id) => format!("{APP_DIR}?report={}", report::view::percent_encode(id)),
        None => APP_DIR.to_string(),
    });
    let chrome = !embed.on;
    let title = move || match page.get() {
        SeriesPage::Ready(d) if !d.publisher.is_empty() => {
            format!("{}：目标追踪与历年对比", d.publisher)
        }
        _ => "目标追踪与历年对比".to_string(),
    };
    view! {
        {chrome.then(|| view! { <a class="skip-link" href="#main">"跳到正文"</a> })}
        <header class="track-header" class:visually-hidden=!chrome>
            {chrome.then(|| view! { <p class="track-back"><a href=back.clone()>"← 返回报告速览"</a></p> })}
            <h1 class="track-title">{title}</h1>
            <div class="track-tabs" role="tablist" aria-label="查看方式">
                {tab_button(TrackTab::Track, tab)}
                {tab_button(TrackTab::Series, tab)}
            </div>
        </header>
        <main id="main" class="track-main" tabindex="-1">
            {move || match page.get() {
                SeriesPage::Loading(m) => view! { <p class="boot-status" role="status" aria-busy="true">{m}</p> }.into_any(),
                SeriesPage::Failed(m) => view! { <p class="notice notice-error" role="alert">{m}</p> }.into_any(),
                SeriesPage::Ready(data) => Fresh(match tab.get() {
                    TrackTab::Track => view! { <TrackView data=data.clone() query=query settings=settings/> }.into_any(),
                    TrackTab::Series => view! { <SeriesView data=data.clone() query=query settings=settings/> }.into_any(),
                }).into_any(),
            }}
        </main>
        {chrome.then(|| {
            let embed_query = Signal::derive(move || {
                let e = extras.with_value(|e| Extras { embed: true, ..e.clone() });
                page_query(&e, tab.get(), &query.get())
            });
            let embed_title = Signal::derive(move || format!("{}：{}", title(), tab.get().name()));
            view! { <div class="track-main track-tools"><TrackEmbed query=embed_query title=embed_title/></div> }
        })}
        {chrome.then(|| print_block(tab, query, extras))}
        {chrome.then(|| view! {
            <footer class="site-footer">
                <p>"本页由各年度报告原文自动比对生成，数字均摘自原文，以原文和官方发布为准。"</p>
            </footer>
        })}
    }
}

/// One tab: selected when it is the view shown.
fn tab_button(t: TrackTab, tab: RwSignal<TrackTab>) -> impl IntoView {
    let selected = move || tab.get() == t;
    view! {
        <button
            type="button"
            role="tab"
            class="chart-tab"
            id=format!("track-tab-{}", t.as_str())
            aria-selected=move || selected().to_string()
            aria-controls="main"
            on:click=move |_| tab.set(t)
        >
            {t.name()}
        </button>
    }
}

/// What only paper shows: the page's link and its QR code.
fn print_block(
    tab: RwSignal<TrackTab>,
    query: RwSignal<TrackQuery>,
    extras: StoredValue<Extras>,
) -> impl IntoView {
    let base = RwSignal::new(String::new());
    Effect::new(move |_| base.set(history::page_base()));
    let link = Signal::derive(move || {
        let b = base.get();
        if b.is_empty() {
            return String::new();
        }
        let q = extras.with_value(|e| page_query(e, tab.get(), &query.get()));
        history::view_link(&b, &q)
    });
    let qr = use_print_qr(link);
    view! {
        <section class="print-only print-view">
            <div class="print-meta">
                <p class="print-official">"自动比对，以原文和官方发布为准。"</p>
                <p class="print-link">"本页链接：" {move || link.get()}</p>
            </div>
            <figure class="print-qr">
                {qr_svg(qr, "当前页面的二维码")}
                <figcaption>"扫码打开此页面"</figcaption>
            </figure>
        </section>
    }
}
