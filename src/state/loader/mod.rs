//! The one owner of text → parsed report, for every source: the bundled report, one listed in
//! `reports/reports.json`, the reader's own (opened now, or stored from an earlier visit), and
//! a text given to `App` directly (tests, tools). [`Loader`] also keeps which report is shown,
//! the manifest, and the notices about loading, for `App` to lay out.

use std::sync::Arc;

use leptos::prelude::*;
use report::input::Problem;
use report::manifest::{self, ManifestEntry, LOCAL_ID};
use report::view::{Extras, Filter, Settings};
use report::Report;

mod steps;

pub(super) use steps::parse_in_slices;
use steps::parse_in_steps;
pub use steps::{parse_opened, Opened};

use super::shown::{Shown, DEFAULT_REPORT_FILE, DEFAULT_REPORT_ID, DEFAULT_REPORT_NAME};
use crate::browser::indexed_db::{self, LocalReport};
use crate::browser::{decode::decode, download, fetch};
use crate::hooks::{report_key, UrlState};

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
    /// `None` shows the report `extras.report` names (fetched), or the bundled default. (Not
    /// in the `worker-parse` build, whose page cannot parse a text at once.)
    #[cfg(not(feature = "worker-parse"))]
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

#[cfg(not(feature = "worker-parse"))]
impl Default for ReportSource {
    fn default() -> Self {
        ReportSource {
            text: super::shown::DEFAULT_REPORT.to_string(),
            file: DEFAULT_REPORT_FILE.to_string(),
        }
    }
}

/// What the page shows.
#[derive(Debug, Clone)]
pub enum Page {
    /// Waiting for a report named in the URL.
    Loading,
    /// Showing a report.
    Report(Arc<Shown>),
    /// Nothing to show (the text given to `App` cannot be read): the message and the text's
    /// address.
    Failed(String, String),
}

/// The manifest's entries; empty when there is none or it is invalid (the bundled report is
/// then the only one).
/// The manifest's usable entries, the ids of those skipped for their path with why, and
/// whether it lets the tracking page compare its reports.
async fn fetch_manifest() -> (Vec<ManifestEntry>, Vec<(String, String)>, bool) {
    let Ok(bytes) = fetch::fetch_bytes(manifest::MANIFEST_URL).await else {
        return Default::default();
    };
    let Ok(json) = String::from_utf8(bytes) else {
        return Default::default();
    };
    (
        manifest::parse(&json).unwrap_or_default(),
        manifest::refused(&json),
        manifest::tracking(&json),
    )
}

/// Fetches and parses the manifest report `id`.
async fn load_listed(id: &str, manifest: &[ManifestEntry]) -> Result<Shown, String> {
    let Some(entry) = manifest.iter().find(|e| e.id == id) else {
        return Err(format!(
            "没有找到报告“{id}”（reports.json 中没有列出），已显示默认报告。"
        ));
    };
    if entry.url() == DEFAULT_REPORT_FILE {
        let mut s = Shown::bundled_as(Some(entry.id.clone()));
        s.name = entry.name();
        return Ok(s);
    }
    let label = entry.label();
    let bytes = fetch::fetch_bytes(&entry.url()).await.map_err(|e| {
        format!(
            "报告“{label}”的文件 {} 无法读取（{}），已显示默认报告。",
            entry.url(),
            e.message()
        )
    })?;
    let unreadable = |p: Problem| format!("报告“{label}”无法显示：{}", p.message());
    let text = decode(&bytes).map_err(unreadable)?;
    let (report, problems) = parse_in_steps(&text, |_, _| {}).await.map_err(unreadable)?;
    let mut shown = Shown::new(
        Some(entry.id.clone()),
        report,
        &problems,
        entry.url(),
        entry.name(),
    );
    if shown.report.source_url.is_none() && !entry.source_url.is_empty() {
        Arc::make_mut(&mut shown.report).source_url = Some(entry.source_url.clone());
    }
    Ok(shown)
}

/// `s` with its cards, search index and key figures made in a task of their own, between the
/// parse's and the first view's: for a long report each is a long task, and together they
/// would block the page for their sum.
async fn prepared(s: Shown) -> Shown {
    crate::browser::yield_now().await;
    let _ = s.data();
    crate::browser::yield_now().await;
    s
}

