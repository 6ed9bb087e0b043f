//! Drawing the charts of [`report::charts`] on a `<canvas>` with plotters.
//!
//! - [`HiDpiCanvas`] wraps plotters-canvas's backend: the backing store is the CSS size times
//!   `devicePixelRatio` and the context is scaled to match, so plotters draws in CSS pixels and
//!   the result is sharp on every screen. It measures text with the context's `measureText`
//!   (plotters' own web measurement would insert a styled `<span>` into the page per label).
//! - [`Theme`] reads the colours and the font from the canvas's computed style (the theme's
//!   CSS variables), never from constants.
//! - [`draw`] lays a chart out ([`report::charts::layout`]) with that measurer and draws it.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use report::charts::layout::{layout, Layout};
use report::charts::{Chart, ChartKind};
use report::{Direction, NumberKind};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type CanvasErr = <CanvasBackend as DrawingBackend>::ErrorType;

/// plotters-canvas's backend at CSS size on a backing store of CSS size × DPR.
pub struct HiDpiCanvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    size: (u32, u32),
}

impl HiDpiCanvas {
    /// Sizes `canvas` to `css_w`×`css_h` CSS px at `dpr` (backing store and style), clears it
    /// and scales its context. `None` when the canvas has no 2D context.
    pub fn new(canvas: &HtmlCanvasElement, css_w: u32, css_h: u32, dpr: f64) -> Option<Self> {
        let dpr = if dpr.is_finite() && dpr > 0.0 {
            dpr
        } else {
            1.0
        };
        canvas.set_width((f64::from(css_w) * dpr).round() as u32);
        canvas.set_height((f64::from(css_h) * dpr).round() as u32);
        let style = canvas.unchecked_ref::<web_sys::HtmlElement>().style();
        let _ = style.set_property("width", &format!("{css_w}px"));
        let _ = style.set_property("height", &format!("{css_h}px"));
        let ctx = context(canvas)?;
        ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0).ok()?;
        ctx.clear_rect(0.0, 0.0, f64::from(css_w), f64::from(css_h));
        Some(HiDpiCanvas {
            inner: CanvasBackend::with_canvas_object(canvas.clone())?,
            ctx,
            size: (css_w, css_h),
        })
    }
}

/// The canvas's 2D context.
pub fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// The CSS `font` shorthand for a size and family.
fn font_string(px: f64, family: &str) -> String {
    format!("{px}px {family}")
}

/// Text width in CSS px with the context's current transform ignored (measureText reports
/// untransformed widths).
pub fn measure(ctx: &CanvasRenderingContext2d, font: &str, text: &str) -> f64 {
    ctx.set_font(font);
    ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0)
}

impl DrawingBackend for HiDpiCanvas {
    type ErrorType = CanvasErr;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasErr>> {
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasErr>> {
        let font = format!(
            "{} {}",
            style.style().as_str(),
            font_string(style.size(), style.family().as_str())
        );
        let w = measure(&self.ctx, &font, text);
        Ok((w.ceil() as u32, style.size().ceil() as u32))
    }
}

/// Colours and font of the page's current theme, read from the canvas's computed style.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// `--fg`.
    pub fg: RGBColor,
    /// `--muted`.
    pub muted: RGBColor,
    /// `--card-border`.
    pub grid: RGBColor,
    /// `--up`: rises (red, as Chinese readers expect).
    pub up: RGBColor,
    /// `--down`: falls (green).
    pub down: RGBColor,
    /// `--accent`: plain bars.
    pub accent: RGBColor,
    /// `--chart-growth` … `--chart-amount`: 总览's stacked kinds, in [`NumberKind::ALL`] order.
    pub kinds: [RGBColor; 5],
    /// The page font's family list.
    pub family: String,
    /// Chart text size in CSS px (a little below the canvas's font size).
    pub font_px: f64,
}

/// Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` and `rgba(r, g, b, a)` (alpha ignored).
pub fn parse_color(s: &str) -> Option<RGBColor> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix('#') {
        let h = |i: usize, n: usize| u8::from_str_radix(hex.get(i..i + n)?, 16).ok();
        return match hex.len() {
            3 => Some(RGBColor(h(0, 1)? * 17, h(1, 1)? * 17, h(2, 1)? * 17)),
            6 | 8 => Some(RGBColor(h(0, 2)?, h(2, 2)?, h(4, 2)?)),
            _ => None,
        };
    }
    let inner = s
        .strip_prefix("rgba(")
        .or_else(|| s.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let mut it = inner
        .split(&[',', ' ', '/'][..])
        .filter(|p| !p.is_empty())
        .map(|p| {
            report::numbers::units::parse_decimal(p.trim())
                .map(|v| v.round().clamp(0.0, 255.0) as u8)
        });
    Some(RGBColor(it.next()??, it.next()??, it.next()??))
}

