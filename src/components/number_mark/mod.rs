//! [`NumberMark`]: one indicator inside a card's text; tapping it shows where the number comes
//! from and what it means.

use leptos::prelude::*;
use report::{view::format_base_value, Direction, NumberKind};

use crate::state::{kind_name, Explorer};

/// The symbol that shows a mention's kind by shape (never by colour alone), and its spoken form.
pub fn kind_symbol(
    kind: Option<NumberKind>,
    direction: Option<Direction>,
) -> (&'static str, &'static str) {
    match (kind, direction) {
        (Some(NumberKind::Growth), Some(Direction::Down)) => ("▼", "下降"),
        (Some(NumberKind::Growth), _) => ("▲", "增长"),
        (Some(NumberKind::Rank), _) => ("名", "排名"),
        (Some(NumberKind::Target), _) => ("⚑", "目标"),
        (Some(NumberKind::Rate), _) => ("%", "比率"),
        _ => ("", "数量"),
    }
}

/// A marked number: its text as written (with search highlights), a kind symbol, and a
/// details box (label, kind, base value, qualifier) that opens on tap or Enter.
#[component]
pub fn NumberMark(
    index: usize,
    segments: Vec<(String, bool)>,
    /// Punctuation right after the number, kept on its line.
    #[prop(optional)]
    trail: String,
) -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    let n = data.report.numbers[index].clone();
    let kind_class = n.kind.map_or("amount", |k| k.as_str());
    let (symbol, spoken) = kind_symbol(n.kind, n.direction);
    let open = move || ex.open_number.get() == Some(index);
    let details_id = format!("num-{index}");
    let kind_text = match (n.kind, &n.basis) {
        (Some(NumberKind::Growth), Some(b)) => format!("{}（{b}）", kind_name(NumberKind::Growth)),
        (Some(k), _) => kind_name(k).to_string(),
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
    let text = segments
        .into_iter()
        .map(|(s, hit)| {
            if hit {
                view! { <mark>{s}</mark> }.into_any()
            } else {
                s.into_any()
            }
        })
        .collect_view();
    view! {
        <span class="num-wrap">
            <button
                type="button"
                class=format!("num num-{kind_class}")
                aria-expanded=move || open().to_string()
                aria-controls=details_id.clone()
                on:click=move |_| ex.open_number.update(|o| *o = if *o == Some(index) { None } else { Some(index) })
                on:keydown=move |ev| if ev.key() == "Escape" { ex.open_number.set(None) }
            >
                {text}
                {(!symbol.is_empty()).then(|| view! { <span class="num-sym" aria-hidden="true">{symbol}</span> })}
                <span class="visually-hidden">{format!("（{spoken}）")}</span>
            </button>
            {trail}
            <span class="num-details" id=details_id.clone() role="note" hidden=move || !open()>
                <span class="num-details-row"><b>"指标："</b>{label}</span>
                <span class="num-details-row"><b>"类型："</b>{kind_text}</span>
                <span class="num-details-row"><b>"原文："</b>{n.raw.clone()}</span>
                {base.map(|b| view! { <span class="num-details-row"><b>"折合："</b>{b}</span> })}
                {qualifier.map(|q| view! { <span class="num-details-row"><b>"限定："</b>{q.replace('+', "、")}</span> })}
            </span>
        </span>
    }
}

/// A base value written out in full with its unit, e.g. `32973000000元`.
fn plain_number(v: f64, unit: Option<&str>) -> String {
    let digits = if v.fract() == 0.0 && v.abs() < 1e16 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    };
    format!("{digits}{}", unit.unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_down_has_its_own_shape() {
        assert_eq!(
            kind_symbol(Some(NumberKind::Growth), Some(Direction::Down)).0,
            "▼"
        );
        assert_eq!(
            kind_symbol(Some(NumberKind::Growth), Some(Direction::Up)).0,
            "▲"
        );
        assert_eq!(kind_symbol(Some(NumberKind::Rank), None).0, "名");
        assert_eq!(plain_number(32973000000.0, Some("元")), "32973000000元");
    }
}
