//! A parsed number read as a figure of an indicator: its measure, its name, its signed value,
//! and the clause and sentence around it.

use super::indicator::{self, Key};
use super::lexicon::{CHANGE_UNITS, CUMULATIVE, ESTIMATE, MULTI_YEAR, OTHER_BASIS, RETROSPECT};
use super::period::{years, Period};
use super::{Basis, Measure};
use crate::model::{Direction, NumberKind, NumberMention, PartKind, Report};
use crate::numbers::lexicon::{POST, RANK_COUNTERS};

/// One number of a report as a figure.
#[derive(Debug, Clone)]
pub struct Figure {
    /// Index in `Report::numbers`.
    pub index: usize,
    /// Where `raw` starts in `sentence`, in `char`s.
    pub at: usize,
    /// Growth, level or rate.
    pub measure: Measure,
    /// The indicator's name ([`indicator::name`]).
    pub name: String,
    /// Its key.
    pub key: Key,
    /// The value as written, signed for a decline.
    pub value: f64,
    /// `value` with 万/亿 expanded, signed.
    pub base_value: f64,
    /// The unit as written, or empty.
    pub unit: String,
    /// The unit without 万/亿, or empty.
    pub base_unit: String,
    /// The number as written.
    pub raw: String,
    /// Its position in the text, in `char`s.
    pub offset: usize,
    /// The clause up to the number (from the last `，`, `；` or `：`).
    pub before: String,
    /// The rest of the clause after the number.
    pub after: String,
    /// The sentence up to the number.
    pub lead: String,
    /// The whole sentence.
    pub sentence: String,
    /// Its paragraph opens by looking back over several years (`五年来，…`).
    pub in_retrospect: bool,
}

const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '\n'];
const CLAUSE_ENDS: &[char] = &[
    '。', '！', '？', '!', '?', '；', ';', '，', ',', '：', ':', '\n',
];

/// The measure of a mention: a growth has a direction (or names a rate of change), in a unit of
/// change or ending its clause (`人均增加200元`, not `提升11条市政路`); a rate is in percent;
/// anything else is a level.
fn measure(m: &NumberMention, name: &str, after: &str) -> Option<Measure> {
    let unit = m.base_unit.as_deref().unwrap_or("");
    let ends_clause = after.is_empty() || POST.iter().any(|w| after.starts_with(w));
    if m.direction.is_some() && (CHANGE_UNITS.contains(&unit) || ends_clause) {
        return Some(Measure::Growth);
    }
    let label = m.label.as_deref().unwrap_or("");
    let percent = matches!(unit, "%" | "‰" | "个百分点");
    if percent
        && ["增速", "增幅", "涨幅", "增长"]
            .iter()
            .any(|w| label.contains(w))
    {
        return Some(Measure::Growth);
    }
    if percent {
        return Some(Measure::Rate);
    }
    (!name.is_empty()).then_some(Measure::Level)
}

/// Reads mention `index` of `report` as a figure; `None` for non-indicators, ranks and
/// numbers without one value.
pub fn read(report: &Report, index: usize) -> Option<Figure> {
    let m = &report.numbers[index];
    let rank_counter = m
        .base_unit
        .as_deref()
        .is_some_and(|u| u.chars().count() == 1 && u.chars().all(|c| RANK_COUNTERS.contains(&c)));
    if !m.is_indicator || m.kind == Some(NumberKind::Rank) || rank_counter {
        return None;
    }
    let value = m.value?;
    let base_value = m.base_value.unwrap_or(value);
    let label = own_label(report, m);
    let name = indicator::name(&label);
    let (before, after, lead, sentence) = surroundings(report, m);
    let measure = measure(m, &name, &after)?;
    let sign = if m.direction == Some(Direction::Down) {
        -1.0
    } else {
        1.0
    };
    let at = sentence_at(&lead);
    Some(Figure {
        index,
        at,
        measure,
        key: indicator::key(&name),
        name,
        value: sign * value,
        base_value: sign * base_value,
        unit: m.unit.clone().unwrap_or_default(),
        base_unit: m.base_unit.clone().unwrap_or_default(),
        raw: m.raw.clone(),
        offset: m.offset,
        before,
        after,
        lead,
        sentence,
        in_retrospect: in_retrospect(report, m),
    })
}

/// What a mention measures: for a change or rate of another number of its clause
/// (`…完成121.1亿元，同比增长33.5%`), that number's label; else its own.
fn own_label(report: &Report, m: &NumberMention) -> String {
    let related = m
        .relates_to
        .and_then(|i| report.numbers.get(i))
        .filter(|n| n.kind != Some(NumberKind::Rank))
        .and_then(|n| n.label.clone())
        .filter(|l| !indicator::name(l).is_empty());
    related.unwrap_or_else(|| m.label.clone().unwrap_or_default())
}

