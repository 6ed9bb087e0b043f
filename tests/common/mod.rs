//! What the component tests share: mounting into a fresh node, finding elements, typing and
//! key presses, and waiting for the card list to settle. Each test file uses part of it.
#![allow(dead_code)]

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit,
};

/// Mounts `f` into a fresh `<div>` appended to the body and returns that div.
pub fn mount<F, N>(f: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), f).forget();
    host
}

/// The first element matching `selector` under `root`, as `T`; panics when there is none.
pub fn el<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

/// Every element matching `selector` under `root`.
pub fn all(root: &HtmlElement, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

/// The text of every element matching `selector`.
pub fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

/// How many elements match `selector`.
pub fn count(root: &HtmlElement, selector: &str) -> usize {
    root.query_selector_all(selector).unwrap().length() as usize
}

/// Sets an input's value and sends the `input` event a reader's typing would.
pub fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// Sends a `keydown` of `key` to `target`.
pub fn key(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    target
        .dispatch_event(
            &KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
}

/// Waits until `f` holds, else panics. The limit is wall-clock time, not a number of tries:
/// on a busy CI machine a debug build in WebKit can take seconds to lay out and draw, and the
/// timers between tries run late, so 20 s is generous without letting a broken test hang.
pub async fn until(mut f: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    let mut tries = 0u32;
    loop {
        if f() {
            return;
        }
        tries += 1;
        let waited = js_sys::Date::now() - start;
        if waited > 20_000.0 {
            panic!("condition not reached after {waited:.0} ms ({tries} tries)");
        }
        TimeoutFuture::new(40).await;
    }
}

/// Waits until the card list has caught up with the filter (after the frame, while off
/// screen), grown to all its results and taken earlier ones (hidden) down: all three keep
/// `aria-busy` on it. Panics when it never settles (30 s).
pub async fn settled(root: &HtmlElement) {
    for _ in 0..600 {
        TimeoutFuture::new(50).await;
        let list = root.query_selector(".card-list").unwrap();
        let busy = list.is_some_and(|l| l.has_attribute("aria-busy"));
        if !busy && root.query_selector(".loading-more").unwrap().is_none() {
            return;
        }
    }
    panic!("the card list never settled");
}
