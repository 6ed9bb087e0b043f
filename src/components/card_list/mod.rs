//! [`CardList`]: the cards the filter leaves, grouped under part and section headings, rendered
//! a screenful first and the rest incrementally.

use leptos::prelude::*;
use report::view::Hit;

use crate::components::SectionCard;
use crate::state::Explorer;

/// Cards rendered in the first pass, then added per step, so a report many times the seed's
/// size never renders thousands of cards in one blocking pass.
const FIRST_SCREEN: usize = 12;
const STEP: usize = 24;

/// One row of the list: a heading or a card.
#[derive(Clone, PartialEq)]
enum Row {
    Part(usize),
    Section(usize, usize),
    Card(Hit),
}

/// The result list. In source order (no search) cards sit under their part and section
/// headings; ordered by relevance (a search) each card names its place itself.
#[component]
pub fn CardList() -> impl IntoView {
    let ex = Explorer::expect();
    let shown = RwSignal::new(FIRST_SCREEN);

    // A new result list starts again from the first screenful.
    Effect::new(move |prev: Option<()>| {
        ex.hits.track();
        if prev.is_some() {
            shown.set(FIRST_SCREEN);
        }
    });
    // Then grows a step at a time, yielding to the browser in between.
    Effect::new(move |_| {
        let total = ex.hits.with(|h| h.len());
        if shown.get() < total {
            gloo_timers::callback::Timeout::new(16, move || shown.update(|s| *s += STEP)).forget();
        }
    });
    // A focused card is rendered and scrolled into view.
    Effect::new(move |_| {
        let Some(id) = ex.filter.with(|f| f.card.clone()) else {
            return;
        };
        let data = ex.data();
        let position = ex
            .hits
            .with(|h| h.iter().position(|hit| data.cards[hit.card].id == id));
        if let Some(p) = position {
            if shown.get_untracked() <= p {
                shown.set(p + 1);
            }
        }
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&format!("card-{id}")) {
                el.scroll_into_view();
            }
        });
    });

    let rows = move || {
        let data = ex.data();
        let grouped = ex
            .filter
            .with(|f| report::view::Query::parse(&f.q).is_empty());
        let limit = shown.get();
        ex.hits.with(|hits| {
            let mut rows = Vec::new();
            let mut last: Option<(usize, Option<usize>)> = None;
            for hit in hits.iter().take(limit) {
                let card = &data.cards[hit.card];
                if grouped {
                    if last.map(|l| l.0) != Some(card.part) {
                        rows.push(Row::Part(card.part));
                    }
                    if let Some(s) = card.section {
                        if last != Some((card.part, Some(s))) {
                            rows.push(Row::Section(card.part, s));
                        }
                    }
                    last = Some((card.part, card.section));
                }
                rows.push(Row::Card(hit.clone()));
            }
            rows
        })
    };
    let key = move |row: &Row| match row {
        Row::Part(p) => format!("p{p}"),
        Row::Section(p, s) => format!("s{p}-{s}"),
        Row::Card(h) => format!("c{}:{:?}:{:?}", h.card, h.ranges, h.title_ranges),
    };
    let more = move || {
        let total = ex.hits.with(|h| h.len());
        (shown.get() < total)
            .then(|| view! { <p class="loading-more" aria-hidden="true">"正在加载更多…"</p> })
    };
    view! {
        <div class="card-list">
            <For
                each=rows
                key=key
                children=move |row| {
                    let data = ex.data();
                    match row {
                        Row::Part(p) => view! {
                            <h2 class="group-part" id=format!("part-{}", p + 1)>{data.part_label(p)}</h2>
                        }.into_any(),
                        Row::Section(p, s) => view! {
                            <h3 class="group-section" id=format!("section-{}-{}", p + 1, s + 1)>{data.section_label(p, s)}</h3>
                        }.into_any(),
                        Row::Card(hit) => view! { <SectionCard hit=hit/> }.into_any(),
                    }
                }
            />
            {more}
        </div>
    }
}
