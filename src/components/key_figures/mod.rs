//! [`KeyFigures`]: the strip of headline indicators, each linking to its card.

use leptos::prelude::*;
use report::Direction;

use crate::render::Fresh;
use crate::state::Explorer;

/// The report's headline indicators, chosen by rules over the parsed numbers
/// (`report::view::key_figures`) and labelled in the report's own words. Each one focuses its
/// card.
#[component]
pub fn KeyFigures() -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    if data.figures.is_empty() {
        return ().into_any();
    }
    let items = data
        .figures
        .iter()
        .map(|f| {
            let card_id = f.card_id.clone();
            let href = format!("#card-{card_id}");
            let growth = f.growth.as_ref().map(|(dir, raw)| {
                let (arrow, class, word) = match dir {
                    Direction::Up => ("▲", "growth-up", "增长"),
                    Direction::Down => ("▼", "growth-down", "下降"),
                };
                view! {
                    <span class=format!("figure-growth {class}")>
                        <span aria-hidden="true">{arrow}</span>
                        <span class="visually-hidden">{word}</span>
                        {raw.clone()}
                    </span>
                }
            });
            let kind = f.kind_word();
            // A growth shown alone carries its own arrow, said in words to screen readers.
            let value = if f.down {
                view! { <span aria-hidden="true">"▼"</span>{f.value_text.clone()} }.into_any()
            } else {
                f.value_text.clone().into_any()
            };
            view! {
                <li class="figure">
                    <a
                        href=href
                        class="figure-link"
                        on:click=move |ev| {
                            ev.prevent_default();
                            let id = card_id.clone();
                            ex.update_filter(|filter| filter.card = Some(id));
                        }
                    >
                        <span class="figure-label">{f.label.clone()}</span>
                        <span class="figure-value">{value}</span>
                        {growth}
                        <span class="figure-kind">{kind}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    Fresh(view! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title" class="section-label">"关键数据"</h2>
            <ul class="figure-list">{items}</ul>
        </section>
    })
    .into_any()
}