impl Theme {
    /// Reads the theme from `el`'s computed style.
    pub fn read(el: &web_sys::Element) -> Theme {
        let style = web_sys::window().and_then(|w| w.get_computed_style(el).ok().flatten());
        let get = |name: &str| {
            style
                .as_ref()
                .and_then(|s| s.get_property_value(name).ok())
                .unwrap_or_default()
        };
        let fg = parse_color(&get("--fg"))
            .or_else(|| parse_color(&get("color")))
            .unwrap_or(RGBColor(26, 26, 26));
        let color = |name: &str| parse_color(&get(name)).unwrap_or(fg);
        let size = report::numbers::units::parse_decimal(get("font-size").trim_end_matches("px"))
            .unwrap_or(16.0);
        let family = get("font-family");
        Theme {
            fg,
            muted: color("--muted"),
            grid: color("--card-border"),
            up: color("--up"),
            down: color("--down"),
            accent: color("--accent"),
            kinds: [
                color("--chart-growth"),
                color("--chart-rate"),
                color("--chart-rank"),
                color("--chart-target"),
                color("--chart-amount"),
            ],
            family: if family.trim().is_empty() {
                "sans-serif".to_string()
            } else {
                family
            },
            font_px: (size * 0.875).round().max(12.0),
        }
    }

    fn kind(&self, k: NumberKind) -> RGBColor {
        let i = NumberKind::ALL.iter().position(|x| *x == k).unwrap_or(4);
        self.kinds[i]
    }
}

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
    let root = backend.into_drawing_area();
    let px = |v: f64| v.round() as i32;
    let family = theme.family.as_str();
    fn style<'a>(family: &'a str, px: f64, c: &'a RGBColor, pos: Pos) -> TextStyle<'a> {
        TextStyle::from((family, px).into_font()).color(c).pos(pos)
    }
    let fpx = theme.font_px;
    let small_px = (theme.font_px * 0.85).round();
    let bar_h = lay.bar_height;
    // Guide lines and their labels.
    for t in &lay.ticks {
        let color = if t.zero { theme.muted } else { theme.grid };
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
            root.draw(&PathElement::new(
                vec![(px(t.x), px(y0)), (px(t.x), px(y1))],
                Color::stroke_width(&color, 1),
            ))
            .ok()?;
        }
        if !t.label.is_empty() {
            // Centred under its line, unless that would cut it at an edge.
            let half = measure(&ctx, &font_string(small_px, family), &t.label) / 2.0;
            let h = if t.x - half < 0.0 {
                HPos::Left
            } else if t.x + half > lay.width {
                HPos::Right
            } else {
                HPos::Center
            };
            root.draw(&Text::new(
                t.label.clone(),
                (px(t.x), px(t.bottom + 2.0)),
                style(family, small_px, &theme.muted, Pos::new(h, VPos::Top)),
            ))
            .ok()?;
        }
    }
    for h in &lay.heads {
        root.draw(&Text::new(
            h.text.clone(),
            (
                px(lay.rows.first().map_or(4.0, |r| r.x0.min(r.label_x))),
                px(h.top + lay.font_px * 0.7),
            ),
            style(
                family,
                fpx,
                &theme.muted,
                Pos::new(HPos::Left, VPos::Center),
            ),
        ))
        .ok()?;
    }
    let bars: Vec<_> = chart.bars().collect();
    for row in &lay.rows {
        let bar = bars[row.index];
        let (top, bottom) = (px(row.bar_mid - bar_h / 2.0), px(row.bar_mid + bar_h / 2.0));
        let h = if row.label_end {
            HPos::Right
        } else {
            HPos::Left
        };
        root.draw(&Text::new(
            row.label.clone(),
            (px(row.label_x), px(row.label_mid)),
            style(family, fpx, &theme.fg, Pos::new(h, VPos::Center)),
        ))
        .ok()?;
        let value_color = match chart.kind {
            ChartKind::Growth => match bar.direction {
                Some(Direction::Down) => theme.down,
                _ => theme.up,
            },
            _ => theme.fg,
        };
        match chart.kind {
            ChartKind::Overview => {
                for (k, x0, x1) in &row.segments {
                    root.draw(&Rectangle::new(
                        [(px(*x0), top), (px(*x1).max(px(*x0) + 1), bottom)],
                        theme.kind(*k).filled(),
                    ))
                    .ok()?;
                }
            }
            ChartKind::Rank => {
                let r = (bar_h / 2.0).round() as i32;
                match row.dot {
                    Some(x) => root
                        .draw(&Circle::new(
                            (px(x), px(row.bar_mid)),
                            r,
                            theme.accent.filled(),
                        ))
                        .ok()?,
                    None => root
                        .draw(&Circle::new(
                            (px(row.x0) + r, px(row.bar_mid)),
                            r,
                            Color::stroke_width(&theme.accent, 2),
                        ))
                        .ok()?,
                }
            }
            _ => {
                let fill = match chart.kind {
                    ChartKind::Growth => value_color,
                    _ => theme.accent,
                };
                root.draw(&Rectangle::new(
                    [(px(row.x0), top), (px(row.x1).max(px(row.x0) + 1), bottom)],
                    fill.filled(),
                ))
                .ok()?;
            }
        }
        let value_x = match (chart.kind, row.dot) {
            (ChartKind::Rank, None) => row.x0 + bar_h + lay.font_px * 0.5,
            _ => row.value_x,
        };
        let h = if row.value_end {
            HPos::Right
        } else {
            HPos::Left
        };
        root.draw(&Text::new(
            bar.value_text.clone(),
            (px(value_x), px(row.bar_mid)),
            style(family, fpx, &value_color, Pos::new(h, VPos::Center)),
        ))
        .ok()?;
    }
    root.present().ok()?;
    Some(lay)
}
