//! [`ChartsPanel`]: the report's charts (增长, 比率, 排名, 目标, 总览) as tabs, each a
//! [`ChartFigure`]: a `<figure>` with a canvas drawn by [`crate::charts`], a tooltip overlay, a
//! data table and downloads. Charts follow the filter: they are built from `Explorer::hits`.

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use report::charts::layout::Layout;
use report::charts::{build, Chart, ChartKind, Charts};
use report::view::PartSel;
use report::NumberKind;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::download::{in_wechat, save_text, save_url};
use crate::charts::{draw, Theme};
use crate::hooks::{after_paint, EmbedMode};
use crate::render::{Deferred, Fresh};
use crate::state::Explorer;

/// Every chart of the visible cards, rebuilt only when the visible cards change. The charts
/// catch up in a task of their own right after the frame that shows a change: building and
/// drawing them (thousands of bars for a long report) does not lengthen the keystroke's frame,
/// and changes within one frame are built once.
pub fn use_charts(ex: Explorer) -> Memo<Charts> {
    let cards = move || {
        ex.hits
            .with_untracked(|h| h.iter().map(|h| h.card).collect::<Vec<_>>())
    };
    let visible = RwSignal::new(cards());
    let pending = StoredValue::new(false);
    Effect::new(move |prev: Option<()>| {
        ex.hits.track();
        if prev.is_none() || pending.get_value() {
            return;
        }
        pending.set_value(true);
        after_paint(move || {
            if pending.try_set_value(false).is_some() {
                return; // unmounted meanwhile
            }
            let now = cards();
            if visible.with_untracked(|v| *v != now) {
                visible.set(now);
            }
        });
    });
    Memo::new(move |_| {
        let d = ex.data();
        visible.with(|v| build(&d.report, &d.cards, v.iter().copied()))
    })
}

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

