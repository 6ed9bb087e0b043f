//! [`SectionCard`]: one paragraph of the report as a card.

use leptos::prelude::*;
use report::view::Hit;
use report::BlockRole;

use crate::components::{CardChart, NumberMark};
use crate::state::segments::{pieces, Piece};
use crate::state::Explorer;

/// Texts longer than this many characters fold to a few lines.
const FOLD_CHARS: usize = 150;

/// A card: its part and section, the topic title as a heading, the full text with every
/// indicator marked, and its indicator count. Long texts fold with 展开/收起, but never while a
/// search hit would be hidden or when the card is the focused one.
///
/// `grouped`: the card sits under its part and section headings, so it does not repeat its
/// place, and its heading is one level below the nearest group heading.
#[component]
pub fn SectionCard(hit: Hit, #[prop(optional)] grouped: bool) -> impl IntoView {
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
    let count = data.indicator_count(&card);
    let marks = data.marks(&card);
    let mut body_pieces = pieces(&card.text, &marks, &hit.ranges);
    let trails = take_trailing_punctuation(&mut body_pieces);
    let body = body_pieces
        .into_iter()
        .zip(trails)
        .map(|(p, trail)| match p {
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
            Piece::Number(i, segs) => {
                view! { <NumberMark index=i segments=segs trail=trail.unwrap_or_default()/> }
                    .into_any()
            }
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
    let level = if grouped && card.section.is_some() {
        4
    } else {
        3
    };
    let wide_card = card.section.is_none();
    let heading_id = format!("{dom_id}-title");
    let heading_id2 = heading_id.clone();
    view! {
        <article id=dom_id class="card" class:card-wide=wide_card class:focused=focused aria-labelledby=heading_id.clone()>
            <p class="card-place" class:visually-hidden=grouped>{place}</p>
            {if level == 3 {
                view! { <h3 class="card-title" id=heading_id2>{title_view}</h3> }.into_any()
            } else {
                view! { <h4 class="card-title" id=heading_id2>{title_view}</h4> }.into_any()
            }}
            <p class="card-text" class:folded=folded.clone()>{body}</p>
            <CardChart card=hit.card/>
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

/// Punctuation that must not start a line: kept with the number before it.
fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        '。' | '，'
            | '、'
            | '；'
            | '：'
            | '）'
            | '”'
            | '’'
            | '！'
            | '？'
            | '》'
            | ','
            | '.'
            | ';'
            | ':'
            | ')'
            | '!'
            | '?'
    )
}

/// For each piece, the closing punctuation taken from the start of the text piece after a
/// number, so the number and its punctuation never break across lines (`第二名` / `。`).
fn take_trailing_punctuation(pieces: &mut [Piece]) -> Vec<Option<String>> {
    let mut trails = vec![None; pieces.len()];
    for i in 0..pieces.len().saturating_sub(1) {
        if !matches!(pieces[i], Piece::Number(..)) {
            continue;
        }
        if let Piece::Text(segs) = &mut pieces[i + 1] {
            let Some((first, false)) = segs.first_mut() else {
                continue;
            };
            let n: usize = first
                .chars()
                .take_while(|&c| is_closing_punctuation(c))
                .map(char::len_utf8)
                .sum();
            if n > 0 {
                let rest = first.split_off(n);
                trails[i] = Some(std::mem::replace(first, rest));
                if first.is_empty() {
                    segs.remove(0);
                }
            }
        }
    }
    trails
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_after_a_number_moves_into_its_mark() {
        let mut p = vec![
            Piece::Number(0, vec![("第二".into(), false)]),
            Piece::Text(vec![("。街道".into(), false)]),
            Piece::Number(1, vec![("3个".into(), false)]),
            Piece::Text(vec![("项目".into(), false)]),
        ];
        let trails = take_trailing_punctuation(&mut p);
        assert_eq!(trails, vec![Some("。".into()), None, None, None]);
        assert_eq!(p[1], Piece::Text(vec![("街道".into(), false)]));
        assert_eq!(p[3], Piece::Text(vec![("项目".into(), false)]));
    }

    #[test]
    fn a_highlighted_punctuation_stays_in_the_text() {
        let mut p = vec![
            Piece::Number(0, vec![("5家".into(), false)]),
            Piece::Text(vec![("，".into(), true)]),
        ];
        assert_eq!(take_trailing_punctuation(&mut p), vec![None, None]);
    }
}
