//! [`TableOfContents`]: the 目录 of parts and sections; folds away on phones.

use leptos::prelude::*;

use crate::state::{key_of, Choice, Explorer};

/// A jump list of the report's parts and sections. Choosing one filters the cards to it; on
/// phones it is a fold-away `<details>` that starts closed.
#[component]
pub fn TableOfContents(#[prop(into)] open: Signal<bool>) -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    // Which link is current, as selectors: a long report has a thousand links, and only the two
    // whose state changes should re-render.
    let section_now = StoredValue::new(Choice::new(move || key_of(ex.filter.with(|f| f.section))));
    let part_now = StoredValue::new(Choice::new(move || {
        key_of(ex.filter.with(|f| match (f.parts, f.section) {
            (report::view::PartSel::Index(n), None) => Some(n),
            _ => None,
        }))
    }));
    let parts = data
        .report
        .parts
        .iter()
        .enumerate()
        .map(|(p, part)| {
            let sections = (0..part.sections.len())
                .map(|s| {
                    let label = data.section_label(p, s);
                    view! {
                        <li>
                            <a
                                href=format!("#section-{}-{}", p + 1, s + 1)
                                aria-current=move || section_now.with_value(|c| c.is(&key_of(Some((p + 1, s + 1))))).then_some("true")
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    ex.update_filter(|f| {
                                        f.section = Some((p + 1, s + 1));
                                        f.parts = report::view::PartSel::None;
                                    });
                                }
                            >
                                {label}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let _ = part;
            view! {
                <li>
                    <a
                        href=format!("#part-{}", p + 1)
                        class="toc-part"
                        aria-current=move || part_now.with_value(|c| c.is(&key_of(Some(p + 1)))).then_some("true")
                        on:click=move |ev| {
                            ev.prevent_default();
                            ex.update_filter(|f| {
                                f.parts = report::view::PartSel::Index(p + 1);
                                f.section = None;
                            });
                        }
                    >
                        {data.part_label(p)}
                    </a>
                    <ul>{sections}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="toc" aria-label="目录">
            <details class="toc-details" prop:open=move || open.get()>
                <summary>"目录"</summary>
                <ul class="toc-list">{parts}</ul>
            </details>
        </nav>
    }
}
