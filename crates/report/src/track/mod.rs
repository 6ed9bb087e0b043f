//! 说到做到了吗: the targets of one report's plan against the outcomes in the next report's
//! review, and an indicator's values across several reports.
//!
//! Built on the parsed numbers, in four steps, one module each:
//! - [`period`]: which period a plan is for and which period a review covers;
//! - [`figure`]: a number read as a figure of an indicator: its measure, its name and the
//!   key two names are matched by ([`indicator`]: synonyms, scope, town and country);
//! - [`targets`]: the quantified commitments of a plan (the headline targets first);
//! - [`outcomes`]: the figure the next review gives for each, and the status.
//!
//! [`series`] reuses the figures of several reviews. Every word list is in [`lexicon`].
//!
//! ```
//! let earlier = report::parse("政府工作报告（2013年）\n一、过去一年工作回顾\n经济平稳。\n二、2013年工作安排\n\
//!     经济社会发展主要预期目标是：地区生产总值增长10%，达到282亿元。\n").unwrap();
//! let later = report::parse("政府工作报告（2014年）\n一、2013年工作回顾\n\
//!     全年地区生产总值完成253.7亿元，同比增长10.1%。\n二、2014年工作安排\n稳中求进。\n").unwrap();
//! let tracking = report::track::track(&earlier, &later);
//! assert_eq!(tracking.period, "2013年");
//! let statuses: Vec<_> = tracking.targets.iter().map(|t| (t.measure, t.status)).collect();
//! use report::track::{Measure, Status};
//! assert_eq!(statuses, [(Measure::Growth, Status::Met), (Measure::Level, Status::Missed)]);
//! ```

pub(crate) mod figure;
pub mod indicator;
pub mod lexicon;
pub(crate) mod outcomes;
pub mod period;
pub mod series;
pub(crate) mod targets;

use crate::model::Report;
use serde::{Deserialize, Serialize};

pub use series::{series, Point, Series, SeriesIndicator};

/// What a target or an outcome measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A change: `增长8%`, `下降3%`, `提高2个百分点`.
    Growth,
    /// An amount: `282亿元`, `8万座`.
    Level,
    /// A level in percent that is not a change: `城镇登记失业率4%`.
    Rate,
}

/// How a target bounds its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// `增长8%`, `达到`, `以上`, `不低于`: the outcome must be at or above.
    AtLeast,
    /// `左右`: about.
    About,
    /// `控制在`, `以内`, `不超过`, `下降到`, a decline: at or under.
    AtMost,
}

/// Why an outcome's figure cannot be set against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// `按可比口径`: the growth is on a restated base.
    Comparable,
    /// Another scope (`全社会` where the target was `区本级`).
    Scope,
    /// A related indicator defined otherwise (`农民人均纯收入` for `农村居民人均可支配收入`).
    Definition,
    /// A level where the target was a growth, or the other way round.
    Measure,
    /// Another unit family.
    Unit,
}

/// Whether a target was met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Met or beaten (for an at-most target: at or under).
    Met,
    /// An about target in percent missed by at most half a percentage point.
    MetAbout,
    /// Not met.
    Missed,
    /// The next report gives no figure for the same thing.
    NotReported,
    /// The next report gives a figure for the same thing on another basis.
    NotComparable,
}

impl Status {
    /// All statuses, in the order a summary lists them.
    pub const ALL: [Status; 5] = [
        Status::Met,
        Status::MetAbout,
        Status::Missed,
        Status::NotReported,
        Status::NotComparable,
    ];

    /// The word the interface shows: 达成, 基本达成, 未达成, 未报告, 口径不同.
    pub fn name(self) -> &'static str {
        match self {
            Status::Met => "达成",
            Status::MetAbout => "基本达成",
            Status::Missed => "未达成",
            Status::NotReported => "未报告",
            Status::NotComparable => "口径不同",
        }
    }

    /// The value used in JSON and URLs (`met`, `met_about` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::MetAbout => "met_about",
            Status::Missed => "missed",
            Status::NotReported => "not_reported",
            Status::NotComparable => "not_comparable",
        }
    }
}

