//! [`ChartsPanel`]: the report's charts (增长, 比率, 排名, 目标, 总览) as tabs, each a
//! [`ChartFigure`]: a `<figure>` with a canvas drawn by [`crate::charts`], a tooltip overlay, a
//! data table and downloads. Charts follow the filter: they are built from `Explorer::hits`.

mod figure;

pub use figure::ChartFigure;

use leptos::prelude::*;

use crate::hooks::{use_charts, EmbedMode};
use crate::render::{Deferred, Fresh};
use crate::state::Explorer;

/// The charts section, one chart shown at a time (tabs).
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let ex = Explorer::expect();
    let charts = use_charts(ex);
    // Embedded, `chart=` chooses the charts (one chart: no tabs).
    let kinds = EmbedMode::current().chart_kinds();
    let single = kinds.len() == 1;
    let tab = RwSignal::new(kinds[0]);
    let tabs = kinds
        .into_iter()
        .map(|k| {
            let selected = move || tab.get() == k;
            view! {
                <button
                    type="button"
                    role="tab"
                    class="chart-tab"
                    id=format!("chart-tab-{}", k.as_str())
                    aria-controls="chart-panel"
                    aria-selected=move || selected().to_string()
                    on:click=move |_| tab.set(k)
                >
                    {k.name()}
                    <span class="chart-tab-count">{move || charts.with(|c| c.get(k).len())}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="charts" aria-labelledby="charts-title">
            <h2 id="charts-title" class="charts-title">"数据图表"</h2>
            {(!single).then(|| view! {
                <div class="chart-tabs" role="tablist" aria-label="图表类别">{tabs}</div>
            })}
            <div
                id="chart-panel"
                role=(!single).then_some("tabpanel")
                aria-labelledby=move || (!single).then(|| format!("chart-tab-{}", tab.get().as_str()))
            >
                // At start-up the figure is a stage of its own (see `Stages`), after the tabs.
                <Deferred>
                    {move || {
                        let k = tab.get();
                        Fresh(view! { <ChartFigure kind=k charts=charts/> })
                    }}
                </Deferred>
            </div>
        </section>
    }
}