/// Whether the mention's paragraph opens by looking back over several years: a word of
/// [`RETROSPECT`] in its first two sentences (`——民生事业扎实推进。五年来，…`).
fn in_retrospect(report: &Report, m: &NumberMention) -> bool {
    let Some(block) = report.blocks.get(m.block) else {
        return false;
    };
    let text = report.block_text(block);
    let opening: String = text.split_inclusive(SENTENCE_ENDS).take(2).collect();
    RETROSPECT.iter().any(|w| opening.contains(w))
}

/// The clause before the number, the clause after it, the sentence before it, and the sentence.
fn surroundings(report: &Report, m: &NumberMention) -> (String, String, String, String) {
    let Some(block) = report.blocks.get(m.block) else {
        return Default::default();
    };
    let text = report.block_text(block);
    let at = m.offset.saturating_sub(block.offset);
    let start = text.char_indices().nth(at).map_or(text.len(), |(b, _)| b);
    let end = (start + m.raw.len()).min(text.len());
    if !text.is_char_boundary(end) {
        return Default::default();
    }
    let (head, tail) = (&text[..start], &text[end..]);
    let clause_start = head.rfind(CLAUSE_ENDS).map_or(0, |b| b + char_len(head, b));
    let clause_end = tail.find(CLAUSE_ENDS).unwrap_or(tail.len());
    let sentence_start = head
        .rfind(SENTENCE_ENDS)
        .map_or(0, |b| b + char_len(head, b));
    let sentence_end = tail
        .find(SENTENCE_ENDS)
        .map_or(tail.len(), |b| b + char_len(tail, b));
    (
        head[clause_start..].to_string(),
        tail[..clause_end].to_string(),
        head[sentence_start..].to_string(),
        format!(
            "{}{}{}",
            &head[sentence_start..],
            &m.raw,
            &tail[..sentence_end]
        )
        .trim()
        .to_string(),
    )
}

/// Where the number starts in its sentence: after the sentence's lead, less what trimming took.
fn sentence_at(lead: &str) -> usize {
    lead.trim_start().chars().count()
}

fn char_len(s: &str, byte: usize) -> usize {
    s[byte..].chars().next().map_or(0, char::len_utf8)
}

impl Figure {
    /// Whether the figure is for `period`: no other year named right before it, not a
    /// multi-year or cumulative figure, not in a paragraph looking back over several years
    /// unless its sentence names the period.
    pub fn is_for(&self, period: &Period) -> bool {
        let clause = format!("{}{}", self.before, self.after);
        let names_period = period
            .year
            .is_some_and(|p| years(&self.sentence).contains(&p));
        if (self.in_retrospect && !names_period)
            || MULTI_YEAR.iter().any(|w| clause.contains(w))
            || CUMULATIVE.iter().any(|w| self.before.contains(w))
        {
            return false;
        }
        match (years(&self.before).last(), period.year) {
            (Some(y), Some(p)) => *y == p,
            _ => true,
        }
    }

    /// Whether its sentence also speaks of several years or of another year.
    pub fn looks_back(&self, period: &Period) -> bool {
        MULTI_YEAR.iter().any(|w| self.sentence.contains(w))
            || years(&self.sentence)
                .iter()
                .any(|y| Some(*y) != period.year)
    }

    /// `按可比口径`: a growth on another base.
    pub fn basis(&self) -> Option<Basis> {
        OTHER_BASIS
            .iter()
            .any(|w| self.sentence.contains(w))
            .then_some(Basis::Comparable)
    }

    /// The figure is an estimate (`预计`).
    pub fn is_estimate(&self) -> bool {
        ESTIMATE
            .iter()
            .any(|w| self.before.contains(w) || self.sentence.starts_with(w))
    }

    /// The unit family: percent and percentage points apart, 万/亿 of one unit together.
    pub fn unit_family(&self) -> &str {
        &self.base_unit
    }
}

/// Every figure of `report`'s review parts that is for `period`: first those whose sentence is
/// about the period alone, then those of sentences that also look back over several years
/// (`由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%`), each in text order.
pub fn review_figures(report: &Report, period: &Period) -> Vec<Figure> {
    let mut figures: Vec<Figure> = (0..report.numbers.len())
        .filter(|&i| report.numbers[i].part == PartKind::Summary)
        .filter_map(|i| read(report, i))
        .filter(|f| f.is_for(period))
        .collect();
    figures.sort_by_key(|f| f.looks_back(period));
    figures
}
