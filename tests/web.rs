//! Component tests in a real browser (headless Chromium via wasm-bindgen-test): each test mounts
//! the app into a fresh node and asserts on roles, headings and text.
//! Run: `cargo test --target wasm32-unknown-unknown -p report-explorer` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use report_explorer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

mod common;

use common::{count, el, mount, settled, texts, type_into, until};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_title_parts_sections_and_every_card() {
    let root = mount(|| view! { <App/> });
    settled(&root).await;
    assert_eq!(
        texts(&root, "h1"),
        vec!["深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划"]
    );
    assert_eq!(
        texts(&root, "h2.group-part"),
        vec!["一、上半年工作总结", "二、下半年工作计划"]
    );
    let sections = texts(&root, "h3.group-section");
    assert_eq!(sections.len(), 11, "6 + 5 sections: {sections:?}");
    assert!(sections[0].contains("经济发展实现新提升"));
    assert_eq!(
        texts(&root, "h3.group-closing"),
        vec!["一、上半年工作总结 · 其他"],
        "the two closing paragraphs get their own heading"
    );
    // 32 topics, one intro per part, two closings in part 一.
    assert_eq!(count(&root, "article"), 36);
    assert!(texts(&root, "article h4")
        .iter()
        .any(|t| t == "经济指标持续向好"));
    // The card's own mini chart: two growth bars, the larger one full width.
    let mini = texts(&root, "#card-1-1-1 .mini-growth .mini-value");
    assert_eq!(mini, vec!["▲4.1%", "▲153.3%"]);
    let fills = root
        .query_selector_all("#card-1-1-1 .mini-growth .mini-fill")
        .unwrap();
    let class = |i: u32| {
        fills
            .item(i)
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .class_name()
    };
    assert!(class(1).contains("mini-w-50"), "{}", class(1));
    assert!(
        class(0).contains("mini-w-1"),
        "4.1 / 153.3 of the track: {}",
        class(0)
    );
    assert_eq!(count(&root, "header"), 1);
    assert_eq!(count(&root, "nav[aria-label='目录']"), 1);
    assert_eq!(count(&root, "main"), 1);
}

#[wasm_bindgen_test]
async fn search_filters_cards_and_announces_the_count() {
    let root = mount(|| view! { <App/> });
    settled(&root).await;
    let input: HtmlInputElement = el(&root, "input[type=search]");
    type_into(&input, "养老");
    settled(&root).await;
    let cards = texts(&root, "article .card-text");
    assert!(!cards.is_empty());
    assert!(cards.iter().all(|t| t.contains("养老")), "{cards:?}");
    let status = texts(&root, "[role=status].search-status").join("");
    assert_eq!(status, format!("共 {} 条", cards.len()));
    assert!(texts(&root, "article mark").iter().any(|m| m == "养老"));

    type_into(&input, "没有这个词语");
    settled(&root).await;
    assert_eq!(count(&root, "article"), 0);
    assert!(texts(&root, ".search-status").join("").contains("没有找到"));
}

