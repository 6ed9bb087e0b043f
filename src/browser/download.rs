//! Saving files: a text as a download, a URL (a chart's PNG) as a download, and an object URL
//! for a text the reader opened (so 查看原文 can show it).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Whether the page runs in WeChat's browser, which ignores `<a download>`: callers show the
/// image for a long press instead.
pub fn in_wechat() -> bool {
    window()
        .navigator()
        .user_agent()
        .is_ok_and(|ua| ua.contains("MicroMessenger"))
}

/// An object URL for `content` as a file of type `mime` (valid until the page unloads or it is
/// revoked).
pub fn object_url(content: &str, mime: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Saves `content` as a file named `name`, through an object URL revoked once the download has
/// started.
pub fn save_text(name: &str, content: &str, mime: &str) -> Result<(), JsValue> {
    let url = object_url(content, mime)?;
    save_url(name, &url)?;
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}

/// Saves what `url` points at as `name`, by clicking a temporary `<a download>` on the next
/// task.
pub fn save_url(name: &str, url: &str) -> Result<(), JsValue> {
    let doc = document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.set_class_name("visually-hidden");
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a)?;
    // Clicked on the next task, not inside the button's click handler: the synthetic click
    // bubbles to the app's delegated listener, which must not be re-entered (Firefox).
    gloo_timers::callback::Timeout::new(0, move || {
        a.click();
        a.remove();
    })
    .forget();
    Ok(())
}
