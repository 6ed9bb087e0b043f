//! The root component.
//!
//! [`App`] owns which report is shown (the bundled one, one listed in `reports/reports.json`,
//! or the reader's own) and re-creates the explorer ([`ReportView`], which provides the
//! [`Explorer`] context) whenever it changes; components keep reading `Explorer::expect()`.

use std::sync::Arc;

use leptos::prelude::*;
use report::input::Problem;
use report::view::{self, Extras, Filter, Settings, SettingsOverrides};
use report::Report;

use crate::components::open_report::Opened;
use crate::components::report_switcher::ReportChoice;
use crate::components::{
    CardList, ChartsPanel, Deferred, EmbedDialog, ExportMenu, FilterBar, Fresh, KeyFigures,
    OpenReport, PrintView, ReportHeader, ReportSwitcher, SearchBox, TableOfContents,
};
use crate::hooks::use_report_source::{self as source, ManifestEntry, LOCAL_ID};
use crate::hooks::use_storage::{self, LocalReport};
use crate::hooks::{use_embed, use_reading_aids, use_url_state, when_shown, EmbedMode};
use crate::state::{Explorer, ReportData};

/// The bundled default report: 深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划,
/// verbatim as published. The same file is served as [`DEFAULT_REPORT_FILE`].
pub const DEFAULT_REPORT: &str = include_str!("../public/reports/xinqiao-2024h1.txt");

/// Where the bundled report's text is served, relative to the page.
pub const DEFAULT_REPORT_FILE: &str = "reports/xinqiao-2024h1.txt";

/// The bundled report's `report=` id (its file's stem).
pub const DEFAULT_REPORT_ID: &str = "xinqiao-2024h1";

/// The bundled report's short name, for file names.
pub const DEFAULT_REPORT_NAME: &str = "新桥街道2024上半年";

/// The view the app starts in: what the URL and storage say (see `main.rs`), or defaults.
#[derive(Debug, Clone, Default)]
pub struct Start {
    /// The filter from the URL (sanitized against the report once it is known).
    pub filter: Filter,
    /// Stored settings with the URL's overrides applied.
    pub settings: Settings,
    /// Other URL parameters, kept in every URL the app writes.
    pub extras: Extras,
    /// The report to show: its text and where its original is served (relative to the page).
    /// `None` shows the report `extras.report` names (fetched), or the bundled default.
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

/// The bundled report, parsed (see [`Shown::bundled`]).
static BUNDLED: std::sync::OnceLock<Shown> = std::sync::OnceLock::new();

/// A parsed report ready to show, and what to tell the reader about it.
#[derive(Debug, Clone)]
pub struct Shown {
    /// Its `report=` id; `None` for the bundled default.
    pub id: Option<String>,
    /// The parsed report.
    pub report: Arc<Report>,
    /// Where its text can be read (relative to the page, or an object URL for a local one).
    pub file: String,
    /// A short name for file names.
    pub name: String,
    /// Whether it is the reader's own report (not published anywhere).
    pub local: bool,
    /// Notices from reading it (large text, no structure).
    pub problems: Vec<String>,
    /// Parse warnings (`第3部分没有识别到小节`).
    pub warnings: Vec<String>,
    /// What the view derives from the report (cards, search index, key figures), made once.
    derived: Derived,
}

/// [`ReportData`] made on first use and shared by the clones of a [`Shown`].
#[derive(Clone, Default)]
struct Derived(Arc<std::sync::OnceLock<Arc<ReportData>>>);

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "Derived(made)"
        } else {
            "Derived(not yet)"
        })
    }
}

impl Shown {
    fn new(
        id: Option<String>,
        report: Report,
        problems: &[Problem],
        file: String,
        name: String,
    ) -> Shown {
        let warnings = report::warnings::warnings(&report)
            .into_iter()
            .map(|w| w.message)
            .collect();
        Shown {
            id,
            report: Arc::new(report),
            file,
            name,
            local: false,
            problems: problems.iter().map(Problem::message).collect(),
            warnings,
            derived: Derived::default(),
        }
    }

    /// The cards, search index and key figures of the report (made on first call, then shared;
    /// `main.rs` makes the bundled report's in a start-up task of its own).
    pub fn data(&self) -> Arc<ReportData> {
        self.derived
            .0
            .get_or_init(|| Arc::new(ReportData::new((*self.report).clone(), self.file.clone())))
            .clone()
    }