#[wasm_bindgen_test]
async fn kind_chip_keeps_only_cards_with_that_kind() {
    let root = mount(|| view! { <App/> });
    settled(&root).await;
    let all = count(&root, "article");
    el::<HtmlElement>(&root, "button.chip-growth").click();
    settled(&root).await;
    let n = count(&root, "article");
    assert!(n > 0 && n < all, "{n} of {all}");
    assert_eq!(
        count(&root, "article"),
        count(&root, "article:has(.num-growth)")
    );
    assert_eq!(
        el::<HtmlElement>(&root, "button.chip-growth")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    el::<HtmlElement>(&root, "button.clear-button").click();
    settled(&root).await;
    assert_eq!(count(&root, "article"), all);
}

#[wasm_bindgen_test]
async fn tapping_a_number_shows_its_details_outside_its_card_and_escape_returns_focus() {
    let root = mount(|| view! { <App/> });
    settled(&root).await;
    let button: HtmlElement = el(&root, "button.num-growth");
    assert_eq!(
        button.get_attribute("aria-controls"),
        None,
        "closed: controls nothing"
    );
    assert_eq!(
        count(&root, "[role=dialog]"),
        0,
        "closed details are not built"
    );
    button.click();
    until(|| count(&root, "[role=dialog]") == 1).await;
    let details_id = button.get_attribute("aria-controls").unwrap();
    let details: HtmlElement = el(&root, &format!("[id='{details_id}'][role=dialog]"));
    assert!(
        details.closest("article").unwrap().is_none(),
        "the details are not inside a card, which may fold"
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let text = details.text_content().unwrap();
    assert!(text.contains("指标：") && text.contains("增长"), "{text}");
    let escape = web_sys::KeyboardEventInit::new();
    escape.set_key("Escape");
    escape.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &escape).unwrap();
    details.dispatch_event(&ev).unwrap();
    until(|| count(&root, "[role=dialog]") == 0).await;
    assert_eq!(
        count(&root, "[role=dialog]"),
        0,
        "Escape closes the details"
    );
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(
        active.get_attribute("data-num"),
        button.get_attribute("data-num"),
        "focus is back on the number"
    );
}

#[wasm_bindgen_test]
async fn another_report_of_the_genre_shows_with_no_code_change() {
    use report_explorer::state::{ReportSource, Start};
    let start = Start {
        report: Some(ReportSource {
            text: include_str!("../crates/report/tests/data/corpus/hebei_province_2022.txt").into(),
            file: "hebei.txt".into(),
        }),
        ..Start::default()
    };
    let root = mount(move || view! { <App start=start/> });
    settled(&root).await;
    assert_eq!(texts(&root, "h1"), vec!["2022年河北省政府工作报告"]);
    // The speech's opening (现在，我代表…) is a part of its own before the two numbered ones.
    assert_eq!(texts(&root, "h2.group-part")[0], "开篇");
    assert_eq!(count(&root, "h2.group-part"), 3);
    assert_eq!(count(&root, "h3.group-section"), 18, "8 + 10 sections");
    assert!(
        count(&root, ".figure") >= 5,
        "key figures come from its numbers"
    );
    let input: HtmlInputElement = el(&root, "input[type=search]");
    type_into(&input, "雄安");
    settled(&root).await;
    let cards = texts(&root, "article .card-text");
    assert!(!cards.is_empty() && cards.iter().all(|t| t.contains("雄安")));
}

#[wasm_bindgen_test]
async fn an_embedded_card_is_the_only_card_shown() {
    use report_explorer::app::Start;
    let (filter, _, extras) = report::view::parse_query("?view=cards&card=1-1-2&embed=1");
    let start = Start {
        filter,
        extras,
        ..Start::default()
    };
    let root = mount(move || view! { <App start=start/> });
    settled(&root).await;
    let ids: Vec<String> = (0..count(&root, "article"))
        .map(|i| {
            root.query_selector_all("article")
                .unwrap()
                .item(i as u32)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .id()
        })
        .collect();
    assert_eq!(ids, vec!["card-1-1-2"], "only the embedded card");
    assert_eq!(
        texts(&root, ".search-status"),
        vec!["共 1 条"],
        "not \"全部显示\": one card of 36"
    );
    assert_eq!(
        count(&root, ".site-header"),
        0,
        "no page chrome when embedded"
    );
    assert_eq!(
        texts(&root, "h1.visually-hidden"),
        vec![report_explorer::state::default_report().title.unwrap()],
        "but the report's title, for screen readers, as the frame's one heading"
    );
    assert_eq!(count(&root, "h1"), 1);
}

/// The start-up in stages (`main.rs`): the app is built off screen a region and a card at a
/// time, one task each, and only then shown; the list grows once it is shown.
#[wasm_bindgen_test]
async fn a_staged_start_builds_off_screen_then_shows_the_whole_view() {
    use report_explorer::hooks::Stages;
    use std::cell::Cell;
    use std::rc::Rc;

    let document = document();
    let stage: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    let stages = Stages::new();
    leptos::mount::mount_to(stage.clone(), move || {
        provide_context(stages);
        view! { <App/> }
    })
    .forget();
    assert_eq!(count(&stage, "h1"), 0, "regions wait for their stage");
    assert_eq!(count(&stage, "article"), 0);

    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let shown = Rc::new(Cell::new(0));
    let cards_when_shown = Rc::new(Cell::new(0));
    let (on_show, cards, staged, target) = (
        shown.clone(),
        cards_when_shown.clone(),
        stage.clone(),
        host.clone(),
    );
    stages.run(move || {
        on_show.set(on_show.get() + 1);
        cards.set(count(&staged, "article"));
        while let Some(node) = staged.first_child() {
            target.append_child(&node).unwrap();
        }
    });
    // A stage per task: after one task, not everything is built yet.
    TimeoutFuture::new(0).await;
    assert_eq!(shown.get(), 0);
    until(|| shown.get() > 0).await;
    assert_eq!(shown.get(), 1, "shown once");
    assert!(
        cards_when_shown.get() >= 6,
        "shown only once the first screenful is built"
    );
    assert_eq!(
        texts(&host, "h1"),
        vec!["深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划"]
    );
    settled(&host).await;
    assert_eq!(
        count(&host, "article"),
        36,
        "then the list grows to every card"
    );
    // Once shown, the app is live: a search re-renders in place.
    let input: HtmlInputElement = el(&host, "input[type=search]");
    type_into(&input, "养老");
    settled(&host).await;
    assert_eq!(count(&host, "article"), 1);
}

#[wasm_bindgen_test]
async fn a_fresh_view_is_replaced_where_a_plain_one_is_diffed() {
    use report_explorer::render::Fresh;
    let n = RwSignal::new(1);
    let root = mount(move || {
        view! {
            <div>{move || Fresh(view! { <p class="fresh">{n.get()}</p> })}</div>
            <div>{move || view! { <p class="plain">{n.get()}</p> }}</div>
        }
    });
    let (fresh, plain): (HtmlElement, HtmlElement) = (el(&root, "p.fresh"), el(&root, "p.plain"));
    n.set(2);
    TimeoutFuture::new(0).await;
    let (fresh2, plain2): (HtmlElement, HtmlElement) = (el(&root, "p.fresh"), el(&root, "p.plain"));
    assert_eq!(texts(&root, "p"), ["2", "2"]);
    assert!(
        !fresh.is_same_node(Some(&fresh2)),
        "a Fresh view is built anew"
    );
    assert!(
        plain.is_same_node(Some(&plain2)),
        "a plain view is updated in place"
    );
    assert_eq!(count(&root, "p.fresh"), 1, "the old one is gone");
}

#[wasm_bindgen_test]
async fn view_text_shows_the_headings_and_paragraphs_only() {
    use report_explorer::state::{ReportSource, Start};
    let text = include_str!("../crates/report/tests/data/corpus/hebei_province_2022.txt");
    let (_, _, extras) = report::view::parse_query("?view=text");
    let start = Start {
        extras,
        report: Some(ReportSource {
            text: text.into(),
            file: "hebei.txt".into(),
        }),
        ..Start::default()
    };
    let root = mount(move || view! { <App start=start/> });
    settled(&root).await;
    until(|| count(&root, ".plain-text p") > 0).await;
    assert_eq!(texts(&root, "h1"), vec!["2022年河北省政府工作报告"]);
    // The report's own headings (no 开篇: that is a card title, not the report's), no card,
    // chart, mark, search or 目录.
    let parts = texts(&root, ".plain-text h2");
    assert_eq!(parts.len(), 2, "{parts:?}");
    assert!(parts[0].starts_with("一、"), "{parts:?}");
    assert_eq!(count(&root, ".plain-text h3"), 18);
    for gone in [
        "article",
        "canvas",
        "mark",
        "button.num",
        "input[type=search]",
        ".toc",
    ] {
        assert_eq!(count(&root, gone), 0, "{gone}");
    }
    // Every paragraph of the text, in its order: the first and the last.
    let paragraphs = texts(&root, ".plain-text p");
    assert!(
        paragraphs[0].starts_with("现在，我代表"),
        "{}",
        paragraphs[0]
    );
    assert!(text.contains(paragraphs.last().unwrap().as_str()));
    // 阅读设置 links back to the explorer.
    assert_eq!(texts(&root, "a.plain-link"), vec!["图文版"]);
    assert_eq!(
        el::<web_sys::HtmlAnchorElement>(&root, "a.plain-link").get_attribute("href"),
        Some("?".into())
    );
}
