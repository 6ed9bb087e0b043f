//! [`Deferred`]: a piece of the page built in a start-up stage of its own.

use leptos::prelude::*;

use crate::hooks::use_stages;

/// Its children, built in a task of their own during a staged start-up (see
/// [`crate::hooks::Stages`]), else at once (the app already on screen, component tests, the
/// pre-render).
///
/// ```ignore
/// view! { <Deferred><ChartsPanel/></Deferred> }
/// ```
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let Some(stages) = use_stages() else {
        return children().into_any();
    };
    let ready = RwSignal::new(false);
    if !stages.defer(move || ready.set(true)) {
        return children().into_any();
    }
    (move || ready.get().then(|| children())).into_any()
}
