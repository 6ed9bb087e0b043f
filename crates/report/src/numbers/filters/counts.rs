//! Lists and counts of categories: a count that sums up the list before it, counts a formula's or
//! a heading's items or groups the things counted after it, a class written after a count, and
//! the group a rank is taken in.

use super::counts_by_a_counter;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    CATEGORY_COUNTERS, CLASS_COUNTERS, COURSE_AFTER_COUNT, FORMULA_NOUNS, GROUPING_COUNTERS,
    HEADING_ITEM_COUNTERS, INDICATOR_WORDS, RANK_PLACE_KINDS, RANK_SCOPES, RANK_VERBS,
};
use crate::numbers::scan::{Shape, Token};

/// `“工业强县、生态富县”两条主线`, `守住综治维稳、计划生育、安全生产三条底线`: a count in words
/// right after a quoted list, or after a list as long as it before a formula's noun, counts the
/// items of a formula, no things the report measured (`“微改造”3条道路` counts roads).
pub(super) fn items_of_a_quoted_formula(ctx: &Context, t: &Token) -> bool {
    if t.shape != Shape::ChineseCount {
        return false;
    }
    // `“修机场、造海港、通高铁”三件大事圆满完成`: the things themselves, done.
    let rest = ctx.slice(t.end, ctx.clause_end(t.start));
    if COURSE_AFTER_COUNT.iter().any(|w| rest.contains(w)) {
        return false;
    }
    let from = ctx.clause_start(t.start);
    if ctx.ends_with_at(t.start, "”") {
        let quoted = ctx.slice(from, t.start - 1);
        return quoted
            .rfind('“')
            .is_some_and(|o| quoted[o..].contains('、'));
    }
    // `抓好改革、发展、稳定三件大事`: the list named, then its formula's noun.
    let items = ctx.slice(from, t.start).split('、').count();
    items > 1 && t.value == Some(items as f64) && FORMULA_NOUNS.iter().any(|w| rest.starts_with(w))
}

/// `一、县示范区管委会牵头工作(8项)`: a count in brackets closing a heading counts the items
/// listed under it, no measure of what the report did.
pub(super) fn items_under_a_heading(ctx: &Context, t: &Token, base: &str) -> bool {
    if !HEADING_ITEM_COUNTERS.contains(&base) {
        return false;
    }
    let n = ctx.chars.len();
    let closed = ctx
        .chars
        .get(t.end)
        .is_some_and(|c| matches!(c, ')' | '）'));
    let last = closed && ctx.chars[t.end + 1..n].iter().all(|c| c.is_whitespace());
    let before = ctx.slice(0, t.start);
    let opened = before.trim_end_matches('共').ends_with(['(', '（']);
    last && opened && !before.contains(['。', '；', '！', '？', '，', ','])
}

/// `5个1类新药`, `3家4A级景区`: a class written right after a count is the class of the things
/// counted, part of their name.
pub(super) fn class_of_things_counted(tokens: &[Token], k: usize, base: &str) -> bool {
    let glued = k
        .checked_sub(1)
        .is_some_and(|p| tokens[p].end == tokens[k].start && counts_by_a_counter(&tokens[p]));
    glued && CLASS_COUNTERS.contains(&base)
}

/// `10大类52项民生实事`, `5大类30项重点任务`: a count of categories right before a count of
/// the things in them groups those things; the things' count is the measure.
pub(super) fn categories_of_the_count_after(tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    GROUPING_COUNTERS.contains(&base)
        && tokens
            .get(k + 1)
            .is_some_and(|u| u.start == t.end && counts_by_a_counter(u))
}

/// `水利、景观、市政三项建设`, `教育、医疗、养老等3类任务`: a count of categories that equals the
/// number of items listed right before it repeats the list. A count of things (`华测、创鑫激光、
/// 联通三个意向项目`) is a count all the same.
pub(super) fn sums_up_the_list(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    if !CATEGORY_COUNTERS.contains(&base) {
        return false;
    }
    let Some(n) = t.value.filter(|v| v.fract() == 0.0 && *v >= 2.0) else {
        return false;
    };
    let from = k
        .checked_sub(1)
        .map_or(0, |p| tokens[p].end)
        .max(ctx.clause_start(t.start));
    let list = ctx.slice(from, t.start);
    let open = list.ends_with('等');
    let list = list.strip_suffix('等').unwrap_or(list);
    if !list.contains('、') {
        return false;
    }
    let items = list
        .split('、')
        .flat_map(|item| item.split(&['和', '及', '与'][..]))
        .filter(|i| !i.trim().is_empty())
        .count();
    // `粮食播种面积、产量及增量、增幅等6项指标均居全省前3`: indicators listed in part and then
    // counted in all are summed up too.
    // `…等四项核心指标`: a word or two may say which indicators.
    let indicators = open
        && (0..=MAX_INDICATOR_MODIFIER).any(|m| {
            ctx.chars[t.end..]
                .iter()
                .take(m)
                .all(|&c| crate::text::is_cjk(c))
                && INDICATOR_WORDS
                    .iter()
                    .any(|w| ctx.starts_with_at(t.end + m, w))
        });
    items as f64 == n || (indicators && (items as f64) < n)
}

/// The most chars of the words before an indicator word that say which (`核心`, `主要经济`).
const MAX_INDICATOR_MODIFIER: usize = 4;

/// `数量均居全市6县市第一`, `在全国15个同类城市中居前列`: the size of the group a rank is taken
/// in, not a measure of the subject: places of a kind right after the number, the rank right
/// after them (or after their `中` and the rank's verb). Like a name
/// with digits, it is a word of the rank's scope, not a number that ends a segment.
pub fn ranked_group(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let Some(next) = tokens.get(k + 1).filter(|u| u.shape == Shape::Rank) else {
        return false;
    };
    RANK_PLACE_KINDS.iter().any(|w| {
        if !ctx.starts_with_at(t.end, w) {
            return false;
        }
        // `在全国15个同类城市中居前列`: the group's `中`, then only the rank's verb.
        let between = ctx.slice(t.end + w.chars().count(), next.start);
        let rest = between
            .strip_prefix("之中")
            .or_else(|| between.strip_prefix('中'));
        between.is_empty()
            || rest.is_some_and(|r| {
                r.is_empty() || RANK_VERBS.contains(&r) || RANK_SCOPES.contains(&r)
            })
    })
}
