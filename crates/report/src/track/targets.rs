//! The quantified commitments of a plan for its coming period.
//!
//! **Headline targets** are the items of the statement of the period's main targets
//! (`主要预期目标是：…`), wherever the plan puts it; **other targets** are numbers the plan's
//! parts for the period put under a verb of completion (`完成改厕8万座`). Not targets: figures of
//! a multi-year plan or deadline, project sizes (`总投资50亿元的…`), starts (`启动`), cumulative
//! figures.

use super::figure::{self, Figure};
use super::indicator;
use super::lexicon::{
    ABOUT_AFTER, AT_LEAST_BEFORE, AT_MOST_AFTER, AT_MOST_BEFORE, BREAKDOWN_ENDS, CARRY_OUT_VERBS,
    COUNT_UNITS, CUMULATIVE, DEADLINE_FORMS, HEADLINE_MARKERS, MULTI_YEAR, PROJECT_SIZE,
    PROJECT_WORDS, RESULT_AFTER, RESULT_VERBS, START_VERBS,
};
use super::period::{plan_parts, years, Period};
use super::{Comparator, Measure, Status, Target};
use crate::model::{PartKind, Report};

/// Every target of `report`'s plan for `period`: headline targets first, then the others in
/// text order.
pub fn find(report: &Report, period: &Period) -> Vec<Target> {
    collect(report, period, None)
}

/// The targets of `report`'s plan (its parts on several years included) with a deadline in
/// `year`, a year after the plan's own (`到2015年，城镇化率达到60%`): no headline targets.
pub fn deadlines(report: &Report, year: u32) -> Vec<Target> {
    let period = Period {
        name: format!("{year}年"),
        year: Some(year),
        half: None,
    };
    collect(report, &period, Some(year))
}

fn collect(report: &Report, period: &Period, deadline: Option<u32>) -> Vec<Target> {
    let headline_blocks = match deadline {
        Some(_) => Vec::new(),
        None => headline_blocks(report),
    };
    let parts = plan_parts(report);
    let mut headline = Vec::new();
    let mut other = Vec::new();
    for i in 0..report.numbers.len() {
        let m = &report.numbers[i];
        let in_headline = headline_blocks
            .iter()
            .any(|&(block, from)| m.block == block && m.offset >= from);
        let in_plan =
            m.part == PartKind::Plan && (deadline.is_some() || parts.contains(&(m.part_index - 1)));
        if !in_headline && !in_plan {
            continue;
        }
        let Some(f) = figure::read(report, i) else {
            continue;
        };
        let due = match deadline {
            Some(year) => is_due_by(&f, year),
            None => is_due(&f, period),
        };
        if !due {
            continue;
        }
        if in_headline {
            headline.extend(targets_of(&f, period, true));
        } else if is_committed(&f) {
            other.extend(targets_of(&f, period, false));
        }
    }
    dedupe(&mut headline);
    headline.extend(other);
    headline
}

/// The blocks that state the period's main targets, each with the char offset the statement
/// starts at: a marker not on several years (`“十四五”时期…主要目标` is not for the year); when
/// the marker ends its paragraph (`主要预期目标是：` and the items on lines of their own), the
/// paragraphs after it that give figures, up to the first that gives none.
fn headline_blocks(report: &Report) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (b, block) in report.blocks.iter().enumerate() {
        if report.parts[block.part].kind == PartKind::Summary {
            continue;
        }
        let text = report.block_text(block);
        let Some(at) = statement(text) else {
            continue;
        };
        found.push((b, block.offset + text[..at].chars().count()));
        if !text[at..].contains(|c: char| c.is_ascii_digit()) {
            let items = report.blocks[b + 1..]
                .iter()
                .enumerate()
                .take_while(|(_, n)| {
                    n.part == block.part
                        && report.block_text(n).contains(|c: char| c.is_ascii_digit())
                })
                .map(|(i, n)| (b + 1 + i, n.offset));
            found.extend(items);
        }
    }
    found
}

/// Where the first statement of main targets not on several years ends in `text` (byte
/// offset after its marker).
fn statement(text: &str) -> Option<usize> {
    let mut markers: Vec<(usize, &str)> = HEADLINE_MARKERS
        .iter()
        .flat_map(|m| text.match_indices(m))
        .collect();
    markers.sort();
    markers
        .into_iter()
        .find(|&(at, _)| {
            let lead = &text[..at];
            let sentence_start = lead.rfind('。').map_or(0, |i| i + '。'.len_utf8());
            !MULTI_YEAR
                .iter()
                .any(|w| lead[sentence_start..].contains(w))
        })
        .map(|(at, marker)| at + marker.len())
}

/// Whether a figure is due in the period: not on several years, not cumulative, not a
/// deadline in another year.
fn is_due(f: &Figure, period: &Period) -> bool {
    let clause = format!("{}{}", f.before, f.after);
    if MULTI_YEAR.iter().any(|w| clause.contains(w))
        || CUMULATIVE.iter().any(|w| f.before.contains(w))
    {
        return false;
    }
    // A deadline in another year may stand in an earlier clause (`到2025年，建成…`).
    match (years(&f.lead).last(), period.year) {
        (Some(y), Some(p)) => *y == p,
        _ => true,
    }
}

