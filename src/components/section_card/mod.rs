//! [`SectionCard`]: one paragraph of the report as a card.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;
use report::view::Hit;

mod text;

use crate::components::card_chart;
use crate::hooks::Speech;
use crate::state::reading::card_items;
use crate::state::segments::segments;
use crate::state::Explorer;

/// Texts longer than this many characters fold to a few lines.
const FOLD_CHARS: usize = 150;

/// Where a card's search highlights come from.
#[derive(Clone)]
pub enum CardHit {
    /// Fixed for the card's lifetime: plain text and `<mark>` nodes, nothing reactive.
    Fixed(Hit),
    /// Follows the search: the card keeps its nodes and only the runs of text whose highlights
    /// changed re-render (the first screenful, which stays on screen while the reader types).
    Live(Memo<Hit>),
}

impl CardHit {
    fn ranges_of(self, title: bool) -> Signal<Vec<Range<usize>>> {
        let pick = move |h: &Hit| {
            if title {
                h.title_ranges.clone()
            } else {
                h.ranges.clone()
            }
        };
        match self {
            CardHit::Fixed(h) => Signal::stored(pick(&h)),
            CardHit::Live(m) => Memo::new(move |_| m.with(pick)).into(),
        }
    }
}

/// A run of text with its search matches as `<mark>` nodes; reactive only when `live`.
fn run(
    chars: &Arc<[char]>,
    range: Range<usize>,
    ranges: Signal<Vec<Range<usize>>>,
    live: bool,
) -> AnyView {
    fn nodes(mut segs: Vec<(String, bool)>) -> AnyView {
        // One text node when nothing is highlighted (a list of views adds a marker node).
        if let [(_, false)] = segs.as_slice() {
            let (s, _) = segs.remove(0);
            return s.into_any();
        }
        segs.into_iter()
            .map(|(s, m)| {
                if m {
                    view! { <mark>{s}</mark> }.into_any()
                } else {
                    s.into_any()
                }
            })
            .collect_view()
            .into_any()
    }
    if !live {
        return nodes(ranges.with_untracked(|r| segments(chars, &range, r)));
    }
    let chars = chars.clone();
    let segs = Memo::new(move |_| ranges.with(|r| segments(&chars, &range, r)));
    (move || nodes(segs.get())).into_any()
}

/// A card: its part and section, the topic title as a heading, the full text with every
/// indicator marked, and its indicator count. Long texts fold with 展开/收起, but never while a
/// search hit would be hidden or when the card is the focused one.
///
/// `card` indexes `ReportData::cards`; `hit` gives its search highlights. `grouped`: the card
/// sits under its part and section headings, so it does not repeat its place, and its heading
/// is one level below the nearest group heading. It may change while the card lives (the
/// first screenful keeps its cards when a search turns the grouped list into results).
// Longer than most: the card is the list's hot path; its folding and heading level stay in
// one place so each reactive closure is visibly the only one (the text is `card_text`).
#[component]
pub fn SectionCard(
    card: usize,
    hit: CardHit,
    #[prop(optional, into)] grouped: Signal<bool>,
) -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    let live = matches!(hit, CardHit::Live(_));
    let card_index = card;
    let card = &data.cards[card_index];
    let id = card.id.clone();
    let dom_id = format!("card-{id}");
    let heading = card.heading.clone();
    let title_ranges = hit.clone().ranges_of(true);
    let text_ranges = hit.ranges_of(false);
    let title_chars: Arc<[char]> = heading.chars().collect();
    let title_view = move || {
        if !live && title_ranges.with_untracked(Vec::is_empty) {
            heading.clone().into_any()
        } else {
            run(&title_chars, 0..title_chars.len(), title_ranges, live)
        }
    };
    // Under group headings the place is said only to screen readers (articles are navigated
    // one by one there); in search results everyone sees it.
    let place = match card.section {
        Some(s) => format!(
            "{} · {}",
            data.part_label(card.part),
            data.section_label(card.part, s)
        ),
        None => data.part_label(card.part),
    };
    let count = data.indicator_count(card);
    let chars: Arc<[char]> = card.text.chars().collect();
    let long = chars.len() > FOLD_CHARS;
    let has_text_hit = move || text_ranges.with(|r| !r.is_empty());
    let expanded = RwSignal::new(false);
    let focused = move || ex.is_focused(card_index);
    let speech = use_context::<Speech>();
    let reading = move || speech.is_some_and(|s| s.is_reading(card_index));
    let folded = move || long && !has_text_hit() && !focused() && !reading() && !expanded.get();
    let (body, has_marks) =
        text::card_text(&data, card_index, &chars, text_ranges, live, move || {
            !folded()
        });
    let in_section = card.section.is_some();
    let wide_card = card.section.is_none();
    let heading_id = format!("{dom_id}-title");
    let heading_id2 = heading_id.clone();
    let toggle = move || {
        (long && !has_text_hit()).then(|| {
            view! {
                <button
                    type="button"
                    class="link-button fold-toggle"
                    // The card's tab stop is its first number, when it has one.
                    tabindex=has_marks.then_some("-1")
                    aria-expanded=move || (!folded()).to_string()
                    on:click=move |_| { let now_folded = folded(); expanded.set(now_folded); }
                >
                    {move || if folded() { "展开" } else { "收起" }}
                </button>
            }
        })
    };
    // Shown by the stylesheet where the browser has a Chinese voice (see `SpeechBar`).
    let speak = speech.map(|speech| {
        // The card's tab stop is its first number, or its 展开; else this button.
        let stop = move || !has_marks && (!long || has_text_hit());
        view! {
            <button
                type="button"
                class="link-button card-speak"
                tabindex=move || if stop() { "0" } else { "-1" }
                aria-pressed=move || reading().to_string()
                on:click=move |_| if reading() {
                    speech.stop()
                } else {
                    speech.read(card_items(&ex.data(), card_index))
                }
            >
                "朗读"
            </button>
        }
    });
    view! {
        <article id=dom_id class="card" class:card-wide=wide_card class:focused=focused class:reading=reading aria-labelledby=heading_id.clone()>
            <p class="card-place" class:visually-hidden=grouped>{place}</p>
            {move || {
                let id = heading_id2.clone();
                if grouped.get() && in_section {
                    view! { <h4 class="card-title" id=id>{title_view()}</h4> }.into_any()
                } else {
                    view! { <h3 class="card-title" id=id>{title_view()}</h3> }.into_any()
                }
            }}
            <p class="card-text" class:folded=folded>{body}</p>
            {card_chart(card_index)}
            <div class="card-foot">
                <span class="card-count">{if count == 0 { "本段没有统计数字".to_string() } else { format!("{count} 项指标") }}</span>
                {long.then_some(toggle)}
                {speak}
            </div>
        </article>
    }
}

