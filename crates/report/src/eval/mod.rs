//! Scores the number extractor against hand-judged mentions (`tests/gold/`, whose README gives
//! the format and conventions). `report eval numbers DIR` prints these scores.
//!
//! ```
//! use report::eval::{score, GoldFile};
//! let text = "一、工作回顾\n全年地区生产总值增长6.5%。\n";
//! let gold: GoldFile = serde_json::from_str(r#"{"file": "x.txt",
//!   "paragraphs": [{"start": 7, "end": 22, "part": "summary"}],
//!   "numbers": [{"offset": 17, "raw": "6.5%", "is_indicator": true, "kind": "growth",
//!     "value": 6.5, "unit": "%", "base_value": 6.5, "base_unit": "%", "label": "地区生产总值增长"}]}"#).unwrap();
//! let s = score(&gold, &report::parse(text).unwrap().numbers);
//! assert_eq!((s.indicators, s.right), (1, 1));
//! ```

pub mod track;

use crate::model::{NumberKind, NumberMention, PartKind};
use serde::Deserialize;

/// One report's gold: the annotated paragraphs and every mention in them.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// The report's file name, in the corpus folder.
    pub file: String,
    /// `province`, `city`, `county` or `district`.
    #[serde(default)]
    pub level: Option<String>,
    /// Whether the report was kept out of rule writing.
    #[serde(default)]
    pub held_out: bool,
    /// The annotated paragraphs.
    pub paragraphs: Vec<GoldParagraph>,
    /// Every mention of those paragraphs.
    pub numbers: Vec<GoldNumber>,
}

/// An annotated paragraph: `[start, end)` in chars of the file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldParagraph {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// `summary`, `plan` or `other`.
    pub part: String,
}

/// A hand-judged mention (the `numbers[]` fields that are judged).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldNumber {
    /// Char offset of `raw` in the file.
    pub offset: usize,
    /// The mention as written.
    pub raw: String,
    /// Whether it is an indicator.
    pub is_indicator: bool,
    /// Its kind, for indicators.
    #[serde(default)]
    pub kind: Option<NumberKind>,
    /// The number as written.
    #[serde(default)]
    pub value: Option<f64>,
    /// The unit as written.
    #[serde(default)]
    pub unit: Option<String>,
    /// `value` with 万/亿 expanded.
    #[serde(default)]
    pub base_value: Option<f64>,
    /// `unit` without 万/亿.
    #[serde(default)]
    pub base_unit: Option<String>,
    /// What it measures.
    #[serde(default)]
    pub label: Option<String>,
}

/// What went wrong with one gold indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    /// The gold mention's offset.
    pub offset: usize,
    /// The gold mention's text.
    pub raw: String,
    /// Which fields differ (`kind`, `value`, `unit`, `label`), or `missed`.
    pub fields: Vec<&'static str>,
    /// What the parser gave: `kind value unit label`, or empty when missed.
    pub got: String,
    /// What the gold says, in the same shape.
    pub want: String,
}

/// Scores of one report (or a sum of reports).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    /// Gold indicators.
    pub indicators: usize,
    /// Gold indicators the parser gives with every judged field right.
    pub right: usize,
    /// Gold indicators with a wrong kind.
    pub wrong_kind: usize,
    /// Gold indicators with a wrong `value` or `base_value`.
    pub wrong_value: usize,
    /// Gold indicators with a wrong `unit` or `base_unit`.
    pub wrong_unit: usize,
    /// Gold indicators with a label that is not the judged one (see [`label_matches`]).
    pub wrong_label: usize,
    /// Gold indicators the parser does not give as an indicator at that offset with that text.
    pub missed: usize,
    /// Gold non-indicators.
    pub non_indicators: usize,
    /// Gold non-indicators the parser marks as indicators.
    pub marked: usize,
    /// Parser indicators inside the annotated paragraphs where the gold has no mention.
    pub extra: usize,
    /// Every wrong or missed indicator, and every wrongly marked mention.
    pub misses: Vec<Miss>,
}