/// A quantified commitment of a plan, with what the next report says of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// What is measured, in the report's words (`地区生产总值`).
    pub indicator: String,
    /// Growth, level or rate.
    pub measure: Measure,
    /// How the value bounds the outcome.
    pub comparator: Comparator,
    /// The value as written, signed for a decline (`下降3%` → −3).
    pub value: f64,
    /// The unit as written (`%`, `亿元`).
    pub unit: String,
    /// The period the target is for (`2013年`, `2024年下半年`).
    pub period: String,
    /// The number as written in the earlier report (`20%`).
    pub raw: String,
    /// Position of `raw` in the earlier report's text, in `char`s (as `report parse` counts).
    pub offset: usize,
    /// The sentence the target is stated in.
    pub sentence: String,
    /// One of the items of the statement of the period's main targets.
    pub headline: bool,
    /// Whether it was met; `not_reported` when no report after it was given.
    pub status: Status,
    /// Index of the number in the earlier report's `numbers`.
    #[serde(skip)]
    pub number: usize,
    /// Where `raw` starts in `sentence`, in `char`s.
    #[serde(skip)]
    pub at: usize,
    /// The later report's figure for it, or `None` (`not_reported`).
    pub outcome: Option<Outcome>,
}

/// The figure a later report gives for a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The number as written in the later report (`10.1%`).
    pub raw: String,
    /// Position of `raw` in the later report's text, in `char`s.
    pub offset: usize,
    /// The value as written, signed for a decline.
    pub value: f64,
    /// The unit as written.
    pub unit: String,
    /// `None` on the usual basis; otherwise why it cannot be set against the target.
    pub basis: Option<Basis>,
    /// The later report gives it as an estimate (`预计`).
    pub estimate: bool,
    /// The sentence the figure is stated in.
    pub sentence: String,
    /// Index of the number in the later report's `numbers`.
    #[serde(skip)]
    pub number: usize,
    /// Where `raw` starts in `sentence`, in `char`s.
    #[serde(skip)]
    pub at: usize,
}

/// The targets of one report's plan, each with its outcome in the next report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tracking {
    /// The period the plan was for (`2013年`).
    pub period: String,
    /// Every target, headline targets first, then in text order.
    pub targets: Vec<Target>,
}

impl Tracking {
    /// How many targets have each status, in [`Status::ALL`] order.
    pub fn counts(&self) -> [usize; 5] {
        let mut counts = [0; 5];
        for t in &self.targets {
            counts[Status::ALL.iter().position(|s| *s == t.status).unwrap_or(0)] += 1;
        }
        counts
    }
}

/// The targets of `report`'s plan for its coming period, each `not_reported` (no later report).
pub fn targets(report: &Report) -> Tracking {
    let period = period::plan_period(report);
    Tracking {
        targets: targets::find(report, &period),
        period: period.name,
    }
}

/// The targets of `earlier`'s plan, each with the figure `later`'s review gives for it.
///
/// When `later` reviews the plan's period, these are the plan's targets for it. When it reviews
/// a later year, they are the plan's deadlines in that year (`到2015年，…` in a plan for 2013,
/// set against the review of 2015); for any other period (an earlier year, a half-year review
/// for a whole-year plan) no figure of `later` is an outcome and every target is `not_reported`.
pub fn track(earlier: &Report, later: &Report) -> Tracking {
    let plan = period::plan_period(earlier);
    let review = period::review_period(later);
    let later_year = match (review.year, plan.year, review.half) {
        (Some(r), Some(p), None) if r > p => Some(r),
        _ => None,
    };
    let mut tracking = match later_year {
        Some(year) => Tracking {
            period: review.name.clone(),
            targets: targets::deadlines(earlier, year),
        },
        None => targets(earlier),
    };
    let figures = if later_year.is_some() || period::covers(&review, &plan) {
        figure::review_figures(later, &review)
    } else {
        Vec::new()
    };
    let keys: Vec<(String, indicator::Key)> = tracking
        .targets
        .iter()
        .map(|t| (t.sentence.clone(), indicator::key(&t.indicator)))
        .collect();
    for (i, target) in tracking.targets.iter_mut().enumerate() {
        let neighbours: Vec<indicator::Key> = keys
            .iter()
            .enumerate()
            .filter(|(j, (sentence, _))| *j != i && *sentence == target.sentence)
            .map(|(_, (_, k))| k.clone())
            .collect();
        outcomes::settle(target, &figures, &neighbours);
    }
    tracking
}
