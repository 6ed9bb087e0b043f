//! [`TableOfContents`]: the 目录 of parts and sections; folds away on phones.

use leptos::prelude::*;

use crate::hooks::UrlState;
use crate::state::{key_of, Choice, Explorer};

/// A jump list of the report's parts and sections. Choosing one filters the cards to it and
/// brings its heading into view with the focus on it. On phones it is a fold-away `<details>`
/// that starts closed, closes when an entry is chosen, and closes on the back button.
#[component]
pub fn TableOfContents(#[prop(into)] open: Signal<bool>) -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    let url = use_context::<UrlState>();
    let details = NodeRef::<leptos::html::Details>::new();
    let phone = move || !ex.wide.get_untracked();
    let on_toggle = move |_| {
        let (Some(url), Some(d)) = (url, details.get_untracked()) else {
            return;
        };
        if d.open() && phone() {
            url.open_overlay("toc", move || {
                if let Some(d) = details.try_get_untracked().flatten() {
                    d.set_open(false);
                }
            });
        } else if !d.open() {
            url.close_overlay("toc", || {});
        }
    };
    // Gone (another report shown) with the 目录 open: its history entry goes too.
    if let Some(url) = url {
        on_cleanup(move || url.close_overlay("toc", || {}));
    }
    // Filters to the part (`section` 0) or section and asks the list to reveal its heading; on
    // a phone the 目录 closes first (and its history entry goes before the filter writes the URL).
    let go = move |part: usize, section: usize| {
        let jump = move || {
            ex.update_filter(|f| {
                if section == 0 {
                    f.parts = report::view::PartSel::Index(part);
                    f.section = None;
                } else {
                    f.section = Some((part, section));
                    f.parts = report::view::PartSel::None;
                }
            });
            ex.reveal.set(Some(if section == 0 {
                format!("part-{part}")
            } else {
                format!("section-{part}-{section}")
            }));
        };
        match (url, details.get_untracked()) {
            (Some(url), Some(d)) if phone() && d.open() => {
                d.set_open(false);
                url.close_overlay("toc", jump);
            }
            _ => jump(),
        }
    };
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
                                    go(p + 1, s + 1);
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
                            go(p + 1, 0);
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
            <details class="toc-details" node_ref=details prop:open=move || open.get() on:toggle=on_toggle>
                <summary>"目录"</summary>
                <ul class="toc-list">{parts}</ul>
            </details>
        </nav>
    }
}
