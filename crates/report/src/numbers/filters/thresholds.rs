//! Thresholds and bars: a bound or size class that defines a class of things (`10万元以上的村`,
//! `50亿级企业`), and the bar of the things counted right before or after it
//! (`投资超10亿元的项目15个`).

use super::{cjk_at, counts_by_a_counter};
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{
    CLASS_BAR_LEADS, CN_MEASURES, POST, RATE_BAR_WORDS, THRESHOLD_JOINERS, THRESHOLD_UNITS,
};
use crate::numbers::scan::Token;

/// `50亿级企业`, `百亿元级产业集群`: a size class, like a threshold, names things; it is no
/// measure of them.
pub(super) fn magnitude_class(ctx: &Context, t: &Token) -> bool {
    let unit = t.unit.as_ref();
    let sized = unit.is_none_or(|u| {
        u.base
            .as_deref()
            .is_none_or(|b| THRESHOLD_UNITS.contains(&b))
    });
    ctx.starts_with_at(t.end, "级") && sized && unit.is_some()
}

/// `10万元以上的村`, `20年以上小区`, `收入5万元以下的村`: a bound on a measure, then the class it
/// defines. A bound that ends the clause (`投资5000万元以上，`) is a measure.
pub(super) fn class_threshold(ctx: &Context, t: &Token, base: &str) -> bool {
    THRESHOLD_UNITS.contains(&base) && bound_before_a_class(ctx, t)
}

/// Whether a bound (`以上`, `以下`, `以内`) follows the token, then the class it defines.
fn bound_before_a_class(ctx: &Context, t: &Token) -> bool {
    // `5亿元(3000万美元)以上项目`: a value in brackets, the same bound in another unit, is
    // bounded by the word after the brackets.
    let bracketed = t.start > 0
        && matches!(ctx.chars[t.start - 1], '(' | '（')
        && ctx
            .chars
            .get(t.end)
            .is_some_and(|c| matches!(c, ')' | '）'));
    // `占地15亩及以上的企业`: `及` joins the bound to the value.
    let from = t.end + usize::from(bracketed);
    let from = from + usize::from(ctx.starts_with_at(from, "及"));
    let Some(bound) = POST
        .iter()
        .filter(|w| matches!(**w, "以上" | "以下" | "以内"))
        .find(|w| ctx.starts_with_at(from, w))
    else {
        return false;
    };
    let after = from + bound.chars().count();
    // `以上的村` or `以上小区`; not `以上的增长` of a growth (a unit of change is no threshold).
    cjk_at(ctx, after) && !ctx.starts_with_at(after, "的增")
}

/// `5000万以下投资项目2个`: a bound written as a magnitude only (the unit left to the reader) is
/// a class's threshold as one with a unit is.
pub(super) fn magnitude_threshold(ctx: &Context, t: &Token) -> bool {
    t.unit
        .as_ref()
        .is_some_and(|u| u.base.is_none() && u.exp > 0)
        && bound_before_a_class(ctx, t)
}

/// `引进50亿元或5亿美元以上项目`: a value joined (`或`, `和`, `、`, an opening bracket) to a
/// class's threshold right after it shares that threshold's bound, in its own unit: a threshold
/// too.
pub(super) fn threshold_joined_to_the_next(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let Some(u) = tokens.get(k + 1) else {
        return false;
    };
    let joined = THRESHOLD_JOINERS.contains(&ctx.slice(tokens[k].end, u.start).trim());
    let base = |t: &Token| t.unit.as_ref().and_then(|x| x.base.clone());
    joined
        && base(&tokens[k]).is_some_and(|b| THRESHOLD_UNITS.contains(&b.as_str()))
        && base(u).is_some_and(|b| class_threshold(ctx, u, &b))
}

/// `30万以上32个村，50万以上16个村`, `30万以上的村32个`: a bar (`N以上`) right before a count, or
/// before `的` and the things counted, is the class of the things counted, no measure of its own.
pub(super) fn bar_of_the_count_after(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let Some(bound) = ["以上", "以下"]
        .iter()
        .find(|w| ctx.starts_with_at(t.end, w))
    else {
        return false;
    };
    let after = t.end + bound.chars().count();
    let Some(u) = tokens.get(k + 1).filter(|u| counts_by_a_counter(u)) else {
        return false;
    };
    // `年收入10万元以上的村(社区)5个`: the class's things, then their count.
    let named = || {
        let things = ctx.slice(after + 1, u.start);
        ctx.starts_with_at(after, "的")
            && (1..=MAX_CLASS_THINGS).contains(&things.chars().count())
            && things
                .chars()
                .all(|c| crate::text::is_cjk(c) || matches!(c, '(' | ')' | '（' | '）'))
    };
    u.start == after || named()
}