    /// Parses a text leniently; the fatal problem's message when nothing can be shown.
    pub fn parse(
        id: Option<String>,
        text: &str,
        file: String,
        name: String,
    ) -> Result<Shown, String> {
        let (report, problems) = report::input::parse_lenient(text).map_err(|p| p.message())?;
        Ok(Shown::new(id, report, &problems, file, name))
    }

    /// The bundled report, parsed once (switching back to it costs nothing; `main.rs` parses it
    /// in small steps before the app starts: [`Shown::parse_bundled_in_steps`]).
    pub fn bundled() -> Shown {
        BUNDLED
            .get_or_init(|| {
                let (report, problems) = report::input::parse_lenient(DEFAULT_REPORT)
                    .expect("the bundled report parses");
                Shown::from_bundled(report, &problems)
            })
            .clone()
    }

    /// The bundled report's [`Shown`], from its parse.
    fn from_bundled(report: Report, problems: &[report::input::Problem]) -> Shown {
        Shown::new(
            None,
            report,
            problems,
            DEFAULT_REPORT_FILE.into(),
            DEFAULT_REPORT_NAME.into(),
        )
    }

    /// Parses the bundled report for [`Shown::bundled`] in steps of a few milliseconds, each a
    /// task of its own: at start-up the page is already on screen and should stay responsive.
    pub async fn parse_bundled_in_steps() {
        if BUNDLED.get().is_some() {
            return;
        }
        let (report, problems) = source::parse_in_slices(DEFAULT_REPORT, 1 << 15, 4.0, |_, _| {})
            .await
            .expect("the bundled report parses");
        let _ = BUNDLED.set(Shown::from_bundled(report, &problems));
    }
}

/// What the inner view's components need besides the [`Explorer`]: the report's short name and
/// the URL parameters kept in every link. Provided as context by [`ReportView`].
#[derive(Debug, Clone, Default)]
pub struct ViewInfo {
    /// The report's short name, for file names.
    pub name: String,
    /// The URL's other parameters (`report=` …).
    pub extras: Extras,
}

#[derive(Debug, Clone)]
enum Page {
    /// Waiting for a report named in the URL.
    Loading,
    /// Showing a report.
    Report(Arc<Shown>),
    /// Nothing to show (the report given to `App` cannot be read).
    Failed(String, String),
}

/// Writes `?report=…` (and the kept parameters) into the URL: a new entry when `push`.
fn write_report_url(extras: &Extras, push: bool) {
    let query = view::to_query(&Filter::default(), &SettingsOverrides::default(), extras);
    let target = if query.is_empty() {
        window().location().pathname().unwrap_or_default()
    } else {
        format!("?{query}")
    };
    if let Ok(history) = window().history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&null, "", Some(&target))
        } else {
            history.replace_state_with_url(&null, "", Some(&target))
        };
    }
}

/// An object URL for a local report's text, so 查看原文 opens it.
fn text_object_url(text: &str) -> String {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .and_then(|b| web_sys::Url::create_object_url_with_blob(&b))
        .unwrap_or_default()
}

/// Fetches and parses the manifest report `id`.
async fn load_listed(id: &str, manifest: &[ManifestEntry]) -> Result<Shown, String> {
    let Some(entry) = manifest.iter().find(|e| e.id == id) else {
        return Err(format!(
            "没有找到报告“{id}”（reports.json 中没有列出），已显示默认报告。"
        ));
    };
    let name = if entry.title.is_empty() {
        entry.id.clone()
    } else {
        entry.title.clone()
    };
    if entry.url() == DEFAULT_REPORT_FILE {
        let mut s = Shown::bundled();
        s.id = Some(entry.id.clone());
        s.name = name;
        return Ok(s);
    }
    let bytes = source::fetch_bytes(&entry.url()).await.map_err(|e| {
        let why = match e {
            source::FetchError::Network => "网络错误".to_string(),
            source::FetchError::Status(s) => format!("服务器返回 {s}"),
        };
        format!(
            "报告“{}”的文件 {} 无法读取（{why}），已显示默认报告。",
            entry.label(),
            entry.url()
        )
    })?;
    let text = source::decode(&bytes)
        .map_err(|p| format!("报告“{}”无法显示：{}", entry.label(), p.message()))?;
    let (report, problems) = source::parse_in_steps(&text, |_, _| {})
        .await
        .map_err(|p| format!("报告“{}”无法显示：{}", entry.label(), p.message()))?;
    let mut shown = Shown::new(Some(entry.id.clone()), report, &problems, entry.url(), name);
    if shown.report.source_url.is_none() && !entry.source_url.is_empty() {
        Arc::make_mut(&mut shown.report).source_url = Some(entry.source_url.clone());
    }
    Ok(shown)
}

