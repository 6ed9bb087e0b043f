//! Scrolling and focus that respect the reader: smooth only when motion is welcome, and focus
//! that never scrolls by itself.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Scrolls `el` to the top of the view: smoothly, unless the reader prefers reduced motion.
pub fn bring_into_view(el: &web_sys::Element) {
    let reduced = window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_behavior(if reduced {
        web_sys::ScrollBehavior::Auto
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    opts.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Focuses `el` without scrolling anything (a mark in a folded card must not scroll its text;
/// a heading being scrolled to smoothly must not jump there).
pub fn focus_without_scrolling(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}
