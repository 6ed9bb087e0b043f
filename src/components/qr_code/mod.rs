//! [`qr_svg`]: a QR code drawn as SVG nodes, and the module grid the share image paints.

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

use crate::render::Fresh;

/// The QR code of `text` as `(width, dark modules row by row)`; `None` when too long to encode.
pub fn qr_modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some((width, dark))
}

/// An SVG path drawing the dark modules, one horizontal run per subpath (`M3,0h2v1h-2z`).
pub fn qr_path(width: usize, dark: &[bool]) -> String {
    let mut d = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if dark[y * width + x] {
                let start = x;
                while x < width && dark[y * width + x] {
                    x += 1;
                }
                d.push_str(&format!("M{start},{y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    d
}

/// A QR code of `text` (a link) as `<svg>` nodes (a white square and one path), never as markup
/// text; nothing while `text` is empty. `label` is its accessible name. A view function, not a
/// `#[component]`: the print view is its one user.
pub fn qr_svg(text: Signal<String>, label: &'static str) -> impl IntoView {
    move || {
        let t = text.get();
        if t.is_empty() {
            return None;
        }
        let (width, dark) = qr_modules(&t)?;
        let size = width + 8;
        Some(Fresh(view! {
            <svg class="qr" viewBox=format!("-4 -4 {size} {size}") role="img" aria-label=label
                shape-rendering="crispEdges">
                <rect x="-4" y="-4" width=size.to_string() height=size.to_string() fill="#fff"/>
                <path d=qr_path(width, &dark) fill="#000"/>
            </svg>
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_runs_cover_every_dark_module() {
        let (w, dark) = qr_modules("https://example.gov.cn/r/?report=a&q=%E5%85%BB").unwrap();
        assert!(w >= 21);
        let d = qr_path(w, &dark);
        let covered: usize = d
            .split('M')
            .skip(1)
            .map(|s| {
                let run = s.split_once('h').unwrap().1;
                run.split('v').next().unwrap().parse::<usize>().unwrap()
            })
            .sum();
        assert_eq!(covered, dark.iter().filter(|&&b| b).count());
    }
}
