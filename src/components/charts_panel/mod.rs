//! [`ChartsPanel`]: the report's charts (增长, 比率, 排名, 目标, 总览) as tabs, each a
//! [`ChartFigure`]: a `<figure>` with a canvas drawn by [`crate::charts`], a tooltip overlay, a
//! data table and downloads. Charts follow the filter: they are built from `Explorer::hits`.
//! Opening a bar shows its card; an overview bar filters to its section (or part).

use leptos::prelude::*;
use report::charts::{ChartKind, Charts};
use report::view::PartSel;
use wasm_bindgen::JsCast;

use crate::components::ChartFigure;
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
    // Until the reader picks a tab, the first with data for the current view (never an empty
    // 增长 when the filter left only targets).
    let picked = RwSignal::new(None::<ChartKind>);
    let first = kinds[0];
    let shown_kinds = kinds.clone();
    let tab = Memo::new(move |_| {
        picked.get().unwrap_or_else(|| {
            charts.with(|c| {
                shown_kinds
                    .iter()
                    .copied()
                    .find(|&k| !c.get(k).is_empty())
                    .unwrap_or(first)
            })
        })
    });
    let all = kinds.clone();
    // The ARIA tabs pattern: one tab stop (the selected tab); arrows, Home and End move and
    // select.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(at) = all.iter().position(|&k| k == tab.get_untracked()) else {
            return;
        };
        let to = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1) % all.len(),
            "ArrowLeft" | "ArrowUp" => (at + all.len() - 1) % all.len(),
            "Home" => 0,
            "End" => all.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        picked.set(Some(all[to]));
        if let Some(el) = document()
            .get_element_by_id(&format!("chart-tab-{}", all[to].as_str()))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    };
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
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| picked.set(Some(k))
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
                <div class="chart-tabs" role="tablist" aria-label="图表类别" on:keydown=on_key>{tabs}</div>
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
                        Fresh(explorer_figure(ex, k, charts))
                    }}
                </Deferred>
            </div>
        </section>
    }
}

/// The figure of chart `kind`, whose bars open their card (an overview bar: its section).
fn explorer_figure(ex: Explorer, kind: ChartKind, charts: Memo<Charts>) -> impl IntoView {
    let chart = Memo::new(move |_| charts.with(|c| c.get(kind).clone()));
    let open = Callback::new(move |i: usize| {
        chart.with_untracked(|c| {
            let Some(b) = c.bar(i) else {
                return;
            };
            if c.kind == ChartKind::Overview {
                let (section, part) = (b.section, b.part);
                ex.update_filter(|f| match section {
                    Some(s) => f.section = Some(s),
                    None => {
                        f.section = None;
                        f.parts = PartSel::Index(part);
                    }
                });
            } else if let Some(card) = b.card_id.clone() {
                ex.update_filter(|f| f.card = Some(card));
            }
        })
    });
    let hint = if kind == ChartKind::Overview {
        "点击或按回车筛选到此小节"
    } else {
        "点击或按回车查看原文"
    };
    view! {
        <ChartFigure
            chart=chart
            id=kind.as_str()
            name=kind.name().to_string()
            on_open=open
            hint=hint
            settings=ex.settings.into()
        />
    }
}
