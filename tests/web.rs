//! Component tests in a real browser (headless Chromium via wasm-bindgen-test).
//! Run: `cargo test --target wasm32-unknown-unknown -p report-explorer` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use report_explorer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `f` into a fresh `<div>` appended to the body and returns that div.
fn mount<F, N>(f: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), f).forget();
    host
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn app_shows_title_parts_and_sections_of_the_bundled_report() {
    let root = mount(App);
    let h1 = texts(&root, "h1");
    assert_eq!(
        h1,
        vec!["深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划"]
    );
    let parts = texts(&root, "h2");
    assert_eq!(parts, vec!["一、上半年工作总结", "二、下半年工作计划"]);
    let sections = texts(&root, "h3");
    assert_eq!(sections.len(), 11, "6 + 5 sections: {sections:?}");
    assert!(sections[0].contains("经济发展实现新提升"));
    assert!(texts(&root, "li").iter().any(|t| t == "经济指标持续向好"));
}
