//! [`CardList`]: the cards the filter leaves, grouped under part and section headings, rendered
//! a screenful first and the rest incrementally.

use leptos::prelude::*;
use report::view::Hit;
use report::BlockRole;

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
    /// The paragraphs after a part's last section (`Part::closing`).
    Closing(usize),
    Card(Hit, bool),
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
                    if last != Some((card.part, card.section)) {
                        match card.section {
                            Some(s) => rows.push(Row::Section(card.part, s)),
                            None if card.role == BlockRole::Closing => {
                                rows.push(Row::Closing(card.part))
                            }
                            None => {}
                        }
                    }
                    last = Some((card.part, card.section));
                }
                rows.push(Row::Card(hit.clone(), grouped));
            }
            rows
        })
    };
    let key = move |row: &Row| match row {
        Row::Part(p) => format!("p{p}"),
        Row::Section(p, s) => format!("s{p}-{s}"),
        Row::Closing(p) => format!("x{p}"),
        Row::Card(h, g) => format!("c{}:{g}:{:?}:{:?}", h.card, h.ranges, h.title_ranges),
    };
    let more = move || {
        let total = ex.hits.with(|h| h.len());
        (shown.get() < total)
            .then(|| view! { <p class="loading-more" aria-hidden="true">"正在加载更多…"</p> })
    };
    let searching = move || {
        ex.filter
            .with(|f| !report::view::Query::parse(&f.q).is_empty())
    };
    view! {
        {move || searching().then(|| view! { <h2 class="results-heading">"搜索结果"</h2> })}
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
                        Row::Closing(p) => view! {
                            <h3 class="group-closing" id=format!("closing-{}", p + 1)>
                                {format!("{} · 其他", data.part_label(p))}
                            </h3>
                        }.into_any(),
                        Row::Card(hit, grouped) => view! { <SectionCard hit=hit grouped=grouped/> }.into_any(),
                    }
                }
            />
            {more}
        </div>
    }
}
