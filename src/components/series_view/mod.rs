//! [`SeriesView`]: 历年对比 — one indicator (the first the order offers unless `indicator=`
//! says) across the periods the series reviews: its values and its growths, each a
//! [`ChartFigure`] with its 数据表 and downloads.

use std::sync::Arc;

use leptos::prelude::*;
use report::view::tracking::{series_charts, TrackQuery};
use report::view::Settings;

use crate::components::ChartFigure;
use crate::state::series::SeriesData;

/// 历年对比 for the indicator `query.indicator` names.
#[component]
pub fn SeriesView(
    /// The series, compared.
    data: Arc<SeriesData>,
    /// The page's parameters (the indicator); the view writes them.
    query: RwSignal<TrackQuery>,
    /// The reading aids (the charts redraw on a change).
    settings: RwSignal<Settings>,
) -> impl IntoView {
    if data.order.is_empty() {
        return view! {
            <section class="series">
                <p class="notice" role="status">"这些报告的回顾部分没有共同的指标，暂无可对比的数字。"</p>
            </section>
        }
        .into_any();
    }
    let store = StoredValue::new(data.clone());
    let at = Memo::new(move |_| {
        query.with(|q| {
            store.with_value(|d| {
                q.indicator
                    .as_ref()
                    .and_then(|name| {
                        d.series
                            .indicators
                            .iter()
                            .position(|s| &s.indicator == name)
                    })
                    .unwrap_or(d.order[0])
            })
        })
    });
    let charts =
        Memo::new(move |_| store.with_value(|d| series_charts(&d.series.indicators[at.get()])));
    let values = Memo::new(move |_| charts.get().0);
    let growths = Memo::new(move |_| charts.get().1);
    let options = data
        .order
        .iter()
        .map(|&i| {
            let s = &data.series.indicators[i];
            let label = if s.unit.is_empty() {
                s.indicator.clone()
            } else {
                format!("{}（{}）", s.indicator, s.unit)
            };
            view! { <option value=s.indicator.clone()>{label}</option> }
        })
        .collect_view();
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        query.update(|q| q.indicator = Some(v));
    };
    let current = move || store.with_value(|d| d.series.indicators[at.get()].indicator.clone());
    let nothing = Callback::new(|_: usize| {});
    view! {
        <section class="series" aria-labelledby="series-heading">
            <h2 id="series-heading" class="track-heading">"历年对比"</h2>
            <label class="track-choice">
                "指标 "
                <select class="series-indicator" on:change=on_change prop:value=current>{options}</select>
            </label>
            <p class="track-caveat">"数字摘自各年度报告的工作回顾部分，以原文为准。"</p>
            {move || {
                let _ = at.get();
                view! {
                    <ChartFigure chart=values id="series-values" name="历年数值".to_string() on_open=nothing hint="" settings=settings.into()/>
                    {(!growths.with(|g| g.is_empty())).then(|| view! {
                        <ChartFigure chart=growths id="series-growths" name="历年增长".to_string() on_open=nothing hint="" settings=settings.into()/>
                    })}
                }
            }}
        </section>
    }
    .into_any()
}
