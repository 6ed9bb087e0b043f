//! 总览: per section, its indicators counted by kind (stacked).

use super::{place, Bar, Chart, Item};
use crate::model::{NumberKind, PartKind, Report};

/// The chart's bars: one per section (or part's paragraphs outside sections), in text order.
pub(super) fn bars(report: &Report, items: &[Item]) -> Vec<Bar> {
    let mut overview: Vec<Bar> = Vec::new();
    let mut keys: Vec<(usize, Option<usize>)> = Vec::new();
    for &(n, c) in items {
        let key = (c.part, c.section);
        let i = match keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                keys.push(key);
                overview.push(Bar {
                    label: short_place(report, c.part, c.section),
                    value: Some(0.0),
                    value_text: String::new(),
                    raw: String::new(),
                    tag: None,
                    direction: None,
                    qualifier: None,
                    place: place(report, c.part, c.section),
                    number: None,
                    card_id: None,
                    stack: Vec::new(),
                    section: c.section_key(),
                    part: c.part + 1,
                });
                keys.len() - 1
            }
        };
        let kind = report.numbers[n].kind.expect("filtered to kinds");
        let b = &mut overview[i];
        match b.stack.iter_mut().find(|(k, _)| *k == kind) {
            Some(e) => e.1 += 1,
            None => b.stack.push((kind, 1)),
        }
    }
    for b in &mut overview {
        crate::sort::sort_by_key(&mut b.stack, |(k, _)| {
            NumberKind::ALL
                .iter()
                .position(|x| x == k)
                .unwrap_or(usize::MAX) as u64
        });
        let total: usize = b.stack.iter().map(|x| x.1).sum();
        b.value = Some(total as f64);
        b.value_text = format!("{total}项");
        b.raw = b.value_text.clone();
    }
    overview
}

/// A short name of a section for the 总览 bars: `总结（一）经济发展…` (part kind, then the
/// section's numeral and title); `一、概述` for paragraphs outside sections.
fn short_place(report: &Report, part: usize, section: Option<usize>) -> String {
    let Some(p) = report.parts.get(part) else {
        return String::new();
    };
    let head = match p.kind {
        PartKind::Summary => "总结".to_string(),
        PartKind::Plan => "计划".to_string(),
        // `四、` before its sections; a part without a numeral by its title (`开篇`).
        PartKind::Other if p.number.is_empty() => p.title.clone(),
        PartKind::Other => format!("{}、", p.number),
    };
    match section.and_then(|s| p.sections.get(s)) {
        Some(s) => format!("{head}{}", s.label()),
        None => format!("{head}·其他段落"),
    }
}

/// The whole summary (no opening): the total, by kind, and the section with the most.
pub(super) fn summary(bars: &[&Bar]) -> String {
    let mut by_kind = Vec::new();
    for k in NumberKind::ALL {
        let total: usize = bars
            .iter()
            .flat_map(|b| b.stack.iter())
            .filter(|(kk, _)| *kk == k)
            .map(|x| x.1)
            .sum();
        if total > 0 {
            by_kind.push(format!("{}{total}项", k.name()));
        }
    }
    let top = bars
        .iter()
        .copied()
        .reduce(|a, b| {
            if b.value.unwrap_or(0.0) > a.value.unwrap_or(0.0) {
                b
            } else {
                a
            }
        })
        .expect("not empty");
    let total: f64 = bars.iter().filter_map(|b| b.value).sum();
    format!(
        "共{total}项数据指标，分布在{}个小节：{}；最多的是{}（{}）",
        bars.len(),
        by_kind.join("、"),
        top.place,
        top.value_text
    )
}

/// Whether column `c` of [`table`] holds numbers: every column after 小节 (the counts, the total).
pub(super) fn is_number_column(c: usize) -> bool {
    c > 0
}

/// The table: section, the count of each kind, total.
pub(super) fn table(chart: &Chart) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head = vec!["小节".to_string()];
    head.extend(NumberKind::ALL.iter().map(|k| k.name().to_string()));
    head.push("合计".to_string());
    let rows = chart
        .bars()
        .map(|b| {
            let mut row = vec![b.place.clone()];
            for k in NumberKind::ALL {
                let n = b.stack.iter().find(|(kk, _)| *kk == k).map_or(0, |x| x.1);
                row.push(n.to_string());
            }
            row.push(crate::numbers::units::format_plain(b.value.unwrap_or(0.0)));
            row
        })
        .collect();
    (head, rows)
}
