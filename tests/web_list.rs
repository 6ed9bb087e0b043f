//! Component tests of the incremental card list on a report 10× the seed (360 cards), in a real
//! browser: the first screenful at once, then every card in order under its part and section
//! headings; a search starts again from the first screenful and grows to all its results in
//! rank order; a card whose highlight changes keeps its nodes; a focused card far down the list
//! is rendered at once. Behaviour only, no timings.
//! Run: `cargo test --target wasm32-unknown-unknown -p report-explorer --test web_list`.
#![cfg(target_arch = "wasm32")]

#[allow(dead_code, unused_imports)] // only `synthesize` is used
#[path = "../crates/report/src/bin/gen_report.rs"]
mod gen_report;

use leptos::prelude::*;
use report::view::{apply_indexed, Filter, Hit};
use report_explorer::state::ReportData;
use report_explorer::state::{ReportSource, Start};
use report_explorer::App;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod common;

use common::{all, mount, settled, type_into};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../public/reports/xinqiao-2024h1.txt");

fn ten_times() -> String {
    gen_report::synthesize(SEED, 10).expect("10× the seed")
}

/// The cards the app shows for `filter`, computed natively from the same text.
fn expected(text: &str, filter: &Filter) -> (ReportData, Vec<Hit>) {
    let data = ReportData::new(report::parse(text).unwrap(), "x");
    let hits = apply_indexed(&data.report, &data.cards, &data.index, filter);
    (data, hits)
}

fn mount_report(text: String, filter: Filter) -> HtmlElement {
    let start = Start {
        filter,
        report: Some(ReportSource {
            text,
            file: "reports/bench-10x.txt".into(),
        }),
        ..Start::default()
    };
    mount(move || view! { <App start=start/> })
}

/// The matching elements a reader can see: not in an earlier result list, or a row the first
/// screenful dropped, hidden while they are taken down.
fn shown(root: &HtmlElement, selector: &str) -> Vec<Element> {
    all(root, selector)
        .into_iter()
        .filter(|e| {
            e.closest(".card-gen-retired, .card-row[hidden]")
                .unwrap()
                .is_none()
        })
        .collect()
}

/// The ids of the matching elements a reader can see.
fn ids(root: &HtmlElement, selector: &str) -> Vec<String> {
    shown(root, selector).iter().map(Element::id).collect()
}

fn card_ids(data: &ReportData, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| format!("card-{}", data.cards[h.card].id))
        .collect()
}

/// Lets pending reactive work run without letting any timer fire: only microtasks (a resolved
/// promise each), so the list cannot take a growth step meanwhile.
async fn microtasks() {
    // Far more turns than the reactive graph needs for a keystroke, so the count never decides.
    for _ in 0..2000 {
        let p = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

/// Scrolls the card list into view and waits until the list's own `IntersectionObserver` has
/// been told so: an observer made here, after the app's, is notified in the same task and after
/// it, so once it sees the list on screen the app has too (a fixed wait was too short on a busy
/// machine).
async fn into_view(root: &HtmlElement) {
    let list = root.query_selector(".card-list").unwrap().unwrap();
    list.scroll_into_view();
    seen_as(&list, true).await;
}

/// Waits until an `IntersectionObserver` made now reports `el` on screen (`true`) or off it.
async fn seen_as(el: &Element, on_screen: bool) {
    let seen = js_sys::Promise::new(&mut |resolve, _| {
        let report = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let last = entries.iter().last().map(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if last == Some(on_screen) {
                resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
            }
        });
        let observer = web_sys::IntersectionObserver::new(report.as_ref().unchecked_ref()).unwrap();
        observer.observe(el);
        report.forget();
    });
    wasm_bindgen_futures::JsFuture::from(seen).await.unwrap();
}

/// Holds the mounted app in the viewport whatever the rest of the test page does (earlier
/// tests' output, roots taken down above it): a fixed, scrolling box over the page.
fn pin_to_viewport(root: &HtmlElement) {
    let style = root.style();
    for (name, value) in [
        ("position", "fixed"),
        ("top", "0"),
        ("left", "0"),
        ("width", "100%"),
        ("height", "100%"),
        ("overflow", "auto"),
        ("background", "white"),
    ] {
        style.set_property(name, value).unwrap();
    }
}

/// The search box.
fn search_input(root: &HtmlElement) -> HtmlInputElement {
    root.query_selector("input[type=search]")
        .unwrap()
        .expect("a search box")
        .unchecked_into()
}

/// The status line under the search box (`共 N 条…`).
fn status_text(root: &HtmlElement) -> String {
    root.query_selector(".search-status")
        .unwrap()
        .expect("a status line")
        .text_content()
        .unwrap_or_default()
}

/// Every card sits under the headings of its part and section, and each heading appears once,
/// just before the first card it opens.
fn assert_under_headings(root: &HtmlElement, data: &ReportData) {
    let mut part = None;
    let mut section = None;
    let mut headings = Vec::new();
    let items = all(
        root,
        ".card-list h2.group-part, .card-list h3.group-section, .card-list h3.group-closing, .card-list article",
    );
    for el in items {
        let id = el.id();
        if let Some(p) = id.strip_prefix("part-") {
            part = Some(p.to_string());
            section = None;
            headings.push(id);
        } else if id.starts_with("section-") || id.starts_with("closing-") {
            section = Some(id.clone());
            headings.push(id);
        } else {
            let card_id = id.strip_prefix("card-").unwrap();
            let card = data.cards.iter().find(|c| c.id == card_id).unwrap();
            assert_eq!(
                part.as_deref(),
                Some((card.part + 1).to_string().as_str()),
                "{id} under its part"
            );
            let want = match card.section {
                Some(s) => Some(format!("section-{}-{}", card.part + 1, s + 1)),
                None if card.role == report::BlockRole::Closing => {
                    Some(format!("closing-{}", card.part + 1))
                }
                None => None,
            };
            assert_eq!(section, want, "{id} under its section");
        }
    }
    let mut unique = headings.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), headings.len(), "no heading twice");
}