/// The keyboard inside a card (one listener on the list for every card): its numbers, its
/// 展开/收起 and its 朗读 are one tab stop, the one last focused (roving tabindex); Left/Right move between
/// them, Home/End go to the first/last. Moving to a number below the fold unfolds the card
/// first, so the focus never scrolls the folded text.
pub fn on_card_key(ev: &web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    // Alt+← is the browser's back, Ctrl+Home the page's top: not ours.
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let step: isize = match ev.key().as_str() {
        "ArrowRight" => 1,
        "ArrowLeft" => -1,
        "Home" => isize::MIN,
        "End" => isize::MAX,
        _ => return,
    };
    let Some(from) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if !from.matches(CARD_STOPS).unwrap_or(false) {
        return;
    }
    let Some(card) = from.closest("article").ok().flatten() else {
        return;
    };
    let Ok(list) = card.query_selector_all(CARD_STOPS) else {
        return;
    };
    // Only what is shown: 朗读 is not where the browser has no Chinese voice.
    let stops: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .filter(|e: &web_sys::HtmlElement| e.offset_width() > 0 || e.offset_height() > 0)
        .collect();
    let Some(at) = stops.iter().position(|s| *s == from) else {
        return;
    };
    let to = match step {
        isize::MIN => 0,
        isize::MAX => stops.len() - 1,
        d => (at as isize + d).clamp(0, stops.len() as isize - 1) as usize,
    };
    ev.prevent_default();
    if to == at {
        return;
    }
    let target = &stops[to];
    let hidden = card
        .query_selector(".card-text.folded")
        .ok()
        .flatten()
        .is_some_and(|text| {
            target.get_bounding_client_rect().bottom() > text.get_bounding_client_rect().bottom()
        });
    if hidden {
        if let Ok(Some(toggle)) = card.query_selector(".fold-toggle[aria-expanded=false]") {
            if let Some(t) = toggle.dyn_ref::<web_sys::HtmlElement>() {
                t.click();
            }
        }
    }
    let _ = from.set_attribute("tabindex", "-1");
    let _ = target.set_attribute("tabindex", "0");
    let _ = target.focus();
}

/// Whatever in a card takes the focus (a click, Escape back from a number's details) becomes
/// the card's tab stop, so Shift+Tab and Tab leave from there.
pub fn on_card_focus(ev: &web_sys::FocusEvent) {
    use wasm_bindgen::JsCast;
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if el.get_attribute("tabindex").as_deref() != Some("-1")
        || !el.matches(CARD_STOPS).unwrap_or(false)
    {
        return;
    }
    let Ok(Some(card)) = el.closest("article") else {
        return;
    };
    if let Ok(stops) = card.query_selector_all(CARD_STOPS) {
        for old in (0..stops.length()).filter_map(|i| stops.item(i)) {
            if let Ok(old) = old.dyn_into::<web_sys::Element>() {
                let _ = old.set_attribute("tabindex", "-1");
            }
        }
    }
    let _ = el.set_attribute("tabindex", "0");
}

/// What takes the focus inside a card, in order.
const CARD_STOPS: &str = "button.num, .fold-toggle, .card-speak";
