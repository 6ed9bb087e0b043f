//! The tracking page's one loader: the series of reports the manifest lists for one publisher,
//! fetched, parsed in slices and compared ([`report::track`], [`report::view::tracking`]).
//! The explorer's [`super::Loader`] owns one shown report; this owns a series, for the page
//! `track/` only.

use std::sync::Arc;

use leptos::prelude::*;
use report::input::Problem;
use report::manifest::{self, ManifestEntry, LOCAL_ID};
use report::track::period::review_period;
use report::track::{Series, Tracking};
use report::view::tracking::{pairs, rows, summary, Row};
use report::Report;

use super::loader::parse_in_slices;
use crate::browser::indexed_db;
use crate::browser::{decode::decode, fetch};

/// Where the tracking page finds the explorer's files: one folder up (`track/` sits in the
/// app's folder).
pub const APP_DIR: &str = "../";

/// One report of the series.
#[derive(Debug, Clone)]
pub struct SeriesReport {
    /// Its `report=` id.
    pub id: String,
    /// Its name with its period (the manifest's title and period, else its id).
    pub name: String,
    /// The parsed report.
    pub report: Report,
}

/// One plan and the review of its period.
#[derive(Debug, Clone)]
pub struct PairView {
    /// The plan's period (`2013年`).
    pub period: String,
    /// Index of the earlier report in [`SeriesData::reports`].
    pub earlier: usize,
    /// Index of the later report.
    pub later: usize,
    /// The targets and their outcomes.
    pub tracking: Tracking,
    /// The table's rows.
    pub rows: Vec<Row>,
    /// The summary line.
    pub summary: String,
}

/// A series loaded and compared.
#[derive(Debug, Clone)]
pub struct SeriesData {
    /// Who issued the reports (the manifest's `publisher`, else the first report's own).
    pub publisher: String,
    /// The reports, in manifest order.
    pub reports: Vec<SeriesReport>,
    /// Every plan with the review of its period, oldest first.
    pub pairs: Vec<PairView>,
    /// The indicators two or more reviews give.
    pub series: Series,
    /// The order the page offers them in ([`report::view::tracking::series_order`]).
    pub order: Vec<usize>,
}

impl SeriesData {
    /// Compares the reports of a series, one pair per task (the page stays responsive).
    pub async fn compare(publisher: String, reports: Vec<SeriesReport>) -> SeriesData {
        let refs: Vec<&Report> = reports.iter().map(|r| &r.report).collect();
        let mut views = Vec::new();
        for p in pairs(&refs) {
            let (a, b) = (&reports[p.earlier].report, &reports[p.later].report);
            let tracking = report::track::track(a, b);
            views.push(PairView {
                rows: rows(&tracking, a, b),
                summary: summary(&tracking),
                period: p.period,
                earlier: p.earlier,
                later: p.later,
                tracking,
            });
            crate::browser::yield_now().await;
        }
        let pairs = views;
        let named: Vec<(&str, &Report)> =
            reports.iter().map(|r| (r.id.as_str(), &r.report)).collect();
        let series = report::track::series(&named);
        let order = report::view::tracking::series_order(&series);
        let publisher = if publisher.is_empty() {
            reports
                .iter()
                .find_map(|r| r.report.publisher.clone())
                .unwrap_or_default()
        } else {
            publisher
        };
        SeriesData {
            publisher,
            reports,
            pairs,
            series,
            order,
        }
    }
}

/// What the page shows while and after loading.
#[derive(Debug, Clone)]
pub enum SeriesPage {
    /// Fetching and parsing: what is being done.
    Loading(String),
    /// Nothing to compare, and why.
    Failed(String),
    /// The series.
    Ready(Arc<SeriesData>),
}

/// Fetches the manifest, picks the series of report `id` (or the first series), and loads it
/// into `page`, saying what it does. `id` [`LOCAL_ID`]: the report the reader opened in the
/// explorer (kept in this browser), beside the manifest's reports of its publisher.
pub fn load_series(id: Option<String>, page: RwSignal<SeriesPage>) {
    wasm_bindgen_futures::spawn_local(async move {
        let result = load(id.as_deref(), |m| page.set(SeriesPage::Loading(m))).await;
        page.set(match result {
            Ok(data) => SeriesPage::Ready(Arc::new(data)),
            Err(m) => SeriesPage::Failed(m),
        });
    });
}

