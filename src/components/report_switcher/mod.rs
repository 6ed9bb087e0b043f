//! [`ReportSwitcher`]: chooses among the reports listed in `reports/reports.json` (and the
//! reader's own report, when one is open or stored), and links to the tracking page when the
//! report shown is one of a series the manifest lists.

use leptos::prelude::*;

use crate::state::ReportChoice;

/// A labelled `<select>` of reports; shown only when there is more than one. Choosing one calls
/// `on_select` with its id.
#[component]
pub fn ReportSwitcher(
    /// The reports to choose from, in manifest order.
    choices: Signal<Vec<ReportChoice>>,
    /// The id of the report shown.
    current: Signal<String>,
    /// Called with the chosen id.
    on_select: Callback<String>,
) -> impl IntoView {
    move || {
        let list = choices.get();
        (list.len() > 1).then(|| {
            let now = current.get();
            let track = list.iter().any(|c| c.id == now && c.tracked).then(|| {
                let href = format!("track/?report={}", report::view::percent_encode(&now));
                view! { <a class="tool-button track-link" href=href>"目标追踪 · 历年对比"</a> }
            });
            view! {
                <label class="report-switcher">
                    <span class="report-switcher-label">"选择报告"</span>
                    <select on:change=move |ev| on_select.run(event_target_value(&ev))>
                        {list
                            .into_iter()
                            .map(|c| {
                                let selected = c.id == now;
                                view! { <option value=c.id selected=selected>{c.label}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                {track}
            }
        })
    }
}
