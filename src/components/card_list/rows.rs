//! The list's rows: part and section headings and cards, in the order the results give them.

use std::ops::Range;

use leptos::prelude::*;
use report::view::Hit;
use report::BlockRole;

use crate::components::section_card::CardHit;
use crate::components::SectionCard;
use crate::render::Fresh;
use crate::state::ReportData;

/// One row of the list: a heading or a card (by index into `ReportData::cards`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Row {
    Part(usize),
    Section(usize, usize),
    /// The paragraphs after a part's last section (`Part::closing`).
    Closing(usize),
    Card(usize),
}

/// Where a card sits: `(part, section)`.
type Place = (usize, Option<usize>);

/// The rows of hits `range`: each card, preceded (when `grouped`) by the headings it opens —
/// a part or section different from the hit's before it (which may be in an earlier chunk).
pub(super) fn rows(
    data: &ReportData,
    hits: &[Hit],
    range: Range<usize>,
    grouped: bool,
) -> Vec<Row> {
    let place = |i: usize| -> Place {
        let card = &data.cards[hits[i].card];
        (card.part, card.section)
    };
    let mut last: Option<Place> = range.start.checked_sub(1).map(place);
    let mut out = Vec::with_capacity(range.len() * 2);
    for i in range {
        let card = &data.cards[hits[i].card];
        if grouped {
            if last.map(|l| l.0) != Some(card.part) {
                out.push(Row::Part(card.part));
            }
            if last != Some((card.part, card.section)) {
                match card.section {
                    Some(s) => out.push(Row::Section(card.part, s)),
                    None if card.role == BlockRole::Closing => out.push(Row::Closing(card.part)),
                    None => {}
                }
            }
            last = Some((card.part, card.section));
        }
        out.push(Row::Card(hits[i].card));
    }
    out
}

/// A heading row, or a card with its highlights. [`Fresh`]: the keyed list moves rows, never
/// diffs one into another, so no rebuild code is compiled for them.
pub(super) fn row_view(
    data: &ReportData,
    row: Row,
    hit: impl FnOnce(usize) -> CardHit,
    grouped: Signal<bool>,
) -> AnyView {
    match row {
        Row::Part(p) => {
            // The line under a heading (`——稳中求进`) belongs to it, so it is in the heading.
            let subtitle = data.report.parts[p]
                .subtitle
                .clone()
                .map(|s| view! { <span class="group-subtitle">{format!("——{s}")}</span> });
            Fresh(view! {
                <h2 class="group-part" id=format!("part-{}", p + 1) tabindex="-1">{data.part_label(p)}{subtitle}</h2>
            })
            .into_any()
        }
        Row::Section(p, s) => Fresh(view! {
            <h3 class="group-section" id=format!("section-{}-{}", p + 1, s + 1) tabindex="-1">{data.section_label(p, s)}</h3>
        })
        .into_any(),
        Row::Closing(p) => Fresh(view! {
            <h3 class="group-closing" id=format!("closing-{}", p + 1)>
                {format!("{} · 其他", data.part_label(p))}
            </h3>
        })
        .into_any(),
        Row::Card(c) => {
            Fresh(view! { <SectionCard card=c hit=hit(c) grouped=grouped/> }).into_any()
        }
    }
}
