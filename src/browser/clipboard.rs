//! The clipboard.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard; `false` where the browser refuses (no permission, an
/// insecure page, an old WebView): callers then offer the text for copying by hand.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