/// Turns a reader's report into a shown one.
fn shown_local(name: &str, text: &str, report: Report, problems: &[Problem]) -> Shown {
    let short = name.trim_end_matches(".txt").to_string();
    let mut s = Shown::new(
        Some(LOCAL_ID.into()),
        report,
        problems,
        text_object_url(text),
        short,
    );
    s.local = true;
    s
}

/// The explorer. `start` is the initial view (defaults when absent).
///
/// Renders without touching `window` or `document`: browser access happens only in effects and
/// event handlers, so the same tree can be rendered to HTML natively.
#[component]
pub fn App(#[prop(optional)] start: Option<Start>) -> impl IntoView {
    let start = start.unwrap_or_default();
    let requested = start.extras.report.clone().filter(|r| !r.is_empty());
    let embedded = start.extras.embed;
    let initial = match start.report.clone() {
        Some(src) => match Shown::parse(
            requested.clone(),
            &src.text,
            src.file.clone(),
            String::new(),
        ) {
            Ok(s) => Page::Report(Arc::new(s)),
            Err(m) => Page::Failed(m, src.file),
        },
        None => match requested.as_deref() {
            None => Page::Report(Arc::new(Shown::bundled())),
            Some(DEFAULT_REPORT_ID) => {
                let mut s = Shown::bundled();
                s.id = requested.clone();
                Page::Report(Arc::new(s))
            }
            Some(_) => Page::Loading,
        },
    };
    let fixed = start.report.is_some();
    let page = RwSignal::new(initial);
    let manifest = RwSignal::new(Vec::<ManifestEntry>::new());
    let notice = RwSignal::new(None::<String>);
    let storage_note = RwSignal::new(None::<String>);
    let local_name = RwSignal::new(None::<String>);
    let paste = RwSignal::new(String::new());
    // The start filter applies to the first report shown; later ones start unfiltered.
    let first_filter = StoredValue::new(Some(start.filter.clone()));
    let settings_now = StoredValue::new(start.settings);
    let base_extras = StoredValue::new(Extras {
        report: None,
        ..start.extras.clone()
    });

    let show = move |shown: Shown| page.set(Page::Report(Arc::new(shown)));
    let show_bundled = move || show(Shown::bundled());

    // Loads the report `id` (None: the bundled one). Used at start and on back/forward.
    let load = move |id: Option<String>| {
        leptos::task::spawn_local(async move {
            match id.as_deref() {
                None => show_bundled(),
                Some(DEFAULT_REPORT_ID) => {
                    let mut s = Shown::bundled();
                    s.id = id.clone();
                    show(s);
                }
                Some(LOCAL_ID) => match use_storage::load_local().await {
                    Some(local) => {
                        local_name.set(Some(local.name.clone()));
                        match source::parse_in_steps(&local.text, |_, _| {}).await {
                            Ok((report, problems)) => {
                                show(shown_local(&local.name, &local.text, report, &problems))
                            }
                            Err(p) => {
                                notice.set(Some(p.message()));
                                show_bundled();
                            }
                        }
                    }
                    None => {
                        notice.set(Some(
                            "本地报告已关闭，或保存在另一个浏览器中；已显示默认报告。".into(),
                        ));
                        show_bundled();
                    }
                },
                Some(other) => {
                    let list = manifest.get_untracked();
                    match load_listed(other, &list).await {
                        Ok(s) => show(s),
                        Err(m) => {
                            notice.set(Some(m));
                            show_bundled();
                        }
                    }
                }
            }
        });
    };

    // At start: the manifest (for the switcher and `report=`), and whether a local report is
    // stored; then the report the URL asks for, when it is not already shown.
    Effect::new(move |_| {
        let requested = requested.clone();
        leptos::task::spawn_local(async move {
            if !embedded && !fixed {
                if let Some(local) = use_storage::load_local().await {
                    local_name.set(Some(local.name));
                }
            }
            manifest.set(source::fetch_manifest().await);
            if matches!(page.get_untracked(), Page::Loading) {
                load(requested);
            }
        });
    });

    // Back and forward across reports.
    let popstate = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        if fixed {
            return;
        }
        let l = gloo_events::EventListener::new(&window(), "popstate", move |_| {
            let search = window().location().search().unwrap_or_default();
            let (_, _, extras) = view::parse_query(&search);
            let wanted = extras.report.filter(|r| !r.is_empty());
            let current = match page.get_untracked() {
                Page::Report(s) => s.id.clone(),
                _ => None,
            };
            fn key(a: &Option<String>) -> &str {
                a.as_deref().unwrap_or(DEFAULT_REPORT_ID)
            }
            if key(&wanted) != key(&current) {
                first_filter.set_value(Some(view::parse_query(&search).0));
                load(wanted);
            }
        });
        popstate.set_value(Some(l));
    });

    let select = Callback::new(move |id: String| {
        notice.set(None);
        let extras = Extras {
            report: (id != DEFAULT_REPORT_ID).then(|| id.clone()),
            ..base_extras.get_value()
        };
        write_report_url(&extras, true);
        load(extras.report.clone());
    });

    let opened = Callback::new(move |o: Opened| {
        notice.set(None);
        storage_note.set(None);
        let shown = shown_local(&o.name, &o.text, o.report, &o.problems);
        local_name.set(Some(shown.name.clone()));
        let extras = Extras {
            report: Some(LOCAL_ID.into()),
            ..base_extras.get_value()
        };
        write_report_url(&extras, true);
        show(shown);
        let local = LocalReport {
            name: o.name,
            text: o.text,
        };
        leptos::task::spawn_local(async move {
            if let Err(e) = use_storage::save_local(&local).await {
                let why = if use_storage::is_quota_error(&e) {
                    "浏览器的存储空间已满"
                } else {
                    "浏览器不允许保存（可能是无痕模式或隐私设置）"
                };
                storage_note.set(Some(format!(
                    "{why}：这份报告只在本次打开期间可用，刷新或关闭页面后需要重新打开。"
                )));
            }
        });
    });

    let close_local = move |_| {
        storage_note.set(None);
        local_name.set(None);
        leptos::task::spawn_local(async move {
            let _ = use_storage::delete_local().await;
        });
        write_report_url(&base_extras.get_value(), true);
        show_bundled();
    };

    let choices = Signal::derive(move || {
        let mut list: Vec<ReportChoice> = manifest
            .get()
            .iter()
            .map(|e| ReportChoice {
                id: e.id.clone(),
                label: e.label(),
            })
            .collect();
        if !list.iter().any(|c| c.id == DEFAULT_REPORT_ID) {
            list.insert(
                0,
                ReportChoice {
                    id: DEFAULT_REPORT_ID.into(),
                    label: DEFAULT_REPORT_NAME.into(),
                },
            );
        }
        if let Some(name) = local_name.get() {
            list.push(ReportChoice {
                id: LOCAL_ID.into(),
                label: format!("本地报告：{name}"),
            });
        }
        list
    });
    let current = Signal::derive(move || match page.get() {
        Page::Report(s) => s.id.clone().unwrap_or_else(|| DEFAULT_REPORT_ID.into()),
        _ => String::new(),
    });

    let bar = (!embedded).then(|| {
        view! {
            <section class="report-bar" aria-label="选择或打开报告">
                <Deferred><ReportSwitcher choices=choices current=current on_select=select/></Deferred>
                {(!fixed).then(|| view! { <Deferred><OpenReport text=paste on_ready=opened/></Deferred> })}
            </section>
        }
    });

    view! {
        {(!embedded).then(|| view! { <a class="skip-link" href="#main">"跳到正文"</a> })}
        {bar}
        {move || Fresh(notice.get().map(|m| view! {
            <section class="report-notices" aria-label="提示">
                <p class="notice notice-error" role="alert">{m}</p>
            </section>
        }))}
        {move || match page.get() {
            Page::Loading => view! {
                <div class="boot" aria-busy="true">
                    <p class="boot-status" role="status">"正在加载报告…"</p>
                    <div class="skeleton skeleton-title"></div>
                    <div class="skeleton skeleton-card"></div>
                </div>
            }.into_any(),
            Page::Failed(message, file) => view! {
                <main class="parse-error" role="alert">
                    <h1>"报告无法解析"</h1>
                    <p>{message}</p>
                    <p><a href=file>"查看报告原文"</a></p>
                </main>
            }.into_any(),
            Page::Report(shown) => {
                let filter = first_filter.try_update_value(|f| f.take()).flatten().unwrap_or_default();
                let extras = Extras { report: shown.id.clone(), ..base_extras.get_value() };
                // Another report replaces this one's view rather than being diffed into it.
                Fresh(view! {
                    {shown.local.then(|| view! {
                        <section class="local-banner" aria-label="本地报告">
                            <p>
                                <strong>"本地报告，未在任何地方发布；仅保存在本浏览器中。"</strong>
                                " " {shown.name.clone()}
                            </p>
                            {move || storage_note.get().map(|m| view! { <p class="storage-note" role="alert">{m}</p> })}
                            <button type="button" class="tool-button local-close" on:click=close_local>"关闭"</button>
                        </section>
                    })}
                    <ShownNotices problems=shown.problems.clone() warnings=shown.warnings.clone()/>
                    <Deferred>
                        <ReportView shown=shown.clone() filter=filter.clone() settings=settings_now extras=extras.clone()/>
                    </Deferred>
                }).into_any()
            }
        }}
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

/// One report's explorer: provides the [`Explorer`] context and lays out the page.
#[component]
fn ReportView(
    shown: Arc<Shown>,
    filter: Filter,
    settings: StoredValue<Settings>,
    extras: Extras,
) -> impl IntoView {
    let data = shown.data();
    let filter = filter.sanitize(&data.report);
    let explorer = Explorer::with_data(data, filter, settings.get_value());
    provide_context(explorer);
    provide_context(ViewInfo {
        name: shown.name.clone(),
        extras: extras.clone(),
    });
    use_reading_aids(explorer.settings);
    Effect::new(move |_| settings.set_value(explorer.settings.get()));
    // Embed mode (issue 7): no chrome, what view=/chart= ask for, height and settings messages.
    let embed = EmbedMode::from_extras(&extras);
    if embed.on {
        explorer.show_only_focused();
    }
    provide_context(embed.clone());
    use_embed(explorer, &embed);
    use_url_state(explorer, extras.clone());

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

    // Fold-away panels start open on wide screens, closed on phones.
    let wide = explorer.wide;
    Effect::new(move |_| {
        if let Ok(Some(mq)) = window().match_media("(min-width: 60rem)") {
            wide.set(mq.matches());
        }
    });

    let chrome = !embed.on;
    let (figures, cards, charts) = (
        embed.shows_figures(),
        embed.shows_cards(),
        embed.shows_charts(),
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
        {chrome.then(|| view! { <Deferred><PrintView extras=extras.clone()/></Deferred> })}
        <div class="layout" class:embed-layout=embed.on>
            {chrome.then(|| view! {
                <aside class="sidebar">
                    <Deferred><TableOfContents open=wide/></Deferred>
                </aside>
            })}
            <main id="main" class="content" tabindex="-1">
                {embed_title}
                {figures.then(|| view! { <Deferred><KeyFigures/></Deferred> })}
                {cards.then(|| view! {
                    <div class="controls" id="results">
                        <Deferred><SearchBox/></Deferred>
                        <Deferred><FilterBar open=wide/></Deferred>
                    </div>
                })}
                {chrome.then(|| view! { <Deferred><ExportMenu name=name.clone()/></Deferred> })}
                {charts.then(|| view! { <Deferred><ChartsPanel/></Deferred> })}
                {cards.then(|| view! { <Deferred><CardList/></Deferred> })}
            </main>
        </div>
        {chrome.then(|| view! {
            <footer class="site-footer">
                <p>"本页面由报告原文自动生成，数字均摘自原文，以官方发布为准。"</p>
                <p><a href=source_file.clone()>"报告原文（纯文本）"</a> " " <Deferred><EmbedDialog/></Deferred></p>
            </footer>
        })}
    }
}

/// Convenience for tests and tools: the bundled report, parsed.
pub fn default_report() -> report::Report {
    report::parse(DEFAULT_REPORT).expect("the bundled report parses")
}
