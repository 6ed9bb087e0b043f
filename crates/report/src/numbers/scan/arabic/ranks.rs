//! Ranks and ordinals written with digits: `第3名`, `第14次`, the first places of a ranking
//! (`前20名`, `前50强`) and a place in a ranking list (`15强`).

use super::Read;
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{ORDINAL_SUFFIXES, RANK_COUNTERS};
use crate::numbers::scan::places::{
    after_a_list_name, has_rank_scope, place_scope, placed_in_scope, placed_near, placed_within,
};
use crate::numbers::scan::{number_token, plain_unit, Shape, Token};

/// `世界500强`, `500强项目`: a ranking list's name, a word; `跻身全国区域孵化能力15强`: a place
/// in such a list after a placing verb, at its clause's end or a list's item's, is a rank.
pub(super) fn ranking_list(ctx: &Context, r: &Read) -> Option<Token> {
    if r.groups != 1 || r.letters_after || r.digits.contains('.') {
        return None;
    }
    if ctx.chars.get(r.end) != Some(&'强') {
        return None;
    }
    let end = r.end + 1;
    let mut t = number_token(r.start, end, Shape::Name, Some(r.digits.clone()));
    let at_end = ctx
        .chars
        .get(after_a_list_name(ctx, end))
        .is_none_or(|&c| is_clause_sep(c) || c == '、');
    // `入选2024中药上市公司30强`: a ranking list's name may be long, as in words.
    if at_end && placed_within(ctx, r.start, crate::numbers::scan::places::MAX_LIST_NAME) {
        t.shape = Shape::Rank;
        t.unit = Some(plain_unit("名"));
    }
    Some(t)
}

/// `进入全省前20名`, `排名前10`: the first places of a ranking, after a rank scope or a
/// placing verb, ending with a rank's counter or its phrase (not `前10个月`, `前3季度`), or of a
/// ranking list (`前50强`): a rank with the number of places as its value, written with its `前`.
pub(super) fn top_places(ctx: &Context, r: &Read) -> Option<Token> {
    let at = r.start.checked_sub(1)?;
    if ctx.chars[at] != '前' || r.digits.contains('.') {
        return None;
    }
    let counter = ctx
        .chars
        .get(r.end)
        .is_some_and(|c| RANK_COUNTERS.contains(c));
    let closed = counter
        || !ctx
            .chars
            .get(r.end)
            .is_some_and(|&c| crate::text::is_cjk(c));
    let end = r.end + usize::from(counter);
    // `前50强`: the first places of a ranking list need no scope; `前100强企业` names a class.
    let top_of_list = ctx.chars.get(r.end) == Some(&'强')
        && !ctx
            .chars
            .get(r.end + 1)
            .is_some_and(|&c| crate::text::is_cjk(c));
    let ranked = top_of_list
        || has_rank_scope(ctx, at)
        || place_scope(ctx, at)
        || placed_near(ctx, at, end)
        || after_top_places(ctx, at);
    if !closed || !ranked {
        return None;
    }
    let mut t = number_token(at, end, Shape::Rank, Some(r.digits.clone()));
    t.unit = Some(plain_unit("名"));
    Some(t)
}

/// `分别排在全市前3、前5位`: a `前` that is the next item of a list of first places is ranked
/// as the first item is.
fn after_top_places(ctx: &Context, at: usize) -> bool {
    let Some(sep) = at
        .checked_sub(1)
        .filter(|&p| matches!(ctx.chars[p], '、' | '和'))
    else {
        return false;
    };
    let mut i = sep;
    while i > 0 && RANK_COUNTERS.contains(&ctx.chars[i - 1]) {
        i -= 1;
    }
    let digits = (0..i)
        .rev()
        .take_while(|&p| ctx.chars[p].is_ascii_digit())
        .count();
    digits > 0 && i > digits && ctx.chars[i - digits - 1] == '前'
}

/// `第3名` (a rank, after a rank scope or with its counter), `第14次` (an ordinal).
pub(super) fn ordinal(ctx: &Context, r: Read) -> Token {
    let (start, end) = (r.start, r.end);
    let counter = ctx
        .chars
        .get(end)
        .is_some_and(|c| RANK_COUNTERS.contains(c));
    let mut t = number_token(start - 1, end, Shape::Ordinal, Some(r.digits));
    // `倒数第3`: a place counted from the bottom is a rank, written with its `倒数`.
    let from_bottom = ctx.ends_with_at(start - 1, "倒数");
    if from_bottom {
        t.start -= 2;
    }
    let among_places = || {
        place_scope(ctx, t.start) && !ORDINAL_SUFFIXES.iter().any(|s| ctx.starts_with_at(end, s))
    };
    // `位居全国百强县投资潜力第3`: a placing verb and a scope a few words before.
    if counter
        || from_bottom
        || has_rank_scope(ctx, t.start)
        || among_places()
        || placed_in_scope(ctx, t.start)
        || placed_near(ctx, t.start, end)
    {
        t.shape = Shape::Rank;
        t.unit = Some(plain_unit("名"));
        // `第3位`: the written counter is part of the rank.
        if counter {
            t.end += 1;
        }
    } else if let Some(s) = ORDINAL_SUFFIXES.iter().find(|s| ctx.starts_with_at(end, s)) {
        t.end += s.chars().count();
    }
    t
}
