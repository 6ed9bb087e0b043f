//! The tracking page's charts, as [`crate::charts`] data the app draws like every other chart.

use super::Row;
use crate::charts::{Bar, Chart, ChartKind, Group};
use crate::export::number_text;
use crate::model::Direction;
use crate::track::{Comparator, SeriesIndicator, Tracking};

fn bar(label: String, value: Option<f64>, value_text: String, raw: String, place: String) -> Bar {
    Bar {
        label,
        value,
        value_text,
        raw,
        tag: None,
        direction: None,
        qualifier: None,
        place,
        number: None,
        card_id: None,
        stack: Vec::new(),
        section: None,
        part: 0,
    }
}

fn signed(v: f64) -> (String, Option<Direction>) {
    match v {
        v if v > 0.0 => (format!("▲{}%", number_text(v)), Some(Direction::Up)),
        v if v < 0.0 => (format!("▼{}%", number_text(-v)), Some(Direction::Down)),
        _ => ("0%".to_string(), None),
    }
}

/// 目标与实际: each main target in percent (a growth or a rate) whose row `keep` keeps (the
/// page's filters) beside its outcome, on one scale, with the id of each bar's row (a bar opens
/// its row). Targets without an outcome in percent show the target alone.
pub fn goals_chart(
    tracking: &Tracking,
    rows: &[Row],
    report_name: &str,
    keep: impl Fn(&Row) -> bool,
) -> (Chart, Vec<String>) {
    let mut bars = Vec::new();
    let mut ids = Vec::new();
    let mut said = Vec::new();
    for (t, row) in tracking.targets.iter().zip(rows) {
        if !t.headline || t.unit != "%" || !keep(row) {
            continue;
        }
        let place = format!("{report_name} · {}", row.part);
        let (text, direction) = signed(t.value);
        let mut target = bar(
            format!("目标·{}", t.indicator),
            Some(t.value),
            text,
            t.raw.clone(),
            place.clone(),
        );
        target.direction = direction;
        target.qualifier = Some(comparator_words(t.comparator).to_string());
        bars.push(target);
        ids.push(row.id.clone());
        let outcome = t.outcome.as_ref().filter(|o| o.unit == "%");
        if let Some(o) = outcome {
            let (text, direction) = signed(o.value);
            let mut actual = bar(
                format!("实际·{}", t.indicator),
                Some(o.value),
                text,
                o.raw.clone(),
                place,
            );
            actual.direction = direction;
            actual.qualifier = Some(format!("{} {}", row.mark, row.status_word));
            bars.push(actual);
            ids.push(row.id.clone());
        }
        said.push(match outcome {
            Some(o) => format!(
                "{}目标{}，实际{}，{}",
                t.indicator, t.raw, o.raw, row.status_word
            ),
            None => format!("{}目标{}，{}", t.indicator, t.raw, row.status_word),
        });
    }
    let summary = if said.is_empty() {
        format!("{}没有以百分比表示的主要预期目标。", tracking.period)
    } else {
        format!(
            "{}主要预期目标与实际：{}。",
            tracking.period,
            said.join("；")
        )
    };
    let chart = Chart {
        kind: ChartKind::Growth,
        groups: vec![Group {
            name: String::new(),
            unit: Some("%".into()),
            bars,
        }],
        summary,
        caption: format!("{}主要预期目标与实际（%，▲增长 ▼下降）", tracking.period),
    };
    (chart, ids)
}

/// The comparator in words, as the chart's 限定 column shows it.
pub fn comparator_words(c: Comparator) -> &'static str {
    match c {
        Comparator::AtLeast => "不低于",
        Comparator::About => "左右",
        Comparator::AtMost => "不高于",
    }
}

/// 历年对比: one indicator's values (in its unit) and its growths, each period a bar: two
/// charts, the growth one empty when no review gives a growth.
pub fn series_charts(indicator: &SeriesIndicator) -> (Chart, Chart) {
    let name = &indicator.indicator;
    let mut values = Vec::new();
    let mut growths = Vec::new();
    for p in &indicator.points {
        if let Some(v) = p.value {
            let text = format!("{}{}", number_text(v), indicator.unit);
            values.push(bar(
                p.period.clone(),
                Some(v),
                text,
                p.raw.clone(),
                p.file.clone(),
            ));
        }
        if let Some(g) = p.growth {
            let (text, direction) = signed(g);
            let mut b = bar(
                p.period.clone(),
                Some(g),
                text,
                format!("{}%", number_text(g)),
                p.file.clone(),
            );
            b.direction = direction;
            growths.push(b);
        }
    }
    let list = |bars: &[Bar]| {
        bars.iter()
            .map(|b| format!("{}{}", b.label, b.value_text))
            .collect::<Vec<_>>()
            .join("，")
    };
    let value_summary = format!("{name}历年数值：{}。", list(&values));
    let growth_summary = format!("{name}历年增长：{}。", list(&growths));
    let value_chart = Chart {
        kind: ChartKind::Series,
        groups: vec![Group {
            name: String::new(),
            unit: Some(indicator.unit.clone()),
            bars: values,
        }],
        summary: value_summary,
        caption: format!("{name}历年数值（{}）", indicator.unit),
    };
    let growth_chart = Chart {
        kind: ChartKind::Growth,
        groups: vec![Group {
            name: String::new(),
            unit: Some("%".into()),
            bars: growths,
        }],
        summary: growth_summary,
        caption: format!("{name}历年增长（%，▲增长 ▼下降）"),
    };
    (value_chart, growth_chart)
}
