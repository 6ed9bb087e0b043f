//! What the 目标追踪 and 历年对比 page renders: the consecutive pairs of a series of reports,
//! each target's row (target, outcome, status by word and shape, both sentences, the cards they
//! are in), the summary line, the table to download, and the indicators across periods.
//!
//! ```
//! use report::view::tracking::{pairs, rows, summary};
//! let a = report::parse("报告（2013年）\n一、过去一年工作回顾\n稳。\n二、2013年工作安排\n\
//!     主要预期目标是：地区生产总值增长10%。\n").unwrap();
//! let b = report::parse("报告（2014年）\n一、2013年工作回顾\n地区生产总值同比增长9.6%。\n\
//!     二、2014年工作安排\n进。\n").unwrap();
//! let series = [&b, &a];
//! let p = pairs(&series);
//! assert_eq!((p[0].earlier, p[0].later, p[0].period.as_str()), (1, 0, "2013年"));
//! let t = report::track::track(&a, &b);
//! assert_eq!(summary(&t), "2013年1项主要预期目标：1项未达成");
//! let r = rows(&t, &a, &b);
//! assert_eq!((r[0].mark, r[0].status_word), ("✘", "未达成"));
//! assert_eq!(r[0].outcome, "地区生产总值同比增长9.6%");
//! ```

mod charts;
mod query;

pub use charts::{comparator_words, goals_chart, series_charts};
pub use query::{parse_track_query, row_shown, track_query, TrackQuery};

use crate::export::{csv_text, number_text};
use crate::model::Report;
use crate::track::period::{covers, plan_period, review_period};
use crate::track::{Basis, Status, Target, Tracking};

use super::cards::block_card_id;

/// Two reports of a series, the later reviewing the period the earlier planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Index of the earlier report in the series given to [`pairs`].
    pub earlier: usize,
    /// Index of the later report.
    pub later: usize,
    /// The period the earlier report planned (`2013年`).
    pub period: String,
}

/// Every pair of a series, oldest period first: for each report, the first other report whose
/// review covers its plan's period (`2024年` covers `2024年下半年`).
pub fn pairs(reports: &[&Report]) -> Vec<Pair> {
    let mut out: Vec<Pair> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        let plan = plan_period(r);
        if plan.year.is_none() {
            continue;
        }
        let later = (0..reports.len()).filter(|&j| j != i).find(|&j| {
            covers(&review_period(reports[j]), &plan) && review_period(reports[j]).year.is_some()
        });
        if let Some(j) = later {
            out.push(Pair {
                earlier: i,
                later: j,
                period: plan.name,
            });
        }
    }
    out.sort_by_key(|p| {
        let plan = plan_period(reports[p.earlier]);
        (
            plan.year,
            plan.half.map_or(2, |h| usize::from(h == "下半年")),
        )
    });
    out
}

/// The shape beside a status word, so that no status is told by colour alone.
pub fn mark(status: Status) -> &'static str {
    match status {
        Status::Met => "✔",
        Status::MetAbout => "≈",
        Status::Missed => "✘",
        Status::NotReported | Status::NotComparable => "？",
    }
}

/// Why a figure is on another basis, in words.
pub fn basis_words(basis: Basis) -> &'static str {
    match basis {
        Basis::Comparable => "按可比口径计算",
        Basis::Scope => "统计范围不同",
        Basis::Definition => "指标口径不同",
        Basis::Measure => "报告的是总量而非增速（或相反）",
        Basis::Unit => "计量单位不同",
    }
}

/// The summary line: `2013年10项主要预期目标：3项达成，7项未达成` (the headline targets, or all
/// targets when the plan states none as headline: `2013年12项目标：…`).
pub fn summary(tracking: &Tracking) -> String {
    let headline: Vec<&Target> = tracking.targets.iter().filter(|t| t.headline).collect();
    let (which, noun) = if headline.is_empty() {
        (tracking.targets.iter().collect::<Vec<_>>(), "目标")
    } else {
        (headline, "主要预期目标")
    };
    let counts: Vec<String> = Status::ALL
        .iter()
        .map(|s| (s, which.iter().filter(|t| t.status == *s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n}项{}", s.name()))
        .collect();
    format!(
        "{}{}项{noun}：{}",
        tracking.period,
        which.len(),
        counts.join("，")
    )
}

/// A sentence with one number in it to mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// The sentence.
    pub text: String,
    /// The number's place in `text`, as `[start, end)` in `char`s.
    pub mark: (usize, usize),
    /// The card (`1-2-3`) of the paragraph it is in, when it is in one.
    pub card: Option<String>,
}

/// One row of the tracking table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Its anchor, stable for the pair (`t-2789-growth`): the row can be linked to on its own.
    pub id: String,
    /// What is measured.
    pub indicator: String,
    /// One of the main targets.
    pub headline: bool,
    /// The earlier report's part it is stated in (`二、2013年工作安排`).
    pub part: String,
    /// That part's number (1-based).
    pub part_index: usize,
    /// The target in the report's words: its clause (`地区生产总值增长20%`).
    pub target: String,
    /// The outcome in the later report's words, or empty.
    pub outcome: String,
    /// The status.
    pub status: Status,
    /// Its word: 达成, 基本达成, 未达成, 未报告, 口径不同.
    pub status_word: &'static str,
    /// Its shape: ✔ ≈ ✘ ？.
    pub mark: &'static str,
    /// Why the outcome is on another basis, or that it is an estimate; empty otherwise.
    pub note: String,
    /// The target's sentence in the earlier report.
    pub target_sentence: Excerpt,
    /// The outcome's sentence in the later report.
    pub outcome_sentence: Option<Excerpt>,
}

