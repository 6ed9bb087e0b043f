//! [`ReadingGuide`]: 阅读线, the band across the page that marks the line being read (on with
//! the 阅读线 setting; see [`use_reading_guide`]).

use leptos::prelude::*;

use crate::hooks::use_reading_guide;
use crate::state::Explorer;

/// The band, one for the page: hidden by the stylesheet unless `<html>` has `guide-on`, and
/// invisible to assistive technology and to the pointer.
#[component]
pub fn ReadingGuide() -> impl IntoView {
    let ex = Explorer::expect();
    let band = NodeRef::new();
    use_reading_guide(Signal::derive(move || ex.settings.with(|s| s.guide)), band);
    view! { <div class="guide-band" aria-hidden="true" node_ref=band></div> }
}