/// One chart as a `<figure>`: caption, canvas (`role="img"`, the summary as `aria-label`,
/// focusable, arrow keys between bars), tooltip overlay, 数据表 toggle and downloads.
#[component]
pub fn ChartFigure(kind: ChartKind, charts: Memo<Charts>) -> impl IntoView {
    let ex = Explorer::expect();
    let downloads = EmbedMode::current().downloads;
    let chart = Memo::new(move |_| charts.with(|c| c.get(kind).clone()));
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(0.0f64);
    let dpr = RwSignal::new(1.0f64);
    let theme_tick = RwSignal::new(0u32);
    let layout = RwSignal::new(None::<Layout>);
    let active = RwSignal::new(None::<usize>);
    let touch = StoredValue::new(false);
    let show_table = RwSignal::new(false);
    let png_for_wechat = RwSignal::new(None::<String>);
    let id = kind.as_str();

    // Size, DPR and colour-scheme watchers.
    Effect::new(move |_| {
        let Some(wrap) = wrap_ref.get() else {
            return;
        };
        let measure = {
            let wrap = wrap.clone();
            move || {
                let w = f64::from(wrap.client_width());
                if w > 0.0 && width.get_untracked() != w {
                    width.set(w);
                }
                let d = window().device_pixel_ratio();
                if dpr.get_untracked() != d {
                    dpr.set(d);
                }
            }
        };
        // The observer's first callback (after the browser's next layout) gives the first
        // size: measuring here would force a layout of the page in the middle of start-up.
        let on_resize = Closure::<dyn FnMut()>::new(measure.clone());
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        match &observer {
            Some(o) => o.observe(&wrap),
            None => after_paint(measure.clone()),
        }
        let resize = window_event_listener(ev::resize, move |_| measure());
        let scheme = window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten();
        let on_scheme = Closure::<dyn FnMut()>::new(move || theme_tick.update(|t| *t += 1));
        if let Some(mq) = &scheme {
            let _ =
                mq.add_event_listener_with_callback("change", on_scheme.as_ref().unchecked_ref());
        }
        let keep = SendWrapper::new((observer, on_resize, scheme, on_scheme));
        on_cleanup(move || {
            resize.remove();
            let (observer, _, scheme, on_scheme) = keep.take();
            if let Some(o) = observer {
                o.disconnect();
            }
            if let Some(mq) = scheme {
                let _ = mq.remove_event_listener_with_callback(
                    "change",
                    on_scheme.as_ref().unchecked_ref(),
                );
            }
        });
    });

    // Draw when (and only when) the chart, the size, the DPR or the theme changed.
    let draws = Rc::new(Cell::new(0u32));
    Effect::new(move |_| {
        let w = width.get();
        let d = dpr.get();
        ex.settings.track();
        theme_tick.track();
        chart.track();
        active.set(None);
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if w <= 0.0 {
            return;
        }
        let draws = draws.clone();
        // Next frame: the theme classes the reading aids set are applied by then.
        request_animation_frame(move || {
            let theme = Theme::read(&canvas);
            let lay = chart.with_untracked(|c| draw(&canvas, c, w, d, &theme));
            draws.set(draws.get() + 1);
            let _ = canvas.set_attribute("data-draws", &draws.get().to_string());
            layout.set(lay);
        });
    });

    let open = move |i: usize| {
        chart.with_untracked(|c: &Chart| {
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
    };
    let hit = move |x: f64, y: f64| layout.with_untracked(|l| l.as_ref().and_then(|l| l.hit(x, y)));
    let on_move = move |e: web_sys::MouseEvent| {
        let i = hit(f64::from(e.offset_x()), f64::from(e.offset_y()));
        if active.get_untracked() != i {
            active.set(i);
        }
    };
    let on_click = move |e: web_sys::MouseEvent| {
        let i = hit(f64::from(e.offset_x()), f64::from(e.offset_y()));
        let Some(i) = i else {
            return;
        };
        // A first tap on a touch screen shows the tooltip; tapping the same bar again opens it.
        if touch.get_value() && active.get_untracked() != Some(i) {
            active.set(Some(i));
            return;
        }
        open(i);
    };
    let on_key = move |e: web_sys::KeyboardEvent| {
        let n = chart.with_untracked(|c| c.len());
        if n == 0 {
            return;
        }
        let cur = active.get_untracked();
        let next = match e.key().as_str() {
            "ArrowDown" | "ArrowRight" => Some(cur.map_or(0, |i| (i + 1).min(n - 1))),
            "ArrowUp" | "ArrowLeft" => Some(cur.map_or(0, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(n - 1),
            "Enter" | " " => {
                if let Some(i) = cur {
                    e.prevent_default();
                    open(i);
                }
                return;
            }
            "Escape" => {
                active.set(None);
                return;
            }
            _ => return,
        };
        e.prevent_default();
        active.set(next);
    };

    let tooltip = move || {
        let i = active.get()?;
        let row = layout.with(|l| l.as_ref().and_then(|l| l.rows.get(i).cloned()))?;
        let w = layout.with(|l| l.as_ref().map_or(0.0, |l| l.width));
        let b = chart.with(|c| c.bar(i).cloned())?;
        let anchor = row.x1.max(row.dot.unwrap_or(0.0));
        let (side, x) = if anchor < w / 2.0 {
            ("left", anchor.max(0.0))
        } else {
            ("right", (w - anchor).max(0.0))
        };
        let value = match (&b.tag, &b.qualifier) {
            (Some(t), Some(q)) => format!("{}（{t}，{q}）", b.raw),
            (Some(t), None) => format!("{}（{t}）", b.raw),
            (None, Some(q)) => format!("{}（{q}）", b.raw),
            (None, None) => b.raw.clone(),
        };
        let detail = if kind == ChartKind::Overview {
            b.stack
                .iter()
                .map(|(k, n)| format!("{}{n}", k.name()))
                .collect::<Vec<_>>()
                .join(" · ")
        } else {
            b.place.clone()
        };
        let hint = if kind == ChartKind::Overview {
            "点击或按回车筛选到此小节"
        } else {
            "点击或按回车查看原文"
        };
        let label = if kind == ChartKind::Overview {
            b.place.clone()
        } else {
            b.label.clone()
        };
        Some(view! {
            <div
                class="chart-tip"
                style:left=if side == "left" { format!("{}px", x.round() as i64) } else { "auto".into() }
                style:right=if side == "right" { format!("{}px", x.round() as i64) } else { "auto".into() }
                style:top=format!("{}px", (row.top + row.height).round() as i64)
            >
                <strong class="chart-tip-label">{label}</strong>
                <span class="chart-tip-value">{value}</span>
                <span class="chart-tip-place">{detail}</span>
                <span class="chart-tip-hint">{hint}</span>
            </div>
        })
    };

    let download_png = move |_| {
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        let Ok(url) = canvas.to_data_url() else {
            return;
        };
        if in_wechat() {
            png_for_wechat.set(Some(url));
        } else {
            let _ = save_url(&format!("图表-{}.png", kind.name()), &url);
        }
    };
    let download_csv = move |_| {
        if in_wechat() {
            png_for_wechat.set(Some(String::new()));
            return;
        }
        let csv = chart.with_untracked(|c| c.csv());
        let _ = save_text(
            &format!("图表-{}.csv", kind.name()),
            &csv,
            "text/csv;charset=utf-8",
        );
    };

    let legend = (kind == ChartKind::Overview).then(|| {
        let items = NumberKind::ALL
            .into_iter()
            .map(|k| {
                view! {
                    <li>
                        <span class=format!("chart-swatch chart-swatch-{}", k.as_str()) aria-hidden="true"></span>
                        {k.name()}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chart-legend" aria-label="图例">{items}</ul> }
    });

    // The caption names the report's plan period: fixed for the report, so read once.
    let caption = chart.with_untracked(|c| c.caption.clone());
    let table_caption = caption.clone();
    let table = move || {
        show_table.get().then(|| {
            let (head, rows) = chart.with(|c| c.table());
            let head = head
                .into_iter()
                .map(|h| view! { <th scope="col">{h}</th> })
                .collect_view();
            let rows = rows
                .into_iter()
                .map(|r| {
                    let cells = r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="chart-table-wrap">
                    <table class="chart-table" id=format!("chart-table-{id}")>
                        <caption>{table_caption.clone()}</caption>
                        <thead><tr>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };

    let empty = move || chart.with(|c| c.is_empty());
    view! {
        <figure class=format!("chart chart-{id}") aria-labelledby=format!("chart-cap-{id}")>
            <figcaption id=format!("chart-cap-{id}") class="chart-caption">{caption}</figcaption>
            {legend}
            <div class="chart-wrap" node_ref=wrap_ref>
                <Show
                    when=move || !empty()
                    fallback=move || view! { <p class="chart-empty">{move || chart.with(|c| c.summary.clone())}</p> }
                >
                    <canvas
                        node_ref=canvas_ref
                        class="chart-canvas"
                        role="img"
                        tabindex="0"
                        aria-label=move || chart.with(|c| c.summary.clone())
                        on:pointerdown=move |e: web_sys::PointerEvent| touch.set_value(e.pointer_type() != "mouse")
                        on:mousemove=on_move
                        on:mouseleave=move |_| active.set(None)
                        on:click=on_click
                        on:keydown=on_key
                        on:blur=move |_| active.set(None)
                    ></canvas>
                </Show>
                <div class="chart-tip-layer" aria-live="polite">{tooltip}</div>
            </div>
            <div class="chart-actions">
                <button
                    type="button"
                    class="chart-button"
                    aria-expanded=move || show_table.get().to_string()
                    aria-controls=format!("chart-table-{id}")
                    on:click=move |_| show_table.update(|s| *s = !*s)
                >
                    {move || if show_table.get() { "隐藏数据表" } else { "数据表" }}
                </button>
                <Show when=move || downloads.get()>
                    <button type="button" class="chart-button" disabled=empty on:click=download_png>"下载图片"</button>
                    <button type="button" class="chart-button" disabled=empty on:click=download_csv>"下载CSV"</button>
                </Show>
            </div>
            {move || Fresh(png_for_wechat.get().map(|url| {
                let note = if url.is_empty() {
                    "微信内无法直接下载文件：请点右上角“…”，选择“在浏览器打开”后再下载CSV。"
                } else {
                    "长按图片即可保存。下载CSV请点右上角“…”，选择“在浏览器打开”。"
                };
                view! {
                    <div class="chart-wechat">
                        <p>{note}</p>
                        {(!url.is_empty()).then(|| view! { <img src=url alt=move || chart.with(|c| c.summary.clone())/> })}
                    </div>
                }
            }))}
            {table}
        </figure>
    }
}
