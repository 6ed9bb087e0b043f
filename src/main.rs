//! Mounts the explorer with the view the URL and stored settings ask for. Everything else lives
//! in the library (`src/lib.rs`).

use leptos::prelude::*;
use report_explorer::state::{Shown, Start, DEFAULT_REPORT_ID};
use report_explorer::{browser, hooks::Stages};
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    // The filter is sanitized by `App` against the report it shows (which `report=` may name).
    let search = window().location().search().unwrap_or_default();
    let (filter, overrides, extras) = report::view::parse_query(&search);
    let start = Start {
        filter,
        settings: browser::local_storage::load_settings().with(&overrides),
        extras,
        #[cfg(not(feature = "worker-parse"))]
        report: None,
    };
    // This task compiled and instantiated the wasm; the bundled report is parsed (or, built
    // with `worker-parse`, fetched parsed ahead) in the next few, and the app starts after them.
    // Without `worker-parse` only when it is the one shown (any other page parses it when it
    // falls back to it); with it always, as a page that cannot parse needs it ready for that.
    wasm_bindgen_futures::spawn_local(async move {
        let bundled_shown = start
            .extras
            .report
            .as_deref()
            .is_none_or(|r| r.is_empty() || r == DEFAULT_REPORT_ID);
        #[cfg(feature = "worker-parse")]
        {
            browser::yield_now().await;
            if let Err(why) = Shown::load_bundled().await {
                // The pre-rendered page stays, readable; boot.js says the app did not start.
                leptos::logging::error!("报告无法加载：{why}");
                return;
            }
        }
        if bundled_shown {
            #[cfg(not(feature = "worker-parse"))]
            {
                browser::yield_now().await;
                Shown::load_bundled().await;
            }
            // Its cards, search index and key figures in a task of their own.
            browser::yield_now().await;
            Shown::bundled().data();
        }
        browser::next_task(move || start_app(start));
    });
}

/// Builds the app off screen in stages, a task each (see `hooks::Stages`), while the page's
/// boot container (the pre-rendered default view, or the loading skeleton) stays on screen;
/// then moves the app into the page and removes the boot container in the same task, so no
/// frame shows both or neither. See ARCHITECTURE.md "First paint" for why it replaces rather
/// than hydrates.
fn start_app(start: Start) {
    let document = document();
    let Some(stage) = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let stages = Stages::new();
    leptos::mount::mount_to(stage.clone(), move || {
        provide_context(stages);
        view! { <report_explorer::App start=start/> }
    })
    .forget();
    stages.run(move || {
        let Some(body) = document.body() else {
            return;
        };
        // What the reader typed or opened on the pre-rendered page goes with them.
        let boot = document.get_element_by_id("boot");
        let carried = boot
            .as_ref()
            .map(browser::takeover::read)
            .unwrap_or_default();
        while let Some(node) = stage.first_child() {
            let _ = body.append_child(&node);
        }
        if let Some(boot) = boot {
            boot.remove();
        }
        browser::takeover::apply(&body, &carried);
        // Tests and embedding pages wait for this: until now the controls on screen were static
        // HTML.
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-app", "ready");
        }
    });
}
