//! Where a rank places what it ranks: a rank scope (`全市`), a placing verb (`位居`), places of a
//! kind (`六区`, `中心城区`) and a ranking list's name (`百强县`) before a position.

use super::numerals::{is_cn_numeral, is_digit};
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    ITEM_COUNTERS, LIST_NAME_ENDS, PLACE_LEVEL_CHARS, PLACING_VERB_COMPOUNDS, RANK_COUNTERS,
    RANK_PLACE_KINDS, RANK_PLACE_VERBS, RANK_SCOPES,
};

pub(super) fn has_rank_scope(ctx: &Context, pos: usize) -> bool {
    RANK_SCOPES.iter().any(|w| ctx.ends_with_at(pos, w))
}

/// Whether a ranking verb places a subject among places of a kind right before `pos`
/// (`保持中心城区第一`, `居全市6县市第一`): the places' word ends the text before, and a
/// ranking verb stands a few chars before it in the same clause.
pub(super) fn place_scope(ctx: &Context, pos: usize) -> bool {
    let kind_len = RANK_PLACE_KINDS
        .iter()
        .find(|w| ctx.ends_with_at(pos, w))
        .map(|w| w.chars().count())
        .or_else(|| numbered_places(ctx, pos));
    kind_len.is_some_and(|len| placed(ctx, pos - len))
}

/// `增速五城区第一`, `全省同类开发区第四`: places of a kind, counted or in a whole scope, right
/// before a position that ends its phrase (`end`, before any counter) rank it with no verb.
pub(super) fn among_places_of_a_kind(ctx: &Context, pos: usize, end: usize) -> bool {
    let chars = &ctx.chars;
    let end = end + usize::from(chars.get(end).is_some_and(|c| RANK_COUNTERS.contains(c)));
    if chars.get(end).is_some_and(|&c| crate::text::is_cjk(c)) {
        return false;
    }
    let kind = RANK_PLACE_KINDS.iter().find(|w| ctx.ends_with_at(pos, w));
    let scoped = kind.is_some_and(|w| {
        let at = pos - w.chars().count();
        has_rank_scope(ctx, at)
            || at
                .checked_sub(1)
                .is_some_and(|p| is_cn_numeral(chars[p]) || is_digit(chars[p]))
    });
    scoped
        || numbered_places(ctx, pos).is_some()
        || kind.is_some_and(|w| after_a_rank(ctx, pos - w.chars().count()))
}

/// `总量保持全市第二，中心城区第一`: places of a kind opening a clause right after one that ends
/// in a position rank among them too (the same subject, another scope).
fn after_a_rank(ctx: &Context, at: usize) -> bool {
    let chars = &ctx.chars;
    if at == 0 || ctx.clause_start(at) != at || !matches!(chars[at - 1], '，' | ',' | '、') {
        return false;
    }
    let mut p = at - 1;
    if p > 0 && RANK_COUNTERS.contains(&chars[p - 1]) {
        p -= 1;
    }
    let numerals = chars[..p]
        .iter()
        .rev()
        .take_while(|&&c| is_cn_numeral(c) || is_digit(c))
        .count();
    numerals > 0 && p > numerals && chars[p - numerals - 1] == '第'
}

/// `位居六区第1`, `全市9县第一`: a number of places of one level right before `pos` is a kind of
/// place; returns its length in chars.
fn numbered_places(ctx: &Context, pos: usize) -> Option<usize> {
    let before = ctx.slice(pos.saturating_sub(MAX_PLACE_SCOPE), pos);
    let len = numbered_places_len(before)?;
    Some(before[before.len() - len..].chars().count())
}

/// The length in bytes of a number of places of one level that ends `s` (`六区`, `9县`), if it
/// ends with one: the scope of a rank, no subject.
pub fn numbered_places_len(s: &str) -> Option<usize> {
    // `八县(市)`: the places' other level in brackets.
    let bare = match s.strip_suffix([')', '）']) {
        Some(open) => open
            .rfind(['(', '（'])
            .map(|o| &open[..o])
            .filter(|b| s[b.len()..].chars().count() <= MAX_LEVEL_NOTE_CHARS)?,
        None => s,
    };
    let rest = bare.strip_suffix(PLACE_LEVEL_CHARS)?;
    let kept = rest.trim_end_matches(|c: char| is_cn_numeral(c) || is_digit(c));
    (kept.len() < rest.len()).then_some(s.len() - kept.len())
}

/// The most chars of a bracketed note of places' other level (`(市、区)`).
const MAX_LEVEL_NOTE_CHARS: usize = 6;

