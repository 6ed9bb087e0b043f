//! Where everything of a chart goes, in CSS pixels, from measured text: the label area is as
//! wide as the widest label (at most 40% of the width; longer labels are shortened with `…`),
//! the value area as wide as the widest value, rows as tall as the font needs. Pure: the caller
//! passes a text measurer (the canvas's `measureText` in the app, a fixed width per char in
//! tests), so the same layout draws the canvas and hit-tests the pointer.

use super::{Bar, Chart, ChartKind, Group};
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

/// The most bars a chart draws. A report's chart has tens; a text dense with figures could ask
/// for thousands, a canvas taller than browsers allow and seconds of drawing. The rest are in
/// the chart's data table (the figure says so: [`omitted`]).
pub const MAX_ROWS: usize = 100;

/// How many of `chart`'s bars are not drawn (see [`MAX_ROWS`]).
///
/// ```
/// # use report::charts::{build, layout::omitted, ChartKind};
/// let text = format!("某区报告\n一、工作回顾\n{}。\n", (1..=150).map(|i| format!("指标{i}增长{i}%")).collect::<Vec<_>>().join("，"));
/// let report = report::parse(&text).unwrap();
/// let cards = report::view::cards(&report);
/// let charts = build(&report, &cards, 0..cards.len());
/// assert_eq!(omitted(charts.get(ChartKind::Growth)), 50);
/// ```
pub fn omitted(chart: &Chart) -> usize {
    chart.len().saturating_sub(MAX_ROWS)
}

/// Places `chart` in `width` CSS px with text `font_px` tall, measuring with `measure` (the
/// width of a string at that size); only its first [`MAX_ROWS`] bars.
pub fn layout(chart: &Chart, width: f64, font_px: f64, measure: &dyn Fn(&str) -> f64) -> Layout {
    let m = Metrics::new(chart, width, font_px, measure);
    let mut rows = Vec::new();
    let mut heads = Vec::new();
    let mut ticks = Vec::new();
    let mut y = m.pad;
    let mut index = 0;
    for group in &chart.groups {
        if index >= MAX_ROWS {
            break;
        }
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
            y += m.line;
        }
        let group_top = y;
        let scale = Scale::new(chart.kind, group, &m);
        for bar in group.bars.iter().take(MAX_ROWS - index) {
            rows.push(row(chart.kind, bar, index, y, &m, &scale, measure));
            y += m.row_h;
            index += 1;
        }
        let bottom = y;
        group_ticks(
            chart.kind,
            group,
            &m,
            &scale,
            (group_top, bottom),
            &mut y,
            &mut ticks,
        );
    }
    Layout {
        width: m.width,
        height: (y + m.pad).ceil(),
        font_px,
        stacked: m.stacked,
        rows,
        heads,
        ticks,
        bar_height: m.bar_h,
    }
}

/// The sizes a chart is placed with: from the font, the width and the widest texts.
struct Metrics {
    font_px: f64,
    pad: f64,
    gap: f64,
    /// A row's height (with the label's own line when stacked).
    row_h: f64,
    bar_h: f64,
    /// The width, at least 160 px.
    width: f64,
    /// Whether each label sits on its own line above its bar.
    stacked: bool,
    /// The label area's width.
    label_w: f64,
    /// Where labels end (or start, when stacked).
    label_end: f64,
    /// Where the bars' area starts and ends.
    a: f64,
    b_end: f64,
    /// A line of text under a group (its ticks' labels) or of a group heading.
    line: f64,
}

