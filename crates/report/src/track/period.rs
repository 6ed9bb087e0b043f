//! Which period a plan is for, and which period a review covers.
//!
//! Read from the parts' titles (`2013年工作安排`, `“十二五”时期和2015年工作回顾`), else from the
//! report's date or title (`海拉尔区政府工作报告（2014年）` plans 2014 and reviews 2013).

use super::lexicon::MULTI_YEAR;
use crate::model::{Part, PartKind, Report};

/// A year, or half of one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Period {
    /// As the report puts it: `2013年`, `2024年下半年`; empty when nothing tells.
    pub name: String,
    /// The year, when known.
    pub year: Option<u32>,
    /// `上半年` or `下半年` for a half-year period.
    pub half: Option<&'static str>,
}

impl Period {
    fn new(year: Option<u32>, half: Option<&'static str>) -> Period {
        let name = match year {
            Some(y) => format!("{y}年{}", half.unwrap_or("")),
            None => half.unwrap_or("").to_string(),
        };
        Period { name, year, half }
    }
}

/// The years written in `text` (`2013年`), in order.
///
/// ```
/// assert_eq!(report::track::period::years("由2010年的162亿元增加到2015年的287亿元"), [2010, 2015]);
/// ```
pub fn years(text: &str) -> Vec<u32> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len().saturating_sub(4) {
        let digits = &chars[i..i + 4];
        let bounded = i == 0 || !chars[i - 1].is_ascii_digit();
        if bounded && chars[i + 4] == '年' && digits.iter().all(char::is_ascii_digit) {
            let year: String = digits.iter().collect();
            out.extend(
                year.parse::<u32>()
                    .ok()
                    .filter(|y| (1949..2200).contains(y)),
            );
        }
    }
    out
}

fn half(text: &str) -> Option<&'static str> {
    ["上半年", "下半年"].into_iter().find(|h| text.contains(h))
}

/// Whether a part's title puts it on several years (`“十四五”时期的主要目标任务`).
pub fn is_multi_year(title: &str) -> bool {
    MULTI_YEAR.iter().any(|w| title.contains(w)) && years(title).len() != 1
}

/// The report's own year: from its date, else from its title.
fn report_year(report: &Report) -> Option<u32> {
    let dated = report
        .published
        .as_deref()
        .and_then(|d| d.get(..4)?.parse().ok());
    dated.or_else(|| years(report.title.as_deref()?).last().copied())
}

/// When the text tells neither its date nor a year in its title, takes the year from what the
/// publisher says of it (a manifest's `period`: `2014年`, `2024年上半年`) as the report's year,
/// so that the plan and review periods can be read; returns whether it did. A report that tells
/// its own year keeps it.
///
/// ```
/// let mut r = report::parse("政府工作报告\n一、过去一年工作回顾\n稳。\n二、今年工作安排\n进。\n").unwrap();
/// assert_eq!(report::track::period::plan_period(&r).year, None);
/// assert!(report::track::period::assume_year(&mut r, "2014年"));
/// assert_eq!(report::track::period::plan_period(&r).name, "2014年");
/// assert_eq!(report::track::period::review_period(&r).name, "2013年");
/// ```
pub fn assume_year(report: &mut Report, period: &str) -> bool {
    if report_year(report).is_some() {
        return false;
    }
    let Some(&year) = years(period).last() else {
        return false;
    };
    report.published = Some(year.to_string());
    true
}

/// The plan parts that are for the coming period (not those on several years), or every plan
/// part when all are.
pub fn plan_parts(report: &Report) -> Vec<usize> {
    let plans: Vec<usize> = (0..report.parts.len())
        .filter(|&i| report.parts[i].kind == PartKind::Plan)
        .collect();
    let single: Vec<usize> = plans
        .iter()
        .copied()
        .filter(|&i| !is_multi_year(&report.parts[i].title))
        .collect();
    if single.is_empty() {
        plans
    } else {
        single
    }
}

fn titled(parts: &[&Part]) -> Option<Period> {
    parts.iter().find_map(|p| {
        let year = years(&p.title).last().copied();
        let half = half(&p.title);
        (year.is_some() || half.is_some()).then(|| Period::new(year, half))
    })
}

/// The period a report's plan is for: `2013年工作安排` → 2013年; `下半年工作计划` in a report of
/// 2024 → 2024年下半年; a plan without a year → the report's year.
///
/// ```
/// let r = report::parse("政府工作报告（2014年）\n一、2013年工作回顾\n稳。\n二、今年工作安排\n进。\n").unwrap();
/// assert_eq!(report::track::period::plan_period(&r).name, "2014年");
/// ```
pub fn plan_period(report: &Report) -> Period {
    let parts: Vec<&Part> = plan_parts(report)
        .iter()
        .map(|&i| &report.parts[i])
        .collect();
    let from_title = titled(&parts);
    let half = from_title.as_ref().and_then(|p| p.half);
    let year = from_title
        .and_then(|p| p.year)
        .or_else(|| report_year(report))
        .or_else(|| {
            review_title_period(report)
                .and_then(|p| p.year)
                .map(|y| y + 1)
        });
    Period::new(year, half)
}

fn review_title_period(report: &Report) -> Option<Period> {
    let parts: Vec<&Part> = report
        .parts
        .iter()
        .filter(|p| p.kind == PartKind::Summary)
        .collect();
    titled(&parts)
}

/// The period a report's review covers: `2013年工作回顾` → 2013年; `上半年工作总结` of 2024 →
/// 2024年上半年; a review without a year in a report of 2014 → 2013年.
///
/// ```
/// let r = report::parse("政府工作报告（2014年）\n一、过去一年工作回顾\n稳。\n二、今年工作安排\n进。\n").unwrap();
/// assert_eq!(report::track::period::review_period(&r).name, "2013年");
/// ```
pub fn review_period(report: &Report) -> Period {
    let from_title = review_title_period(report);
    let half = from_title.as_ref().and_then(|p| p.half);
    let year = from_title.and_then(|p| p.year).or_else(|| {
        let plan = plan_period(report);
        match (plan.year, plan.half) {
            (Some(y), Some("下半年")) => Some(y),
            (Some(y), _) => Some(y - 1),
            _ => None,
        }
    });
    let half = half.or_else(|| (plan_period(report).half == Some("下半年")).then_some("上半年"));
    Period::new(year, half)
}

/// Whether a review of `review` gives the outcomes of a plan for `plan`: the same year (or
/// either unknown), and the whole year or the same half; a whole year covers a half-year plan.
///
/// ```
/// use report::track::period::{covers, Period};
/// let p = |name: &str, year, half| Period { name: name.into(), year: Some(year), half };
/// assert!(covers(&p("2024年", 2024, None), &p("2024年下半年", 2024, Some("下半年"))));
/// assert!(!covers(&p("2024年上半年", 2024, Some("上半年")), &p("2024年", 2024, None)));
/// assert!(!covers(&p("2015年", 2015, None), &p("2013年", 2013, None)));
/// ```
pub fn covers(review: &Period, plan: &Period) -> bool {
    let year = match (review.year, plan.year) {
        (Some(r), Some(p)) => r == p,
        _ => true,
    };
    year && (review.half.is_none() || review.half == plan.half)
}
