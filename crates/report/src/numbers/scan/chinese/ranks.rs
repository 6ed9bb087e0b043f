//! Ordinals and ranks in words: `第二`, `第七批`, `第一方阵`, ranks without a position (`前列`,
//! `靠前`, `首位`, `榜首`, `前三`) and a place in a ranking list (`全省三十强`).

use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    CN_MEASURES, FIRST_IDIOMS, LEADING_WORDS, ORDINAL_LIST_NOUNS, ORDINAL_SUFFIXES, RANK_COUNTERS,
    RANK_PLACES, RANK_PLACE_VERBS, RANK_SCOPES, RANK_TIERS, TOP_PLACE_CHARS,
};
use crate::numbers::scan::numerals::{is_cn_numeral, numeral_run, parse_cn_numeral};
use crate::numbers::scan::places::{
    after_a_list_name, among_places_of_a_kind, has_rank_scope, place_scope, placed, placed_near,
    placed_within, without_item_count, MAX_LIST_NAME,
};
use crate::numbers::scan::{number_token, plain_unit, Shape, Token};

/// Whether the quote around `pos` closes right after the ranking list's place at `pos`
/// (`“西部百强县”`, not `“百强县”创建`).
pub(super) fn quote_ends_list(ctx: &Context, pos: usize) -> bool {
    let e = numeral_run(&ctx.chars, pos) + 1;
    ctx.chars
        .get(e..after_a_list_name(ctx, e))
        .is_some_and(|tail| tail.iter().any(|c| matches!(c, '”' | '"' | '」' | '』')))
}

/// `挺进全省三十强`, `跻身全国百强`: a place in a ranking list in words after a placing verb, at
/// its phrase's end, is a rank with the list's size as its value (`跻身全国百强县`, but
/// `获评全国百强县` names a class).
pub(super) fn top_places_in_words(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let e = numeral_run(chars, pos);
    // `…百强和…百强`: another list's place may follow; a place in the list itself
    // (`百强县30强`, `百强县第30位`) is the rank, and the list only names it.
    let next = chars.get(after_a_list_name(ctx, e + 1));
    let closed = !next.is_some_and(|&c| crate::text::is_cjk(c) && !matches!(c, '和' | '及' | '与'))
        && !next.is_some_and(|&c| c.is_ascii_digit() || matches!(c, '第' | '前'));
    let top = chars.get(e).is_some_and(|c| TOP_PLACE_CHARS.contains(c));
    if !top || !closed || !placed_within(ctx, pos, MAX_LIST_NAME) {
        return None;
    }
    let mut t = number_token(pos, e + 1, Shape::Rank, None);
    t.value = parse_cn_numeral(&chars[pos..e]).map(|v| v as f64);
    t.unit = Some(plain_unit("名"));
    Some(t)
}

/// `第二` after a rank scope or with `名` (a rank), else an ordinal (`第七批`, `第二十八`).
pub(super) fn ordinal(ctx: &Context, pos: usize, quoted: bool) -> Option<Token> {
    let chars = &ctx.chars;
    let e = numeral_run(chars, pos + 1);
    if e == pos + 1 {
        return None;
    }
    // `第一千` etc. are fine; a run ending in 万 is a magnitude of something else.
    let value = parse_cn_numeral(&chars[pos + 1..e]);
    if FIRST_IDIOMS.iter().any(|w| ctx.starts_with_at(pos, w)) {
        return None;
    }
    // `第一、二、三产业增加值`: ordinals that name the things listed are words of a name.
    if in_ordinal_list_of_things(ctx, pos, e) {
        return Some(number_token(pos, e, Shape::Name, None));
    }
    let mut t = number_token(pos, e, Shape::Ordinal, None);
    t.value = value.map(|v| v as f64);
    // `均居全市第一方阵`, `位居全省“第一梯队”`: a tier a verb places the subject in is a rank
    // without a position (`重返全省第一方阵` names a goal: no rank).
    let tier = RANK_TIERS.iter().find(|w| ctx.starts_with_at(e, w));
    if let Some(w) = tier {
        let open = ctx.ends_with_at(pos, "“") || ctx.ends_with_at(pos, "\"");
        let at = if open { pos - 1 } else { pos };
        // `稳居全国产粮大市第一方阵`: a whole scope, then the places of a kind ranked.
        let scoped_kind = || {
            let from = ctx
                .clause_start(at)
                .max(at.saturating_sub(MAX_TIER_SCOPE_CHARS));
            let before = ctx.slice(from, at);
            RANK_SCOPES
                .iter()
                .any(|w| w.starts_with('全') && before.contains(w))
        };
        // `各项经济指标均位于第一方阵`: a placing verb right before the tier needs no scope.
        let right_after_verb = RANK_PLACE_VERBS.iter().any(|v| ctx.ends_with_at(at, v));
        if placed(ctx, at)
            && (has_rank_scope(ctx, at)
                || place_scope(ctx, at)
                || scoped_kind()
                || right_after_verb)
        {
            let mut t = number_token(pos, e + w.chars().count(), Shape::Rank, None);
            t.unit = Some(plain_unit("名"));
            return Some(t);
        }
    }
    let ranked = has_rank_scope(ctx, pos)
        || matches!(chars.get(e), Some('名'))
        || after_listed_rank(ctx, pos)
        || (place_scope(ctx, pos) && !ORDINAL_SUFFIXES.iter().any(|s| ctx.starts_with_at(e, s)))
        || placed_near(ctx, pos, e)
        || among_places_of_a_kind(ctx, pos, e);
    if !quoted && ranked {
        t.shape = Shape::Rank;
        t.unit = Some(plain_unit("名"));
        if chars.get(e).is_some_and(|c| RANK_COUNTERS.contains(c)) {
            t.end += 1;
        }
    } else if let Some(s) = ORDINAL_SUFFIXES.iter().find(|s| ctx.starts_with_at(e, s)) {
        t.end += s.chars().count();
        t.unit = Some(plain_unit(s));
    }
    Some(t)
}

