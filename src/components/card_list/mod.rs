//! [`CardList`]: the cards the filter leaves, grouped under part and section headings, rendered
//! a screenful first and the rest incrementally, append-only, in chunks.
//!
//! The list is chunk 0 (the first screenful) followed by a keyed `<For>` over later chunks,
//! each chunk its own grid box (`.card-chunk`, same columns as the list) ending where a grid row
//! ends, so the chunks line up as one grid. Chunk 0 follows the results: when the search or
//! filters change it re-diffs its few rows by card, and a card that stays keeps its nodes (only
//! its highlighted runs re-render, and its heading when the list turns from grouped to results);
//! it builds only its first grid row of new cards at once, the rest after the frame, and a row
//! the new results drop is hidden at once and taken down after that ([`FirstRows`]). Later
//! chunks are built once from the results as they were when the chunk was added and never
//! re-diffed; each step of growth appends one chunk, so it costs only its own cards. They skip
//! rendering while off screen (`content-visibility: auto`), so a chunk the reader never scrolled
//! to costs no style or layout, to add or to remove. Any change of the results hides the later
//! chunks (a new generation starts growing) and takes them down in steps after the new results
//! are painted.

use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

use leptos::prelude::*;
use report::view::Hit;

use crate::browser::after_paint;
use crate::components::number_kind_names;
use crate::components::number_mark::on_number_event;
use crate::components::section_card::{on_card_focus, on_card_key};
use crate::components::speech_bar::point_at;
use crate::hooks::{use_media_query, use_on_screen, use_stages, when_shown, Speech};
use crate::state::Explorer;

mod chunks;
pub mod estimate;
mod rows;
mod schedule;

use chunks::{first_chunk, later_chunks};
use rows::{rows, Row};
use schedule::{chunk_of, chunk_ranges, FirstRows, Growth};

/// The card list's columns (1, 2 or 3) as the stylesheet lays it out: the same media queries
/// as `style.css` (`wide` at 60rem, `wider` at 100rem), and one column in elder mode. No layout
/// is read.
fn grid_columns(elder: bool, wide: bool, wider: bool) -> usize {
    if elder {
        1
    } else if wider {
        3
    } else if wide {
        2
    } else {
        1
    }
}

/// The list's reactive state, shared by its effects and views.
#[derive(Clone, Copy)]
struct ListState {
    ex: Explorer,
    /// The results as of the list's last catch-up.
    hits: Memo<Vec<Hit>>,
    /// Whether they are grouped under headings (no search).
    grouped: Memo<bool>,
    /// Whether a catch-up waits for the frame to end.
    behind: RwSignal<bool>,
    ranges: Memo<Vec<Range<usize>>>,
    total_chunks: Memo<usize>,
    growth: RwSignal<Growth>,
    first_range: Memo<Range<usize>>,
    chunk0: Memo<FirstRows>,
    /// Steps of the first chunk: building its pending rows, taking its leaving ones down.
    fills: RwSignal<u64>,
    flushes: RwSignal<u64>,
}

impl ListState {
    /// The chunks the focused card needs, if there is one among the results.
    fn focus_chunks(self) -> Option<usize> {
        let id = self.ex.filter.with(|f| f.card.clone())?;
        let data = self.ex.data();
        let p = self
            .hits
            .with(|h| h.iter().position(|hit| data.cards[hit.card].id == id))?;
        Some(self.ranges.with(|r| chunk_of(r, p)) + 1)
    }

    /// What the first chunk's next step does, if anything: build the pending rows, or take the
    /// leaving ones down.
    fn chunk0_step(self) -> Memo<Option<RwSignal<u64>>> {
        let (chunk0, fills, flushes) = (self.chunk0, self.fills, self.flushes);
        Memo::new(move |_| {
            chunk0.with(|f| {
                if f.pending > 0 {
                    Some(fills)
                } else if !f.leaving.is_empty() {
                    Some(flushes)
                } else {
                    None
                }
            })
        })
    }
}

/// The results as the list shows them: `Explorer::hits`, and whether they are grouped (no
/// search), as of the list's last catch-up. While the list is off screen (the reader types at
/// the top of the page) it catches up right after the frame that shows the keystroke, so that
/// frame (the typed character, the count, the filter counts) is not held up by cards no one
/// sees; on screen it catches up in the keystroke's own frame.
fn use_caught_up(
    ex: Explorer,
    on_screen: ReadSignal<bool>,
) -> (Memo<Vec<Hit>>, Memo<bool>, RwSignal<bool>) {
    let caught_up = RwSignal::new(0u64);
    let behind = RwSignal::new(false);
    Effect::new(move |prev: Option<()>| {
        ex.hits.track();
        ex.filter.track();
        if prev.is_none() {
            return;
        }
        if on_screen.get_untracked() {
            caught_up.update(|n| *n += 1);
            return;
        }
        if behind.get_untracked() {
            return; // a catch-up is already waiting for the frame
        }
        behind.set(true);
        after_paint(move || {
            if behind.try_set(false).is_none() {
                caught_up.update(|n| *n += 1);
            }
        });
    });
    let hits = Memo::new(move |_| {
        caught_up.track();
        ex.hits.get_untracked()
    });
    let grouped = Memo::new(move |_| {
        caught_up.track();
        ex.filter
            .with_untracked(|f| report::view::Query::parse(&f.q).is_empty())
    });
    (hits, grouped, behind)
}

