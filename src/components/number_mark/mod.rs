//! [`NumberMark`]: one indicator inside a card's text; tapping it shows where the number comes
//! from and what it means.

use leptos::prelude::*;
use report::{Direction, NumberKind};

use crate::components::number_popover::POPOVER_ID;
use crate::state::Explorer;

/// The symbol that shows a mention's kind by shape (never by colour alone), and its spoken form.
/// The symbol is drawn by the stylesheet (`.num-growth::after` …, hidden from screen readers,
/// which hear the spoken form instead: [`kind_description_id`]), so a mark costs no extra nodes.
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

/// The kinds a mark can be described as, each with the id of its description in
/// [`number_kind_names`] (one per spoken form of [`kind_symbol`]).
const KIND_NAMES: [(&str, &str); 6] = [
    ("num-kind-growth", "增长"),
    ("num-kind-down", "下降"),
    ("num-kind-rank", "排名"),
    ("num-kind-target", "目标"),
    ("num-kind-rate", "比率"),
    ("num-kind-amount", "数量"),
];

/// The id of the element that names a mark's kind (its `aria-describedby`).
pub fn kind_description_id(spoken: &str) -> &'static str {
    KIND_NAMES
        .iter()
        .find(|(_, name)| *name == spoken)
        .map_or(KIND_NAMES[5].0, |(id, _)| id)
}

/// The kinds' names for screen readers, once for the page, out of sight: each mark points at
/// its kind's with `aria-describedby`, so the kind is heard after the number but never part of
/// the text a reader selects and copies (a hidden word after every number would be).
pub fn number_kind_names() -> impl IntoView {
    let names = KIND_NAMES
        .iter()
        .map(|(id, name)| view! { <span id=*id>{*name}</span> })
        .collect_view();
    view! { <div class="num-kind-names" hidden>{names}</div> }
}

/// A marked number: its text as written (with search highlights), its kind as a symbol (drawn by
/// the stylesheet) and in words for screen readers (described by [`number_kind_names`]); a tap or Enter opens its details in the
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
                aria-describedby=kind_description_id(spoken)
            >
                {text}
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

    #[test]
    fn every_spoken_kind_has_its_own_description() {
        let kinds = [
            (Some(NumberKind::Growth), Some(Direction::Down)),
            (Some(NumberKind::Growth), Some(Direction::Up)),
            (Some(NumberKind::Rank), None),
            (Some(NumberKind::Target), None),
            (Some(NumberKind::Rate), None),
            (None, None),
        ];
        let ids: std::collections::BTreeSet<&str> = kinds
            .iter()
            .map(|&(k, d)| kind_description_id(kind_symbol(k, d).1))
            .collect();
        assert_eq!(ids.len(), kinds.len());
    }
}
