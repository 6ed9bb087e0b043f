//! [`ChartFigure`]: one chart of [`report::charts`] as a `<figure>`: caption, canvas, tooltip,
//! data table, downloads. What opening a bar does is the caller's (the explorer shows the card,
//! the tracking page the row), so the figure serves every page that draws a chart.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use report::charts::layout::Layout;
use report::charts::{Chart, ChartKind};
use report::view::Settings;
use report::NumberKind;

use crate::browser::download::{in_wechat, save_text, save_url};
use crate::charts::{draw, Theme};
use crate::hooks::{use_device_pixel_ratio, use_element_width, use_media_query, EmbedMode};
use crate::render::Fresh;

/// One chart as a `<figure>`: caption, canvas (`role="img"`, the summary as `aria-label`,
/// focusable, arrow keys between bars), tooltip overlay, 数据表 toggle and downloads.
#[component]
pub fn ChartFigure(
    /// The chart.
    chart: Memo<Chart>,
    /// Its stable id, for DOM ids (`growth`, `track-goals`).
    id: &'static str,
    /// Its name in download file names (`增长`, `目标与实际`).
    name: String,
    /// What clicking a bar, or Enter on it, does with the bar's index.
    on_open: Callback<usize>,
    /// What the tooltip says opening a bar does (`点击或按回车查看原文`).
    hint: &'static str,
    /// The reading aids: the chart is drawn again when they change.
    settings: Signal<Settings>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let wrap_ref = NodeRef::<leptos::html::Div>::new();
    let bars = Bars {
        on_open,
        chart,
        layout: RwSignal::new(None),
        active: RwSignal::new(None),
        touch: StoredValue::new(false),
    };
    use_drawing(bars, canvas_ref, use_element_width(wrap_ref), settings);
    let show_table = RwSignal::new(false);
    let png_for_wechat = RwSignal::new(None::<String>);
    let kind = chart.with_untracked(|c| c.kind);
    // The caption names the report's plan period: fixed for the report, so read once.
    let caption = chart.with_untracked(|c| c.caption.clone());
    let empty = move || chart.with(|c| c.is_empty());
    let active = bars.active;
    view! {
        <figure class=format!("chart chart-{id}") aria-labelledby=format!("chart-cap-{id}")>
            <figcaption id=format!("chart-cap-{id}") class="chart-caption">{caption.clone()}</figcaption>
            {(kind == ChartKind::Overview).then(legend)}
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
                        on:pointerdown=move |e: web_sys::PointerEvent| bars.touch.set_value(e.pointer_type() != "mouse")
                        on:mousemove=move |e| bars.hover(&e)
                        on:mouseleave=move |_| active.set(None)
                        on:click=move |e| bars.click(&e)
                        on:keydown=move |e| bars.key(&e)
                        on:blur=move |_| active.set(None)
                    ></canvas>
                </Show>
                <div class="chart-tip-layer" aria-live="polite">{move || tooltip(kind, bars, hint)}</div>
            </div>
            {move || {
                let (n, left) = chart.with(|c| (c.len(), report::charts::layout::omitted(c)));
                (left > 0).then(|| view! {
                    <p class="chart-note">{format!("图中只画出前 {} 项（共 {n} 项），全部见数据表。", n - left)}</p>
                })
            }}
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
                {downloads(name, chart, canvas_ref, png_for_wechat)}
            </div>
            {move || Fresh(png_for_wechat.get().map(|url| wechat_note(url, chart)))}
            {move || show_table.get().then(|| table(id, &caption, chart))}
        </figure>
    }
}

/// A chart's bars as the reader points at them: the drawn layout (for hit tests), the bar
/// under the pointer or keyboard focus, and whether the last pointer was a touch.
#[derive(Clone, Copy)]
struct Bars {
    on_open: Callback<usize>,
    chart: Memo<Chart>,
    layout: RwSignal<Option<Layout>>,
    active: RwSignal<Option<usize>>,
    touch: StoredValue<bool>,
}

impl Bars {
    /// The bar at canvas position `(x, y)`.
    fn hit(self, x: f64, y: f64) -> Option<usize> {
        self.layout
            .with_untracked(|l| l.as_ref().and_then(|l| l.hit(x, y)))
    }

    /// Opens bar `i`, as the caller says.
    fn open(self, i: usize) {
        self.on_open.run(i);
    }

    fn hover(self, e: &web_sys::MouseEvent) {
        let i = self.hit(f64::from(e.offset_x()), f64::from(e.offset_y()));
        if self.active.get_untracked() != i {
            self.active.set(i);
        }
    }

    fn click(self, e: &web_sys::MouseEvent) {
        let Some(i) = self.hit(f64::from(e.offset_x()), f64::from(e.offset_y())) else {
            return;
        };
        // A first tap on a touch screen shows the tooltip; tapping the same bar again opens it.
        if self.touch.get_value() && self.active.get_untracked() != Some(i) {
            self.active.set(Some(i));
            return;
        }
        self.open(i);
    }

    /// Arrow keys, Home and End move between bars; Enter or Space opens one; Escape leaves.
    fn key(self, e: &web_sys::KeyboardEvent) {
        // The bars drawn (a chart draws at most `layout::MAX_ROWS`).
        let n = self
            .chart
            .with_untracked(|c| c.len().min(report::charts::layout::MAX_ROWS));
        if n == 0 {
            return;
        }
        let cur = self.active.get_untracked();
        let next = match e.key().as_str() {
            "ArrowDown" | "ArrowRight" => Some(cur.map_or(0, |i| (i + 1).min(n - 1))),
            "ArrowUp" | "ArrowLeft" => Some(cur.map_or(0, |i| i.saturating_sub(1))),
            "Home" => Some(0),
            "End" => Some(n - 1),
            "Enter" | " " => {
                if let Some(i) = cur {
                    e.prevent_default();
                    self.open(i);
                }
                return;
            }
            "Escape" => {
                self.active.set(None);
                return;
            }
            _ => return,
        };
        e.prevent_default();
        self.active.set(next);
    }
}

