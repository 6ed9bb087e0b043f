//! Component tests of 朗读 with a stand-in `speechSynthesis` (the browsers that run the tests have
//! no Chinese voice, or none at all): what is said and in what order, numbers in words, the rate,
//! the sentence and card marked, 停止 and a hidden page stopping it, and the buttons absent with a
//! note where no Chinese voice exists.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use report_explorer::App;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

mod common;

use common::{count, el, mount, settled, texts, type_into, until};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/tests/support/speech_standin.js")]
extern "C" {
    fn fake_speech(lang: &str);
    fn said_texts() -> Vec<String>;
    fn said_rates() -> Vec<f32>;
    fn end_utterance();
    fn cancelled() -> u32;
    fn highlighted() -> Option<String>;
    fn hide_page();
}

fn click(root: &HtmlElement, selector: &str) {
    el::<HtmlElement>(root, selector).click();
}

/// The app with a Chinese stand-in voice, searched for `q`.
async fn app_with_voice(q: &str) -> HtmlElement {
    fake_speech("zh-CN");
    let root = mount(|| view! { <App/> });
    settled(&root).await;
    type_into(&el::<HtmlInputElement>(&root, "input[type=search]"), q);
    settled(&root).await;
    until(|| count(&root, ".speech-bar") == 1).await;
    root
}

#[wasm_bindgen_test]
async fn reads_the_shown_cards_in_order_sentence_by_sentence_with_numbers_in_words() {
    let root = app_with_voice("养老").await;
    click(&root, ".speech-all");
    until(|| !said_texts().is_empty()).await;
    // The first card shown, its first sentence; the next only once that one has ended.
    let first_card = texts(&root, "article .card-text")[0].clone();
    let said = said_texts();
    assert_eq!(said.len(), 1);
    assert!(
        first_card.starts_with(said[0].trim_end_matches('。')),
        "{said:?}"
    );
    assert_eq!(said_rates(), [1.0]);
    until(|| count(&root, "article.reading") == 1).await;
    let reading: Vec<String> = texts(&root, "article.reading .card-text");
    assert_eq!(reading, std::slice::from_ref(&first_card));
    for _ in 0..3 {
        end_utterance();
    }
    until(|| said_texts().len() == 4).await;
    let said = said_texts();
    // Numbers in words: the card's 33个 is said 三十三个, never as digits.
    assert!(said.iter().any(|s| s.contains("三十三个")), "{said:?}");
    assert!(
        said.iter().all(|s| !s.chars().any(|c| c.is_ascii_digit())),
        "{said:?}"
    );
    until(|| texts(&root, ".speech-status")[0].contains("第 4 句")).await;
    // The sentence being read is marked (where the browser has highlights).
    if let Some(h) = highlighted() {
        assert!(first_card.contains(&h) && h.ends_with('。'), "{h}");
    }
    click(&root, ".speech-stop");
    until(|| count(&root, "article.reading") == 0).await;
    // The mark goes with the reading (after the next frame).
    until(|| highlighted().unwrap_or_default().is_empty()).await;
    assert!(cancelled() >= 1);
    assert_eq!(count(&root, ".speech-all"), 1);
}

#[wasm_bindgen_test]
async fn reading_goes_from_one_shown_card_to_the_next() {
    let root = app_with_voice("社区").await;
    let ids: Vec<String> = common::all(&root, "article")
        .iter()
        .map(|a| a.id())
        .collect();
    assert!(ids.len() >= 2, "{ids:?}");
    click(&root, ".speech-all");
    until(|| count(&root, "article.reading") == 1).await;
    let reading = || {
        common::all(&root, "article.reading")
            .first()
            .map(|a| a.id())
    };
    assert_eq!(reading().as_ref(), Some(&ids[0]));
    for _ in 0..100 {
        if reading().as_ref() != Some(&ids[0]) {
            break;
        }
        end_utterance();
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    until(|| reading().as_ref() == Some(&ids[1])).await;
}

#[wasm_bindgen_test]
async fn a_cards_button_reads_that_card_at_the_chosen_rate_and_a_hidden_page_stops() {
    let root = app_with_voice("养老").await;
    click(&root, ".aids-sheet > summary");
    let slow = root
        .query_selector_all(".rate-steps button")
        .unwrap()
        .item(0)
        .unwrap()
        .unchecked_into::<HtmlElement>();
    assert_eq!(slow.text_content().unwrap(), "慢");
    slow.click();
    until(|| slow.get_attribute("aria-pressed").as_deref() == Some("true")).await;
    let button: HtmlElement = root
        .query_selector_all("article .card-speak")
        .unwrap()
        .item(0)
        .unwrap()
        .unchecked_into();
    button.click();
    until(|| !said_texts().is_empty()).await;
    assert!(said_rates()[0] < 1.0, "{:?}", said_rates());
    let card = button.closest("article").unwrap().unwrap();
    until(|| card.class_list().contains("reading")).await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    hide_page();
    until(|| count(&root, "article.reading") == 0).await;
    end_utterance();
    gloo_timers::future::TimeoutFuture::new(100).await;
    assert_eq!(said_texts().len(), 1, "nothing more is said once stopped");
}

/// Whether `<html>` has class `c` (the stylesheet shows or hides 朗读's controls by them; the
/// component tests load no stylesheet, the end-to-end tests check what is shown).
fn html_has(c: &str) -> bool {
    document()
        .document_element()
        .unwrap()
        .class_list()
        .contains(c)
}

#[wasm_bindgen_test]
async fn the_switch_off_stops_the_reading_and_hides_the_buttons() {
    let root = app_with_voice("养老").await;
    assert!(count(&root, "article .card-speak") > 0);
    until(|| html_has("speech-ready")).await;
    click(&root, "article .card-speak");
    until(|| count(&root, "article.reading") == 1).await;
    click(&root, ".aids-sheet > summary");
    click(&root, ".speech-toggle");
    until(|| html_has("speech-off")).await;
    until(|| count(&root, "article.reading") == 0).await;
    click(&root, ".speech-toggle");
    until(|| !html_has("speech-off")).await;
}

#[wasm_bindgen_test]
async fn without_a_chinese_voice_the_page_says_so() {
    fake_speech("en-US");
    let root = mount(|| view! { <App/> });
    settled(&root).await;
    // The browser's voices may still be loading: it waits a while before saying none.
    for _ in 0..3 {
        if html_has("speech-missing") {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(1000).await;
    }
    assert!(html_has("speech-missing") && !html_has("speech-ready"));
    assert!(texts(&root, ".speech-note")[0].contains("没有中文语音"));
}
