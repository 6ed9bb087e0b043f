//! What a figure is known by: the indicator a label names (shown once), a headline indicator's
//! key, and whether a label says anything on its own.

use crate::model::{NumberKind, Report};
use crate::numbers::lexicon::{GROWTH_DOWN, GROWTH_UP, HEADLINE_INDICATORS, MAIN_INDICATOR_WORDS};

/// A label without its trailing change verb and basis: what is measured
/// (`地方财政总收入同比增长` → `地方财政总收入`).
pub(super) fn indicator_key(label: &str) -> &str {
    let verbs = GROWTH_UP.iter().chain(GROWTH_DOWN);
    let mut key = label;
    for v in verbs {
        if let Some(k) = key.strip_suffix(v).filter(|k| !k.is_empty()) {
            key = k;
            break;
        }
    }
    for basis in ["同比", "环比", "年均"] {
        if let Some(k) = key.strip_suffix(basis).filter(|k| !k.is_empty()) {
            key = k;
        }
    }
    key
}

/// What makes number `i` a headline indicator, as a key shown once (`生产总值`): its label
/// names one of [`HEADLINE_INDICATORS`], or it follows the report's own `主要经济指标…`/
/// `主要预期目标是：…` in the same sentence (then its label is the key). `spans` holds each
/// block's such sentence once found ([`main_indicator_span`]).
pub(super) fn headline_key(
    report: &Report,
    i: usize,
    spans: &mut [Option<MainSpan>],
) -> Option<String> {
    let n = &report.numbers[i];
    // A rank without a place (`前列`) says too little to lead with.
    if n.kind == Some(NumberKind::Rank) && n.value.is_none() {
        return None;
    }
    let label = n.label.as_deref().unwrap_or("");
    if let Some(w) = HEADLINE_INDICATORS.iter().find(|w| label.contains(*w)) {
        return Some((*w).to_string());
    }
    if !is_meaningful_label(label) || label.contains("指标") {
        return None;
    }
    let block = report.blocks.get(n.block)?;
    let span = spans.get_mut(n.block)?;
    let (from, to) = (*span.get_or_insert_with(|| main_indicator_span(report.block_text(block))))?;
    let pos = n.offset.checked_sub(block.offset)?;
    (from < pos && pos < to).then(|| label.to_string())
}

/// Where a block's own list of main indicators runs, in chars: from its first
/// [`MAIN_INDICATOR_WORDS`] to that sentence's end; `None` when the block has none.
pub(super) type MainSpan = Option<(usize, usize)>;

/// The [`MainSpan`] of a block's text: looked for once per block, so that a paragraph of
/// 20,000 figures is not searched once per figure.
fn main_indicator_span(text: &str) -> MainSpan {
    let at = MAIN_INDICATOR_WORDS
        .iter()
        .filter_map(|w| text.find(w))
        .min()?;
    let end = text[at..].find('。').map_or(text.len(), |e| at + e);
    Some((text[..at].chars().count(), text[..end].chars().count()))
}

/// Whether a label says something on its own: at least two CJK characters, not counting
/// function words such as `的` that a label can be cut down to.
pub(super) fn is_meaningful_label(label: &str) -> bool {
    label
        .chars()
        .filter(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(c) && !matches!(c, '的' | '了' | '和' | '及' | '与')
        })
        .count()
        >= 2
}