#[wasm_bindgen_test]
async fn ten_times_the_seed_grows_to_every_card_in_order_under_its_headings() {
    let text = ten_times();
    let (data, hits) = expected(&text, &Filter::default());
    assert!(hits.len() >= 300, "{} cards", hits.len());
    let root = mount_report(text, Filter::default());
    microtasks().await;
    // The first screenful at once, the source order's first cards, and a sign that more follow.
    let first = ids(&root, "article");
    assert!(
        (1..hits.len() / 4).contains(&first.len()),
        "{} cards at first",
        first.len()
    );
    assert_eq!(first, card_ids(&data, &hits[..first.len()]));
    assert!(root.query_selector(".loading-more").unwrap().is_some());
    assert_eq!(
        root.query_selector(".card-list")
            .unwrap()
            .unwrap()
            .get_attribute("aria-busy")
            .as_deref(),
        Some("true")
    );
    settled(&root).await;
    assert_eq!(
        ids(&root, "article"),
        card_ids(&data, &hits),
        "every card, in order"
    );
    assert_under_headings(&root, &data);
    assert_eq!(all(&root, "h2.group-part").len(), data.report.parts.len());
    let status = status_text(&root);
    assert_eq!(status.trim(), format!("共 {} 条，全部显示", hits.len()));
}