async fn load(id: Option<&str>, say: impl Fn(String)) -> Result<SeriesData, String> {
    let url = format!("{APP_DIR}{}", manifest::MANIFEST_URL);
    let bytes = fetch::fetch_bytes(&url)
        .await
        .map_err(|e| format!("报告目录 reports.json 无法读取（{}）。", e.message()))?;
    let json = String::from_utf8(bytes)
        .map_err(|_| "报告目录 reports.json 不是 UTF-8 文本。".to_string())?;
    if !manifest::tracking(&json) {
        return Err("本站已关闭目标追踪与历年对比。".into());
    }
    let entries = manifest::parse(&json).ok_or("报告目录 reports.json 的格式不对。")?;
    if id == Some(LOCAL_ID) {
        return with_local(&entries, say).await;
    }
    let groups = manifest::series(&entries);
    let group = groups
        .iter()
        .find(|g| id.is_some_and(|id| g.iter().any(|&i| entries[i].id == id)))
        .or(groups.first())
        .ok_or("报告目录中没有同一发布单位的两份及以上报告，无法对比。")?;
    let mut reports = Vec::new();
    for (n, &i) in group.iter().enumerate() {
        let entry = &entries[i];
        say(format!(
            "正在读取第 {} 份报告（共 {} 份）：{}",
            n + 1,
            group.len(),
            entry.label()
        ));
        reports.push(load_entry(entry).await?);
    }
    say("正在比对…".into());
    Ok(SeriesData::compare(entries[group[0]].publisher.clone(), reports).await)
}

/// The reader's own report with the manifest's reports of its publisher (all of them when none
/// names it), in place of the one that reviews the same period: a pair forms wherever one's
/// plan and the other's review are of one period.
async fn with_local(entries: &[ManifestEntry], say: impl Fn(String)) -> Result<SeriesData, String> {
    let local = indexed_db::load_local().await.ok_or(
        "没有找到你打开的报告：它只保存在打开它的浏览器中（无痕模式下不保存），请回到报告速览重新打开。",
    )?;
    say(format!("正在读取你打开的报告：{}", local.name));
    let unreadable = |p: Problem| format!("你打开的报告无法读取：{}", p.message());
    let (own, _) = parse_in_slices(
        &local.text,
        report::job::RECOMMENDED_BUDGET,
        12.0,
        |_, _| {},
    )
    .await
    .map_err(unreadable)?;
    let by = |e: &&ManifestEntry| own.publisher.as_deref() == Some(e.publisher.as_str());
    let same: Vec<&ManifestEntry> = entries.iter().filter(by).collect();
    let others = if same.is_empty() {
        entries.iter().collect()
    } else {
        same
    };
    let mut reports = Vec::new();
    for (n, entry) in others.iter().enumerate() {
        say(format!(
            "正在读取本站第 {} 份报告（共 {} 份）：{}",
            n + 1,
            others.len(),
            entry.label()
        ));
        reports.push(load_entry(entry).await?);
    }
    // The reader's report stands in for the portal's of the period it reviews.
    let period = review_period(&own);
    reports.retain(|r| review_period(&r.report) != period);
    reports.push(SeriesReport {
        id: LOCAL_ID.into(),
        name: format!("本地报告：{}", own.display_title()),
        report: own,
    });
    say("正在比对…".into());
    let publisher = others
        .first()
        .map(|e| e.publisher.clone())
        .unwrap_or_default();
    let data = SeriesData::compare(publisher, reports).await;
    if data.pairs.is_empty() && data.series.indicators.is_empty() {
        return Err("你打开的报告与本站的报告年度不衔接（需要一份的工作安排与另一份的工作回顾是同一年度），无法对比。".into());
    }
    Ok(data)
}

async fn load_entry(entry: &ManifestEntry) -> Result<SeriesReport, String> {
    let label = entry.label();
    let url = format!("{APP_DIR}{}", entry.url());
    let bytes = fetch::fetch_bytes(&url).await.map_err(|e| {
        format!(
            "报告“{label}”的文件 {} 无法读取（{}）。",
            entry.url(),
            e.message()
        )
    })?;
    let unreadable = |p: Problem| format!("报告“{label}”无法读取：{}", p.message());
    let text = decode(&bytes).map_err(unreadable)?;
    let (mut report, _) = parse_in_slices(&text, report::job::RECOMMENDED_BUDGET, 12.0, |_, _| {})
        .await
        .map_err(unreadable)?;
    report::track::period::assume_year(&mut report, &entry.period);
    Ok(SeriesReport {
        id: entry.id.clone(),
        name: entry.label(),
        report,
    })
}
