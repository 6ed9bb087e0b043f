//! Mounts the explorer. Everything else lives in the library (`src/lib.rs`).

fn main() {
    console_error_panic_hook::set_once();
    // The static loading skeleton from index.html gives way to the app.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(report_explorer::App);
}