/// The list's state for the results, with the first chunk following them row by row.
fn list_state(ex: Explorer, on_screen: ReadSignal<bool>) -> ListState {
    let (hits, grouped, behind) = use_caught_up(ex, on_screen);
    let ranges = Memo::new(move |_| {
        let data = ex.data();
        let grouped = grouped.get();
        hits.with(|h| chunk_ranges(&data, h, grouped))
    });
    let total_chunks = Memo::new(move |_| ranges.with(Vec::len));
    let growth = RwSignal::new(Growth {
        generation: 0,
        chunks: 1,
        retired: Vec::new(),
    });
    // Chunk 0's rows, re-diffed by key when the results change.
    let first_range = Memo::new(move |_| ranges.with(|r| r[0].clone()));
    let first_rows = Memo::new(move |_| {
        let data = ex.data();
        let grouped = grouped.get();
        let range = first_range.get();
        hits.with(|h| rows(&data, h, range, grouped))
    });
    let fills = RwSignal::new(0u64);
    let flushes = RwSignal::new(0u64);
    let (wide, wider) = (
        use_media_query("(min-width: 60rem)"),
        use_media_query("(min-width: 100rem)"),
    );
    let columns = move || {
        let elder = ex.settings.with_untracked(|s| s.elder);
        grid_columns(elder, wide.get_untracked(), wider.get_untracked())
    };
    let chunk0 = Memo::new(move |prev: Option<&FirstRows>| {
        let focused = ex.filter.with(|f| f.card.clone());
        let data = ex.data();
        let keep =
            |r: &Row| matches!((r, &focused), (Row::Card(c), Some(id)) if data.cards[*c].id == *id);
        FirstRows::next(
            prev,
            first_rows.get(),
            (fills.get(), flushes.get()),
            columns,
            keep,
        )
    });
    ListState {
        ex,
        hits,
        grouped,
        behind,
        ranges,
        total_chunks,
        growth,
        first_range,
        chunk0,
        fills,
        flushes,
    }
}

/// New results start again from the first screenful (or as far as the focused card); then the
/// first chunk is finished, later chunks grow one at a time and retired ones are taken down,
/// each step in a task of its own right after a frame has been painted, so a keystroke's frame
/// shows only the first row and the reader's input is never queued behind a step. One chain of
/// steps at a time: a callback from an earlier effect run finds its token outdated and does
/// nothing. Returns whether steps remain (`aria-busy`).
fn use_growth(s: ListState) -> Memo<bool> {
    let growth = s.growth;
    Effect::new(move |prev: Option<()>| {
        s.ranges.track();
        if prev.is_some() {
            let chunks = untrack(move || s.focus_chunks()).unwrap_or(1);
            growth.update(|g| g.restart(chunks));
        }
    });
    let chunk0_step = s.chunk0_step();
    let busy = Memo::new(move |_| {
        s.behind.get()
            || chunk0_step.with(Option::is_some)
            || growth.with(|g| g.chunks < s.total_chunks.get() || !g.retired.is_empty())
    });
    let token = Rc::new(Cell::new(0u64));
    let stages = use_stages();
    Effect::new(move |_| {
        let generation = growth.with(|g| g.generation);
        s.chunk0.track();
        let mine = token.get() + 1;
        token.set(mine);
        // During a staged start-up, the list grows once the app is on screen.
        if !busy.get() || stages.is_some_and(|st| !st.is_shown()) {
            return;
        }
        let token = token.clone();
        after_paint(move || {
            if token.get() != mine {
                return;
            }
            // The first screenful first: its pending rows, then its dropped ones (a later chunk
            // may hold their cards). The list may be gone by the frame (another report shown):
            // then there is nothing to grow.
            let Some(step) = chunk0_step.try_get_untracked() else {
                return;
            };
            if let Some(counter) = step {
                counter.try_update(|n| *n += 1);
            } else if let Some(total) = s.total_chunks.try_get_untracked() {
                growth.try_update(|g| g.step(generation, total));
            }
        });
    });
    // Paper shows every card: printing renders the rest at once.
    let before_print = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        let l = gloo_events::EventListener::new(&window(), "beforeprint", move |_| {
            let all = s.total_chunks.get_untracked();
            growth.update(|g| g.chunks = g.chunks.max(all));
            if s.chunk0.with_untracked(|f| f.pending > 0) {
                s.fills.update(|n| *n += 1);
            }
        });
        before_print.set_value(Some(l));
    });
    busy
}