/// Turns a reader's report into a shown one.
fn shown_local(name: &str, text: &str, report: Report, problems: &[Problem]) -> Shown {
    let short = name.trim_end_matches(".txt").to_string();
    let file = download::object_url(text, "text/plain;charset=utf-8").unwrap_or_default();
    let mut s = Shown::new(Some(LOCAL_ID.into()), report, problems, file, short);
    s.local = true;
    s
}

/// A report the switcher offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportChoice {
    /// The `report=` id.
    pub id: String,
    /// What the switcher shows.
    pub label: String,
    /// One of a series the manifest lists (two or more of one publisher), or the reader's own
    /// report beside the manifest's, tracking allowed: the tracking page compares it with the
    /// others.
    pub tracked: bool,
}

/// Which report is shown and how it got there; provided by `App`, one per page.
#[derive(Clone, Copy)]
pub struct Loader {
    /// What the page shows.
    pub page: RwSignal<Page>,
    /// A notice about the last load (a listed report that could not be read).
    pub notice: RwSignal<Option<String>>,
    /// Why the reader's own report could not be stored, if it could not.
    pub storage_note: RwSignal<Option<String>>,
    /// The reports listed in `reports/reports.json`.
    manifest: RwSignal<Vec<ManifestEntry>>,
    /// The manifest's entries skipped for their path: `(id, why)`.
    refused: StoredValue<Vec<(String, String)>>,
    /// Whether the manifest lets the tracking page compare its reports (`"tracking": false`).
    tracking: StoredValue<bool>,
    /// The name of the reader's stored report, if one is stored.
    local_name: RwSignal<Option<String>>,
    /// Whether the reader's report is in the browser's storage yet: the tracking page reads it
    /// from there, so the switcher links to it only then.
    local_stored: RwSignal<bool>,
    /// The filter for the next report shown (the URL's, at start and on back/forward).
    next_filter: StoredValue<Option<Filter>>,
    /// The page URL's owner.
    url: UrlState,
    /// The `report=` the page started with.
    requested: StoredValue<Option<String>>,
    /// Counts the reports asked for (URL, switcher, back/forward, 打开报告, 关闭): a load that
    /// finishes after a later request shows nothing, so the last request wins however long
    /// each took.
    turn: StoredValue<u64>,
}

impl Loader {
    /// The loader for a page starting at `start`: the report it names is shown at once when it
    /// is given or bundled, else [`Page::Loading`] until [`Loader::start`] has fetched it.
    pub fn new(start: &Start, url: UrlState) -> Loader {
        let requested = start.extras.report.clone().filter(|r| !r.is_empty());
        let asked = requested.clone();
        let listed = move || match requested.as_deref() {
            None => Page::Report(Arc::new(Shown::bundled())),
            Some(DEFAULT_REPORT_ID) => Page::Report(Arc::new(Shown::bundled_as(requested))),
            Some(_) => Page::Loading,
        };
        #[cfg(not(feature = "worker-parse"))]
        let page = match &start.report {
            Some(src) => {
                match Shown::parse(asked.clone(), &src.text, src.file.clone(), String::new()) {
                    Ok(s) => Page::Report(Arc::new(s)),
                    Err(m) => Page::Failed(m, src.file.clone()),
                }
            }
            None => listed(),
        };
        #[cfg(feature = "worker-parse")]
        let page = listed();
        Loader {
            page: RwSignal::new(page),
            notice: RwSignal::new(None),
            storage_note: RwSignal::new(None),
            manifest: RwSignal::new(Vec::new()),
            refused: StoredValue::new(Vec::new()),
            tracking: StoredValue::new(false),
            local_name: RwSignal::new(None),
            local_stored: RwSignal::new(false),
            next_filter: StoredValue::new(Some(start.filter.clone())),
            url,
            requested: StoredValue::new(asked),
            turn: StoredValue::new(0),
        }
    }

