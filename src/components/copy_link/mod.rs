//! [`CopyLinkButton`]: copies the link to the current view.

use leptos::prelude::*;

use crate::browser::clipboard::copy_text;
use crate::render::non_empty;

/// Copies the page's current URL (which always reflects the view) to the clipboard, and says so
/// in a live region. Where the clipboard is unavailable it shows the link selected for copying.
#[component]
pub fn CopyLinkButton() -> impl IntoView {
    let message = RwSignal::new(String::new());
    let fallback = RwSignal::new(None::<String>);
    let copy = move |_| {
        let href = window().location().href().unwrap_or_default();
        leptos::task::spawn_local(async move {
            if copy_text(&href).await {
                fallback.set(None);
                message.set("已复制链接".into());
            } else {
                fallback.set(Some(href));
                message.set("请长按或手动复制下面的链接".into());
            }
        });
    };
    view! {
        <div class="copy-link">
            <button type="button" class="copy-link-button" on:click=copy>"复制链接"</button>
            <span class="copy-link-status" role="status">{move || non_empty(message.get())}</span>
            {move || fallback.get().map(|href| view! {
                <label class="copy-link-fallback">
                    <span class="visually-hidden">"当前页面链接"</span>
                    <input type="text" readonly value=href on:focus=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                </label>
            })}
        </div>
    }
}
