//! [`draw`]: one chart laid out and painted: guide lines, group heads, and per row its label,
//! bar (or dot, or stacked segments) and value.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use report::charts::layout::{layout, Layout, Row, Tick};
use report::charts::{Bar, Chart, ChartKind};
use report::Direction;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::{context, font_string, measure, HiDpiCanvas, Theme};

/// Lays `chart` out at `css_w` CSS px and draws it on `canvas` at `dpr`. Returns the layout
/// (for hit-testing), or `None` when the canvas cannot draw.
pub fn draw(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
    css_w: f64,
    dpr: f64,
    theme: &Theme,
) -> Option<Layout> {
    let ctx = context(canvas)?;
    let font = font_string(theme.font_px, &theme.family);
    let measure_fn = |s: &str| measure(&ctx, &font, s);
    let lay = layout(chart, css_w.floor(), theme.font_px, &measure_fn);
    let backend = HiDpiCanvas::new(canvas, lay.width as u32, lay.height as u32, dpr)?;
    let painter = Painter {
        root: backend.into_drawing_area(),
        theme,
        ctx: &ctx,
        lay: &lay,
        small_px: (theme.font_px * 0.85).round(),
    };
    for t in &lay.ticks {
        painter.tick(t)?;
    }
    painter.heads()?;
    let bars: Vec<_> = chart.bars().collect();
    for row in &lay.rows {
        painter.row(chart.kind, bars[row.index], row)?;
    }
    painter.root.present().ok()?;
    Some(lay)
}

/// What every part of a chart is painted with.
struct Painter<'a> {
    root: DrawingArea<HiDpiCanvas, Shift>,
    theme: &'a Theme,
    ctx: &'a CanvasRenderingContext2d,
    lay: &'a Layout,
    /// The guide labels' font size.
    small_px: f64,
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

impl Painter<'_> {
    fn style<'s>(&'s self, size: f64, c: &'s RGBColor, pos: Pos) -> TextStyle<'s> {
        // A named family, not a `&str`: plotters reads a `&str` with `str::to_lowercase`, which
        // brings Unicode's whole case tables into the wasm to tell `serif` from a name.
        TextStyle::from((FontFamily::Name(self.theme.family.as_str()), size).into_font())
            .color(c)
            .pos(pos)
    }

    fn text(&self, text: &str, at: (f64, f64), style: TextStyle<'_>) -> Option<()> {
        self.root
            .draw(&Text::new(text.to_string(), (px(at.0), px(at.1)), style))
            .ok()
    }

    /// A guide line and its label.
    fn tick(&self, t: &Tick) -> Option<()> {
        let (theme, lay) = (self.theme, self.lay);
        let color = if t.zero { theme.muted } else { theme.grid };
        let bar_h = lay.bar_height;
        // Stacked (narrow) layouts: guide lines only across the bars, not through the labels
        // above them.
        let spans: Vec<(f64, f64)> = if lay.stacked {
            lay.rows
                .iter()
                .filter(|r| r.top >= t.top && r.top < t.bottom)
                .map(|r| (r.bar_mid - bar_h * 0.75, r.bar_mid + bar_h * 0.75))
                .collect()
        } else {
            vec![(t.top, t.bottom)]
        };
        for (y0, y1) in spans {
            self.root
                .draw(&PathElement::new(
                    vec![(px(t.x), px(y0)), (px(t.x), px(y1))],
                    Color::stroke_width(&color, 1),
                ))
                .ok()?;
        }
        if t.label.is_empty() {
            return Some(());
        }
        // Centred under its line, unless that would cut it at an edge.
        let font = font_string(self.small_px, &theme.family);
        let half = measure(self.ctx, &font, &t.label) / 2.0;
        let h = if t.x - half < 0.0 {
            HPos::Left
        } else if t.x + half > lay.width {
            HPos::Right
        } else {
            HPos::Center
        };
        let style = self.style(self.small_px, &theme.muted, Pos::new(h, VPos::Top));
        self.text(&t.label, (t.x, t.bottom + 2.0), style)
    }

    /// The group heads (the targets chart's unit families).
    fn heads(&self) -> Option<()> {
        let lay = self.lay;
        let x = lay.rows.first().map_or(4.0, |r| r.x0.min(r.label_x));
        for h in &lay.heads {
            let style = self.style(
                self.theme.font_px,
                &self.theme.muted,
                Pos::new(HPos::Left, VPos::Center),
            );
            self.text(&h.text, (x, h.top + lay.font_px * 0.7), style)?;
        }
        Some(())
    }

    /// One row: its label, its mark (bar, dot or segments) and its value.
    fn row(&self, kind: ChartKind, bar: &Bar, row: &Row) -> Option<()> {
        let theme = self.theme;
        let fpx = theme.font_px;
        let h = if row.label_end {
            HPos::Right
        } else {
            HPos::Left
        };
        let style = self.style(fpx, &theme.fg, Pos::new(h, VPos::Center));
        self.text(&row.label, (row.label_x, row.label_mid), style)?;
        let value_color = match (kind, bar.direction) {
            (ChartKind::Growth, Some(Direction::Down)) => theme.down,
            (ChartKind::Growth, _) => theme.up,
            _ => theme.fg,
        };
        self.mark(kind, row, value_color)?;
        let value_x = match (kind, row.dot) {
            (ChartKind::Rank, None) => row.x0,
            _ => row.value_x,
        };
        let h = if row.value_end {
            HPos::Right
        } else {
            HPos::Left
        };
        let style = self.style(fpx, &value_color, Pos::new(h, VPos::Center));
        self.text(&bar.value_text, (value_x, row.bar_mid), style)
    }

    /// A row's mark: stacked segments (overview), a dot (rank; none when the rank has no
    /// position), else a bar in the value's colour (growth) or the accent.
    fn mark(&self, kind: ChartKind, row: &Row, value_color: RGBColor) -> Option<()> {
        let theme = self.theme;
        let bar_h = self.lay.bar_height;
        let (top, bottom) = (px(row.bar_mid - bar_h / 2.0), px(row.bar_mid + bar_h / 2.0));
        match kind {
            ChartKind::Overview => {
                for (k, x0, x1) in &row.segments {
                    self.root
                        .draw(&Rectangle::new(
                            [(px(*x0), top), (px(*x1).max(px(*x0) + 1), bottom)],
                            theme.kind(*k).filled(),
                        ))
                        .ok()?;
                }
                Some(())
            }
            // A rank without a position (前列) has no place on the scale: its words only, not a
            // dot where 第一 would be.
            ChartKind::Rank => match row.dot {
                Some(x) => {
                    let r = (bar_h / 2.0).round() as i32;
                    let dot = Circle::new((px(x), px(row.bar_mid)), r, theme.accent.filled());
                    self.root.draw(&dot).ok()
                }
                None => Some(()),
            },
            _ => {
                let fill = if kind == ChartKind::Growth {
                    value_color
                } else {
                    theme.accent
                };
                self.root
                    .draw(&Rectangle::new(
                        [(px(row.x0), top), (px(row.x1).max(px(row.x0) + 1), bottom)],
                        fill.filled(),
                    ))
                    .ok()
            }
        }
    }
}