/// The most chars between a whole scope and the tier a verb places its places of a kind in.
const MAX_TIER_SCOPE_CHARS: usize = 10;

/// `分列全国第三和第二位`: a `第N` right after a ranked `第M` and a list joiner ranks too.
fn after_listed_rank(ctx: &Context, pos: usize) -> bool {
    let chars = &ctx.chars;
    // `4项第一、2项第二`: back over the later position's count of items.
    let counted = without_item_count(&chars[ctx.clause_start(pos)..pos]).len();
    let at = ctx.clause_start(pos) + counted;
    let Some(j) = at
        .checked_sub(1)
        .filter(|&j| matches!(chars[j], '和' | '、' | '及'))
    else {
        return false;
    };
    // Back over the previous ordinal's numeral (and its counter) to its `第`.
    let mut q = j;
    while q > 0 && (is_cn_numeral(chars[q - 1]) || RANK_COUNTERS.contains(&chars[q - 1])) {
        q -= 1;
    }
    q < j
        && q > 0
        && chars[q - 1] == '第'
        && (has_rank_scope(ctx, q - 1) || placed_near(ctx, q - 1, j))
}

/// A rank by place after a rank scope (`排名全区前列`, `全区排名靠前`, `位居全省首位`,
/// `前三`, `居三县之首`), or at the top of a list (`榜首`, rank 1): unit `名`, a value only when a position
/// is written.
pub(super) fn rank_place(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let c = chars[pos];
    // `努力在…新征程上走在前列`, `走在最前列`: to lead, with no scope ranked in, is an aim in
    // words; `走在全市前列` ranks.
    if LEADING_WORDS.iter().any(|w| ctx.ends_with_at(pos, w)) {
        return None;
    }
    let (end, value) = if RANK_PLACES.iter().any(|w| ctx.starts_with_at(pos, w)) {
        (pos + 2, None)
    } else if ctx.starts_with_at(pos, "首位") || ctx.starts_with_at(pos, "榜首") {
        (pos + 2, Some(1.0))
    } else if c == '首'
        && ctx.ends_with_at(pos, "之")
        && !chars.get(pos + 1).is_some_and(|&x| crate::text::is_cjk(x))
    {
        // `总量均居三县之首`: the head of the places ranked among.
        (pos + 1, Some(1.0))
    } else if c == '前' {
        let e = numeral_run(chars, pos + 1);
        if e == pos + 1 || chars.get(e).is_some_and(|&x| CN_MEASURES.contains(x)) {
            return None;
        }
        (e, parse_cn_numeral(&chars[pos + 1..e]).map(|v| v as f64))
    } else {
        return None;
    };
    // `排名全区前列`, `全区排名靠前`, `位居全省首位`; also `排名全区前列` with a scope in
    // between.
    // `稳居全国各区(县)前六`: among places of a kind after a placing verb.
    let scoped = has_rank_scope(ctx, pos)
        || (pos >= 2 && has_rank_scope(ctx, pos - 2) && c != '靠')
        || place_scope(ctx, pos)
        || placed_near(ctx, pos, end)
        || after_a_ranking_list(ctx, pos);
    // `荣登…榜首`: the top of a list needs no scope to be a rank.
    let ranked = scoped || (c == '靠' && ctx.ends_with_at(pos, "排名")) || c == '榜';
    if !ranked {
        return None;
    }
    // A rank without digits (`前列`) is a rank all the same: unit `名`, no value.
    let mut t = number_token(pos, end, Shape::Rank, None);
    t.value = value;
    t.unit = Some(plain_unit("名"));
    Some(t)
}

/// `跻身全国百强镇前列`, `保持中国百强县前列`: right after a ranking list's name (`百强`, `百强镇`)
/// entered with a placing verb, a place in it.
fn after_a_ranking_list(ctx: &Context, pos: usize) -> bool {
    let chars = &ctx.chars;
    let list_end = match pos.checked_sub(1).map(|p| chars[p]) {
        Some('强') => pos,
        Some(c) if crate::numbers::lexicon::PLACE_LEVEL_CHARS.contains(&c) => pos - 1,
        _ => return false,
    };
    list_end >= 2 && chars[list_end - 1] == '强' && placed_within(ctx, list_end - 1, MAX_LIST_NAME)
}

/// Whether the ordinal `pos..e` is an item of a list of ordinals that names things
/// (`第一、二、三产业`, `第一、第二、第三产业`): other items joined to it, and the list ending
/// in the noun they share ([`ORDINAL_LIST_NOUNS`]).
fn in_ordinal_list_of_things(ctx: &Context, pos: usize, e: usize) -> bool {
    let chars = &ctx.chars;
    let joined = |c: char| matches!(c, '、' | '和' | '及');
    let after_item = |from: usize| {
        let from = if chars.get(from) == Some(&'第') {
            from + 1
        } else {
            from
        };
        let end = numeral_run(chars, from);
        (end > from).then_some(end)
    };
    let mut end = e;
    let mut items = 1;
    while chars.get(end).is_some_and(|&c| joined(c)) {
        match after_item(end + 1) {
            Some(next) => {
                end = next;
                items += 1;
            }
            None => break,
        }
    }
    let before = pos
        .checked_sub(2)
        .is_some_and(|p| joined(chars[p + 1]) && is_cn_numeral(chars[p]));
    (items > 1 || before)
        && ORDINAL_LIST_NOUNS
            .iter()
            .any(|w| ctx.starts_with_at(end, w))
}
