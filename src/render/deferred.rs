//! [`Deferred`]: a piece of the page built in a start-up stage of its own.

use std::sync::Arc;

use leptos::prelude::*;

use super::Fresh;
use crate::hooks::use_stages;

/// Its children, built in a task of their own during a staged start-up (see
/// [`crate::hooks::Stages`]), else at once (the app already on screen, component tests, the
/// pre-render).
///
/// The children are built once and never diffed ([`Fresh`]).
///
/// ```ignore
/// view! { <Deferred><ChartsPanel/></Deferred> }
/// ```
#[component]
pub fn Deferred<C>(children: TypedChildrenFn<C>) -> impl IntoView
where
    C: IntoView + 'static,
{
    let children = children.into_inner();
    staged(Arc::new(move || Fresh(children()).into_any()))
}

/// [`Deferred`] past the one generic step, so its body is compiled once, not per child type.
fn staged(children: Arc<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    let Some(stages) = use_stages() else {
        return children();
    };
    let ready = RwSignal::new(false);
    if !stages.defer(move || ready.set(true)) {
        return children();
    }
    (move || ready.get().then(|| children())).into_any()
}
