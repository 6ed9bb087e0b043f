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
    let document = leptos::prelude::document();
    // The app renders beside the page's boot container (the pre-rendered default view, or the
    // loading skeleton), then replaces it in the same task, so no frame shows both or neither.
    // See ARCHITECTURE.md "First paint" for why it replaces rather than hydrates.
    leptos::mount::mount_to_body(move || leptos::view! { <report_explorer::App start=start/> });
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    // Tests and embedding pages wait for this: until now the controls on screen were static HTML.
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
