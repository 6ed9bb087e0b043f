//! Where everything of a chart goes, in CSS pixels, from measured text: the label area is as
//! wide as the widest label (at most 40% of the width; longer labels are shortened with `…`),
//! the value area as wide as the widest value, rows as tall as the font needs. Pure: the caller
//! passes a text measurer (the canvas's `measureText` in the app, a fixed width per char in
//! tests), so the same layout draws the canvas and hit-tests the pointer.

use super::{Chart, ChartKind};
use crate::model::NumberKind;
use crate::view::format_base_value;

/// One row: a bar (or a rank's dot) with its label and value text.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index of the bar in the chart's display order ([`Chart::bar`]).
    pub index: usize,
    /// The label as drawn (maybe shortened with `…`).
    pub label: String,
    /// Whether `label` was shortened.
    pub shortened: bool,
    /// Where the label goes: x, and whether the label ends there (right-aligned) or starts there.
    pub label_x: f64,
    /// See `label_x`.
    pub label_end: bool,
    /// The label's vertical centre.
    pub label_mid: f64,
    /// The bar's vertical centre.
    pub bar_mid: f64,
    /// Top of the row's band.
    pub top: f64,
    /// Height of the row's band.
    pub height: f64,
    /// The bar's left and right x (equal for no bar).
    pub x0: f64,
    /// See `x0`.
    pub x1: f64,
    /// For 总览: the stacked segments `(kind, x0, x1)`.
    pub segments: Vec<(NumberKind, f64, f64)>,
    /// For 排名: the dot's centre x (`None` for ranks without a position, e.g. 前列).
    pub dot: Option<f64>,
    /// Where the value text goes: x and whether the text ends there (right-aligned).
    pub value_x: f64,
    /// See `value_x`.
    pub value_end: bool,
}

/// A vertical guide line with an optional label under the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Its x.
    pub x: f64,
    /// From this y …
    pub top: f64,
    /// … to this y.
    pub bottom: f64,
    /// Its label (drawn centred below `bottom`), maybe empty.
    pub label: String,
    /// Whether it is the zero line (drawn stronger).
    pub zero: bool,
}

/// A group heading (目标's unit families).
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// The text.
    pub text: String,
    /// Its top.
    pub top: f64,
}

/// A chart placed at a width.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Total width (CSS px).
    pub width: f64,
    /// Total height (CSS px).
    pub height: f64,
    /// The font size everything was measured at.
    pub font_px: f64,
    /// Whether labels sit on their own line above their bars (narrow widths) instead of to
    /// their left.
    pub stacked: bool,
    /// Rows in display order.
    pub rows: Vec<Row>,
    /// Group headings.
    pub heads: Vec<Head>,
    /// Guide lines.
    pub ticks: Vec<Tick>,
    /// Bar thickness.
    pub bar_height: f64,
}

impl Layout {
    /// The row under a point, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        if x < 0.0 || x > self.width {
            return None;
        }
        self.rows
            .iter()
            .position(|r| y >= r.top && y < r.top + r.height)
    }
}

