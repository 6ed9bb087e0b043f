//! [`SectionCard`]: one paragraph of the report as a card.

use leptos::prelude::*;
use report::view::Hit;
use report::BlockRole;

use crate::components::NumberMark;
use crate::state::segments::{pieces, Piece};
use crate::state::Explorer;

/// Texts longer than this many characters fold to a few lines.
const FOLD_CHARS: usize = 150;

/// A card: its part and section, the topic title as a heading, the full text with every
/// indicator marked, and its indicator count. Long texts fold with 展开/收起, but never while a
/// search hit would be hidden or when the card is the focused one.
#[component]
pub fn SectionCard(hit: Hit) -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    let card = data.cards[hit.card].clone();
    let id = card.id.clone();
    let dom_id = format!("card-{id}");
    let heading = match (&card.title, card.role) {
        (Some(t), _) => t.clone(),
        (None, BlockRole::PartIntro | BlockRole::SectionIntro) => "概述".to_string(),
        (None, BlockRole::Closing) => "其他".to_string(),
        (None, _) => "段落".to_string(),
    };
    let title_view = if hit.title_ranges.is_empty() {
        heading.clone().into_any()
    } else {
        report::view::highlight_segments(&heading, &hit.title_ranges)
            .into_iter()
            .map(|(s, m)| {
                if m {
                    view! { <mark>{s}</mark> }.into_any()
                } else {
                    s.into_any()
                }
            })
            .collect_view()
            .into_any()
    };
    let place = match card.section {
        Some(s) => format!(
            "{} · {}",
            data.part_label(card.part),
            data.section_label(card.part, s)
        ),
        None => data.part_label(card.part),
    };
    let count = data.indicator_count(&card);
    let marks = data.marks(&card);
    let body = pieces(&card.text, &marks, &hit.ranges)
        .into_iter()
        .map(|p| match p {
            Piece::Text(segs) => segs
                .into_iter()
                .map(|(s, m)| {
                    if m {
                        view! { <mark>{s}</mark> }.into_any()
                    } else {
                        s.into_any()
                    }
                })
                .collect_view()
                .into_any(),
            Piece::Number(i, segs) => view! { <NumberMark index=i segments=segs/> }.into_any(),
        })
        .collect_view();
    let long = card.text.chars().count() > FOLD_CHARS;
    let has_text_hit = !hit.ranges.is_empty();
    let expanded = RwSignal::new(false);
    let focused = {
        let id = id.clone();
        move || ex.filter.with(|f| f.card.as_deref() == Some(id.as_str()))
    };
    let folded = {
        let focused = focused.clone();
        move || long && !has_text_hit && !focused() && !expanded.get()
    };
    let folded2 = folded.clone();
    let folded2_click = folded.clone();
    let folded3 = folded.clone();
    let heading_id = format!("{dom_id}-title");
    let heading_id2 = heading_id.clone();
    view! {
        <article id=dom_id class="card" class:focused=focused aria-labelledby=heading_id.clone()>
            <p class="card-place">{place}</p>
            <h4 class="card-title" id=heading_id2>{title_view}</h4>
            <p class="card-text" class:folded=folded.clone()>{body}</p>
            <div class="card-foot">
                <span class="card-count">{if count == 0 { "无数据指标".to_string() } else { format!("{count} 项指标") }}</span>
                {(long && !has_text_hit).then(|| view! {
                    <button
                        type="button"
                        class="link-button fold-toggle"
                        aria-expanded=move || (!folded3()).to_string()
                        on:click=move |_| { let now_folded = folded2_click(); expanded.set(now_folded); }
                    >
                        {move || if folded2() { "展开" } else { "收起" }}
                    </button>
                })}
            </div>
        </article>
    }
}
