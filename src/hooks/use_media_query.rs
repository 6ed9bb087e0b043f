//! [`use_media_query`]: whether a CSS media query matches, following changes.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether `query` matches (`false` until mounted, and outside a browser), updated on the
/// query's `change` event; the listener goes with the owner.
///
/// ```ignore
/// let dark = use_media_query("(prefers-color-scheme: dark)");
/// Effect::new(move |_| redraw(dark.get()));
/// ```
pub fn use_media_query(query: &'static str) -> ReadSignal<bool> {
    let (matches, set_matches) = signal(false);
    Effect::new(move |_| {
        let Some(mq) = window().match_media(query).ok().flatten() else {
            return;
        };
        if mq.matches() {
            set_matches.set(true);
        }
        let on_change = {
            let mq = mq.clone();
            Closure::<dyn FnMut()>::new(move || set_matches.set(mq.matches()))
        };
        let _ = mq.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let keep = SendWrapper::new((mq, on_change));
        on_cleanup(move || {
            let (mq, on_change) = keep.take();
            let _ = mq
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        });
    });
    matches
}
