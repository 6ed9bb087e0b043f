//! [`use_reading_guide`]: 阅读线, a band across the page at the line being read: the pointer's
//! (a mouse, a pen, a finger on the screen) or, from the keyboard, the focused element's.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::after_paint;

/// While `on` is true, keeps `band` (a `position: fixed` element the width of the page, its
/// own height centred by the stylesheet) at the pointer's height, or at the middle of the
/// element the keyboard focuses. The listeners exist only while it is on, and go with the owner.
pub fn use_reading_guide(on: Signal<bool>, band: NodeRef<leptos::html::Div>) {
    let listeners = StoredValue::new_local(Vec::<gloo_events::EventListener>::new());
    let place = move |y: f64| {
        if let Some(el) = band.get_untracked() {
            let _ = web_sys::HtmlElement::style(&el)
                .set_property("transform", &format!("translateY({y:.0}px)"));
        }
    };
    Effect::new(move |_| {
        let on = on.get();
        listeners.update_value(|l| {
            l.clear();
            if !on {
                return;
            }
            let doc = document();
            // A pointer moved, or put down (a finger on a phone).
            for kind in ["pointermove", "pointerdown"] {
                l.push(gloo_events::EventListener::new(&doc, kind, move |ev| {
                    if let Some(p) = ev.dyn_ref::<web_sys::PointerEvent>() {
                        place(f64::from(p.client_y()));
                    }
                }));
            }
            l.push(gloo_events::EventListener::new(
                &doc,
                "focusin",
                move |ev| {
                    let focused = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    // Only a keyboard focus: a click already put the band where the pointer is.
                    if let Some(el) =
                        focused.filter(|e| e.matches(":focus-visible").unwrap_or(false))
                    {
                        // Measured after the frame: the browser scrolls a focused element into
                        // view after `focusin`.
                        after_paint(move || {
                            let r = el.get_bounding_client_rect();
                            place(r.top() + r.height() / 2.0);
                        });
                    }
                },
            ));
        });
    });
    on_cleanup(move || listeners.try_update_value(Vec::clear).unwrap_or(()));
}
