//! Key figures for the headline strip, chosen by rules over the parsed numbers (never by a
//! hand-written list).
//!
//! Candidates are indicators, those in summary parts first (then the other parts, when the
//! summary parts do not fill the strip), never the level a change starts from
//! (`由2010年的162.4亿元增加到…`: the level it reached stands for it). Within each group, in order:
//!
//! 1. growths paired with the amount they relate to (`relates_to`), shown as one figure:
//!    label `规上工业累计产值`, value `329.73亿元`, growth `▲4.1%`;
//! 2. rates;
//! 3. ranks that have a value (`第二`, not `前列`);
//! 4. growths not paired with an amount;
//! 5. the largest amounts by `base_value`, those with a 万/亿 unit or a base value of at least
//!    10000 first, one per section;
//! 6. targets, one per section.
//!
//! A first pass takes at most three figures each by rules 2–4, so a short strip still shows
//! amounts; a second pass without that cap fills what is left. Rules 1–4 keep text order. No number is used twice, and no (label, value) pair appears twice.
//!
//! - `changes`: the level a change starts from, which the strip never shows;
//! - `keys`: what a figure is known by (the indicator a label names, a headline indicator's
//!   key) and whether a label says anything on its own;
//! - `picker`: the rules run in order over a pool of candidates, filling the strip.
//!
//! Here: [`KeyFigure`], [`key_figures`] (the candidates and the order the pools are run in) and
//! [`format_base_value`].

mod changes;
mod keys;
mod picker;

#[cfg(test)]
mod tests;

use changes::change_starts;
use picker::Picker;

use crate::model::{Direction, NumberKind, NumberMention, PartKind, Report};

use super::cards::Card;

/// One figure of the headline strip.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// What is measured, in the report's words (`规上工业累计产值`).
    pub label: String,
    /// The value as written (`329.73亿元`).
    pub value_text: String,
    /// For an amount paired with its growth: the direction and the growth as written (`4.1%`).
    pub growth: Option<(Direction, String)>,
    /// Which rule chose it: `Growth` for an amount paired with its growth (and for a lone
    /// growth), else the kind of `number`.
    pub kind: NumberKind,
    /// Index into `Report::numbers` of the value shown (the amount, for a pair).
    pub number: usize,
    /// Index into `Report::numbers` of the paired growth.
    pub growth_number: Option<usize>,
    /// Id of the card the number is in (to scroll to).
    pub card_id: String,
    /// For a growth shown alone: whether it goes down (`投诉量下降42.5%`).
    pub down: bool,
}

impl KeyFigure {
    /// The kind as the strip names it: `下降` for a growth that goes down (alone or paired),
    /// else the kind's name (`增长`, `比率`, …).
    pub fn kind_word(&self) -> &'static str {
        let down = match &self.growth {
            Some((d, _)) => *d == Direction::Down,
            None => false,
        };
        if self.kind == NumberKind::Growth && (down || self.down) {
            "下降"
        } else {
            self.kind.name()
        }
    }

    /// The growth as shown on the strip: `▲4.1%` or `▼68.43%`.
    pub fn growth_text(&self) -> Option<String> {
        self.growth.as_ref().map(|(d, raw)| {
            let arrow = match d {
                Direction::Up => '▲',
                Direction::Down => '▼',
            };
            format!("{arrow}{raw}")
        })
    }
}

/// Chooses at most `max` key figures (see the module docs for the rules). `cards` must be
/// [`super::cards()`] of the same report.
pub fn key_figures(report: &Report, cards: &[Card], max: usize) -> Vec<KeyFigure> {
    let mut card_of_block: Vec<Option<&str>> = Vec::new();
    for c in cards {
        if card_of_block.len() <= c.block {
            card_of_block.resize(c.block + 1, None);
        }
        card_of_block[c.block] = Some(&c.id);
    }
    let card_id = |n: &NumberMention| card_of_block.get(n.block).copied().flatten();
    let change_starts = change_starts(report);
    let usable = |i: usize| {
        let n = &report.numbers[i];
        n.is_indicator && n.kind.is_some() && card_id(n).is_some() && !change_starts[i]
    };
    let summary: Vec<usize> = (0..report.numbers.len())
        .filter(|&i| usable(i) && report.numbers[i].part == PartKind::Summary)
        .collect();
    let rest: Vec<usize> = (0..report.numbers.len())
        .filter(|&i| usable(i) && report.numbers[i].part != PartKind::Summary)
        .collect();

    let mut picker = Picker {
        report,
        out: Vec::new(),
        used: Vec::new(),
        shown: Vec::new(),
        headlines: Vec::new(),
        main_spans: vec![None; report.blocks.len()],
        max,
    };
    // Headline indicators first (at most one figure each), then the other rules: first with
    // per-rule caps so the strip mixes kinds, then without to fill it.
    let card_of = |n: &NumberMention| card_id(n).unwrap_or_default().to_string();
    for pool in [&summary, &rest] {
        picker.headlines(pool, &card_of);
    }
    for capped in [true, false] {
        for pool in [&summary, &rest] {
            picker.pool(
                pool,
                &|n| card_id(n).unwrap_or_default().to_string(),
                capped,
            );
        }
    }
    picker.out
}

/// Formats a base value with 万/亿 and up to two decimals, then the unit:
/// `32973000000, 元` → `329.73亿元`, `16700, 宗` → `1.67万宗`, `2509` → `2509`.
pub fn format_base_value(v: f64, unit: Option<&str>) -> String {
    fn fixed(x: f64) -> String {
        let s = crate::numbers::units::format_fixed(x, 2);
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s == "-0" {
            "0".to_string()
        } else {
            s.to_string()
        }
    }
    let unit = unit.unwrap_or("");
    if !v.is_finite() {
        return format!("{v}{unit}");
    }
    // Pick the tier by the rounded value, so 99999999 becomes 1亿, not 10000万.
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    let (scaled, suffix) = if round2(v.abs() / 1e4) >= 1e4 {
        (v / 1e8, "亿")
    } else if round2(v.abs()) >= 1e4 {
        (v / 1e4, "万")
    } else {
        (v, "")
    };
    format!("{}{suffix}{unit}", fixed(scaled))
}