    /// In the browser, once: fetches the manifest (for the switcher and `report=`), then loads
    /// the report the URL asks for when it is not shown yet; beside it, unless `embedded`, asks
    /// whether a local report is stored (for the switcher: the report never waits for storage).
    /// With `follow_history`, back and forward across reports load the report the URL then
    /// names.
    pub fn start(self, requested: Option<String>, embedded: bool, follow_history: bool) {
        Effect::new(move |_| {
            let requested = requested.clone();
            if !embedded && follow_history {
                leptos::task::spawn_local(async move {
                    if let Some(local) = indexed_db::load_local().await {
                        self.local_name.set(Some(local.name));
                        self.local_stored.set(true);
                    }
                });
            }
            leptos::task::spawn_local(async move {
                let (entries, refused, tracking) = fetch_manifest().await;
                self.refused.set_value(refused);
                self.tracking.set_value(tracking);
                self.manifest.set(entries);
                if matches!(self.page.get_untracked(), Page::Loading) {
                    self.load(requested);
                }
            });
        });
        if follow_history {
            self.url.on_history_move(move |search| {
                let (filter, _, extras) = report::view::parse_query(search);
                let wanted = extras.report.filter(|r| !r.is_empty());
                if report_key(wanted.as_deref()) != report_key(self.shown_id().as_deref()) {
                    self.next_filter.set_value(Some(filter));
                    self.load(wanted);
                }
            });
        }
    }

    /// The `report=` id of the report shown (`None`: the bundled default, or none yet).
    fn shown_id(self) -> Option<String> {
        match self.page.get_untracked() {
            Page::Report(s) => s.id.clone(),
            _ => None,
        }
    }

    /// The filter a newly shown report starts with (once; later ones start unfiltered).
    pub fn take_filter(self) -> Filter {
        self.next_filter
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_default()
    }

    /// The URL parameters of a view of the report `id`.
    pub fn extras_for(self, id: Option<String>) -> Extras {
        self.url.extras_for(id)
    }

    /// A new request: any load still under way for an earlier one will show nothing.
    fn next_turn(self) -> u64 {
        self.turn.update_value(|t| *t += 1);
        self.turn.get_value()
    }

    /// Shows `shown` when `turn` is still the latest request.
    fn show(self, turn: u64, shown: Shown) {
        if self.turn.get_value() == turn {
            self.page.set(Page::Report(Arc::new(shown)));
        }
    }

    fn show_bundled_with(self, turn: u64, notice: String) {
        if self.turn.get_value() == turn {
            self.notice.set(Some(notice));
            self.show(turn, Shown::bundled());
        }
    }

    /// Loads and shows the report `id` (`None`: the bundled one), falling back to the bundled
    /// report with a notice when it cannot be had.
    pub fn load(self, id: Option<String>) {
        let turn = self.next_turn();
        leptos::task::spawn_local(async move {
            match id.as_deref() {
                None => self.show(turn, Shown::bundled()),
                Some(DEFAULT_REPORT_ID) => self.show(turn, Shown::bundled_as(id)),
                Some(LOCAL_ID) => self.load_stored(turn).await,
                Some(other) => {
                    let list = self.manifest.get_untracked();
                    match load_listed(other, &list).await {
                        Ok(s) => self.show(turn, prepared(s).await),
                        Err(m) => {
                            // Listed, but with a path the page will not fetch: say so.
                            let why = self.refused.with_value(|r| {
                                r.iter()
                                    .find(|(id, _)| id == other)
                                    .map(|(_, why)| why.clone())
                            });
                            self.show_bundled_with(
                                turn,
                                match why {
                                    Some(why) => format!(
                                        "报告“{other}”在 reports.json 中的路径不能使用：{why}已显示默认报告。"
                                    ),
                                    None => m,
                                },
                            )
                        }
                    }
                }
            }
        });
    }

    /// Shows the reader's report stored on an earlier visit.
    async fn load_stored(self, turn: u64) {
        let Some(local) = indexed_db::load_local().await else {
            return self.show_bundled_with(
                turn,
                "本地报告已关闭，或保存在另一个浏览器中；已显示默认报告。".into(),
            );
        };
        self.local_name.set(Some(local.name.clone()));
        self.local_stored.set(true);
        match parse_in_steps(&local.text, |_, _| {}).await {
            Ok((report, problems)) => {
                let s = shown_local(&local.name, &local.text, report, &problems);
                self.show(turn, prepared(s).await)
            }
            Err(p) => self.show_bundled_with(turn, p.message()),
        }
    }