/// Draws the chart when (and only when) the chart, the width, the device pixel ratio, the
/// reading aids or the system colour scheme changed; counts draws in `data-draws` for tests.
fn use_drawing(
    bars: Bars,
    canvas_ref: NodeRef<leptos::html::Canvas>,
    width: ReadSignal<f64>,
    settings: Signal<Settings>,
) {
    let dpr = use_device_pixel_ratio();
    let dark = use_media_query("(prefers-color-scheme: dark)");
    let (chart, layout) = (bars.chart, bars.layout);
    let draws = Rc::new(Cell::new(0u32));
    Effect::new(move |_| {
        let w = width.get();
        let d = dpr.get();
        settings.track();
        dark.track();
        chart.track();
        bars.active.set(None);
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if w <= 0.0 {
            return;
        }
        let draws = draws.clone();
        // Next frame: the theme classes the reading aids set are applied by then. The figure
        // may be gone by then (another tab chosen within the frame): then nothing is drawn.
        request_animation_frame(move || {
            let theme = Theme::read(&canvas);
            let Some(lay) = chart.try_with_untracked(|c| draw(&canvas, c, w, d, &theme)) else {
                return;
            };
            draws.set(draws.get() + 1);
            let _ = canvas.set_attribute("data-draws", &draws.get().to_string());
            let _ = layout.try_set(lay);
        });
    });
}

/// The tooltip of the active bar: label, value with its tag and qualifier, where it is, and
/// what a click does.
fn tooltip(kind: ChartKind, bars: Bars, hint: &'static str) -> Option<impl IntoView> {
    let i = bars.active.get()?;
    let row = bars
        .layout
        .with(|l| l.as_ref().and_then(|l| l.rows.get(i).cloned()))?;
    let w = bars.layout.with(|l| l.as_ref().map_or(0.0, |l| l.width));
    let b = bars.chart.with(|c| c.bar(i).cloned())?;
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
    let overview = kind == ChartKind::Overview;
    let (label, detail, hint) = if overview {
        let stack = b
            .stack
            .iter()
            .map(|(k, n)| format!("{}{n}", k.name()))
            .collect::<Vec<_>>()
            .join(" · ");
        (b.place.clone(), stack, hint)
    } else {
        (b.label.clone(), b.place.clone(), hint)
    };
    let px = |v: f64| format!("{}px", v.round() as i64);
    Some(view! {
        <div
            class="chart-tip"
            style:left=if side == "left" { px(x) } else { "auto".into() }
            style:right=if side == "right" { px(x) } else { "auto".into() }
            style:top=px(row.top + row.height)
        >
            <strong class="chart-tip-label">{label}</strong>
            <span class="chart-tip-value">{value}</span>
            <span class="chart-tip-place">{detail}</span>
            <span class="chart-tip-hint">{hint}</span>
        </div>
    })
}

/// The overview's legend: one swatch per kind of number.
fn legend() -> impl IntoView {
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
}

/// The chart's data as a table, captioned like the chart.
fn table(id: &str, caption: &str, chart: Memo<Chart>) -> impl IntoView {
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
                <caption>{caption.to_string()}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// 下载图片 and 下载表格, where the page can download ([`EmbedMode::downloads`]). In WeChat,
/// which ignores downloads, they set `png_for_wechat` instead: the image's data URL (empty for
/// the CSV), for [`wechat_note`].
fn downloads(
    name: String,
    chart: Memo<Chart>,
    canvas: NodeRef<leptos::html::Canvas>,
    png_for_wechat: RwSignal<Option<String>>,
) -> impl IntoView {
    let downloads = EmbedMode::current().downloads;
    let empty = move || chart.with(|c| c.is_empty());
    let name = StoredValue::new(name);
    let download_png = move |_| {
        let Some(url) = canvas.get_untracked().and_then(|c| c.to_data_url().ok()) else {
            return;
        };
        if in_wechat() {
            png_for_wechat.set(Some(url));
        } else {
            let _ = save_url(&format!("图表-{}.png", name.get_value()), &url);
        }
    };
    let download_csv = move |_| {
        if in_wechat() {
            png_for_wechat.set(Some(String::new()));
            return;
        }
        let csv = chart.with_untracked(|c| c.csv());
        let file = format!("图表-{}.csv", name.get_value());
        let _ = save_text(&file, &csv, "text/csv;charset=utf-8");
    };
    view! {
        <Show when=move || downloads.get()>
            <button type="button" class="chart-button" disabled=empty on:click=download_png>"下载图片"</button>
            <button type="button" class="chart-button" disabled=empty on:click=download_csv>"下载表格"</button>
        </Show>
    }
}

/// What WeChat readers do instead of downloading: long-press the image (`url`, a PNG data URL),
/// or open the page in a browser for the CSV (`url` empty).
fn wechat_note(url: String, chart: Memo<Chart>) -> impl IntoView {
    let note = if url.is_empty() {
        "微信内无法直接下载文件：请点右上角“…”，选择“在浏览器打开”后再下载表格。"
    } else {
        "长按图片即可保存。下载表格请点右上角“…”，选择“在浏览器打开”。"
    };
    view! {
        <div class="chart-wechat">
            <p>{note}</p>
            {(!url.is_empty()).then(|| view! { <img src=url alt=move || chart.with(|c| c.summary.clone())/> })}
        </div>
    }
}
