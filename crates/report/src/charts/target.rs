//! 目标: targets with a value, grouped by unit family ([`unit_family`]) so that the bars of one
//! group share a scale; largest first.

use super::{bar, of_kind, sort_by_value_desc, unit_family, Bar, Chart, Group, Item};
use crate::model::{NumberKind, Report};

/// The chart's groups, in order of their first target, each in display order.
pub(super) fn groups(report: &Report, items: &[Item]) -> Vec<Group> {
    // Per family: its name, its units as they appear, its bars.
    let mut target_groups: Vec<(String, Vec<String>, Vec<Bar>)> = Vec::new();
    for &(n, c) in of_kind(report, items, NumberKind::Target) {
        let m = &report.numbers[n];
        if m.base_value.is_none() {
            continue;
        }
        let unit = m.base_unit.clone().unwrap_or_default();
        let family = unit_family(m.base_unit.as_deref()).to_string();
        let mut b = bar(report, n, c);
        b.value = m.base_value;
        let i = match target_groups.iter().position(|g| g.0 == family) {
            Some(i) => i,
            None => {
                target_groups.push((family, Vec::new(), Vec::new()));
                target_groups.len() - 1
            }
        };
        let g = &mut target_groups[i];
        if !g.1.contains(&unit) {
            g.1.push(unit);
        }
        g.2.push(b);
    }
    target_groups
        .into_iter()
        .map(|(_, units, mut bars)| {
            sort_by_value_desc(&mut bars);
            let name = if units.iter().all(|u| u.is_empty()) {
                "无单位".to_string()
            } else {
                units
                    .iter()
                    .filter(|u| !u.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("/")
            };
            Group {
                unit: (units.len() == 1 && !units[0].is_empty()).then(|| units[0].clone()),
                name,
                bars,
            }
        })
        .collect()
}

/// After `opening` (`共N项目标`): the groups, each with its count and largest target.
pub(super) fn summary(opening: String, chart: &Chart) -> String {
    let mut s = opening;
    let groups: Vec<String> = chart
        .groups
        .iter()
        .filter_map(|g| {
            let top = g.bars.first()?;
            Some(format!(
                "{}{}项，最大为{}{}",
                g.name,
                g.bars.len(),
                top.label,
                top.raw
            ))
        })
        .collect();
    s += &format!(
        "，按单位分为{}组：{}",
        chart.groups.len(),
        groups.join("；")
    );
    s
}

/// The table: unit group, target, value as written, qualifier, place.
pub(super) fn table(chart: &Chart) -> (Vec<String>, Vec<Vec<String>>) {
    super::bar_table(chart, &["单位组", "目标", "数值"], |g, b| {
        vec![g.name.clone(), b.label.clone(), b.raw.clone()]
    })
}
