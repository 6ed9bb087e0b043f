//! What a reader did on the pre-rendered page before the app took over, carried into the app.
//!
//! The pre-rendered page (`src/bin/prerender.rs`) is real HTML: its search box, selects,
//! checkbox and 打开报告 text area take input, and its panels (`<details>`) open, seconds before
//! the app can act on a slow phone. Its buttons and file input are disabled until then (they
//! could only drop a tap). When the app replaces the page, [`read`] takes what changed from the
//! old controls and [`apply`] puts it into the app's same controls, firing the events the app
//! listens to, with the focus and the caret where they were.
//!
//! Controls are matched by kind and order (`input[type=search]#search-input`, the second
//! `select`, …): both pages are the same components, so the n-th control of a kind is the same
//! one.

use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, HtmlDetailsElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement,
};

/// The controls (and panels) carried over.
const CONTROLS: &str = "input, select, textarea, details";

/// One control's state worth carrying: changed from the page as built, or focused.
#[derive(Debug, Clone)]
pub struct Carried {
    key: String,
    nth: usize,
    state: State,
    focused: bool,
}

#[derive(Debug, Clone)]
enum State {
    /// A text field's value and caret (`None`: unchanged).
    Text(Option<String>, Option<(u32, u32)>),
    Checked(Option<bool>),
    Select(Option<String>),
    /// A panel (`<details>`): open or not.
    Open(Option<bool>),
}

/// A control's kind: tag, type, id, and a panel's class (panels have no id).
fn key_of(el: &Element) -> String {
    let tag = el.tag_name().to_ascii_lowercase();
    let class = if tag == "details" {
        el.get_attribute("class").unwrap_or_default()
    } else {
        String::new()
    };
    format!(
        "{tag}|{}|{}|{class}",
        el.get_attribute("type").unwrap_or_default(),
        el.id()
    )
}

/// Every control under `root`, with its kind and its index among controls of that kind.
fn controls(root: &Element) -> Vec<(String, usize, Element)> {
    let Ok(list) = root.query_selector_all(CONTROLS) else {
        return Vec::new();
    };
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut out = Vec::new();
    for el in (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
    {
        let key = key_of(&el);
        let nth = match seen.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                seen.push((key.clone(), 0));
                0
            }
        };
        out.push((key, nth, el));
    }
    out
}

fn state_of(el: &Element) -> Option<State> {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        return match i.type_().as_str() {
            "checkbox" | "radio" => Some(State::Checked(
                (i.checked() != i.default_checked()).then(|| i.checked()),
            )),
            "file" | "button" | "submit" | "reset" | "image" => None,
            _ => Some(State::Text(
                (i.value() != i.default_value()).then(|| i.value()),
                caret(i.selection_start(), i.selection_end()),
            )),
        };
    }
    if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        return Some(State::Text(
            (Ok(t.value()) != t.default_value().map_err(drop)).then(|| t.value()),
            caret(t.selection_start(), t.selection_end()),
        ));
    }
    if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        // As built: the option marked `selected`, else the first (a select with no marked
        // option shows its first).
        let options = s.options();
        let built = (0..options.length())
            .find(|&i| {
                options
                    .item(i)
                    .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                    .is_some_and(|o| o.default_selected())
            })
            .unwrap_or(0);
        let changed = u32::try_from(s.selected_index()).is_ok_and(|i| i != built);
        return Some(State::Select(changed.then(|| s.value())));
    }
    // A panel's state is always carried: boot.js opens the panels the app opens on wide
    // screens, so the pre-rendered page differs from the app only where the reader changed it.
    if let Some(d) = el.dyn_ref::<HtmlDetailsElement>() {
        return Some(State::Open(Some(d.open())));
    }
    None
}

fn caret(
    start: Result<Option<u32>, wasm_bindgen::JsValue>,
    end: Result<Option<u32>, wasm_bindgen::JsValue>,
) -> Option<(u32, u32)> {
    Some((start.ok().flatten()?, end.ok().flatten()?))
}

/// What changed under the pre-rendered `boot` container, and where the focus is.
pub fn read(boot: &Element) -> Vec<Carried> {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    controls(boot)
        .into_iter()
        .filter_map(|(key, nth, el)| {
            let state = state_of(&el)?;
            let focused = active.as_ref() == Some(&el);
            let changed = match &state {
                State::Text(v, _) => v.is_some(),
                State::Checked(v) => v.is_some(),
                State::Select(v) => v.is_some(),
                State::Open(v) => v.is_some(),
            };
            (changed || focused).then_some(Carried {
                key,
                nth,
                state,
                focused,
            })
        })
        .collect()
}

/// A text field: an `<input>` or a `<textarea>` (the same two calls on each, no shared type).
enum TextField<'a> {
    Input(&'a HtmlInputElement),
    Area(&'a HtmlTextAreaElement),
}

impl<'a> TextField<'a> {
    fn of(el: &'a Element) -> Option<TextField<'a>> {
        el.dyn_ref::<HtmlInputElement>()
            .map(TextField::Input)
            .or_else(|| el.dyn_ref::<HtmlTextAreaElement>().map(TextField::Area))
    }

    fn set_value(&self, v: &str) {
        match self {
            TextField::Input(i) => i.set_value(v),
            TextField::Area(t) => t.set_value(v),
        }
    }

    fn set_caret(&self, start: u32, end: u32) {
        let _ = match self {
            TextField::Input(i) => i.set_selection_range(start, end),
            TextField::Area(t) => t.set_selection_range(start, end),
        };
    }
}

fn fire(el: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = Event::new_with_event_init_dict(name, &init) {
        let _ = el.dispatch_event(&ev);
    }
}

/// Puts `carried` into the same controls under `root` (the app, in the page).
pub fn apply(root: &Element, carried: &[Carried]) {
    if carried.is_empty() {
        return;
    }
    let now = controls(root);
    for c in carried {
        let Some((_, _, el)) = now.iter().find(|(k, n, _)| *k == c.key && *n == c.nth) else {
            continue;
        };
        match &c.state {
            State::Text(value, caret) => {
                let Some(field) = TextField::of(el) else {
                    continue;
                };
                if let Some(v) = value {
                    field.set_value(v);
                    fire(el, "input");
                }
                if c.focused {
                    focus(el);
                    if let Some((s, e)) = caret {
                        field.set_caret(*s, *e);
                    }
                }
                continue;
            }
            State::Checked(Some(on)) => {
                if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
                    i.set_checked(*on);
                    fire(el, "change");
                }
            }
            State::Select(Some(v)) => {
                if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
                    s.set_value(v);
                    fire(el, "change");
                }
            }
            State::Open(Some(open)) => {
                if let Some(d) = el.dyn_ref::<HtmlDetailsElement>() {
                    if d.open() != *open {
                        d.set_open(*open);
                    }
                }
            }
            _ => {}
        }
        if c.focused {
            focus(el);
        }
    }
}

/// Focuses `el` where it is: the app stands exactly where the page was, nothing to scroll to.
fn focus(el: &Element) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = h.focus_with_options(&options);
    }
}
