//! [`Theme`]: the page's colours and font as the canvas sees them.

use plotters::prelude::*;
use report::NumberKind;

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
        .map(|p| css_number(p).map(|v| v.round().clamp(0.0, 255.0) as u8));
    Some(RGBColor(it.next()??, it.next()??, it.next()??))
}

/// A number in computed CSS (`16px`, `0.5`) as the browser's `parseFloat` reads it; `None` when
/// it is not one.
fn css_number(s: &str) -> Option<f64> {
    let v = js_sys::Number::parse_float(s.trim());
    (!v.is_nan()).then_some(v)
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
        let size = css_number(&get("font-size")).unwrap_or(16.0);
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

    pub(crate) fn kind(&self, k: NumberKind) -> RGBColor {
        let i = NumberKind::ALL.iter().position(|x| *x == k).unwrap_or(4);
        self.kinds[i]
    }
}