    /// The reader chose the report `id` in the switcher: a new history entry, then the report.
    pub fn select(self, id: String) {
        self.notice.set(None);
        let id = (id != DEFAULT_REPORT_ID).then_some(id);
        self.url.push_report(id.clone());
        self.load(id);
    }

    /// The reader opened a report: shown at once, and stored for later visits when the browser
    /// allows (else a note says it lasts this visit only).
    pub fn open(self, o: Opened) {
        self.notice.set(None);
        self.storage_note.set(None);
        let shown = shown_local(&o.name, &o.text, o.report, &o.problems);
        self.local_name.set(Some(shown.name.clone()));
        self.local_stored.set(false);
        self.url.push_report(Some(LOCAL_ID.into()));
        let turn = self.next_turn();
        leptos::task::spawn_local(async move { self.show(turn, prepared(shown).await) });
        let local = LocalReport {
            name: o.name,
            text: o.text,
        };
        let (note, stored) = (self.storage_note, self.local_stored);
        leptos::task::spawn_local(async move {
            match indexed_db::save_local(&local).await {
                Ok(()) => stored.set(true),
                Err(e) => {
                    let why = if indexed_db::is_quota_error(&e) {
                        "浏览器的存储空间已满"
                    } else {
                        "浏览器不允许保存（可能是无痕模式或隐私设置）"
                    };
                    note.set(Some(format!(
                        "{why}：这份报告只在本次打开期间可用，刷新或关闭页面后需要重新打开。"
                    )));
                }
            }
        });
    }

    /// The reader closed their own report: forgotten, and the bundled one shown.
    pub fn close_local(self) {
        self.storage_note.set(None);
        self.local_name.set(None);
        self.local_stored.set(false);
        leptos::task::spawn_local(async move {
            let _ = indexed_db::delete_local().await;
        });
        self.url.push_report(None);
        let turn = self.next_turn();
        self.show(turn, Shown::bundled());
    }

    /// The reports the switcher offers: the manifest's, the bundled one (first, when the
    /// manifest does not list it) and the reader's own.
    pub fn choices(self) -> Signal<Vec<ReportChoice>> {
        Signal::derive(move || {
            let tracking = self.tracking.get_value();
            let mut list: Vec<ReportChoice> = self.manifest.with(|m| {
                // A report of a series: the tracking page compares it with the others.
                let series = if tracking {
                    manifest::series(m)
                } else {
                    Vec::new()
                };
                m.iter()
                    .enumerate()
                    .map(|(i, e)| ReportChoice {
                        id: e.id.clone(),
                        label: e.label(),
                        tracked: series.iter().any(|g| g.contains(&i)),
                    })
                    .collect()
            });
            if !list.iter().any(|c| c.id == DEFAULT_REPORT_ID) {
                list.insert(
                    0,
                    ReportChoice {
                        id: DEFAULT_REPORT_ID.into(),
                        label: DEFAULT_REPORT_NAME.into(),
                        tracked: false,
                    },
                );
            }
            if let Some(name) = self.local_name.get() {
                list.push(ReportChoice {
                    id: LOCAL_ID.into(),
                    label: format!("本地报告：{name}"),
                    // Beside the portal's reports: the tracking page pairs it with any of them,
                    // once it can read it from the browser's storage.
                    tracked: self.tracking.get_value()
                        && self.local_stored.get()
                        && self.manifest.with(|m| !m.is_empty()),
                });
            }
            list
        })
    }

    /// What [`Page::Loading`] says: the name of the report the URL asks for, once the manifest
    /// (or the stored report) names it, so a link to a report never shows another one's name.
    pub fn opening_notice(self) -> Signal<String> {
        let choices = self.choices();
        Signal::derive(move || {
            let name = self.requested.get_value().and_then(|id| {
                choices.with(|c| c.iter().find(|c| c.id == id).map(|c| c.label.clone()))
            });
            match name {
                Some(n) => format!("正在打开《{n}》…"),
                None => "正在打开报告…".to_string(),
            }
        })
    }

    /// The switcher's current id (empty while nothing is shown).
    pub fn current(self) -> Signal<String> {
        Signal::derive(move || match self.page.get() {
            Page::Report(s) => s.id.clone().unwrap_or_else(|| DEFAULT_REPORT_ID.into()),
            _ => String::new(),
        })
    }
}
