//! Drawing the charts of [`report::charts`] on a `<canvas>` with plotters.
//!
//! - [`HiDpiCanvas`] wraps plotters-canvas's backend: the backing store is the CSS size times
//!   `devicePixelRatio` and the context is scaled to match, so plotters draws in CSS pixels and
//!   the result is sharp on every screen. It measures text with the context's `measureText`
//!   (plotters' own web measurement would insert a styled `<span>` into the page per label).
//! - [`Theme`] reads the colours and the font from the canvas's computed style (the theme's
//!   CSS variables), never from constants.
//! - [`draw`] lays a chart out ([`report::charts::layout`]) with that measurer and draws it.

mod draw;
mod theme;

pub use draw::draw;
pub use theme::{parse_color, Theme};

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
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
pub(crate) fn font_string(px: f64, family: &str) -> String {
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
