//! [`TrackView`]: 目标追踪 — for one plan period (the latest unless `period=` says), the summary
//! line, the caveat that the comparison is automatic, filters by status and by main or other
//! targets, the 目标与实际 chart, every target's [`TrackRow`], and 表格下载 / 打印.

use std::sync::Arc;

use leptos::prelude::*;
use report::track::Status;
use report::view::tracking::{csv, goals_chart, row_shown, TrackQuery};
use report::view::Settings;
use wasm_bindgen::JsCast;

use crate::browser::download::{in_wechat, save_text};
use crate::components::{ChartFigure, TrackRow};
use crate::hooks::EmbedMode;
use crate::state::series::SeriesData;

/// 目标追踪 for the pair `query.period` names (the latest by default).
// Longer than most: the pair chooser, the filters and one view! of the section in reading
// order.
#[component]
pub fn TrackView(
    /// The series, compared.
    data: Arc<SeriesData>,
    /// The page's parameters (period, status, targets); the view writes them.
    query: RwSignal<TrackQuery>,
    /// The reading aids (the chart redraws on a change).
    settings: RwSignal<Settings>,
) -> impl IntoView {
    if data.pairs.is_empty() {
        return view! {
            <section class="track">
                <p class="notice" role="status">"这些报告中没有前后衔接的年度（后一份报告回顾前一份报告计划的年度），暂无可追踪的目标。"</p>
            </section>
        }
        .into_any();
    }
    let store = StoredValue::new(data.clone());
    let latest = data.pairs.len() - 1;
    let at = Memo::new(move |_| {
        query.with(|q| {
            store.with_value(|d| {
                q.period
                    .as_ref()
                    .and_then(|p| d.pairs.iter().position(|v| &v.period == p))
                    .unwrap_or(latest)
            })
        })
    });
    let pair = move || store.with_value(|d| d.pairs[at.get()].clone());
    let names = move || {
        store.with_value(|d| {
            let p = &d.pairs[at.get()];
            (
                d.reports[p.earlier].name.clone(),
                d.reports[p.later].name.clone(),
            )
        })
    };
    let ids = StoredValue::new(Vec::<String>::new());
    let chart = Memo::new(move |_| {
        let p = pair();
        let (earlier, _) = names();
        let q = query.get();
        let (chart, row_ids) = goals_chart(&p.tracking, &p.rows, &earlier, |r| row_shown(r, &q));
        ids.set_value(row_ids);
        chart
    });
    let open_row = Callback::new(move |i: usize| {
        if let Some(id) = ids.with_value(|ids| ids.get(i).cloned()) {
            show_row(&id);
        }
    });
    let shown = Memo::new(move |_| {
        let q = query.get();
        pair()
            .rows
            .into_iter()
            .filter(|r| row_shown(r, &q))
            .collect::<Vec<_>>()
    });
    let periods = data
        .pairs
        .iter()
        .map(|p| p.period.clone())
        .collect::<Vec<_>>();
    let on_period = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        query.update(|q| q.period = (!v.is_empty()).then_some(v));
    };
    // A row named in the address (`#t-…`) is opened and shown once the rows are on screen.
    Effect::new(move |_| {
        shown.track();
        let hash = window().location().hash().unwrap_or_default();
        if let Some(id) = hash.strip_prefix('#').filter(|h| h.starts_with("t-")) {
            let id = id.to_string();
            request_animation_frame(move || show_row(&id));
        }
    });
    let table = move || {
        let p = pair();
        (p.period.clone(), csv(&p.period, &shown.get_untracked()))
    };
    let current = move || pair().period;
    view! {
        <section class="track" aria-labelledby="track-heading">
            <h2 id="track-heading" class="track-heading">"目标追踪：说到做到了吗？"</h2>
            {(periods.len() > 1).then(|| view! {
                <label class="track-choice">
                    "计划年度 "
                    <select class="track-period" on:change=on_period prop:value=current>
                        {periods.iter().map(|p| view! { <option value=p.clone()>{p.clone()}</option> }).collect_view()}
                    </select>
                </label>
            })}
            <p class="track-summary" role="status">{move || pair().summary}</p>
            <p class="track-caveat">
                "自动比对，以原文为准。目标出自《" {move || names().0} "》，实际出自《" {move || names().1} "》。"
            </p>
            <div class="track-filters">
                {status_select(query)}
                {targets_select(query)}
                {move || part_select(query, &pair().rows)}
            </div>
            <ChartFigure
                chart=chart
                id="track-goals"
                name="目标与实际".to_string()
                on_open=open_row
                hint="点击或按回车查看这一条"
                settings=settings.into()
            />
            <p class="track-count">{move || format!("共 {} 项", shown.with(Vec::len))}</p>
            <ol class="track-rows">
                // Keyed by pair and row: two years' rows may share an anchor.
                <For each=move || shown.get() key=move |r| (at.get_untracked(), r.id.clone()) let:row>
                    <TrackRow row=row data=store.get_value() pair=at.get_untracked()/>
                </For>
            </ol>
            {actions(table)}
        </section>
    }
    .into_any()
}

