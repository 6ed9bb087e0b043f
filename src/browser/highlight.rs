//! Marking a stretch of text without touching the DOM: the CSS Custom Highlight API
//! (`CSS.highlights`, styled by `::highlight(name)` in the stylesheet). Where a browser lacks
//! it, nothing is marked and the caller's own fallback (a class on the card) shows instead.

use std::ops::Range;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Function, Reflect};

/// `CSS.highlights`, when the browser has it.
fn registry() -> Option<JsValue> {
    let css = Reflect::get(&window(), &JsValue::from_str("CSS")).ok()?;
    let reg = Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    reg.is_object().then_some(reg)
}

/// Calls `target[name](args…)`.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    f.apply(target, &args.iter().collect::<Array>()).ok()
}

/// The text nodes under `root`, in document order.
fn text_nodes(root: &web_sys::Node, out: &mut Vec<web_sys::Node>) {
    let children = root.child_nodes();
    for i in 0..children.length() {
        if let Some(n) = children.item(i) {
            if n.node_type() == web_sys::Node::TEXT_NODE {
                out.push(n);
            } else {
                text_nodes(&n, out);
            }
        }
    }
}

/// A DOM range over characters `chars` (`char` offsets) of the text under `root`; `None` when
/// the text is shorter (a part not built yet).
pub fn text_range(root: &web_sys::Element, chars: Range<usize>) -> Option<web_sys::Range> {
    let mut nodes = Vec::new();
    text_nodes(root, &mut nodes);
    let range = document().create_range().ok()?;
    let (mut at, mut started) = (0usize, false);
    for node in nodes {
        let text = node.node_value().unwrap_or_default();
        let len = text.chars().count();
        // The DOM counts UTF-16 units.
        let unit = |k: usize| text.chars().take(k).map(char::len_utf16).sum::<usize>() as u32;
        if !started && chars.start < at + len {
            range.set_start(&node, unit(chars.start - at)).ok()?;
            started = true;
        }
        if started && chars.end <= at + len {
            range.set_end(&node, unit(chars.end - at)).ok()?;
            return Some(range);
        }
        at += len;
    }
    None
}

/// Marks `range` as highlight `name` (replacing what it marked before); false when the
/// browser cannot.
pub fn set(name: &str, range: &web_sys::Range) -> bool {
    let Some(reg) = registry() else {
        return false;
    };
    let Ok(ctor) = Reflect::get(&window(), &JsValue::from_str("Highlight")) else {
        return false;
    };
    let Ok(ctor) = ctor.dyn_into::<Function>() else {
        return false;
    };
    let Ok(h) = Reflect::construct(&ctor, &Array::of1(range)) else {
        return false;
    };
    call(&reg, "set", &[JsValue::from_str(name), h]).is_some()
}

/// Removes highlight `name`.
pub fn clear(name: &str) {
    if let Some(reg) = registry() {
        call(&reg, "delete", &[JsValue::from_str(name)]);
    }
}
