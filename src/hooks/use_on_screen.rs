//! [`use_on_screen`]: whether an element is in the viewport, from an `IntersectionObserver`.
//!
//! A few lines of `web-sys` rather than leptos-use's `use_element_visibility`: one observer is
//! all the app needs, and it adds no dependency to the bundle.

use leptos::html::ElementType;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether any part of `target` is in the viewport. `true` until the observer's first report
/// (a browser without `IntersectionObserver` keeps it `true`), so nothing waits on a guess.
///
/// ```ignore
/// let list = NodeRef::<Div>::new();
/// let on_screen = use_on_screen(list);
/// view! { <div node_ref=list>{move || on_screen.get().then_some("在屏幕上")}</div> }
/// ```
pub fn use_on_screen<E>(target: NodeRef<E>) -> ReadSignal<bool>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let (on_screen, set_on_screen) = signal(true);
    Effect::new(move |_| {
        let Some(el) = target.get() else {
            return;
        };
        let el: web_sys::Element = el.unchecked_into();
        let report = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The last entry is the newest state of the one element observed.
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                let now = entry.is_intersecting();
                if on_screen.get_untracked() != now {
                    set_on_screen.set(now);
                }
            }
        });
        let Ok(observer) = web_sys::IntersectionObserver::new(report.as_ref().unchecked_ref())
        else {
            return;
        };
        observer.observe(&el);
        let keep = SendWrapper::new((observer, report));
        on_cleanup(move || {
            let (observer, _report) = keep.take();
            observer.disconnect();
        });
    });
    on_screen
}