#[wasm_bindgen_test]
async fn a_search_starts_again_from_the_first_screenful_then_shows_every_result_ranked() {
    let text = ten_times();
    let root = mount_report(text.clone(), Filter::default());
    pin_to_viewport(&root);
    settled(&root).await;
    let all_cards = ids(&root, "article").len();
    let input = search_input(&root);
    // On screen, the list catches up in the keystroke's own frame. The app's observer may have
    // a report still to deliver (it is made again when the list re-renders): a few frames more.
    into_view(&root).await;
    settled(&root).await;

    type_into(&input, "推进");
    microtasks().await;
    let search = Filter {
        q: "推进".into(),
        ..Filter::default()
    };
    let (data, hits) = expected(&text, &search);
    assert!(hits.len() > 60, "{} results", hits.len());
    let first = ids(&root, "article");
    let busy = root
        .query_selector(".card-list")
        .unwrap()
        .and_then(|l| l.get_attribute("aria-busy"));
    assert!(
        (1..hits.len() / 2).contains(&first.len()),
        "the first screenful of the results, not {} cards (of {all_cards} before; busy {busy:?})",
        first.len()
    );
    assert_eq!(first, card_ids(&data, &hits[..first.len()]), "best first");
    assert!(root.query_selector(".loading-more").unwrap().is_some());
    // The first screenful's old rows are hidden, not yet removed: that waits for the frame.
    assert!(!all(&root, ".card-row[hidden] article").is_empty());

    settled(&root).await;
    assert_eq!(
        ids(&root, "article"),
        card_ids(&data, &hits),
        "every result, ranked"
    );
    assert!(
        all(&root, "h2.group-part").is_empty(),
        "results name their place themselves"
    );
    assert!(
        all(&root, ".card-gen-retired, .card-row[hidden]").is_empty(),
        "the earlier list is gone"
    );
    for article in all(&root, "article") {
        let marks: Vec<String> = all(&article.clone().unchecked_into(), "mark")
            .iter()
            .map(|m| m.text_content().unwrap())
            .collect();
        assert!(
            marks.iter().any(|m| m == "推进"),
            "{}: {marks:?}",
            article.id()
        );
    }

    // Clearing the search: the grouped list again, from its first screenful to every card.
    type_into(&input, "");
    microtasks().await;
    assert!(ids(&root, "article").len() < all_cards);
    settled(&root).await;
    let (data, hits) = expected(&text, &Filter::default());
    assert_eq!(ids(&root, "article"), card_ids(&data, &hits));
    assert_under_headings(&root, &data);
    root.remove();
}

#[wasm_bindgen_test]
async fn off_screen_the_list_catches_up_after_the_frame_that_shows_the_keystroke() {
    let text = ten_times();
    let root = mount_report(text.clone(), Filter::default());
    settled(&root).await;
    let (data, grouped) = expected(&text, &Filter::default());
    // Far below the viewport, as the list is when the reader types at the top of the page.
    root.style()
        .set_property("transform", "translateY(100000px)")
        .unwrap();
    seen_as(&root.query_selector(".card-list").unwrap().unwrap(), false).await;
    let input = search_input(&root);
    type_into(&input, "推进");
    microtasks().await;
    let status = status_text(&root);
    let search = Filter {
        q: "推进".into(),
        ..Filter::default()
    };
    let (_, hits) = expected(&text, &search);
    assert_eq!(
        status.trim(),
        format!("共 {} 条", hits.len()),
        "counted at once"
    );
    assert_eq!(
        ids(&root, "article"),
        card_ids(&data, &grouped),
        "the cards wait for the frame"
    );
    let list = root.query_selector(".card-list").unwrap().unwrap();
    assert_eq!(list.get_attribute("aria-busy").as_deref(), Some("true"));
    settled(&root).await;
    assert_eq!(
        ids(&root, "article"),
        card_ids(&data, &hits),
        "then every result"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_card_whose_highlight_changes_keeps_its_nodes() {
    let text = ten_times();
    let root = mount_report(text.clone(), Filter::default());
    let input = search_input(&root);
    // The same cards match both (one per copy of the seed), only the highlight grows.
    type_into(&input, "329.7");
    microtasks().await;
    let before = shown(&root, "article");
    assert!(!before.is_empty());
    type_into(&input, "329.73");
    microtasks().await;
    let after = shown(&root, "article");
    assert_eq!(after.len(), before.len());
    for (a, b) in after.iter().zip(&before) {
        assert!(a.is_same_node(Some(b)), "{} kept its nodes", a.id());
        let marks: Vec<String> = all(&a.clone().unchecked_into(), ".card-text mark")
            .iter()
            .map(|m| m.text_content().unwrap())
            .collect();
        assert_eq!(marks, vec!["329.73"], "{}", a.id());
    }
}

#[wasm_bindgen_test]
async fn a_focused_card_far_down_is_rendered_at_once() {
    let text = ten_times();
    let (data, hits) = expected(&text, &Filter::default());
    let last = data.cards[hits[hits.len() - 1].card].id.clone();
    let filter = Filter {
        card: Some(last.clone()),
        ..Filter::default()
    };
    let root = mount_report(text, filter);
    microtasks().await;
    let card = root
        .query_selector(&format!("#card-{last}"))
        .unwrap()
        .expect("the focused card is in the page before the list has grown");
    assert!(card.class_list().contains("focused"));
    settled(&root).await;
    assert_eq!(ids(&root, "article"), card_ids(&data, &hits));
}
