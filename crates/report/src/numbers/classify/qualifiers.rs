//! A number's qualifiers: the bounding words written before it (`累计`, `超过`, `共`) or after it
//! (`以上`, `左右`), where its segment's core ends before them, and the string a reader sees.

use super::Class;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{ADJACENT_PRE, ANYWHERE_PRE, GONG_AFTER, GONG_BEFORE, POST};
use crate::numbers::scan::Token;

/// Whether the single-char bounding word at `pos` is the end of another word (`签约`, `附近`).
fn part_of_word(ctx: &Context, pos: usize) -> bool {
    let Some(prev) = pos.checked_sub(1).map(|p| ctx.chars[p]) else {
        return false;
    };
    let blocked = match ctx.chars[pos] {
        '约' => "签制节预公合条契履违特邀",
        '近' => "附最就邻亲贴",
        '超' => "赶",
        '共' => "公中总",
        _ => "",
    };
    blocked.contains(prev)
}

/// The last chars of `words`, sorted: a word can end at a position only if its char is here.
pub(super) fn last_chars(words: impl Iterator<Item = &'static str>) -> Vec<char> {
    let mut v: Vec<char> = words.filter_map(|w| w.chars().next_back()).collect();
    crate::sort::sort_by_key(&mut v, |&c| c.into());
    v.dedup();
    v
}

/// Whether the char before `pos` can end one of the words whose last chars are `ends`.
pub(super) fn may_end_at(ctx: &Context, pos: usize, ends: &[char]) -> bool {
    pos.checked_sub(1)
        .and_then(|p| ctx.chars.get(p))
        .is_some_and(|c| ends.binary_search(c).is_ok())
}

/// Every [`ANYWHERE_PRE`] word that fits in `[from, to)`, and with `gong` every `共` there that
/// is not part of another word: in position order, a word before a `共` at the same position
/// (what one search per word, then one for `共`, gives once sorted by position).
fn anywhere_qualifiers(
    ctx: &Context,
    from: usize,
    to: usize,
    gong: bool,
    out: &mut Vec<(usize, &'static str)>,
) {
    let to = to.min(ctx.chars.len());
    for p in from..to {
        let c = ctx.chars[p];
        if !matches!(c, '累' | '预' | '争' | '力' | '共' | '合' | '总') {
            continue;
        }
        for w in ANYWHERE_PRE {
            if w.starts_with(c) && p + w.chars().count() <= to && ctx.starts_with_at(p, w) {
                out.push((p, w));
            }
        }
        if gong && c == '共' {
            let before = p.checked_sub(1).map(|i| ctx.chars[i]);
            let after = ctx.chars.get(p + 1).copied();
            if !(before.is_some_and(|c| GONG_BEFORE.contains(c))
                || after.is_some_and(|c| GONG_AFTER.contains(c)))
            {
                out.push((p, "共"));
            }
        }
    }
}

/// The bounding words of token `t` (in position order) and where the segment's core ends
/// before the ones written right before the number. `prev` is the clause's previous number.
pub(super) fn qualifiers(
    ctx: &Context,
    tokens: &[Token],
    t: &Token,
    seg_start: usize,
    prev: Option<usize>,
) -> (Vec<(usize, &'static str)>, usize) {
    let mut qualifiers: Vec<(usize, &'static str)> = Vec::new();
    let mut core_end = t.start;
    // `资金超 800 万元`: a copy's blank before the number parts no bound from it.
    if core_end > seg_start && matches!(ctx.chars[core_end - 1], ' ' | '\u{3000}' | '\u{a0}') {
        core_end -= 1;
    }
    static ADJACENT_ENDS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let ends = ADJACENT_ENDS.get_or_init(|| last_chars(ADJACENT_PRE.iter().copied()));
    'strip: loop {
        if !may_end_at(ctx, core_end, ends) {
            break;
        }
        for w in ADJACENT_PRE {
            if !ctx.ends_with_at(core_end, w) {
                continue;
            }
            let n = w.chars().count();
            if core_end - n >= seg_start && !(n == 1 && part_of_word(ctx, core_end - 1)) {
                core_end -= w.chars().count();
                qualifiers.push((core_end, w));
                continue 'strip;
            }
        }
        break;
    }
    anywhere_qualifiers(ctx, seg_start, core_end, true, &mut qualifiers);
    // A bare list item (`累计审核…282宗、24.15万平方米`) shares the clause's leading bounding words.
    if ctx.slice(seg_start, t.start).trim_matches('、').is_empty() {
        if let Some(p) = prev {
            // Bounded look-back keeps long lists linear.
            let from = ctx
                .clause_start(t.start)
                .max(tokens[p].start.saturating_sub(60));
            anywhere_qualifiers(ctx, from, tokens[p].start, false, &mut qualifiers);
        }
    }
    if let Some((p, a)) = t.approx {
        qualifiers.push((p, a));
    }
    for w in POST {
        if ctx.starts_with_at(t.end, w) {
            qualifiers.push((t.end, w));
            break;
        }
    }
    crate::sort::sort_by_key(&mut qualifiers, |q| q.0 as u64);
    qualifiers.dedup();
    (qualifiers, core_end)
}

/// The qualifier string: words joined with `+` in source order, or `None`.
pub fn qualifier_string(class: &Class) -> Option<String> {
    if class.qualifiers.is_empty() {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for (_, w) in &class.qualifiers {
        if !words.contains(w) {
            words.push(w);
        }
    }
    Some(words.join("+"))
}