/// 表格下载 (where the page may download; in WeChat, which ignores downloads, a note instead)
/// and 打印. `table` gives the file's period and text.
fn actions(table: impl Fn() -> (String, String) + Clone + Send + Sync + 'static) -> impl IntoView {
    let downloads = EmbedMode::current().downloads;
    let note = RwSignal::new(false);
    let download = move |_| {
        if in_wechat() {
            note.set(true);
            return;
        }
        let (period, text) = table();
        let _ = save_text(
            &format!("目标追踪-{period}.csv"),
            &text,
            "text/csv;charset=utf-8",
        );
    };
    view! {
        <div class="track-actions">
            <Show when=move || downloads.get()>
                <button type="button" class="tool-button" on:click=download.clone()>"表格下载"</button>
            </Show>
            <button type="button" class="tool-button" on:click=move |_| { let _ = window().print(); }>"打印"</button>
            <p class="track-note" role="status">
                {move || note.get().then_some("微信内无法直接下载文件：请点右上角“…”，选择“在浏览器打开”后再下载表格。")}
            </p>
        </div>
    }
}

/// Opens row `id`'s sources and brings it into view.
fn show_row(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(details) = el
        .query_selector("details")
        .ok()
        .flatten()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    {
        details.set_open(true);
    }
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// 结果: all, or one status.
fn status_select(query: RwSignal<TrackQuery>) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        query.update(|q| q.status = Status::ALL.into_iter().find(|s| s.as_str() == v));
    };
    let value = move || query.with(|q| q.status.map_or("", |s| s.as_str()).to_string());
    view! {
        <label class="track-choice">
            "结果 "
            <select class="track-status-filter" on:change=on_change prop:value=value>
                <option value="">"全部"</option>
                {Status::ALL.into_iter().map(|s| view! { <option value=s.as_str()>{s.name()}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// 类别: all, the main targets, or the others.
fn targets_select(query: RwSignal<TrackQuery>) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        query.update(|q| {
            q.headline = match v.as_str() {
                "headline" => Some(true),
                "other" => Some(false),
                _ => None,
            }
        });
    };
    let value = move || {
        query.with(|q| match q.headline {
            Some(true) => "headline",
            Some(false) => "other",
            None => "",
        })
    };
    view! {
        <label class="track-choice">
            "类别 "
            <select class="track-targets-filter" on:change=on_change prop:value=value>
                <option value="">"全部"</option>
                <option value="headline">"主要预期目标"</option>
                <option value="other">"其他目标"</option>
            </select>
        </label>
    }
}

/// 部分: all, or one part of the earlier report (only when the targets stand in several).
fn part_select(
    query: RwSignal<TrackQuery>,
    rows: &[report::view::tracking::Row],
) -> Option<impl IntoView> {
    let mut parts: Vec<(usize, String)> = Vec::new();
    for r in rows {
        if !parts.iter().any(|(i, _)| *i == r.part_index) {
            parts.push((r.part_index, r.part.clone()));
        }
    }
    (parts.len() > 1).then(|| {
        let on_change = move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            query.update(|q| q.part = v.parse().ok());
        };
        let value = move || query.with(|q| q.part.map_or(String::new(), |p| p.to_string()));
        view! {
            <label class="track-choice">
                "部分 "
                <select class="track-part-filter" on:change=on_change prop:value=value>
                    <option value="">"全部"</option>
                    {parts.into_iter().map(|(i, label)| view! { <option value=i.to_string()>{label}</option> }).collect_view()}
                </select>
            </label>
        }
    })
}
