//! [`use_device_pixel_ratio`]: `window.devicePixelRatio`, following zoom and moves between
//! screens.

use leptos::ev;
use leptos::prelude::*;

/// The device pixel ratio (`1.0` until mounted, and outside a browser). A zoom or a move to
/// another screen changes it and fires `resize`, which updates the signal; the listener goes
/// with the owner.
///
/// ```ignore
/// let dpr = use_device_pixel_ratio();
/// Effect::new(move |_| redraw(dpr.get()));
/// ```
pub fn use_device_pixel_ratio() -> ReadSignal<f64> {
    let (dpr, set_dpr) = signal(1.0f64);
    Effect::new(move |_| {
        let read = move || {
            let d = window().device_pixel_ratio();
            if dpr.get_untracked() != d {
                set_dpr.set(d);
            }
        };
        read();
        let resize = window_event_listener(ev::resize, move |_| read());
        on_cleanup(move || resize.remove());
    });
    dpr
}
