//! [`use_element_width`]: an element's width in CSS px, from a `ResizeObserver`.

use leptos::html::ElementType;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::after_paint;

/// The width (`clientWidth`) of the element `target` refers to, once mounted; `0.0` until the
/// browser has laid it out. The observer's first callback (after the browser's next layout)
/// gives the first width: measuring at mount would force a layout of the page in the middle of
/// start-up. Where `ResizeObserver` is missing, the width is read once after the first paint.
/// The observer is disconnected with the owner.
///
/// ```ignore
/// let wrap = NodeRef::<Div>::new();
/// let width = use_element_width(wrap);
/// view! { <div node_ref=wrap>{move || format!("{} px", width.get())}</div> }
/// ```
pub fn use_element_width<E>(target: NodeRef<E>) -> ReadSignal<f64>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let (width, set_width) = signal(0.0f64);
    Effect::new(move |_| {
        let Some(el) = target.get() else {
            return;
        };
        let el: web_sys::Element = el.unchecked_into();
        let measure = {
            let el = el.clone();
            move || {
                let w = f64::from(el.client_width());
                if w > 0.0 && width.get_untracked() != w {
                    set_width.set(w);
                }
            }
        };
        let on_resize = Closure::<dyn FnMut()>::new(measure.clone());
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        match &observer {
            Some(o) => o.observe(&el),
            None => after_paint(measure),
        }
        let keep = SendWrapper::new((observer, on_resize));
        on_cleanup(move || {
            if let (Some(o), _) = keep.take() {
                o.disconnect();
            }
        });
    });
    width
}