impl Score {
    /// Adds `other`'s counts (and misses) to these.
    pub fn add(&mut self, other: &Score) {
        self.indicators += other.indicators;
        self.right += other.right;
        self.wrong_kind += other.wrong_kind;
        self.wrong_value += other.wrong_value;
        self.wrong_unit += other.wrong_unit;
        self.wrong_label += other.wrong_label;
        self.missed += other.missed;
        self.non_indicators += other.non_indicators;
        self.marked += other.marked;
        self.extra += other.extra;
        self.misses.extend(other.misses.iter().cloned());
    }

    /// Share of gold indicators fully right (1 when there are none).
    pub fn right_share(&self) -> f64 {
        if self.indicators == 0 {
            1.0
        } else {
            self.right as f64 / self.indicators as f64
        }
    }

    /// Share of non-indicators marked as indicators, the parser's extra marks counted as
    /// non-indicators too (0 when there are none).
    pub fn marked_share(&self) -> f64 {
        let all = self.non_indicators + self.extra;
        if all == 0 {
            0.0
        } else {
            (self.marked + self.extra) as f64 / all as f64
        }
    }
}

/// Whether a label is the judged one: equal, or one contains the other and the longer is at
/// most 1.5× the shorter (in chars).
pub fn label_matches(got: Option<&str>, want: Option<&str>) -> bool {
    match (got, want) {
        (Some(g), Some(w)) => {
            let (lg, lw) = (g.chars().count(), w.chars().count());
            g == w
                || ((g.contains(w) || w.contains(g))
                    && lg.max(lw) as f64 <= 1.5 * lg.min(lw) as f64)
        }
        (None, None) => true,
        _ => false,
    }
}

fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
        (None, None) => true,
        _ => false,
    }
}

fn kind_name(k: Option<NumberKind>) -> &'static str {
    match k {
        Some(NumberKind::Growth) => "growth",
        Some(NumberKind::Rate) => "rate",
        Some(NumberKind::Rank) => "rank",
        Some(NumberKind::Target) => "target",
        Some(NumberKind::Amount) => "amount",
        None => "-",
    }
}

fn show(
    kind: Option<NumberKind>,
    value: Option<f64>,
    unit: Option<&str>,
    label: Option<&str>,
) -> String {
    let value = value.map_or("null".to_string(), |v| v.to_string());
    format!(
        "{} {} {} 「{}」",
        kind_name(kind),
        value,
        unit.unwrap_or("-"),
        label.unwrap_or("")
    )
}

impl GoldFile {
    /// The gold's numbers as mentions, to score one annotator against another with [`score`]
    /// (how far two people judging the same paragraphs agree).
    ///
    /// ```
    /// use report::eval::{score, GoldFile};
    /// let gold: GoldFile = serde_json::from_str(r#"{"file": "x.txt", "paragraphs": [],
    ///   "numbers": [{"offset": 3, "raw": "5%", "is_indicator": true, "kind": "growth",
    ///     "value": 5.0, "unit": "%", "base_value": 5.0, "base_unit": "%", "label": "收入增长"}]}"#).unwrap();
    /// assert_eq!(score(&gold, &gold.as_mentions()).right, 1);
    /// ```
    pub fn as_mentions(&self) -> Vec<NumberMention> {
        self.numbers
            .iter()
            .map(|g| NumberMention {
                raw: g.raw.clone(),
                value: g.value,
                unit: g.unit.clone(),
                base_value: g.base_value,
                base_unit: g.base_unit.clone(),
                kind: g.kind,
                direction: None,
                basis: None,
                qualifier: None,
                label: g.label.clone(),
                relates_to: None,
                is_indicator: g.is_indicator,
                offset: g.offset,
                part: PartKind::Other,
                part_index: 0,
                section: None,
                topic: None,
                block: 0,
            })
            .collect()
    }
}

/// Scores the parser's `numbers` (of the gold's file) against `gold`.
pub fn score(gold: &GoldFile, numbers: &[NumberMention]) -> Score {
    let mut s = Score::default();
    let find = |o: usize, raw: &str| numbers.iter().find(|n| n.offset == o && n.raw == raw);
    for g in &gold.numbers {
        let got = find(g.offset, &g.raw);
        if g.is_indicator {
            score_indicator(&mut s, g, got, numbers);
        } else {
            score_non_indicator(&mut s, g, got);
        }
    }
    score_extras(&mut s, gold, numbers);
    s
}

/// `got` in the shape of [`Miss::got`].
fn show_got(n: &NumberMention) -> String {
    show(n.kind, n.value, n.unit.as_deref(), n.label.as_deref())
}

