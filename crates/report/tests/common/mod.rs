//! Helpers the number tests share: one paragraph scanned in a part, and look-ups by raw text.
#![allow(dead_code)]

use report::{scan_block, BlockContext};
use report::{NumberMention, PartKind};

/// Every mention of `text` as one paragraph of a part of kind `part`.
pub fn in_part(part: PartKind, text: &str) -> Vec<NumberMention> {
    scan_block(
        text,
        &BlockContext {
            part,
            part_index: if part == PartKind::Plan { 2 } else { 1 },
            ..Default::default()
        },
    )
}

/// `text` as a paragraph of a review part.
pub fn summary(text: &str) -> Vec<NumberMention> {
    in_part(PartKind::Summary, text)
}

/// `text` as a paragraph of a plan part.
pub fn plan(text: &str) -> Vec<NumberMention> {
    in_part(PartKind::Plan, text)
}

/// Every mention of a whole text as the app reads one (a text without headings is one part).
pub fn lenient(text: &str) -> Vec<NumberMention> {
    report::input::parse_lenient(text)
        .expect("the text parses")
        .0
        .numbers
}

/// The mention written `raw`; panics, listing them all, when there is none.
pub fn find<'a>(ms: &'a [NumberMention], raw: &str) -> &'a NumberMention {
    ms.iter()
        .find(|m| m.raw == raw)
        .unwrap_or_else(|| panic!("no mention {raw} in {ms:#?}"))
}

/// The label of the mention written `raw`, or `""`.
pub fn label<'a>(ms: &'a [NumberMention], raw: &str) -> &'a str {
    find(ms, raw).label.as_deref().unwrap_or("")
}
