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
            // The number and its unit each stay whole; a narrow box breaks between them
            // (`14.21` / `万平方米`) rather than spill over its edge.
            let (num, unit) = split_unit(&f.value_text);
            let (num, unit) = (num.to_string(), unit.to_string());
            let value = view! {
                {f.down.then(|| view! { <span aria-hidden="true">"▼"</span> })}
                <span class="figure-num">{num}</span>
                {(!unit.is_empty()).then(|| view! { <span class="figure-unit">{unit}</span> })}
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

/// A value as written split into its number and what follows (`14.21万平方米` →
/// `14.21`, `万平方米`); all of it is the number when it does not start with a digit (`第二`).
fn split_unit(value: &str) -> (&str, &str) {
    let end = value
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+')))
        .map_or(value.len(), |(i, _)| i);
    if end == 0 {
        (value, "")
    } else {
        value.split_at(end)
    }
}

#[cfg(test)]
mod tests {
    use super::split_unit;

    #[test]
    fn a_value_splits_into_its_number_and_unit() {
        assert_eq!(split_unit("14.21万平方米"), ("14.21", "万平方米"));
        assert_eq!(split_unit("4.1%"), ("4.1", "%"));
        assert_eq!(split_unit("第二"), ("第二", ""));
        assert_eq!(split_unit("1,256家"), ("1,256", "家"));
    }
}
