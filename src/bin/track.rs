//! Mounts the tracking page (`track/`) with the view the URL and stored settings ask for.
//! Everything else lives in the library (`src/tracking.rs`).

use leptos::prelude::*;
use report_explorer::browser;
use report_explorer::tracking::{TrackApp, TrackStart};

fn main() {
    console_error_panic_hook::set_once();
    let search = window().location().search().unwrap_or_default();
    let (_, overrides, extras) = report::view::parse_query(&search);
    let start = TrackStart {
        settings: browser::local_storage::load_settings().with(&overrides),
        extras,
        query: report::view::tracking::parse_track_query(&search),
    };
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(move || view! { <TrackApp start=start/> });
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
