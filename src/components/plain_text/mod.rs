//! [`PlainText`]: 纯文本 (`view=text`), the report as its headings and paragraphs only
//! (`report::view::plain`), in text nodes like everything from the report; and [`plain_link`],
//! the link between it and the explorer.

use leptos::prelude::*;
use report::view::{self, Filter, Plain, SettingsOverrides, TEXT_VIEW};

use crate::state::{Explorer, ViewInfo};

/// Whether the page shows the plain view.
pub fn is_plain(info: &ViewInfo) -> bool {
    info.extras.view.as_deref() == Some(TEXT_VIEW)
}

/// The report's headings (parts as `<h2>`, sections as `<h3>`) and paragraphs.
#[component]
pub fn PlainText() -> impl IntoView {
    let data = Explorer::expect().data();
    let lines = view::plain(&data.report)
        .into_iter()
        .map(|line| match line {
            Plain::Part(t) => view! { <h2>{t}</h2> }.into_any(),
            Plain::Section(t) => view! { <h3>{t}</h3> }.into_any(),
            Plain::Paragraph(t) => view! { <p>{t}</p> }.into_any(),
        })
        .collect_view();
    view! { <div class="plain-text">{lines}</div> }
}

/// The link to this report's plain view, or from it back to the explorer (`图文版`): the page's
/// other parameters (`report=`, `embed=`) kept, its filter left behind.
pub fn plain_link() -> impl IntoView {
    let info = ViewInfo::current();
    let plain = is_plain(&info);
    let mut extras = info.extras;
    extras.view = (!plain).then(|| TEXT_VIEW.to_string());
    let query = view::to_query(&Filter::default(), &SettingsOverrides::default(), &extras);
    // `?` alone: the same page without parameters, wherever it is served.
    let href = format!("?{query}");
    view! {
        <a class="plain-link" href=href>{if plain { "图文版" } else { "纯文本" }}</a>
    }
}