/// Whether a figure has its deadline in `year` (`到2015年，…`, `2015年底前…`) and is not a
/// yearly rate or a cumulative figure.
fn is_due_by(f: &Figure, year: u32) -> bool {
    let clause = format!("{}{}", f.before, f.after);
    if ["年均", "每年"].iter().any(|w| clause.contains(w))
        || CUMULATIVE.iter().any(|w| f.before.contains(w))
    {
        return false;
    }
    years(&f.lead).last() == Some(&year)
        && DEADLINE_FORMS
            .iter()
            .any(|form| f.lead.contains(&form.replace('Y', &year.to_string())))
}

/// Whether an other number of a plan is committed to: under a verb of a result (in its clause,
/// else earlier in its sentence, or written after it), or under a verb of carrying out unless
/// it is the size of the project the clause names; never under a start, never a project's size
/// (`总投资…`, `…的`) or one category of a breakdown.
fn is_committed(f: &Figure) -> bool {
    if PROJECT_SIZE.iter().any(|w| f.before.contains(w)) || f.after.starts_with('的') {
        return false;
    }
    // The name may carry the whole's things after the category (`城市建设类重点项目`); the
    // words right before the number still say it.
    if BREAKDOWN_ENDS
        .iter()
        .any(|w| f.name.ends_with(w) || f.before.trim_end().ends_with(w))
    {
        return false;
    }
    let last = |text: &str, words: &[&str]| words.iter().filter_map(|w| text.rfind(w)).max();
    // `启动建设`, `推进实施`: a verb of carrying out right after a start is part of the start.
    let starts = |text: &str| {
        let start_end = START_VERBS
            .iter()
            .filter_map(|w| text.rfind(w).map(|at| at + w.len()))
            .max();
        let carry = last(text, CARRY_OUT_VERBS);
        match (start_end, carry) {
            (Some(end), Some(c)) if end == c => Some(c),
            _ => last(text, START_VERBS),
        }
    };
    let verbs = |text: &str| {
        (
            last(text, RESULT_VERBS),
            last(text, CARRY_OUT_VERBS),
            starts(text),
        )
    };
    let mut found = verbs(&f.before);
    if found == (None, None, None) {
        found = verbs(&f.lead);
    }
    let names_project = !f.after.is_empty() && PROJECT_WORDS.iter().any(|w| f.after.ends_with(w));
    let counts = COUNT_UNITS.iter().any(|u| f.unit.ends_with(u));
    let carried_out = !names_project || counts;
    match found {
        (r, c, Some(s)) if r.max(c).is_none_or(|v| v <= s) => false,
        (Some(r), c, _) if c.is_none_or(|c| c < r) => true,
        (_, Some(_), _) => carried_out,
        _ => RESULT_AFTER.iter().any(|w| f.after.contains(w)) || f.measure != Measure::Level,
    }
}

/// How the figure bounds its value, from the words around it.
pub(crate) fn comparator(f: &Figure) -> Comparator {
    let after = f.after.trim_start();
    let before = f.before.as_str();
    if AT_MOST_BEFORE.iter().any(|w| before.contains(w))
        || AT_MOST_AFTER.iter().any(|w| after.starts_with(w))
    {
        return Comparator::AtMost;
    }
    if ABOUT_AFTER.iter().any(|w| after.starts_with(w)) {
        return Comparator::About;
    }
    if AT_LEAST_BEFORE.iter().any(|w| before.contains(w)) {
        return Comparator::AtLeast;
    }
    if f.measure == Measure::Growth && f.value < 0.0 {
        return Comparator::AtMost;
    }
    Comparator::AtLeast
}

/// The targets a figure states: one, or one per subject when it is given for two
/// (`城乡居民人均可支配收入增长8%`).
fn targets_of(f: &Figure, period: &Period, headline: bool) -> Vec<Target> {
    if f.name.is_empty() {
        return Vec::new();
    }
    indicator::subjects(&f.name)
        .into_iter()
        .map(|name| Target {
            indicator: name,
            measure: f.measure,
            comparator: comparator(f),
            value: f.value,
            unit: f.unit.clone(),
            period: period.name.clone(),
            raw: f.raw.clone(),
            offset: f.offset,
            sentence: f.sentence.clone(),
            headline,
            status: Status::NotReported,
            outcome: None,
            number: f.index,
            at: f.at,
        })
        .collect()
}

/// One headline target per indicator and measure: the first.
fn dedupe(targets: &mut Vec<Target>) {
    let mut seen = Vec::new();
    targets.retain(|t| {
        let k = (indicator::key(&t.indicator), t.measure);
        let fresh = !seen.contains(&k);
        seen.push(k);
        fresh
    });
}