/// `label` shortened with `…` to fit `max` px, and whether it was.
pub fn shorten(label: &str, max: f64, measure: &dyn Fn(&str) -> f64) -> (String, bool) {
    if measure(label) <= max {
        return (label.to_string(), false);
    }
    let chars: Vec<char> = label.chars().collect();
    // Longest prefix that fits with the ellipsis (binary search on the char count).
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let s: String = chars[..mid].iter().chain(['…'].iter()).collect();
        if measure(&s) <= max {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let s: String = chars[..lo].iter().chain(['…'].iter()).collect();
    (s, true)
}

/// A rank position in Chinese (`1` → `第一`).
pub fn rank_name(n: usize) -> String {
    const DIGITS: [&str; 11] = [
        "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ];
    match n {
        0..=10 => format!("第{}", DIGITS[n]),
        11..=19 => format!("第十{}", DIGITS[n - 10]),
        _ => format!("第{n}"),
    }
}

/// Places `chart` in `width` CSS px with text `font_px` tall, measuring with `measure` (the
/// width of a string at that size).
pub fn layout(chart: &Chart, width: f64, font_px: f64, measure: &dyn Fn(&str) -> f64) -> Layout {
    let pad = (font_px * 0.5).round();
    let gap = (font_px * 0.5).round();
    let row_h = (font_px * 2.0).round().max(24.0);
    let bar_h = (font_px * 1.1).round();
    let width = width.max(160.0);

    let bars: Vec<_> = chart.bars().collect();
    // Narrow (a phone): each label on its own line above its bar, so both get the full width.
    let stacked = width < font_px * 34.0;
    let label_max = if stacked {
        width - 2.0 * pad
    } else {
        (width * 0.4).floor()
    };
    let label_w = bars
        .iter()
        .map(|b| measure(&b.label))
        .fold(0.0, f64::max)
        .min(label_max)
        .ceil();
    let label_end = if stacked { pad } else { pad + label_w };
    let row_h = if stacked {
        (font_px * 1.3).round() + row_h
    } else {
        row_h
    };
    let value_w = |pred: &dyn Fn(&super::Bar) -> bool| {
        bars.iter()
            .filter(|b| pred(b))
            .map(|b| measure(&b.value_text))
            .fold(0.0, f64::max)
            .ceil()
    };
    let right_w = value_w(&|b| b.value.is_none_or(|v| v >= 0.0));
    let left_w = if chart.kind == ChartKind::Growth {
        value_w(&|b| b.value.is_some_and(|v| v < 0.0))
    } else {
        0.0
    };
    let mut a = if stacked { pad } else { label_end + gap };
    if left_w > 0.0 {
        a += left_w + gap;
    }
    let b_end = (width - pad - right_w - gap).max(a + 20.0);

    let mut rows = Vec::new();
    let mut heads = Vec::new();
    let mut ticks = Vec::new();
    let mut y = pad;
    let mut index = 0;
    let line = font_px * 1.4;
    for group in &chart.groups {
        if !group.name.is_empty() {
            let unit = group
                .unit
                .clone()
                .map(|u| format!("（单位：{u}）"))
                .unwrap_or_else(|| "（同组共用刻度）".to_string());
            heads.push(Head {
                text: format!("{}{unit}", group.name),
                top: y,
            });
            y += line;
        }
        let group_top = y;
        let max = group.max_abs();
        let (lo, hi) = match chart.kind {
            ChartKind::Growth => {
                let min = group
                    .bars
                    .iter()
                    .filter_map(|b| b.value)
                    .fold(0.0, f64::min);
                let max = group
                    .bars
                    .iter()
                    .filter_map(|b| b.value)
                    .fold(0.0, f64::max);
                (min, max)
            }
            ChartKind::Rate => (0.0, 100.0_f64.max(max)),
            ChartKind::Rank => (0.0, 0.0),
            _ => (0.0, max),
        };
        let span = if hi > lo { hi - lo } else { 1.0 };
        let x = |v: f64| a + (v - lo) / span * (b_end - a);
        let positions = group
            .bars
            .iter()
            .filter_map(|b| b.value)
            .fold(3.0, f64::max)
            .min(20.0) as usize;
        let rank_x = |p: f64| a + (p - 0.5) / positions as f64 * (b_end - a);
        for bar in &group.bars {
            let (label, shortened) = shorten(&bar.label, label_w, measure);
            let mut row = Row {
                index,
                label,
                shortened,
                label_x: label_end,
                label_end: !stacked,
                label_mid: if stacked {
                    y + font_px * 0.75
                } else {
                    y + row_h / 2.0
                },
                bar_mid: if stacked {
                    y + row_h - (font_px * 2.0).round().max(24.0) / 2.0
                } else {
                    y + row_h / 2.0
                },
                top: y,
                height: row_h,
                x0: x(0.0),
                x1: x(0.0),
                segments: Vec::new(),
                dot: None,
                value_x: 0.0,
                value_end: false,
            };
            match chart.kind {
                ChartKind::Rank => {
                    row.dot = bar.value.map(|v| rank_x(v.clamp(1.0, positions as f64)));
                    row.x0 = a;
                    row.x1 = a;
                    row.value_x = row.dot.map_or(a, |d| d + bar_h / 2.0 + gap);
                }
                ChartKind::Overview => {
                    let mut at = 0.0;
                    for (k, n) in &bar.stack {
                        let from = x(at);
                        at += *n as f64;
                        row.segments.push((*k, from, x(at)));
                    }
                    row.x1 = x(at);
                    row.value_x = row.x1 + gap;
                }
                _ => {
                    let v = bar.value.unwrap_or(0.0).min(hi);
                    if v < 0.0 {
                        row.x0 = x(v);
                        row.value_x = row.x0 - gap;
                        row.value_end = true;
                    } else {
                        row.x1 = x(v);
                        row.value_x = row.x1 + gap;
                    }
                }
            }
            rows.push(row);
            y += row_h;
            index += 1;
        }
        let bottom = y;
        match chart.kind {
            ChartKind::Growth if lo < 0.0 => ticks.push(Tick {
                x: x(0.0),
                top: group_top,
                bottom,
                label: String::new(),
                zero: true,
            }),
            ChartKind::Rate => {
                // A share over 100% (`完成年计划的118.2%`) extends the scale: its end is marked.
                let end = [hi].into_iter().filter(|&h| h > 100.0);
                for p in [0.0, 50.0, 100.0].into_iter().chain(end) {
                    ticks.push(Tick {
                        x: x(p),
                        top: group_top,
                        bottom,
                        label: format!("{}%", crate::numbers::units::format_plain(p)),
                        zero: p == 0.0,
                    });
                }
                y += line;
            }
            ChartKind::Rank => {
                for p in 1..=positions {
                    ticks.push(Tick {
                        x: rank_x(p as f64),
                        top: group_top,
                        bottom,
                        label: rank_name(p),
                        zero: false,
                    });
                }
                y += line;
            }
            ChartKind::Target => {
                ticks.push(Tick {
                    x: x(0.0),
                    top: group_top,
                    bottom,
                    label: String::new(),
                    zero: true,
                });
                if max > 0.0 && group.bars.len() > 1 {
                    ticks.push(Tick {
                        x: x(max),
                        top: group_top,
                        bottom,
                        label: format_base_value(max, group.unit.as_deref()),
                        zero: false,
                    });
                    y += line;
                }
                y += gap;
            }
            _ => {}
        }
    }
    Layout {
        width,
        height: (y + pad).ceil(),
        font_px,
        stacked,
        rows,
        heads,
        ticks,
        bar_height: bar_h,
    }
}
