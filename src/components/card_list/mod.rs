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
use report::BlockRole;

use crate::components::number_mark::on_number_event;
use crate::components::section_card::CardHit;
use crate::components::SectionCard;
use crate::hooks::{after_paint, use_on_screen, use_stages, when_shown};
use crate::render::{Deferred, Fresh};
use crate::state::{Explorer, ReportData};

/// Cards in the first chunk (what a keystroke's frame shows: the list starts below the search
/// box and filters, so this fills the screen there), then per later chunk: one step of growth.
/// A chunk may take a few more cards to end where a grid row ends.
const FIRST_SCREEN: usize = 6;
const STEP: usize = 24;
/// The first few steps are smaller: they run while the page is still starting (a mid-range
/// phone builds about eight cards in 50 ms, the longest task that does not block the reader),
/// and they cover a report the size of the seed.
const EARLY_STEP: usize = 6;
const EARLY_STEPS: usize = 6;
/// A row of the grid is complete after a multiple of this many cards (1, 2 or 3 columns).
const ROW_CARDS: usize = 6;
/// Hidden chunks taken down per step: dropping a card costs about as much as building one.
const TEARDOWN_STEP: usize = 2;

/// Splits `hits` into chunks of about `FIRST_SCREEN`, then `STEP` cards, each ending where a
/// grid row ends in every layout (1, 2 or 3 columns): before a card that spans the whole row (a
/// group heading when `grouped`, or a wide card), or after a multiple of [`ROW_CARDS`] cards since
/// the last such card. Always at least one chunk (the first screenful, maybe empty).
fn chunk_ranges(data: &ReportData, hits: &[Hit], grouped: bool) -> Vec<Range<usize>> {
    // Whether the card at `i` starts a new grid row (a heading before it, or itself wide).
    let full_row = |i: usize| -> bool {
        let card = &data.cards[hits[i].card];
        if card.section.is_none() {
            return true;
        }
        grouped && {
            let prev = i.checked_sub(1).map(|j| &data.cards[hits[j].card]);
            prev.is_none_or(|p| (p.part, p.section) != (card.part, card.section))
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut run = 0; // cards since the last full-row item
    for (i, hit) in hits.iter().enumerate() {
        let target = match out.len() {
            0 => FIRST_SCREEN,
            n if n <= EARLY_STEPS => EARLY_STEP,
            _ => STEP,
        };
        let wide = data.cards[hit.card].section.is_none();
        let starts_row = full_row(i);
        let size = i - start;
        if size >= target && (starts_row || run % ROW_CARDS == 0 || size >= target + 2 * ROW_CARDS)
        {
            out.push(start..i);
            start = i;
        }
        run = if wide {
            0
        } else if starts_row {
            1
        } else {
            run + 1
        };
    }
    out.push(start..hits.len());
    out
}

/// The chunk holding hit `p`.
fn chunk_of(ranges: &[Range<usize>], p: usize) -> usize {
    ranges.partition_point(|r| r.end <= p)
}

/// One row of the list: a heading or a card (by index into `ReportData::cards`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
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
fn rows(data: &ReportData, hits: &[Hit], range: Range<usize>, grouped: bool) -> Vec<Row> {
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
fn row_view(
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
                <h2 class="group-part" id=format!("part-{}", p + 1)>{data.part_label(p)}{subtitle}</h2>
            })
            .into_any()
        }
        Row::Section(p, s) => Fresh(view! {
            <h3 class="group-section" id=format!("section-{}-{}", p + 1, s + 1)>{data.section_label(p, s)}</h3>
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

/// The chunks after the first: which generation of results they belong to, and how many
/// chunks (counting the first) are rendered; changed together, so the list never renders chunks
/// of new results at an old count. `retired`: earlier generations still being taken down, with
/// how many of their later chunks remain, hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Growth {
    generation: u64,
    chunks: usize,
    retired: Vec<(u64, usize)>,
}

impl Growth {
    /// How many later chunks generation `id` has in the page.
    fn later_chunks(&self, id: u64) -> usize {
        if id == self.generation {
            self.chunks.saturating_sub(1)
        } else {
            self.retired
                .iter()
                .find(|(g, _)| *g == id)
                .map_or(0, |(_, n)| *n)
        }
    }

    /// Starts a new generation with `chunks` chunks. The old one's later chunks are hidden now
    /// and taken down a few per step once the new results are painted: dropping cards (their
    /// nodes and reactive state) costs about as much as building them, and even the seed's
    /// thirty would double the time of the keystroke that caused it.
    fn restart(&mut self, chunks: usize) {
        let old = (self.generation, self.chunks.saturating_sub(1));
        if old.1 > 0 {
            self.retired.push(old);
        }
        self.generation += 1;
        self.chunks = chunks;
    }

    /// One step: a chunk more of the current generation (up to `total`) while it grows, else up
    /// to [`TEARDOWN_STEP`] chunks less of the retired ones (hidden, they can wait: the new
    /// results come first, and no step does both).
    fn step(&mut self, generation: u64, total: usize) {
        if self.generation == generation && self.chunks < total {
            self.chunks += 1;
            return;
        }
        let mut budget = TEARDOWN_STEP;
        while budget > 0 {
            let Some(last) = self.retired.last_mut() else {
                break;
            };
            let k = budget.min(last.1);
            last.1 -= k;
            budget -= k;
            if last.1 == 0 {
                self.retired.pop();
            }
        }
    }
}

/// The card list's columns (1, 2 or 3) as the stylesheet lays it out now: the same media
/// queries as `style.css`, and one column in elder mode. No layout is read.
fn grid_columns() -> usize {
    let elder = document()
        .document_element()
        .is_some_and(|root| root.class_list().contains("elder"));
    let wider = |q: &str| {
        window()
            .match_media(q)
            .ok()
            .flatten()
            .is_some_and(|m| m.matches())
    };
    if elder {
        1
    } else if wider("(min-width: 100rem)") {
        3
    } else if wider("(min-width: 60rem)") {
        2
    } else {
        1
    }
}

/// The first chunk's rows in the page. A change of results builds at once only the rows up to
/// the end of its first grid row of cards (with the search box at the top of the viewport, only
/// that row's top is in view), and keeps every row already in the page that it still has; the
/// rest (`pending`) follow in the next step after the frame (`fills` counts those steps). Rows
/// the results dropped wait hidden (`leaving`) until the step after that (`flushes` counts
/// those): removing a card costs about as much as building one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct FirstRows {
    shown: Vec<Row>,
    pending: usize,
    leaving: Vec<Row>,
    fills: u64,
    flushes: u64,
}

impl FirstRows {
    /// The rows after the results' rows became `rows`, or after a step (`fills` or `flushes`
    /// moved on). `row_cards`: the cards in a grid row; `keep`: a row to build at once wherever
    /// it is (the focused card).
    fn next(
        prev: Option<&FirstRows>,
        rows: Vec<Row>,
        (fills, flushes): (u64, u64),
        row_cards: impl FnOnce() -> usize,
        keep: impl Fn(&Row) -> bool,
    ) -> FirstRows {
        let Some(p) = prev else {
            return FirstRows {
                shown: rows,
                fills,
                flushes,
                ..FirstRows::default()
            };
        };
        let in_page = |r: &Row| p.shown.contains(r) || p.leaving.contains(r);
        let build_now = if p.fills == fills {
            row_cards()
        } else {
            usize::MAX
        };
        let mut shown = Vec::with_capacity(rows.len());
        let mut cards = 0;
        for r in &rows {
            if cards < build_now || in_page(r) || keep(r) {
                shown.push(*r);
            }
            cards += usize::from(matches!(r, Row::Card(_)));
        }
        let kept: &[Row] = if p.flushes == flushes {
            &p.leaving
        } else {
            &[]
        };
        let mut leaving = Vec::new();
        for r in kept.iter().chain(&p.shown) {
            if !shown.contains(r) && !leaving.contains(r) {
                leaving.push(*r);
            }
        }
        FirstRows {
            pending: rows.len() - shown.len(),
            shown,
            leaving,
            fills,
            flushes,
        }
    }

    /// Every row in the page, shown ones first.
    fn all(&self) -> Vec<Row> {
        self.shown.iter().chain(&self.leaving).copied().collect()
    }
}

#[component]
pub fn CardList() -> impl IntoView {
    let ex = Explorer::expect();
    let list_ref = NodeRef::<leptos::html::Div>::new();
    let on_screen = use_on_screen(list_ref);
    // The results as the list shows them: `Explorer::hits`, and whether they are grouped (no
    // search), as of the list's last catch-up. While the list is off screen (the reader types
    // at the top of the page) it catches up right after the frame that shows the keystroke, so
    // that frame (the typed character, the count, the filter counts) is not held up by cards no
    // one sees; on screen it catches up in the keystroke's own frame.
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
    // The chunks the focused card needs, if there is one among the results.
    let focus_chunks = move || {
        let id = ex.filter.with(|f| f.card.clone())?;
        let data = ex.data();
        let p = hits.with(|h| h.iter().position(|hit| data.cards[hit.card].id == id))?;
        Some(ranges.with(|r| chunk_of(r, p)) + 1)
    };

    // New results start again from the first screenful (or as far as the focused card).
    Effect::new(move |prev: Option<()>| {
        ranges.track();
        if prev.is_some() {
            let chunks = untrack(focus_chunks).unwrap_or(1);
            growth.update(|g| g.restart(chunks));
        }
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
    let chunk0 = Memo::new(move |prev: Option<&FirstRows>| {
        let focused = ex.filter.with(|f| f.card.clone());
        let data = ex.data();
        let keep =
            |r: &Row| matches!((r, &focused), (Row::Card(c), Some(id)) if data.cards[*c].id == *id);
        FirstRows::next(
            prev,
            first_rows.get(),
            (fills.get(), flushes.get()),
            grid_columns,
            keep,
        )
    });
    // What the first chunk's next step does, if anything: build the pending rows, or take the
    // leaving ones down.
    let chunk0_step = Memo::new(move |_| {
        chunk0.with(|f| {
            if f.pending > 0 {
                Some(fills)
            } else if !f.leaving.is_empty() {
                Some(flushes)
            } else {
                None
            }
        })
    });
    let busy = Memo::new(move |_| {
        behind.get()
            || chunk0_step.with(Option::is_some)
            || growth.with(|g| g.chunks < total_chunks.get() || !g.retired.is_empty())
    });
    // Then finish the first chunk, grow a chunk at a time and take retired ones down, each step
    // in a task of its own right after a frame has been painted, so a keystroke's frame shows
    // only the first row and the reader's input is never queued behind a step. One chain of
    // steps at a time: a callback from an earlier effect run finds its token outdated and does
    // nothing.
    let token = Rc::new(Cell::new(0u64));
    let stages = use_stages();
    Effect::new(move |_| {
        let generation = growth.with(|g| g.generation);
        chunk0.track();
        let mine = token.get() + 1;
        token.set(mine);
        // During a staged start-up, the list grows once the app is on screen.
        if !busy.get() || stages.is_some_and(|s| !s.is_shown()) {
            return;
        }
        let token = token.clone();
        after_paint(move || {
            if token.get() != mine {
                return;
            }
            // The first screenful first: its pending rows, then its dropped ones (a later chunk
            // may hold their cards).
            if let Some(counter) = chunk0_step.get_untracked() {
                counter.update(|n| *n += 1);
            } else {
                growth.update(|g| g.step(generation, total_chunks.get_untracked()));
            }
        });
    });
    // Paper shows every card: printing renders the rest at once.
    let before_print = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move |_| {
        let l = gloo_events::EventListener::new(&window(), "beforeprint", move |_| {
            let all = total_chunks.get_untracked();
            growth.update(|g| g.chunks = g.chunks.max(all));
            if chunk0.with_untracked(|f| f.pending > 0) {
                fills.update(|n| *n += 1);
            }
        });
        before_print.set_value(Some(l));
    });
    // A focused card is rendered and scrolled into view.
    Effect::new(move |_| {
        let Some(id) = ex.filter.with(|f| f.card.clone()) else {
            return;
        };
        if let Some(needed) = focus_chunks() {
            if growth.with_untracked(|g| g.chunks < needed) {
                growth.update(|g| g.chunks = needed);
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

    // Chunk 0: live rows, re-diffed by key when the results change; dropped rows wait hidden.
    let first = view! {
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
                    let grouped = Signal::from(grouped);
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
    };
    // Later chunks: static, appended one per step, inside a container per generation (current
    // first, then any retired ones, hidden while they are taken down).
    let chunk = move |i: usize| {
        let data = ex.data();
        let fixed = grouped.get_untracked();
        let range = ranges
            .with_untracked(|r| r.get(i).cloned())
            .unwrap_or_default();
        let rows = hits.with_untracked(|h| {
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
    let later = view! {
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
    };
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
            on:click=move |ev| on_number_event(ex, &ev)
            on:keydown=move |ev| on_number_event(ex, &ev)
        >
            {first}
            {later}
            {more}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> (ReportData, Vec<Hit>) {
        let report = report::parse(crate::state::DEFAULT_REPORT).unwrap();
        let data = ReportData::new(report, "x");
        let hits = report::view::apply_indexed(
            &data.report,
            &data.cards,
            &data.index,
            &Default::default(),
        );
        (data, hits)
    }

    /// Every chunk ends where a grid row ends, in 1, 2 and 3 columns: before a heading or a
    /// wide card, or after a multiple of 6 cards since the last of those.
    fn assert_rows_complete(data: &ReportData, hits: &[Hit], grouped: bool) {
        let ranges = chunk_ranges(data, hits, grouped);
        assert!(!ranges.is_empty());
        let mut next = 0;
        for r in &ranges {
            assert_eq!(r.start, next, "contiguous");
            next = r.end;
        }
        assert_eq!(next, hits.len(), "every hit once");
        assert!(
            ranges[1..].iter().all(|r| !r.is_empty()),
            "no empty later chunk"
        );
        for r in &ranges[..ranges.len() - 1] {
            let rows = rows(data, hits, 0..r.end + 1, grouped);
            // The grid row is complete if the next card is preceded by a heading or is wide,
            // or if the cards since the last full-width item fill whole rows.
            let next_card = &data.cards[hits[r.end].card];
            let heading_before = !matches!(rows[rows.len() - 2], Row::Card(_));
            let run = rows[..rows.len() - 1]
                .iter()
                .rev()
                .take_while(|row| matches!(row, Row::Card(c) if data.cards[*c].section.is_some()))
                .count();
            assert!(
                heading_before || next_card.section.is_none() || run % ROW_CARDS == 0,
                "chunk ending at {} leaves a row open ({run} cards)",
                r.end
            );
        }
    }

    #[test]
    fn chunks_cover_every_hit_once_and_end_with_a_row() {
        let (data, hits) = seed();
        assert_rows_complete(&data, &hits, true);
        assert_rows_complete(&data, &hits, false);
        let ranges = chunk_ranges(&data, &hits, true);
        assert!(ranges[0].len() >= FIRST_SCREEN && ranges[0].len() < FIRST_SCREEN + 2 * ROW_CARDS);
        assert_eq!(chunk_of(&ranges, 0), 0);
        assert_eq!(chunk_of(&ranges, hits.len() - 1), ranges.len() - 1);
        assert_eq!(chunk_ranges(&data, &[], true), vec![0..0]);
        // A bigger, repeated list: chunks of about STEP cards.
        let many: Vec<Hit> = (0..10).flat_map(|_| hits.iter().cloned()).collect();
        assert_rows_complete(&data, &many, false);
        let r = chunk_ranges(&data, &many, false);
        assert!(r[1..=EARLY_STEPS]
            .iter()
            .all(|r| r.len() >= EARLY_STEP && r.len() <= EARLY_STEP + 2 * ROW_CARDS));
        assert!(r[EARLY_STEPS + 1..r.len() - 1]
            .iter()
            .all(|r| r.len() >= STEP && r.len() <= STEP + 2 * ROW_CARDS));
    }

    #[test]
    fn a_new_generation_hides_the_old_one_and_takes_it_down_in_steps() {
        let mut g = Growth {
            generation: 0,
            chunks: 1,
            retired: Vec::new(),
        };
        for _ in 0..20 {
            g.step(0, 15);
        }
        assert_eq!(g.chunks, 15, "grows to the total, one chunk per step");
        assert_eq!(g.later_chunks(0), 14);
        g.restart(1);
        assert_eq!((g.generation, g.chunks), (1, 1));
        assert_eq!(
            g.retired,
            vec![(0, 14)],
            "14 later chunks: hidden, not dropped"
        );
        assert_eq!(g.later_chunks(0), 14);
        g.step(1, 3);
        g.step(1, 3);
        assert_eq!(g.chunks, 3, "the new results grow first");
        assert_eq!(g.later_chunks(0), 14, "nothing taken down meanwhile");
        g.step(0, 3);
        assert_eq!(
            g.chunks, 3,
            "a step of an old generation does not grow the new one"
        );
        assert_eq!(
            g.later_chunks(0),
            14 - TEARDOWN_STEP,
            "it takes the old one down"
        );
        for _ in 0..10 {
            g.step(1, 3);
        }
        assert!(g.retired.is_empty(), "taken down");
        // Even a generation with a single later chunk is hidden, not dropped with the keystroke.
        g.restart(1);
        assert_eq!(g.retired, vec![(1, 2)]);
        assert_eq!(g.generation, 2);
        while !g.retired.is_empty() {
            g.step(2, 1);
        }
        // One with no later chunks leaves nothing to take down.
        g.restart(1);
        assert!(g.retired.is_empty());
        assert_eq!(g.generation, 3);
    }

    #[test]
    fn new_first_rows_come_a_row_at_a_time_and_dropped_ones_wait_hidden() {
        use Row::*;
        let none = |_: &Row| false;
        let a = FirstRows::next(None, vec![Part(0), Card(1), Card(2)], (0, 0), || 3, none);
        assert_eq!((a.shown.len(), a.pending, a.leaving.len()), (3, 0, 0));
        // New results: a grid row of cards (here three, and their headings) and rows already in
        // the page at once; the dropped rows stay, hidden, after the shown ones.
        let rows = vec![
            Part(1),
            Card(7),
            Card(8),
            Card(2),
            Section(1, 0),
            Card(9),
            Card(10),
        ];
        let b = FirstRows::next(Some(&a), rows.clone(), (0, 0), || 3, none);
        assert_eq!(b.shown, vec![Part(1), Card(7), Card(8), Card(2)]);
        assert_eq!(b.pending, 3);
        assert_eq!(b.leaving, vec![Part(0), Card(1)]);
        assert_eq!(
            b.all(),
            vec![Part(1), Card(7), Card(8), Card(2), Part(0), Card(1)]
        );
        // One column: one card (and the row already in the page).
        let phone = FirstRows::next(Some(&a), rows.clone(), (0, 0), || 1, none);
        assert_eq!(phone.shown, vec![Part(1), Card(7), Card(2)]);
        // A focused card is built at once wherever it is.
        let focused = FirstRows::next(Some(&a), rows.clone(), (0, 0), || 3, |r| *r == Card(10));
        assert_eq!(focused.shown.last(), Some(&Card(10)));
        // The fill step: every row; still the dropped ones wait.
        let c = FirstRows::next(Some(&b), rows.clone(), (1, 0), || 3, none);
        assert_eq!((&c.shown, c.pending), (&rows, 0));
        assert_eq!(c.leaving, vec![Part(0), Card(1)]);
        // Another change before the take-down: a leaving row that comes back is shown again.
        let d = FirstRows::next(Some(&c), vec![Card(1), Card(9)], (1, 0), || 3, none);
        assert_eq!(d.shown, vec![Card(1), Card(9)]);
        assert_eq!(
            d.leaving,
            vec![
                Part(0),
                Part(1),
                Card(7),
                Card(8),
                Card(2),
                Section(1, 0),
                Card(10)
            ]
        );
        // The take-down: only what is shown is left.
        let e = FirstRows::next(Some(&d), vec![Card(1), Card(9)], (1, 1), || 3, none);
        assert!(e.leaving.is_empty());
        assert_eq!(e.all(), vec![Card(1), Card(9)]);
    }

    #[test]
    fn rows_open_a_group_only_where_it_changes_even_across_chunks() {
        let (data, hits) = seed();
        let whole = rows(&data, &hits, 0..hits.len(), true);
        let mut chunked = Vec::new();
        for r in chunk_ranges(&data, &hits, true) {
            chunked.extend(rows(&data, &hits, r, true));
        }
        assert_eq!(chunked, whole, "chunking changes no heading");
        let parts = whole.iter().filter(|r| matches!(r, Row::Part(_))).count();
        assert_eq!(parts, 2);
        let ungrouped = rows(&data, &hits, 0..hits.len(), false);
        assert!(ungrouped.iter().all(|r| matches!(r, Row::Card(_))));
        assert_eq!(ungrouped.len(), hits.len());
    }
}
