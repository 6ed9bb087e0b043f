//! The page URL and the session history (`history.pushState`), without reloading.

use leptos::prelude::*;

/// The current query string, with its `?` (empty when there is none, or outside a browser).
pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// Shows `?query` (or the bare path when `query` is empty) in the address bar: a new history
/// entry when `push`, else replacing the current one. Nothing happens when the URL already says
/// `query`.
pub fn write_query(query: &str, push: bool) {
    if search().trim_start_matches('?') == query {
        return;
    }
    let target = if query.is_empty() {
        window().location().pathname().unwrap_or_default()
    } else {
        format!("?{query}")
    };
    let Ok(history) = window().history() else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    let result = if push {
        history.push_state_with_url(&null, "", Some(&target))
    } else {
        history.replace_state_with_url(&null, "", Some(&target))
    };
    if let Err(e) = result {
        leptos::logging::warn!("could not update the URL: {e:?}");
    }
}

/// The marker in `history.state` of an overlay's entry (see `UrlState::open_overlay`).
const OVERLAY: &str = "report-explorer:overlay";

/// Adds a history entry with the same URL, marked as an overlay's.
pub fn push_overlay() {
    if let Ok(history) = window().history() {
        let _ = history.push_state(&wasm_bindgen::JsValue::from_str(OVERLAY), "");
    }
}

/// Whether the current history entry is an overlay's.
pub fn on_overlay() -> bool {
    window()
        .history()
        .ok()
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_string())
        .is_some_and(|s| s == OVERLAY)
}

/// Goes back one history entry.
pub fn back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// The page's address without query or fragment (read in effects and handlers only).
pub fn page_base() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The page's folder (`https://a.cn/report/` for `https://a.cn/report/index.html?q=x`): where
/// an embedding page points its iframe (read in effects and handlers only).
pub fn page_dir() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    format!("{}{dir}", location.origin().unwrap_or_default())
}

/// The link to a view: `base?query`.
pub fn view_link(base: &str, query: &str) -> String {
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{query}")
    }
}

/// Loads this page again with `query` (without `?`) in place of the current entry: for a change
/// a view cannot make in place (纯文本 asked for by a host page's settings message).
pub fn reload_with(query: &str) {
    let _ = window().location().replace(&format!("?{query}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_link_has_a_query_only_when_there_is_one() {
        assert_eq!(view_link("https://a/b/", ""), "https://a/b/");
        assert_eq!(view_link("https://a/b/", "q=1"), "https://a/b/?q=1");
    }
}
