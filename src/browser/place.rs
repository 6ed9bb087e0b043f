//! [`place_beside`]: puts a pop-up next to the element it belongs to, inside the screen.

use wasm_bindgen::JsCast;

/// Space kept between the pop-up and the screen's edges, and between it and its anchor (px).
const MARGIN: f64 = 8.0;
const GAP: f64 = 6.0;

/// A box in CSS pixels: `(left, top, width, height)`.
pub type Rect = (f64, f64, f64, f64);

/// Where a pop-up of `size` goes for an anchor at `anchor` (viewport coordinates) in a viewport
/// of `viewport` size: below the anchor, or above it when it fits there and not below; its left
/// edge at the anchor's, moved in so the whole pop-up is on screen. Returns the viewport
/// position of its top-left corner and whether it is above.
///
/// ```
/// use report_explorer::browser::place::position;
/// // Near the right edge of a 390 px phone: moved left to fit, below the number.
/// assert_eq!(position((350.0, 100.0, 30.0, 20.0), (300.0, 120.0), (390.0, 844.0)), (82.0, 126.0, false));
/// // Near the bottom: above the number.
/// assert_eq!(position((20.0, 780.0, 30.0, 20.0), (300.0, 120.0), (390.0, 844.0)), (20.0, 654.0, true));
/// ```
pub fn position(anchor: Rect, size: (f64, f64), viewport: (f64, f64)) -> (f64, f64, bool) {
    let (ax, ay, _, ah) = anchor;
    let (w, h) = size;
    let (vw, vh) = viewport;
    let left = ax.min(vw - w - MARGIN).max(MARGIN);
    let below = vh - (ay + ah) - GAP;
    let above = ay - GAP;
    let up = below < h + MARGIN && above >= h + MARGIN;
    let top = if up { ay - GAP - h } else { ay + ah + GAP };
    (left, top, up)
}

/// Moves `popup` (absolutely positioned against the page) beside `anchor` (see [`position`]),
/// through its style properties (CSSOM, which a CSP without inline styles allows), and marks
/// it `data-side="above"` or `"below"`. Does nothing outside a browser.
pub fn place_beside(anchor: &web_sys::Element, popup: &web_sys::Element) {
    let Some(popup) = popup.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let window = leptos::prelude::window();
    let Some(root) = leptos::prelude::document().document_element() else {
        return;
    };
    let r = anchor.get_bounding_client_rect();
    let size = (popup.offset_width() as f64, popup.offset_height() as f64);
    let viewport = (
        root.client_width() as f64,
        window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0),
    );
    let (left, top, up) = position((r.left(), r.top(), r.width(), r.height()), size, viewport);
    let (sx, sy) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    // Written only when it moves: each write may change the page's height, which may scroll
    // the page, which places it again; an unchanged box ends that chain.
    let style = popup.style();
    let (x, y) = (
        format!("{}px", (left + sx).round() as i64),
        format!("{}px", (top + sy).round() as i64),
    );
    if style.get_property_value("left").ok().as_deref() != Some(x.as_str()) {
        let _ = style.set_property("left", &x);
    }
    if style.get_property_value("top").ok().as_deref() != Some(y.as_str()) {
        let _ = style.set_property("top", &y);
    }
    let side = if up { "above" } else { "below" };
    if popup.get_attribute("data-side").as_deref() != Some(side) {
        let _ = popup.set_attribute("data-side", side);
    }
}