/// The clause of `sentence` around `[at, at + len)` (between `，；：` or the sentence's ends).
fn clause(sentence: &str, at: usize, len: usize) -> String {
    let chars: Vec<char> = sentence.chars().collect();
    let stop = |c: &char| matches!(c, '，' | '；' | '：' | ',' | ';' | ':' | '。');
    let start = chars[..at.min(chars.len())]
        .iter()
        .rposition(stop)
        .map_or(0, |i| i + 1);
    let end = (at + len).min(chars.len());
    let end = chars[end..]
        .iter()
        .position(stop)
        .map_or(chars.len(), |i| end + i);
    chars[start..end]
        .iter()
        .collect::<String>()
        .trim()
        .to_string()
}

fn card_of(report: &Report, number: usize) -> Option<String> {
    let block = report.numbers.get(number)?.block;
    block_card_id(report.blocks.get(block)?)
}

fn excerpt(report: &Report, sentence: &str, at: usize, raw: &str, number: usize) -> Excerpt {
    Excerpt {
        text: sentence.to_string(),
        mark: (at, at + raw.chars().count()),
        card: card_of(report, number),
    }
}

/// The rows of a tracking of `earlier` against `later`, in the tracking's order.
pub fn rows(tracking: &Tracking, earlier: &Report, later: &Report) -> Vec<Row> {
    let mut seen: Vec<String> = Vec::new();
    tracking
        .targets
        .iter()
        .map(|t| {
            let mut id = format!("t-{}-{}", t.offset, measure_id(t));
            while seen.contains(&id) {
                id.push('x');
            }
            seen.push(id.clone());
            let target = clause(&t.sentence, t.at, t.raw.chars().count());
            let target = if target.contains(&t.indicator) {
                target
            } else {
                format!("{}：{target}", t.indicator)
            };
            let outcome = t.outcome.as_ref();
            let note = outcome.map_or(String::new(), |o| {
                let mut n = o.basis.map(basis_words).unwrap_or("").to_string();
                if o.estimate {
                    n.push_str(if n.is_empty() {
                        "预计数"
                    } else {
                        "；预计数"
                    });
                }
                n
            });
            let part_index = earlier.numbers.get(t.number).map_or(0, |m| m.part_index);
            let part = earlier
                .parts
                .get(part_index.saturating_sub(1))
                .map(|p| p.label())
                .unwrap_or_default();
            Row {
                id,
                indicator: t.indicator.clone(),
                headline: t.headline,
                part,
                part_index,
                target,
                outcome: outcome.map_or(String::new(), |o| {
                    clause(&o.sentence, o.at, o.raw.chars().count())
                }),
                status: t.status,
                status_word: t.status.name(),
                mark: mark(t.status),
                note,
                target_sentence: excerpt(earlier, &t.sentence, t.at, &t.raw, t.number),
                outcome_sentence: outcome
                    .map(|o| excerpt(later, &o.sentence, o.at, &o.raw, o.number)),
            }
        })
        .collect()
}

fn measure_id(t: &Target) -> &'static str {
    match t.measure {
        crate::track::Measure::Growth => "growth",
        crate::track::Measure::Level => "level",
        crate::track::Measure::Rate => "rate",
    }
}

/// The tracking table as a 表格下载 file: one line per row (期间, 指标, 类别, 目标, 实际, 结果,
/// 说明, and both sentences), formula-safe.
pub fn csv(period: &str, rows: &[Row]) -> String {
    let header: Vec<String> = [
        "期间",
        "指标",
        "类别",
        "目标（原文）",
        "实际（原文）",
        "结果",
        "说明",
        "目标出处",
        "实际出处",
    ]
    .map(String::from)
    .to_vec();
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                period.to_string(),
                r.indicator.clone(),
                if r.headline {
                    "主要预期目标"
                } else {
                    "其他目标"
                }
                .to_string(),
                r.target.clone(),
                r.outcome.clone(),
                r.status_word.to_string(),
                r.note.clone(),
                r.target_sentence.text.clone(),
                r.outcome_sentence
                    .as_ref()
                    .map_or(String::new(), |e| e.text.clone()),
            ]
        })
        .collect();
    csv_text(
        std::iter::once(&header[..]).chain(body.iter().map(|r| &r[..])),
        |_| false,
    )
}

/// The series indicators in the order the page offers them: those the synonym table knows
/// (地区生产总值, 一般公共预算收入 …) first, then by how many periods they span, then by name.
pub fn series_order(series: &crate::track::Series) -> Vec<usize> {
    let mut order: Vec<usize> = (0..series.indicators.len()).collect();
    order.sort_by_key(|&i| {
        let s = &series.indicators[i];
        let known = crate::track::indicator::is_known(&s.indicator);
        (!known, std::cmp::Reverse(s.points.len()), i)
    });
    order
}

/// One indicator's 数据表: 期间, 数值 (with the unit), 增长 (%), 出处 (the report's id).
pub fn series_table(indicator: &crate::track::SeriesIndicator) -> Vec<[String; 4]> {
    indicator
        .points
        .iter()
        .map(|p| {
            [
                p.period.clone(),
                p.value.map_or(String::new(), |v| {
                    format!("{}{}", number_text(v), indicator.unit)
                }),
                p.growth
                    .map_or(String::new(), |g| format!("{}%", number_text(g))),
                p.file.clone(),
            ]
        })
        .collect()
}
