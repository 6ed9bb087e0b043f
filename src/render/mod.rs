//! Rendering primitives the components share: [`Deferred`] (a piece of the page built in a
//! start-up stage of its own), [`Fresh`] (a view replaced rather than diffed) and
//! [`non_empty`] (text that renders as nothing when empty).

mod deferred;
mod fresh;

pub use deferred::Deferred;
pub use fresh::Fresh;

/// `text`, or nothing when it is empty. Leptos' server rendering writes an empty text node as a
/// space (so hydration can find it), which the pre-rendered page would show as extra line
/// height or an extra gap that the app then removes; a status line or an optional suffix that
/// is empty should render as nothing at all.
pub fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}