/// A gold non-indicator: counted, and a miss when the parser marks it (`got`).
fn score_non_indicator(s: &mut Score, g: &GoldNumber, got: Option<&NumberMention>) {
    s.non_indicators += 1;
    if let Some(n) = got.filter(|n| n.is_indicator) {
        s.marked += 1;
        s.misses.push(Miss {
            offset: g.offset,
            raw: g.raw.clone(),
            fields: vec!["marked"],
            got: show_got(n),
            want: "not an indicator".into(),
        });
    }
}

/// A gold indicator: right, missed (with what the parser has there), or wrong in some fields.
fn score_indicator(
    s: &mut Score,
    g: &GoldNumber,
    got: Option<&NumberMention>,
    numbers: &[NumberMention],
) {
    s.indicators += 1;
    let want = show(g.kind, g.value, g.unit.as_deref(), g.label.as_deref());
    let Some(n) = got.filter(|n| n.is_indicator) else {
        s.missed += 1;
        let near = numbers
            .iter()
            .find(|n| n.offset <= g.offset && g.offset < n.offset + n.raw.chars().count());
        s.misses.push(Miss {
            offset: g.offset,
            raw: g.raw.clone(),
            fields: vec!["missed"],
            got: near.map_or(String::new(), |n| {
                format!(
                    "{} as {}",
                    n.raw,
                    if n.is_indicator {
                        "indicator"
                    } else {
                        "non-indicator"
                    }
                )
            }),
            want,
        });
        return;
    };
    let fields = wrong_fields(s, g, n);
    if fields.is_empty() {
        s.right += 1;
    } else {
        s.misses.push(Miss {
            offset: g.offset,
            raw: g.raw.clone(),
            fields,
            got: show_got(n),
            want,
        });
    }
}

/// Whether two units are the same: no unit is written `null` or `""` (`2400多万`: `万` is a
/// magnitude, so the base unit is nothing, written either way).
fn same_unit(a: &Option<String>, b: &Option<String>) -> bool {
    a.as_deref().filter(|u| !u.is_empty()) == b.as_deref().filter(|u| !u.is_empty())
}

/// The judged fields in which `n` differs from `g`, each counted in `s`.
fn wrong_fields(s: &mut Score, g: &GoldNumber, n: &NumberMention) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if n.kind != g.kind {
        s.wrong_kind += 1;
        fields.push("kind");
    }
    if !same_value(n.value, g.value) || !same_value(n.base_value, g.base_value) {
        s.wrong_value += 1;
        fields.push("value");
    }
    if !same_unit(&n.unit, &g.unit) || !same_unit(&n.base_unit, &g.base_unit) {
        s.wrong_unit += 1;
        fields.push("unit");
    }
    if !label_matches(n.label.as_deref(), g.label.as_deref()) {
        s.wrong_label += 1;
        fields.push("label");
    }
    fields
}

/// The parser's indicators inside the annotated paragraphs where the gold has no mention.
fn score_extras(s: &mut Score, gold: &GoldFile, numbers: &[NumberMention]) {
    let inside = |o: usize| gold.paragraphs.iter().any(|p| p.start <= o && o < p.end);
    for n in numbers
        .iter()
        .filter(|n| n.is_indicator && inside(n.offset))
    {
        if !gold.numbers.iter().any(|g| g.offset == n.offset) {
            s.extra += 1;
            s.misses.push(Miss {
                offset: n.offset,
                raw: n.raw.clone(),
                fields: vec!["extra"],
                got: show_got(n),
                want: "no mention here".into(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_matches_when_one_holds_the_other_within_half_again() {
        assert!(label_matches(Some("工业投资"), Some("工业投资")));
        assert!(label_matches(Some("全年工业投资"), Some("工业投资")));
        assert!(!label_matches(Some("全年完成工业投资"), Some("工业投资")));
        assert!(!label_matches(Some("投资"), Some("工业投资")));
        assert!(!label_matches(None, Some("工业投资")));
    }

    #[test]
    fn no_unit_is_no_unit_however_written() {
        assert!(same_unit(&None, &Some(String::new())));
        assert!(same_unit(&Some("万".into()), &Some("万".into())));
        assert!(!same_unit(&Some("元".into()), &None));
    }
}
