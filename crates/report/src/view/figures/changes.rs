//! The level a change starts from (`由2010年的162.4亿元增加到…`): the level it reached stands for
//! it on the strip.

use crate::model::Report;
use crate::numbers::lexicon::{CHANGE_TO_WORDS, FROM_OPENERS};

/// For every number, whether it is where a change starts (`地区生产总值由2010年的162.4亿元增加到…`,
/// `从5.24亿元提高到…`): an earlier level, which the level it changed to stands for on the strip.
/// One pass over each block's text (numbers are in text order): a paragraph of 20,000 figures
/// must not be walked once per figure.
pub(super) fn change_starts(report: &Report) -> Vec<bool> {
    let numbers = &report.numbers;
    let mut out = vec![false; numbers.len()];
    let mut cursor: Option<(usize, usize, usize)> = None; // (block, char, byte)
    for (i, n) in numbers.iter().enumerate() {
        let Some(block) = report.blocks.get(n.block) else {
            continue;
        };
        let Some(pos) = n.offset.checked_sub(block.offset) else {
            continue;
        };
        let text = report.block_text(block);
        let (mut at_char, mut at_byte) = match cursor {
            Some((b, c, y)) if b == n.block && c <= pos => (c, y),
            _ => (0, 0),
        };
        while at_char < pos {
            let Some(c) = text[at_byte..].chars().next() else {
                break;
            };
            at_byte += c.len_utf8();
            at_char += 1;
        }
        cursor = Some((n.block, at_char, at_byte));
        out[i] = at_char == pos && starts_a_change_at(text, at_byte, &n.raw);
    }
    out
}

/// Whether the number written `raw` at byte `at` of `text` is a change's starting level.
fn starts_a_change_at(text: &str, at: usize, raw: &str) -> bool {
    let is_clause_end = |c: char| matches!(c, '，' | '；' | '。' | '：' | ',' | ';');
    // Before: the opener, then at most a time (`2010年的`, `上年末的`).
    let before = text[..at].trim_end_matches('的');
    let before = before.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '年' | '底' | '末' | '月' | '上' | '去')
    });
    if !before.ends_with(FROM_OPENERS) {
        return false;
    }
    // After: the change's verb leads to a second level in the same clause.
    let Some(after) = text.get(at + raw.len()..) else {
        return false;
    };
    let clause = after.find(is_clause_end).map_or(after, |e| &after[..e]);
    let verb = clause
        .find(|c: char| c.is_ascii_digit())
        .map_or(clause, |d| &clause[..d]);
    CHANGE_TO_WORDS.iter().any(|w| verb.contains(w))
}
