//! The list's two kinds of chunk: the first screenful, live, and the later ones, built once.

use leptos::prelude::*;
use report::view::Hit;

use super::rows::{row_view, rows, Row};
use super::schedule::FirstRows;
use super::ListState;
use crate::components::section_card::CardHit;
use crate::render::Deferred;

/// Chunk 0: live rows, re-diffed by key when the results change; dropped rows wait hidden.
pub(super) fn first_chunk(s: ListState) -> impl IntoView {
    let ex = s.ex;
    let (chunk0, hits, first_range) = (s.chunk0, s.hits, s.first_range);
    view! {
        <div class="card-chunk">
            <For
                each=move || chunk0.with(FirstRows::all)
                key=|row: &Row| *row
                children=move |row| {
                    let data = ex.data();
                    let live = move |card: usize| {
                        CardHit::Live(Memo::new(move |prev: Option<&Hit>| {
                            let range = first_range.get();
                            hits
                                .with(|h| h.get(range).and_then(|h| h.iter().find(|x| x.card == card).cloned()))
                                .or_else(|| prev.cloned())
                                .unwrap_or(Hit {
                                    card,
                                    score: 0,
                                    title_terms: 0,
                                    occurrences: 0,
                                    ranges: Vec::new(),
                                    title_ranges: Vec::new(),
                                })
                        }))
                    };
                    let grouped = Signal::from(s.grouped);
                    let hidden = move || chunk0.with(|f| f.leaving.contains(&row));
                    let view = match row {
                        // During a staged start-up, each card of the first screenful is a stage.
                        Row::Card(_) => view! {
                            <Deferred>{row_view(&ex.data(), row, live, grouped)}</Deferred>
                        }
                        .into_any(),
                        _ => row_view(&data, row, live, grouped),
                    };
                    view! { <div class="card-row" hidden=hidden>{view}</div> }
                }
            />
        </div>
    }
}

/// Later chunks: static, appended one per step, inside a container per generation (current
/// first, then any retired ones, hidden while they are taken down).
pub(super) fn later_chunks(s: ListState) -> impl IntoView {
    let (ex, growth) = (s.ex, s.growth);
    let chunk = move |i: usize| {
        let data = ex.data();
        let fixed = s.grouped.get_untracked();
        let range = s
            .ranges
            .with_untracked(|r| r.get(i).cloned())
            .unwrap_or_default();
        let rows = s.hits.with_untracked(|h| {
            let hits = &h[range.clone()];
            rows(&data, h, range.clone(), fixed)
                .into_iter()
                .map(|row| {
                    let hit = |card: usize| {
                        let hit = hits
                            .iter()
                            .find(|x| x.card == card)
                            .cloned()
                            .expect("a row's card is among the chunk's hits");
                        CardHit::Fixed(hit)
                    };
                    row_view(&data, row, hit, Signal::stored(fixed))
                })
                .collect_view()
        });
        view! { <div class="card-chunk card-chunk-later">{rows}</div> }
    };
    view! {
        <For
            each=move || {
                growth.with(|g| {
                    std::iter::once(g.generation)
                        .chain(g.retired.iter().rev().map(|(id, _)| *id))
                        .collect::<Vec<_>>()
                })
            }
            key=|id: &u64| *id
            children=move |id| {
                let retired = Memo::new(move |_| growth.with(|g| g.generation != id));
                let chunks = move || (1..growth.with(|g| g.later_chunks(id)) + 1).collect::<Vec<_>>();
                view! {
                    <div class="card-gen" class:card-gen-retired=retired>
                        <For
                            each=chunks
                            key=|i: &usize| *i
                            children=chunk
                        />
                    </div>
                }
            }
        />
    }
}
