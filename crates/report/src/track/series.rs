//! An indicator's values across the reviews of several reports: one point per report that
//! gives the indicator a value or a growth for the period it reviews.

use super::figure::{review_figures, Figure};
use super::indicator::Key;
use super::outcomes::multiplier;
use super::period::review_period;
use super::Measure;
use crate::model::Report;
use crate::numbers::lexicon::GENERIC_HEADS;
use serde::{Deserialize, Serialize};

/// Every indicator two or more reports give, with its values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// In the order the first report gives them.
    pub indicators: Vec<SeriesIndicator>,
}

/// One indicator across periods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesIndicator {
    /// Its name (synonyms mapped to one: `地区生产总值`), with its scope (`区本级固定资产投资`).
    pub indicator: String,
    /// The unit of every point's `value` (the first report's).
    pub unit: String,
    /// One per period, oldest first.
    pub points: Vec<Point>,
}

/// The indicator in one report's review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The period the review covers (`2014年`).
    pub period: String,
    /// The level or rate, in the indicator's unit, or `None` when only a growth is given.
    pub value: Option<f64>,
    /// The growth in percent, when given.
    pub growth: Option<f64>,
    /// The number as written (the value's, else the growth's).
    pub raw: String,
    /// Its position in that report's text, in `char`s.
    pub offset: usize,
    /// Which report: the name it was given to [`series`] with.
    pub file: String,
}

struct Entry<'a> {
    key: Key,
    value: Option<&'a Figure>,
    growth: Option<&'a Figure>,
}

/// The indicators that two or more of `reports` (each with a name: a file name or an id)
/// give for the period they review, ordered by period.
///
/// ```
/// let a = report::parse("报告（2014年）\n一、2013年工作回顾\n全年地区生产总值完成253.7亿元，同比增长10.1%。\n二、2014年工作安排\n进。\n").unwrap();
/// let b = report::parse("报告（2015年）\n一、2014年工作回顾\n全区生产总值完成274.4亿元，同比增长9.1%。\n二、2015年工作安排\n进。\n").unwrap();
/// let s = report::track::series(&[("b", &b), ("a", &a)]);
/// let gdp = &s.indicators[0];
/// assert_eq!((gdp.indicator.as_str(), gdp.unit.as_str()), ("地区生产总值", "亿元"));
/// let values: Vec<_> = gdp.points.iter().map(|p| (p.period.as_str(), p.value, p.growth)).collect();
/// assert_eq!(values, [("2013年", Some(253.7), Some(10.1)), ("2014年", Some(274.4), Some(9.1))]);
/// ```
pub fn series(reports: &[(&str, &Report)]) -> Series {
    let mut reviews: Vec<(&str, String, Option<u32>, Vec<Figure>)> = reports
        .iter()
        .map(|(name, report)| {
            let period = review_period(report);
            let figures = review_figures(report, &period);
            (*name, period.name, period.year, figures)
        })
        .collect();
    reviews.sort_by_key(|r| r.2);
    let mut indicators: Vec<(Key, SeriesIndicator)> = Vec::new();
    for (name, period, _, figures) in &reviews {
        for entry in entries(figures) {
            let at = match indicators.iter().position(|(k, _)| *k == entry.key) {
                Some(at) => at,
                None => {
                    let unit = entry.value.map(|f| f.unit.clone()).unwrap_or_default();
                    let indicator = format!("{}{}", entry.key.scope, entry.key.head);
                    indicators.push((
                        entry.key.clone(),
                        SeriesIndicator {
                            indicator,
                            unit,
                            points: Vec::new(),
                        },
                    ));
                    indicators.len() - 1
                }
            };
            let line = &mut indicators[at].1;
            if line.unit.is_empty() {
                line.unit = entry.value.map(|f| f.unit.clone()).unwrap_or_default();
            }
            if let Some(point) = point(&entry, &line.unit, period, name) {
                line.points.push(point);
            }
        }
    }
    Series {
        indicators: indicators
            .into_iter()
            .map(|(_, s)| s)
            .filter(|s| s.points.len() >= 2)
            .collect(),
    }
}

/// One entry per indicator of a review: its first value (level or rate) and first growth in
/// percent.
fn entries(figures: &[Figure]) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry> = Vec::new();
    // A generic head (`投资`, `完成`) names no one indicator across reports.
    let named = |f: &&Figure| {
        f.key.head.chars().count() >= 2 && !GENERIC_HEADS.contains(&f.key.head.as_str())
    };
    for f in figures.iter().filter(named) {
        let at = match out.iter().position(|e| e.key == f.key) {
            Some(at) => at,
            None => {
                out.push(Entry {
                    key: f.key.clone(),
                    value: None,
                    growth: None,
                });
                out.len() - 1
            }
        };
        let e = &mut out[at];
        match f.measure {
            Measure::Growth if f.unit == "%" => {
                e.growth.get_or_insert(f);
            }
            Measure::Level | Measure::Rate => {
                e.value.get_or_insert(f);
            }
            Measure::Growth => {}
        }
    }
    out
}

/// The point of an entry, its value in `unit`; a value in another unit family is left out.
fn point(entry: &Entry, unit: &str, period: &str, file: &str) -> Option<Point> {
    let value = entry
        .value
        .filter(|f| super::outcomes::base_unit(&f.unit) == super::outcomes::base_unit(unit));
    let shown = value.or(entry.growth)?;
    Some(Point {
        period: period.to_string(),
        value: value.map(|f| round(f.base_value / multiplier(unit))),
        growth: entry.growth.map(|f| f.value),
        raw: shown.raw.clone(),
        offset: shown.offset,
        file: file.to_string(),
    })
}

/// Rounds away the binary noise of a unit conversion (`274.4亿` → 274.40000000000003).
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}
