//! 增长: growth indicators with a value, signed by direction, sorted from the largest rise to
//! the largest fall; 同比/环比 kept as the bar's tag.

use super::{bar, list, of_kind, sort_by_value_desc, Bar, Chart, Item};
use crate::model::{Direction, NumberKind, Report};

/// The chart's bars, in display order.
pub(super) fn bars(report: &Report, items: &[Item]) -> Vec<Bar> {
    let mut growth: Vec<Bar> = of_kind(report, items, NumberKind::Growth)
        .filter(|(n, _)| report.numbers[*n].value.is_some())
        .map(|&(n, c)| {
            let m = &report.numbers[n];
            let sign = if m.direction == Some(Direction::Down) {
                -1.0
            } else {
                1.0
            };
            let mut b = bar(report, n, c);
            b.value = m.value.map(|v| v * sign);
            b.value_text = format!("{}{}", arrow(m.direction), m.raw);
            b.tag = m.basis.clone();
            b.direction = Some(m.direction.unwrap_or(Direction::Up));
            b
        })
        .collect();
    sort_by_value_desc(&mut growth);
    growth
}

fn arrow(d: Option<Direction>) -> &'static str {
    match d {
        Some(Direction::Down) => "▼",
        _ => "▲",
    }
}

/// After `opening` (`共N项增长指标`): the largest rise, and the falls.
pub(super) fn summary(opening: String, bars: &[&Bar]) -> String {
    let mut s = opening;
    let ups: Vec<&&Bar> = bars
        .iter()
        .filter(|b| b.direction != Some(Direction::Down))
        .collect();
    let downs: Vec<String> = bars
        .iter()
        .filter(|b| b.direction == Some(Direction::Down))
        .map(|b| growth_phrase(b))
        .collect();
    if let Some(top) = ups.first() {
        s += &format!("，最高为{}", growth_phrase(top));
    }
    if !downs.is_empty() {
        s += &format!("，{}项下降：{}", downs.len(), list(&downs, 3));
    }
    s
}

/// A growth as a phrase: the label and, unless the label already says so, the basis and the
/// direction word, then the number: `房地产销面累计销售同比增长153.3%`.
fn growth_phrase(b: &Bar) -> String {
    if crate::numbers::lexicon::growth_verbs()
        .iter()
        .any(|(w, _)| b.label.ends_with(w))
    {
        format!("{}{}", b.label, b.raw)
    } else {
        let word = if b.direction == Some(Direction::Down) {
            "下降"
        } else {
            "增长"
        };
        let tag = b
            .tag
            .as_deref()
            .filter(|t| !b.label.contains(t))
            .unwrap_or("");
        format!("{}{tag}{word}{}", b.label, b.raw)
    }
}

/// The table: label, change, basis, qualifier, place.
pub(super) fn table(chart: &Chart) -> (Vec<String>, Vec<Vec<String>>) {
    super::bar_table(chart, &["指标", "变化", "比较"], |_, b| {
        vec![
            b.label.clone(),
            b.value_text.clone(),
            b.tag.clone().unwrap_or_default(),
        ]
    })
}
