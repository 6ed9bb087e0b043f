//! 比率: rates in `%`, on a 0–100% scale (longer when a share is over 100%:
//! `完成年计划的118.2%`), largest first.

use super::{bar, of_kind, sort_by_value_desc, Bar, Item};
use crate::model::{NumberKind, Report};

/// The chart's bars, in display order.
pub(super) fn bars(report: &Report, items: &[Item]) -> Vec<Bar> {
    let mut rate: Vec<Bar> = of_kind(report, items, NumberKind::Rate)
        .filter(|(n, _)| {
            let m = &report.numbers[*n];
            m.value.is_some() && m.base_unit.as_deref() == Some("%")
        })
        .map(|&(n, c)| bar(report, n, c))
        .collect();
    sort_by_value_desc(&mut rate);
    rate
}

/// After `opening` (`共N项比率指标`): the one rate, or the highest and the lowest.
pub(super) fn summary(opening: String, bars: &[&Bar]) -> String {
    let mut s = opening;
    let n = bars.len();
    let phrase = |b: &Bar| format!("{}{}", b.label, b.raw);
    if n == 1 {
        s += &format!("：{}", phrase(bars[0]));
    } else {
        s += &format!("，最高为{}，最低为{}", phrase(bars[0]), phrase(bars[n - 1]));
    }
    s
}
