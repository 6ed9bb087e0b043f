//! Keeps the filter and the page URL in step (the URL contract is documented in the README and
//! in `report::view::url`).

use leptos::prelude::*;
use report::view::{self, Extras, Filter, SettingsOverrides};

use crate::hooks::after_paint;
use crate::state::Explorer;

/// Reads the current page URL's query string: filter (sanitized against the report), settings
/// overrides and extras. Outside a browser (native tests) everything is default.
pub fn read_url(report: &report::Report) -> (Filter, SettingsOverrides, Extras) {
    let search = window().location().search().unwrap_or_default();
    let (filter, settings, extras) = view::parse_query(&search);
    (filter.sanitize(report), settings, extras)
}

/// Pushes or replaces the history entry with `target` unless the URL already says `query`.
fn write_url(query: &str, target: &str, push: bool) {
    let current = window().location().search().unwrap_or_default();
    if current.trim_start_matches('?') == query {
        return;
    }
    let history = window().history().expect("history");
    let result = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(target))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(target))
    };
    if let Err(e) = result {
        leptos::logging::warn!("could not update the URL: {e:?}");
    }
}

/// Mirrors `explorer.filter` into the URL without reloading: typing in the search box replaces
/// the current history entry, every other change pushes a new one, so back and forward step
/// through filter changes. Back/forward (popstate) restore the filter. `extras` are kept in
/// every URL written.
///
/// ```ignore
/// let explorer = Explorer::expect();
/// use_url_state(explorer, extras);
/// ```
pub fn use_url_state(explorer: Explorer, extras: Extras) {
    let extras = StoredValue::new(extras);
    let last_written: StoredValue<Option<Filter>> = StoredValue::new(None);
    // A URL change waiting for the frame to end: (query, target, push).
    let pending: StoredValue<Option<(String, String, bool)>> = StoredValue::new(None);

    Effect::new(move |_| {
        let filter = explorer.filter.get();
        let previous = last_written.get_value();
        last_written.set_value(Some(filter.clone()));
        let Some(previous) = previous else {
            return; // first run: the URL already says this
        };
        let query =
            extras.with_value(|e| view::to_query(&filter, &SettingsOverrides::default(), e));
        let target = if query.is_empty() {
            window().location().pathname().unwrap_or_default()
        } else {
            format!("?{query}")
        };
        let typing_only = Filter {
            q: previous.q.clone(),
            ..filter.clone()
        } == previous;
        // Written after the frame that shows the change: the history API saves the scroll
        // position, which forces a layout of the page as the effects left it (mid-update), so
        // writing it at once would lay the page out twice per keystroke. Changes within one
        // frame coalesce into one entry (pushed if any of them would push).
        let first = pending.with_value(Option::is_none);
        pending.update_value(|p| {
            let push = !typing_only || p.as_ref().is_some_and(|(_, _, push)| *push);
            *p = Some((query, target, push));
        });
        if first {
            after_paint(move || {
                if let Some((query, target, push)) =
                    pending.try_update_value(Option::take).flatten()
                {
                    write_url(&query, &target, push);
                }
            });
        }
    });

    // Dropped with the owner, which removes the listener.
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        let l = gloo_events::EventListener::new(&window(), "popstate", move |_| {
            // The browser moved in history: a change not yet written must not overwrite it.
            pending.set_value(None);
            let report = explorer.data();
            let (filter, _, _) = read_url(&report.report);
            last_written.set_value(Some(filter.clone()));
            explorer.filter.set(filter);
        });
        listener.set_value(Some(l));
    });
}
