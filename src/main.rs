//! Mounts the explorer with the view the URL and stored settings ask for. Everything else lives
//! in the library (`src/lib.rs`).

use report_explorer::{app::Start, hooks};

fn main() {
    console_error_panic_hook::set_once();
    // The filter is sanitized by `App` against the report it shows (which `report=` may name).
    let search = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    let (filter, overrides, extras) = report::view::parse_query(&search);
    let start = Start {
        filter,
        settings: hooks::load_settings().with(&overrides),
        extras,
        report: None,
    };
    // The static loading skeleton from index.html gives way to the app.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(move || leptos::view! { <report_explorer::App start=start/> });
}
