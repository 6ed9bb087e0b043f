//! [`use_dismiss`]: closes a pop-up when the reader presses Escape or taps outside it, and
//! keeps it beside what it belongs to while the page scrolls or the window changes size.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How a pop-up was dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dismiss {
    /// Escape, anywhere on the page: focus goes back to what opened the pop-up.
    Escape,
    /// A tap or click outside the pop-up and outside `keep`: focus goes where the tap put it.
    Outside,
}

/// While `open()` is true (reactive), calls `on_dismiss` on Escape and on a pointer press whose
/// target is not inside an element matching `keep` (the pop-up, and what toggles it, which
/// handles its own clicks), and `on_move` when the page scrolls or the window changes size. The
/// listeners live only while open (in the browser only).
///
/// ```ignore
/// use_dismiss(move || open.get().is_some(), ".num-popover, button.num",
///     move |how| close(how == Dismiss::Escape), move || place());
/// ```
pub fn use_dismiss(
    open: impl Fn() -> bool + 'static,
    keep: &'static str,
    on_dismiss: impl Fn(Dismiss) + Clone + 'static,
    on_move: impl Fn() + Clone + 'static,
) {
    let listeners = StoredValue::new_local(Vec::<gloo_events::EventListener>::new());
    Effect::new(move |_| {
        if !open() {
            listeners.set_value(Vec::new());
            return;
        }
        let win = window();
        let mut all: Vec<gloo_events::EventListener> = ["resize", "scroll"]
            .into_iter()
            .map(|ev| {
                let on_move = on_move.clone();
                gloo_events::EventListener::new(&win, ev, move |_| on_move())
            })
            .collect();
        let doc = document();
        let outside = on_dismiss.clone();
        let press = gloo_events::EventListener::new(&doc, "pointerdown", move |ev| {
            let inside = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.closest(keep).ok().flatten().is_some());
            if !inside {
                outside(Dismiss::Outside);
            }
        });
        let escape = on_dismiss.clone();
        let key = gloo_events::EventListener::new(&doc, "keydown", move |ev| {
            if ev
                .dyn_ref::<web_sys::KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape")
            {
                escape(Dismiss::Escape);
            }
        });
        all.extend([press, key]);
        listeners.set_value(all);
    });
}
