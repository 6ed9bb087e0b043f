//! [`NumberPopover`]: the details of the marked number the reader opened, in one pop-up for the
//! whole page.

use leptos::prelude::*;
use report::{view::format_base_value, NumberKind};

use wasm_bindgen::JsCast;

use crate::browser::place::place_beside;
use crate::browser::scroll::focus_without_scrolling;
use crate::hooks::{use_dismiss, Dismiss, EmbedMode, UrlState};
use crate::state::Explorer;

/// The pop-up's element id (the open mark's `aria-controls`).
pub const POPOVER_ID: &str = "num-popover";

/// The open number's details (指标, 类型, 原文, 折合, 限定) beside its mark. It lives outside
/// every card, so a folded card never clips it; it is placed below the mark (above when there
/// is no room), moved in from the screen's edges, and follows the page when it scrolls. Opening
/// moves focus into it; Escape and 关闭 close it and return focus to the mark; a tap elsewhere
/// closes it, and so does the back button on a phone.
#[component]
pub fn NumberPopover() -> impl IntoView {
    let ex = Explorer::expect();
    let node = NodeRef::<leptos::html::Div>::new();
    let close = move |refocus: bool| {
        let Some(index) = ex.open_number.try_get_untracked().flatten() else {
            return;
        };
        ex.open_number.set(None);
        if refocus {
            if let Some(mark) = mark_of(index) {
                focus_without_scrolling(&mark);
            }
        }
    };
    // Placed once rendered (its size is known then), again when the window changes size and
    // when the page scrolls: cards above may be built or resized meanwhile, moving the mark.
    let place = move || {
        if let (Some(Some(index)), Some(Some(pop))) =
            (ex.open_number.try_get_untracked(), node.try_get_untracked())
        {
            if let Some(mark) = mark_of(index) {
                place_beside(&mark, &pop);
            }
        }
    };
    use_dismiss(
        move || ex.open_number.get().is_some(),
        ".num-popover, button.num",
        move |how| close(how == Dismiss::Escape),
        place,
    );
    // On a phone the back button closes it (an overlay's history entry, see UrlState); not
    // embedded, where the history is the host page's too.
    let url = use_context::<UrlState>().filter(|_| !EmbedMode::current().on);
    if let Some(url) = url {
        on_cleanup(move || url.close_overlay("number", || {}));
    }
    Effect::new(move |was_open: Option<bool>| {
        let open = ex.open_number.get().is_some();
        if let Some(url) = url.filter(|_| !ex.wide.get_untracked()) {
            match (was_open.unwrap_or(false), open) {
                (false, true) => url.open_overlay("number", move || close(true)),
                (true, false) => url.close_overlay("number", || {}),
                _ => {}
            }
        }
        if open {
            request_animation_frame(move || {
                place();
                if let Some(pop) = node.try_get_untracked().flatten() {
                    focus_without_scrolling(&pop);
                }
            });
        }
        open
    });
    move || {
        ex.open_number.get().map(|index| {
            let rows = details(ex, index);
            view! {
                <div
                    node_ref=node
                    id=POPOVER_ID
                    class="num-popover"
                    role="dialog"
                    aria-label=rows.title.clone()
                    tabindex="-1"
                    // Tab past 关闭 (or Shift+Tab out) leaves it for the number it belongs to, so
                    // the keyboard goes on from there rather than from the page's end, where the
                    // box sits.
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        let on_close = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .is_some_and(|t| t.class_list().contains("num-popover-close"));
                        if ev.key() == "Tab" && (ev.shift_key() != on_close) {
                            ev.prevent_default();
                            close(true);
                        }
                    }
                >
                    {rows.view}
                    <button type="button" class="link-button num-popover-close" on:click=move |_| close(true)>"关闭"</button>
                </div>
            }
        })
    }
}

/// The rows of a number's details and the pop-up's accessible name.
struct Details {
    title: String,
    view: AnyView,
}

fn details(ex: Explorer, index: usize) -> Details {
    let data = ex.data();
    let n = &data.report.numbers[index];
    let kind_text = match (n.kind, &n.basis) {
        (Some(NumberKind::Growth), Some(b)) => format!("{}（{b}）", NumberKind::Growth.name()),
        (Some(k), _) => k.name().to_string(),
        (None, _) => "数字".to_string(),
    };
    let base = match (n.base_value, &n.base_unit) {
        (Some(v), unit)
            if n.unit
                .as_deref()
                .is_some_and(|u| u.starts_with('万') || u.starts_with('亿')) =>
        {
            Some(format!(
                "{}（{}）",
                format_base_value(v, unit.as_deref()),
                plain_number(v, unit.as_deref())
            ))
        }
        _ => None,
    };
    let label = n.label.clone().unwrap_or_else(|| "—".into());
    let qualifier = n.qualifier.clone();
    let raw = n.raw.clone();
    Details {
        title: format!("数字详情：{raw}"),
        view: view! {
            <p class="num-details-row"><b>"指标："</b>{label}</p>
            <p class="num-details-row"><b>"类型："</b>{kind_text}</p>
            <p class="num-details-row"><b>"原文："</b>{raw}</p>
            {base.map(|b| view! { <p class="num-details-row"><b>"折合："</b>{b}</p> })}
            {qualifier.map(|q| view! { <p class="num-details-row"><b>"限定："</b>{q.replace('+', "、")}</p> })}
        }
        .into_any(),
    }
}

/// The mark of number `index` on the page.
fn mark_of(index: usize) -> Option<web_sys::Element> {
    document()
        .query_selector(&format!("button.num[data-num=\"{index}\"]"))
        .ok()
        .flatten()
}

/// A base value written out in full with its unit, e.g. `32973000000元`.
fn plain_number(v: f64, unit: Option<&str>) -> String {
    let digits = if v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    format!("{digits}{}", unit.unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_value_is_written_out_in_full() {
        assert_eq!(plain_number(32973000000.0, Some("元")), "32973000000元");
        assert_eq!(plain_number(1.5, None), "1.5");
    }
}