/// `跻身全国百强县。`, `入选“西部百强县”`, `跻身“中国城市GDP百强榜”`: after a ranking list's
/// `强` (at `at`), the kind of place it ranks, the list's `榜` and a closing quote still leave the
/// place at its phrase's end; returns where the phrase goes on.
pub(super) fn after_a_list_name(ctx: &Context, at: usize) -> usize {
    let chars = &ctx.chars;
    let closing = |i: &mut usize| {
        while chars
            .get(*i)
            .is_some_and(|c| matches!(c, '”' | '"' | '」' | '』'))
        {
            *i += 1;
        }
    };
    // `百强县”`, `“十强”县`, `百强名单`: the quote may close before or after the level.
    let mut i = at;
    closing(&mut i);
    if chars.get(i).is_some_and(|c| PLACE_LEVEL_CHARS.contains(c)) {
        i += 1;
    }
    if let Some(w) = LIST_NAME_ENDS.iter().find(|w| ctx.starts_with_at(i, w)) {
        i += w.chars().count();
    }
    closing(&mut i);
    i
}

/// Whether a ranking verb stands a few chars before `pos` in its clause (`均居全市`, `保持`).
pub(super) fn placed(ctx: &Context, pos: usize) -> bool {
    placed_within(ctx, pos, MAX_PLACE_SCOPE)
}

/// [`placed`] with a placing verb at most `max` chars before `pos` (`入围2022中国建制县高质量发展
/// 百强`: a ranking list's name may be long).
pub(super) fn placed_within(ctx: &Context, pos: usize, max: usize) -> bool {
    let from = ctx.clause_start(pos).max(pos.saturating_sub(max));
    let before = ctx.slice(from, pos);
    RANK_PLACE_VERBS.iter().any(|v| before.contains(v))
}

/// The most chars between a placing verb and a place in a ranking list (`入围2022中国建制县高质量
/// 发展百强和2022全国县域发展潜力百强`: two lists' names after one verb).
pub(super) const MAX_LIST_NAME: usize = 40;

/// `数量居潍坊第一`, `4项列第一`, `走在潍坊前列`: a placing verb right before a position, or a
/// short name (a place, a list; after a whole scope: `居全国经开区第二`) between them, when the position ends its phrase (`end`, after
/// its counter: not `列入第一批`) and the verb is no part of another word (`居民`, `安排`).
pub(super) fn placed_near(ctx: &Context, pos: usize, end: usize) -> bool {
    let chars = &ctx.chars;
    let end = end + usize::from(chars.get(end).is_some_and(|c| RANK_COUNTERS.contains(c)));
    if chars.get(end).is_some_and(|&c| crate::text::is_cjk(c)) {
        return false;
    }
    // The verb's two chars, a whole scope's two and the name.
    let from = ctx
        .clause_start(pos)
        .max(pos.saturating_sub(MAX_PLACE_NAME + 4));
    RANK_PLACE_VERBS.iter().any(|v| {
        let len = v.chars().count();
        (from..pos.saturating_sub(len - 1)).rev().any(|at| {
            // `排名4项第一`: a count of the items placed there is no part of the name.
            let between = without_item_count(&chars[at + len..pos]);
            // `位居全国经开区第二`: a whole scope (`全国`) before the name is no part of it.
            let name = match between {
                ['全', _, name @ ..] => name,
                _ => between,
            };
            ctx.starts_with_at(at, v)
                && name.len() <= MAX_PLACE_NAME
                && between.iter().all(|&c| crate::text::is_cjk(c))
                && !PLACING_VERB_COMPOUNDS.iter().any(|w| {
                    w.find(v).is_some_and(|i| {
                        let lead = w[..i].chars().count();
                        at >= lead && ctx.starts_with_at(at - lead, w)
                    })
                })
        })
    })
}

/// `4项` at the end of `chars` taken off (`排名4项第一`: how many items hold the position).
pub(super) fn without_item_count(chars: &[char]) -> &[char] {
    match chars.split_last() {
        Some((c, rest)) if ITEM_COUNTERS.contains(c) => {
            let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 {
                &rest[..rest.len() - digits]
            } else {
                chars
            }
        }
        _ => chars,
    }
}

/// The most chars of a name between a placing verb and a position (`居潍坊第一`).
pub(crate) const MAX_PLACE_NAME: usize = 4;

/// The most chars between a ranking verb and the position it names (`居全市6县市第一`).
const MAX_PLACE_SCOPE: usize = 10;

/// Whether a ranking verb and then a rank scope (`跃居全国`) stand a few chars before `pos`.
pub(super) fn placed_in_scope(ctx: &Context, pos: usize) -> bool {
    let from = ctx
        .clause_start(pos)
        .max(pos.saturating_sub(2 * MAX_PLACE_SCOPE));
    let before = ctx.slice(from, pos);
    RANK_PLACE_VERBS.iter().any(|v| {
        before
            .find(v)
            .is_some_and(|i| RANK_SCOPES.iter().any(|s| before[i..].contains(s)))
    })
}