/// The most chars of the things between a bar's `以上的` and their count (`村(社区)`).
const MAX_CLASS_THINGS: usize = 8;

/// `主营业务收入超500亿元的企业达到11家`, `投资超10亿元的项目15个`: a bar after a bound and
/// before `的`, when the things of that class are counted later in the clause, is the class.
pub(super) fn bar_of_things_counted_after(
    ctx: &Context,
    tokens: &[Token],
    k: usize,
    base: &str,
) -> bool {
    let t = &tokens[k];
    if !THRESHOLD_UNITS.contains(&base)
        || !CLASS_BAR_LEADS.iter().any(|w| ctx.ends_with_at(t.start, w))
        || !ctx.starts_with_at(t.end, "的")
    {
        return false;
    }
    let clause = ctx.clause[t.start];
    tokens[k + 1..]
        .iter()
        .take_while(|u| ctx.clause[u.start] == clause)
        .any(counts_by_a_counter)
}

/// `引进总投资超30亿元或3亿美元重大项目5个`, `新签约超10亿元项目12个`: a bar led by `超`/`过`
/// (with any value joined to it) right before the name of the things, which are counted at once
/// after their name, is the class of those things, as it is before `的`.
pub(super) fn bar_before_things_counted(
    ctx: &Context,
    tokens: &[Token],
    k: usize,
    base: &str,
) -> bool {
    let joined =
        |a: &Token, b: &Token| THRESHOLD_JOINERS.contains(&ctx.slice(a.end, b.start).trim());
    let in_unit = |t: &Token| {
        t.unit
            .as_ref()
            .and_then(|x| x.base.as_deref())
            .is_some_and(|b| THRESHOLD_UNITS.contains(&b))
    };
    if !THRESHOLD_UNITS.contains(&base) {
        return false;
    }
    // The first value of the joined run carries the lead.
    let mut first = k;
    while first > 0 && joined(&tokens[first - 1], &tokens[first]) && in_unit(&tokens[first - 1]) {
        first -= 1;
    }
    if !CLASS_BAR_LEADS
        .iter()
        .any(|w| ctx.ends_with_at(tokens[first].start, w))
    {
        return false;
    }
    let mut last = k;
    while tokens
        .get(last + 1)
        .is_some_and(|u| joined(&tokens[last], u) && in_unit(u))
    {
        last += 1;
    }
    let Some(u) = tokens.get(last + 1).filter(|u| counts_by_a_counter(u)) else {
        return false;
    };
    let things = ctx.slice(tokens[last].end, u.start);
    (1..=MAX_CLASS_THINGS).contains(&things.chars().count())
        && things.chars().all(crate::text::is_cjk)
        && !things.starts_with('的')
}

/// The count right before token `k`, written with a measure word (`8个`, `1家`), if any.
fn count_before(tokens: &[Token], k: usize) -> Option<&Token> {
    let prev = &tokens[k.checked_sub(1)?];
    let written = prev.unit.as_ref()?.written.as_str();
    (written.chars().count() == 1 && CN_MEASURES.contains(written)).then_some(prev)
}

/// `8个市县城镇固定资产投资增速超过50%`: the bar a rate of each of the places counted right
/// before it passed, no measure of its own.
pub(super) fn rate_bar_of_places_counted(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if t.unit.as_ref().is_none_or(|u| u.written != "%")
        || !["超过", "超", "过"]
            .iter()
            .any(|w| ctx.ends_with_at(t.start, w))
    {
        return false;
    }
    let Some(prev) = count_before(tokens, k) else {
        return false;
    };
    let between = ctx.slice(prev.end, t.start);
    RATE_BAR_WORDS.iter().any(|w| between.contains(w))
        && between.chars().count() <= MAX_BAR_SUBJECT_CHARS
        && !between.contains(is_clause_sep)
}

/// The most chars between a count of places and the bar their rate passed.
const MAX_BAR_SUBJECT_CHARS: usize = 20;

/// `新增1家产销过100亿元、2家过50亿元的骨干企业`: the bar a class of things counted right
/// before it passes (`过`, over), no measure of its own.
pub(super) fn count_threshold(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    if !THRESHOLD_UNITS.contains(&base) || !ctx.ends_with_at(t.start, "过") {
        return false;
    }
    let Some(prev) = count_before(tokens, k) else {
        return false;
    };
    let between = ctx.slice(prev.end, t.start);
    between.chars().count() <= 3 && !between.contains(is_clause_sep)
}
