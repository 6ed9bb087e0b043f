//! 排名: ranks, by position (第一 first), those without a position (`前列`, `靠前`) last.

use super::{bar, list, of_kind, Bar, Item};
use crate::model::{NumberKind, Report};

/// The chart's bars, in display order.
pub(super) fn bars(report: &Report, items: &[Item]) -> Vec<Bar> {
    let mut rank: Vec<Bar> = of_kind(report, items, NumberKind::Rank)
        .map(|&(n, c)| bar(report, n, c))
        .collect();
    // Best rank first; bars without a value last.
    crate::sort::sort_by_key(&mut rank, |b| {
        b.value
            .map_or(u64::MAX, |v| crate::sort::f64_key(v).min(u64::MAX - 1))
    });
    rank
}

/// After `opening` (`共N项排名指标`): how many of each rank, and the ranks 第一.
pub(super) fn summary(opening: String, bars: &[&Bar]) -> String {
    let mut s = opening;
    let mut counts: Vec<(String, usize)> = Vec::new();
    for b in bars {
        match counts.iter_mut().find(|(r, _)| *r == b.raw) {
            Some(e) => e.1 += 1,
            None => counts.push((b.raw.clone(), 1)),
        }
    }
    let counts: Vec<String> = counts.iter().map(|(r, k)| format!("{r}{k}项")).collect();
    s += &format!("：{}", counts.join("、"));
    let firsts: Vec<String> = bars
        .iter()
        .filter(|b| b.value == Some(1.0))
        .map(|b| b.label.clone())
        .collect();
    if !firsts.is_empty() {
        s += &format!("；排名第一：{}", list(&firsts, 3));
    }
    s
}
