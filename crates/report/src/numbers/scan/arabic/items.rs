//! A list's item number (`1.严格落实…`, `2、启动…`, `（3）加快…`, `3.3座公园…`), no quantity.

use super::Read;
use crate::numbers::context::Context;
use crate::numbers::lexicon::COUNTERS;
use crate::numbers::scan::numerals::is_digit;
use crate::numbers::units;

/// `1.严格落实…`, `2、启动…`, `（3）加快…`: a list's item number, at the start of a paragraph
/// or a sentence (or in brackets anywhere), is no quantity. Returns where its digits end.
pub(super) fn enumerator_end(ctx: &Context, r: &Read) -> Option<usize> {
    let chars = &ctx.chars;
    if r.groups != 1 || r.letters_after || r.prefix_letters() {
        return None;
    }
    if let Some((int, _)) = r.digits.split_once('.') {
        return glued_item_number(ctx, r, int.chars().count());
    }
    if r.digits.len() > 2 {
        return None;
    }
    let next = chars.get(r.end).copied()?;
    let after = chars.get(r.end + 1).copied();
    let before = chars[..r.start]
        .iter()
        .rev()
        .copied()
        .find(|c| !c.is_whitespace() && *c != '\u{3000}');
    if matches!(before, Some('（' | '(')) && matches!(next, '）' | ')') {
        return Some(r.end);
    }
    let opens = before.is_none_or(|c| matches!(c, '。' | '；' | ';' | '：' | ':' | '！' | '？'));
    let marker = matches!(next, '、' | '.' | '．') && after.is_some_and(|c| !is_digit(c));
    (opens && marker).then_some(r.end)
}

/// `3.3座公园增设…`: an item's number and `.` glued to a count of whole things at a paragraph's
/// start; no count of parks is 3.3. Returns where the item's number ends.
fn glued_item_number(ctx: &Context, r: &Read, int_len: usize) -> Option<usize> {
    let opens = ctx.chars[..r.start].iter().all(|c| c.is_whitespace());
    let whole_things = units::match_unit(&ctx.chars, r.end).is_some_and(|m| {
        m.unit.exp == 0
            && m.approx.is_none()
            && m.unit.written.chars().count() == 1
            && m.unit.written.chars().all(|c| COUNTERS.contains(c))
    });
    (opens && int_len <= 2 && whole_things).then_some(r.start + int_len)
}
