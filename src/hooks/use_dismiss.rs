//! [`use_dismiss`]: closes a pop-up when the reader presses Escape or taps outside it.

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

/// While `open` is true, calls `on_dismiss` on Escape and on a pointer press whose target is
/// not inside an element matching `keep` (the pop-up, and what toggles it, which handles its
/// own clicks). The listeners live only while open (in the browser only).
///
/// ```ignore
/// use_dismiss(Signal::derive(move || open.get().is_some()), ".num-popover, button.num",
///     move |how| close(how == Dismiss::Escape));
/// ```
pub fn use_dismiss(
    open: Signal<bool>,
    keep: &'static str,
    on_dismiss: impl Fn(Dismiss) + Clone + 'static,
) {
    let listeners = StoredValue::new_local(Vec::<gloo_events::EventListener>::new());
    Effect::new(move |_| {
        if !open.get() {
            listeners.set_value(Vec::new());
            return;
        }
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
        listeners.set_value(vec![press, key]);
    });
}
