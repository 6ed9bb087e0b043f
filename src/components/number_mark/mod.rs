//! [`NumberMark`]: one indicator inside a card's text; tapping it shows where the number comes
//! from and what it means.

use leptos::prelude::*;
use report::{Direction, NumberKind};

use crate::components::number_popover::POPOVER_ID;
use crate::state::Explorer;

/// The symbol that shows a mention's kind by shape (never by colour alone), and its spoken form.
/// The symbol is drawn by the stylesheet (`.num-growth::after` …, hidden from screen readers,
/// which hear the spoken form instead), so a mark costs no extra nodes.
pub fn kind_symbol(
    kind: Option<NumberKind>,
    direction: Option<Direction>,
) -> (&'static str, &'static str) {
    match (kind, direction) {
        (Some(NumberKind::Growth), Some(Direction::Down)) => ("▼", "下降"),
        (Some(NumberKind::Growth), _) => ("▲", "增长"),
        // Not 名: after 第二 it would read 第二名.
        (Some(NumberKind::Rank), _) => ("◆", "排名"),
        (Some(NumberKind::Target), _) => ("⚑", "目标"),
        (Some(NumberKind::Rate), _) => ("%", "比率"),
        _ => ("", "数量"),
    }
}

/// A marked number: its text as written (with search highlights), its kind as a symbol (drawn by
/// the stylesheet) and in words for screen readers; a tap or Enter opens its details in the
/// page's one [`NumberPopover`](crate::components::NumberPopover). The element holding the
/// marks routes its `click` and `keydown` events to [`on_number_event`].
#[component]
pub fn NumberMark(
    index: usize,
    /// The number as written, with its search highlights (text and `<mark>` nodes).
    text: AnyView,
    /// Punctuation right after the number, kept on its line.
    trail: Option<AnyView>,
    /// Whether it is its card's tab stop (the card's keyboard model: one stop per card, arrows
    /// within it; see `section_card::on_card_key`).
    #[prop(optional)]
    tab_stop: bool,
) -> impl IntoView {
    let ex = Explorer::expect();
    let data = ex.data();
    let n = &data.report.numbers[index];
    let kind_class = n.kind.map_or("amount", |k| k.as_str());
    let down = matches!(
        (n.kind, n.direction),
        (Some(NumberKind::Growth), Some(Direction::Down))
    );
    let (_, spoken) = kind_symbol(n.kind, n.direction);
    let open = move || ex.is_open(index);
    view! {
        <span class="num-wrap">
            // Clicks and Escape are handled once for the whole list (`on_number_event`).
            <button
                type="button"
                class=format!("num num-{kind_class}{}", if down { " num-down" } else { "" })
                data-num=index.to_string()
                tabindex=if tab_stop { "0" } else { "-1" }
                aria-haspopup="dialog"
                aria-expanded=move || open().to_string()
                aria-controls=move || open().then_some(POPOVER_ID)
            >
                {text}
                <span class="visually-hidden">{format!("（{spoken}）")}</span>
            </button>
            {trail}
        </span>
    }
}

/// Opens or closes a number's details from a click or key event anywhere inside the element
/// holding the number marks (one listener for all marks instead of two per mark): a click on a
/// mark toggles it, Escape on one closes it.
pub fn on_number_event(ex: Explorer, ev: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(Some(button)) = target.closest("button.num[data-num]") else {
        return;
    };
    let Some(index) = button
        .get_attribute("data-num")
        .and_then(|n| n.parse::<usize>().ok())
    else {
        return;
    };
    match ev.dyn_ref::<web_sys::KeyboardEvent>() {
        Some(key) if key.key() == "Escape" => ex.open_number.set(None),
        Some(_) => {}
        None => ex
            .open_number
            .update(|o| *o = if *o == Some(index) { None } else { Some(index) }),
    }
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
        assert_eq!(kind_symbol(Some(NumberKind::Rank), None).0, "◆");
    }
}
