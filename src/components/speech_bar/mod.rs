//! [`SpeechBar`]: 朗读 over the card list: 连读 (the cards shown, in order), pause, resume, stop,
//! and 指读 (a tap reads what it lands on); plus [`point_at`], the list's 指读 handler. Shown
//! (by the stylesheet) only where the browser has a Chinese voice and the 朗读 switch is on.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::hooks::Speech;
use crate::state::reading::{card_items, cards_items, number_item};
use crate::state::Explorer;

/// The 朗读 controls over the list (nothing without a [`Speech`] context). Always in the page
/// and shown by the stylesheet: `use_speech` marks `<html>` `speech-ready` where the browser
/// has a Chinese voice, and the 朗读 switch off adds `speech-off`.
#[component]
pub fn SpeechBar() -> impl IntoView {
    let speech = use_context::<Speech>()?;
    let ex = Explorer::expect();
    let read_all = move |_| {
        let cards: Vec<usize> = ex
            .hits
            .with_untracked(|h| h.iter().map(|h| h.card).collect());
        speech.read(cards_items(&ex.data(), cards));
    };
    let idle = move || speech.at.get().is_none();
    let paused = move || speech.paused.get();
    let status = move || match speech.at.get() {
        Some(i) => format!("正在朗读：第 {} 句，共 {} 句", i + 1, speech.len.get()),
        None if speech.pointing.get() => "指读：点数字读它所在的句子，点段落读整段".to_string(),
        None => "连读：从第一条起朗读下面的内容".to_string(),
    };
    Some(view! {
        <div class="speech-bar" role="group" aria-label="朗读">
            <button type="button" class="tool-button speech-all" hidden=move || !idle() on:click=read_all>"连读"</button>
            <button type="button" class="tool-button speech-pause" hidden=move || idle() || paused() on:click=move |_| speech.pause()>"暂停"</button>
            <button type="button" class="tool-button speech-resume" hidden=move || idle() || !paused() on:click=move |_| speech.resume()>"继续"</button>
            <button type="button" class="tool-button speech-stop" hidden=idle on:click=move |_| speech.stop()>"停止"</button>
            <button
                type="button"
                class="tool-button speech-point"
                aria-pressed=move || speech.pointing.get().to_string()
                on:click=move |_| speech.pointing.update(|p| *p = !*p)
            >
                "指读"
            </button>
            <span class="speech-status">{status}</span>
        </div>
    })
}

/// 指读, for the card list's `click` and `focusin`: with 指读 on, a number tapped or reached by
/// the keyboard reads its sentence, a tap elsewhere on a card (not on its buttons) reads the
/// card.
pub fn point_at(ex: Explorer, speech: Option<Speech>, ev: &web_sys::Event) {
    let Some(speech) = speech else {
        return;
    };
    if !speech.pointing.get_untracked() {
        return;
    }
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let focus = ev.type_() == "focusin";
    let number = target.closest("button.num[data-num]").ok().flatten();
    if focus && (number.is_none() || !target.matches(":focus-visible").unwrap_or(false)) {
        return;
    }
    if number.is_none()
        && target
            .closest("button, a, input, select")
            .ok()
            .flatten()
            .is_some()
    {
        return;
    }
    let Some(dom_id) = target
        .closest("article.card")
        .ok()
        .flatten()
        .map(|a| a.id())
    else {
        return;
    };
    let data = ex.data();
    let Some(card) = data
        .cards
        .iter()
        .position(|c| dom_id == format!("card-{}", c.id))
    else {
        return;
    };
    let items = match number.and_then(|n| n.get_attribute("data-num")?.parse().ok()) {
        Some(n) => number_item(&data, card, n).into_iter().collect(),
        None => card_items(&data, card),
    };
    speech.read(items);
}