/// A focused card is rendered and scrolled into view.
fn use_scroll_to_focused(s: ListState) {
    let ex = s.ex;
    Effect::new(move |_| {
        let Some(id) = ex.filter.with(|f| f.card.clone()) else {
            return;
        };
        if let Some(needed) = s.focus_chunks() {
            if s.growth.with_untracked(|g| g.chunks < needed) {
                s.growth.update(|g| g.chunks = needed);
            }
        }
        // Embedded, the card is the whole list (and scrolling would move the host page).
        if ex.shows_only_focused() {
            return;
        }
        when_shown(move || {
            request_animation_frame(move || {
                let Some(el) = document().get_element_by_id(&format!("card-{id}")) else {
                    return;
                };
                el.scroll_into_view();
                // Charts above the list settle their height on their first draw. Browsers without
                // scroll anchoring (WebKit, so every iPhone) would then leave the card off screen:
                // scroll once more after that, unless the reader has scrolled meanwhile.
                let scrolled_to = window().scroll_y().unwrap_or_default();
                gloo_timers::callback::Timeout::new(400, move || {
                    if (window().scroll_y().unwrap_or_default() - scrolled_to).abs() < 1.0 {
                        el.scroll_into_view();
                    }
                })
                .forget();
            })
        });
    });
}

/// A heading asked for by [`Explorer::reveal`] (a 目录 jump) is scrolled into view once the list
/// shows it (smoothly unless the reader prefers reduced motion) and takes the focus, so a
/// screen reader and the keyboard continue from there.
fn use_reveal(ex: Explorer, busy: Memo<bool>) {
    // Only once the list has caught up with the filter: until then the heading found may be
    // the earlier results' copy, about to be taken down (and the focus with it).
    Effect::new(move |_| {
        if ex.reveal.with(Option::is_none) || busy.get() {
            return;
        }
        after_paint(move || {
            if busy.try_get_untracked() != Some(false) {
                return;
            }
            let Some(id) = ex.reveal.try_get_untracked().flatten() else {
                return;
            };
            if let Some(el) = document().get_element_by_id(&id) {
                crate::browser::scroll::bring_into_view(&el);
                crate::browser::scroll::focus_without_scrolling(&el);
            }
            ex.reveal.set(None);
        });
    });
}

/// Once the list has settled, and whenever its width or the reading aids change, the chunks not
/// laid out yet get stand-in heights estimated from their cards (see [`estimate`]), so the page
/// keeps its height as they are shown.
fn use_stand_in_heights(ex: Explorer, list_ref: NodeRef<leptos::html::Div>, busy: Memo<bool>) {
    // The window's size, not a ResizeObserver on the list: the estimates change the page's
    // height, which may toggle a scrollbar and the list's width within the observer's loop.
    let resized = RwSignal::new(0u64);
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        if listener.with_value(Option::is_none) {
            listener.set_value(Some(gloo_events::EventListener::new(
                &window(),
                "resize",
                move |_| resized.update(|n| *n += 1),
            )));
        }
        resized.track();
        ex.settings.track();
        if busy.get() {
            return;
        }
        after_paint(move || {
            if let Some(list) = list_ref.try_get_untracked().flatten() {
                estimate::size_placeholders(&list);
            }
        });
    });
}

/// The card list: grouped results (or search results), built a screenful first, then in steps.
#[component]
pub fn CardList() -> impl IntoView {
    let ex = Explorer::expect();
    let list_ref = NodeRef::<leptos::html::Div>::new();
    let on_screen = use_on_screen(list_ref);
    let speech = use_context::<Speech>();
    let s = list_state(ex, on_screen);
    let busy = use_growth(s);
    use_scroll_to_focused(s);
    use_reveal(ex, busy);
    use_stand_in_heights(ex, list_ref, busy);
    let (growth, total_chunks, grouped) = (s.growth, s.total_chunks, s.grouped);
    let more = move || {
        (growth.with(|g| g.chunks) < total_chunks.get())
            .then(|| view! { <p class="loading-more" aria-hidden="true">"正在加载更多…"</p> })
    };
    view! {
        {move || (!grouped.get()).then(|| view! { <h2 class="results-heading">"搜索结果"</h2> })}
        <div
            class="card-list"
            node_ref=list_ref
            aria-busy=move || busy.get().then_some("true")
            on:click=move |ev| {
                on_number_event(ex, &ev);
                point_at(ex, speech, &ev);
            }
            on:keydown=move |ev| {
                on_number_event(ex, &ev);
                on_card_key(&ev);
            }
            on:focusin=move |ev| {
                on_card_focus(&ev);
                point_at(ex, speech, &ev);
            }
        >
            {first_chunk(s)}
            {later_chunks(s)}
            {more}
        </div>
        {number_kind_names()}
    }
}

#[cfg(test)]
mod tests;
