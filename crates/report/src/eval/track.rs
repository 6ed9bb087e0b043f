//! Scores `report track` against hand-judged pairs of reports (`tests/gold/track/`, whose
//! README gives the format and conventions). `report eval track DIR` prints these scores.
//!
//! A target is found when `track` gives one at the gold's number with the gold's measure (and,
//! for one number stated for two subjects, the same indicator); its outcome is right when both
//! point at the same number of the later report or both have none; its status is right when the
//! status is the gold's **and** the outcome is right, so no status counts without its sentence.

use crate::track::{indicator, Measure, Status, Target, Tracking};
use serde::Deserialize;

/// One pair's gold.
#[derive(Debug, Clone, Deserialize)]
pub struct TrackGold {
    /// The earlier report's file name, in the corpus folder.
    pub earlier: String,
    /// The later report's file name.
    pub later: String,
    /// The period the earlier report's plan is for.
    pub period: String,
    /// Every target, judged.
    pub targets: Vec<GoldTarget>,
}

/// A hand-judged target (the fields of [`Target`] that are judged, located by `context`).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldTarget {
    /// What is measured.
    pub indicator: String,
    /// Growth, level or rate.
    pub measure: Measure,
    /// The number as written.
    pub raw: String,
    /// A piece of the earlier text, found once, holding `raw`.
    pub context: String,
    /// Whether it is a headline target.
    pub headline: bool,
    /// The judged status.
    pub status: Status,
    /// The judged outcome.
    pub outcome: Option<GoldOutcome>,
    /// Why, for a judgement call.
    #[serde(default)]
    pub note: Option<String>,
}

/// A hand-judged outcome, located by `context` in the later text.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldOutcome {
    /// The number as written.
    pub raw: String,
    /// A piece of the later text, found once, holding `raw`.
    pub context: String,
}

/// Counts for one group of targets (headline, or all).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Gold targets.
    pub gold: usize,
    /// Of them, found by `track`.
    pub found: usize,
    /// Of them, with the right outcome (or rightly none).
    pub outcome: usize,
    /// Of them, with the right status and outcome.
    pub status: usize,
    /// Targets `track` gives that the gold does not have.
    pub extra: usize,
}

impl Counts {
    /// Adds another group's counts.
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.outcome += o.outcome;
        self.status += o.status;
        self.extra += o.extra;
    }

    /// The share of gold targets with the right status (1 when there are none).
    pub fn status_share(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.status as f64 / self.gold as f64
        }
    }
}

/// A pair's score: headline targets and all targets, and every miss explained.
#[derive(Debug, Clone, Default)]
pub struct TrackScore {
    /// Headline targets.
    pub headline: Counts,
    /// All targets.
    pub all: Counts,
    /// One line per gold target not fully right and per extra target.
    pub misses: Vec<String>,
}

/// The char offset of `raw` inside `context`, where `context` is found once in `text`.
pub fn locate(text: &str, context: &str, raw: &str) -> Result<usize, String> {
    let mut hits = text.match_indices(context);
    let (at, _) = hits
        .next()
        .ok_or_else(|| format!("context '{context}' not in the text"))?;
    if hits.next().is_some() {
        return Err(format!("context '{context}' found more than once"));
    }
    let inner = context
        .find(raw)
        .ok_or_else(|| format!("raw '{raw}' not in context '{context}'"))?;
    Ok(text[..at + inner].chars().count())
}

/// Scores `tracking` (of the pair's two texts) against `gold`.
///
/// ```
/// use report::eval::track::{score, TrackGold};
/// let a = "报告（2013年）\n一、2013年工作安排\n主要预期目标是：地区生产总值增长10%。\n";
/// let b = "报告（2014年）\n一、2013年工作回顾\n地区生产总值增长9.6%。\n";
/// let gold: TrackGold = serde_json::from_str(r#"{"earlier": "a", "later": "b", "period": "2013年",
///   "targets": [{"indicator": "地区生产总值", "measure": "growth", "raw": "10%", "context": "增长10%",
///     "headline": true, "status": "missed", "outcome": {"raw": "9.6%", "context": "增长9.6%"}}]}"#).unwrap();
/// let t = report::track::track(&report::parse(a).unwrap(), &report::parse(b).unwrap());
/// let s = score(&gold, &t, a, b).unwrap();
/// assert_eq!((s.headline.gold, s.headline.status), (1, 1));
/// ```
pub fn score(
    gold: &TrackGold,
    tracking: &Tracking,
    earlier: &str,
    later: &str,
) -> Result<TrackScore, String> {
    let mut s = TrackScore::default();
    let mut used = vec![false; tracking.targets.len()];
    for g in &gold.targets {
        let offset = locate(earlier, &g.context, &g.raw)?;
        let want_outcome = match &g.outcome {
            Some(o) => Some(locate(later, &o.context, &o.raw)?),
            None => None,
        };
        let found = pick(g, offset, tracking, &used);
        let mut c = Counts {
            gold: 1,
            ..Counts::default()
        };
        let got = found.map(|i| {
            used[i] = true;
            &tracking.targets[i]
        });
        if let Some(t) = got {
            c.found = 1;
            let got_outcome = t.outcome.as_ref().map(|o| o.offset);
            if got_outcome == want_outcome {
                c.outcome = 1;
                c.status = usize::from(t.status == g.status);
            }
        }
        if c.status == 0 {
            s.misses.push(miss(g, offset, want_outcome, got));
        }
        add(&mut s, g.headline, &c);
    }
    for (t, _) in tracking.targets.iter().zip(&used).filter(|(_, u)| !**u) {
        s.misses.push(format!(
            "{:>6} {:<10} extra {} {:?} {} ({})",
            t.offset,
            t.raw,
            t.indicator,
            t.measure,
            t.status.as_str(),
            if t.headline { "headline" } else { "other" }
        ));
        add(
            &mut s,
            t.headline,
            &Counts {
                extra: 1,
                ..Counts::default()
            },
        );
    }
    Ok(s)
}

fn add(s: &mut TrackScore, headline: bool, c: &Counts) {
    if headline {
        s.headline.add(c);
    }
    s.all.add(c);
}

/// The unused target at the gold's number with its measure: of one number stated for two
/// subjects, the one naming the same indicator.
fn pick(g: &GoldTarget, offset: usize, tracking: &Tracking, used: &[bool]) -> Option<usize> {
    let at: Vec<usize> = (0..tracking.targets.len())
        .filter(|&i| {
            !used[i]
                && tracking.targets[i].offset == offset
                && tracking.targets[i].measure == g.measure
        })
        .collect();
    let key = indicator::key(&g.indicator);
    at.iter()
        .copied()
        .find(|&i| indicator::key(&tracking.targets[i].indicator) == key)
        .or_else(|| at.first().copied())
}

fn miss(g: &GoldTarget, offset: usize, want: Option<usize>, got: Option<&Target>) -> String {
    let got_text = match got {
        None => "not found".to_string(),
        Some(t) => format!(
            "{} {} outcome {}",
            t.indicator,
            t.status.as_str(),
            t.outcome
                .as_ref()
                .map_or("none".into(), |o| format!("{}@{}", o.raw, o.offset))
        ),
    };
    format!(
        "{offset:>6} {:<10} {} {:?} want {} outcome {}; got {got_text}",
        g.raw,
        g.indicator,
        g.measure,
        g.status.as_str(),
        g.outcome.as_ref().map_or("none".into(), |o| format!(
            "{}@{}",
            o.raw,
            want.unwrap_or(0)
        ))
    )
}