impl Metrics {
    fn new(chart: &Chart, width: f64, font_px: f64, measure: &dyn Fn(&str) -> f64) -> Metrics {
        let pad = (font_px * 0.5).round();
        let gap = (font_px * 0.5).round();
        let row_h = (font_px * 2.0).round().max(24.0);
        let bar_h = (font_px * 1.1).round();
        let width = width.max(160.0);

        let bars: Vec<_> = chart.bars().take(MAX_ROWS).collect();
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
        let value_w = |pred: &dyn Fn(&Bar) -> bool| {
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
        Metrics {
            font_px,
            pad,
            gap,
            row_h,
            bar_h,
            width,
            stacked,
            label_w,
            label_end,
            a,
            b_end,
            line: font_px * 1.4,
        }
    }
}

/// One group's scale: where a value (or a rank's position) goes.
struct Scale {
    /// The values at the bars' area's start and end.
    lo: f64,
    hi: f64,
    /// The largest absolute value of the group.
    max: f64,
    /// The rank positions shown (排名).
    positions: usize,
    a: f64,
    b_end: f64,
}

impl Scale {
    fn new(kind: ChartKind, group: &Group, m: &Metrics) -> Scale {
        let max = group.max_abs();
        let (lo, hi) = match kind {
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
        let positions = group
            .bars
            .iter()
            .filter_map(|b| b.value)
            .fold(3.0, f64::max)
            .min(20.0) as usize;
        Scale {
            lo,
            hi,
            max,
            positions,
            a: m.a,
            b_end: m.b_end,
        }
    }

    /// The x of value `v`.
    fn x(&self, v: f64) -> f64 {
        let span = if self.hi > self.lo {
            self.hi - self.lo
        } else {
            1.0
        };
        self.a + (v - self.lo) / span * (self.b_end - self.a)
    }

    /// The x of rank position `p`.
    fn rank_x(&self, p: f64) -> f64 {
        self.a + (p - 0.5) / self.positions as f64 * (self.b_end - self.a)
    }
}

/// The row of `bar` (the `index`th in display order) at `y`.
fn row(
    kind: ChartKind,
    bar: &Bar,
    index: usize,
    y: f64,
    m: &Metrics,
    scale: &Scale,
    measure: &dyn Fn(&str) -> f64,
) -> Row {
    let (font_px, gap, a) = (m.font_px, m.gap, m.a);
    let (label, shortened) = shorten(&bar.label, m.label_w, measure);
    let mut row = Row {
        index,
        label,
        shortened,
        label_x: m.label_end,
        label_end: !m.stacked,
        label_mid: if m.stacked {
            y + font_px * 0.75
        } else {
            y + m.row_h / 2.0
        },
        bar_mid: if m.stacked {
            y + m.row_h - (font_px * 2.0).round().max(24.0) / 2.0
        } else {
            y + m.row_h / 2.0
        },
        top: y,
        height: m.row_h,
        x0: scale.x(0.0),
        x1: scale.x(0.0),
        segments: Vec::new(),
        dot: None,
        value_x: 0.0,
        value_end: false,
    };
    match kind {
        ChartKind::Rank => {
            row.dot = bar
                .value
                .map(|v| scale.rank_x(v.clamp(1.0, scale.positions as f64)));
            row.x0 = a;
            row.x1 = a;
            row.value_x = row.dot.map_or(a, |d| d + m.bar_h / 2.0 + gap);
        }
        ChartKind::Overview => {
            let mut at = 0.0;
            for (k, n) in &bar.stack {
                let from = scale.x(at);
                at += *n as f64;
                row.segments.push((*k, from, scale.x(at)));
            }
            row.x1 = scale.x(at);
            row.value_x = row.x1 + gap;
        }
        _ => {
            let v = bar.value.unwrap_or(0.0).min(scale.hi);
            if v < 0.0 {
                row.x0 = scale.x(v);
                row.value_x = row.x0 - gap;
                row.value_end = true;
            } else {
                row.x1 = scale.x(v);
                row.value_x = row.x1 + gap;
            }
        }
    }
    row
}

/// The guide lines of a group whose rows span `(top, bottom)`; `y` moves past their labels.
fn group_ticks(
    kind: ChartKind,
    group: &Group,
    m: &Metrics,
    scale: &Scale,
    (top, bottom): (f64, f64),
    y: &mut f64,
    ticks: &mut Vec<Tick>,
) {
    let tick = |x: f64, label: String, zero: bool| Tick {
        x,
        top,
        bottom,
        label,
        zero,
    };
    match kind {
        ChartKind::Growth if scale.lo < 0.0 => ticks.push(tick(scale.x(0.0), String::new(), true)),
        ChartKind::Rate => {
            // A share over 100% (`完成年计划的118.2%`) extends the scale: its end is marked.
            let end = [scale.hi].into_iter().filter(|&h| h > 100.0);
            for p in [0.0, 50.0, 100.0].into_iter().chain(end) {
                let label = format!("{}%", crate::numbers::units::format_plain(p));
                ticks.push(tick(scale.x(p), label, p == 0.0));
            }
            *y += m.line;
        }
        ChartKind::Rank => {
            for p in 1..=scale.positions {
                ticks.push(tick(scale.rank_x(p as f64), rank_name(p), false));
            }
            *y += m.line;
        }
        ChartKind::Target | ChartKind::Series => {
            ticks.push(tick(scale.x(0.0), String::new(), true));
            if scale.max > 0.0 && group.bars.len() > 1 {
                let label = format_base_value(scale.max, group.unit.as_deref());
                ticks.push(tick(scale.x(scale.max), label, false));
                *y += m.line;
            }
            *y += m.gap;
        }
        _ => {}
    }
}
