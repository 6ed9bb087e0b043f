//! Milestones: a round mark passed that repeats a measure given beside it (`突破10亿元大关`), and
//! the bar the first of a kind or each of the things just counted crossed.

use super::{cjk_at, counts_by_a_counter};
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    CLASS_BAR_LEADS, EACH_CROSSED_VERBS, FIRST_OF_A_KIND, MARK_JOINERS, MARK_TARGET,
    MILESTONE_REACHED, MILESTONE_STEPS, MILESTONE_TIMES, MILESTONE_VERBS, MILESTONE_WORDS,
    RANK_PLACE_KINDS, STEP_CROSSING_VERBS, STEP_SIZE_CHARS, THRESHOLD_UNITS, WINDOW_TOTALS,
};
use crate::numbers::scan::Token;

/// `成为玉林首个300亿元园区`: a value between the first of a kind and the kind's noun is the
/// bar of the kind, no measure (the measure is given elsewhere: `园区产值突破300亿元`).
/// So is the mark the kind passed (`是全国首个突破13万亿元的省份`, `成为广东第二个规模以上工业
/// 总产值突破3万亿元的城市`): the place of the first of a kind, the mark after a verb of passing,
/// then `的` and the kind's noun.
pub(super) fn bar_of_the_first_of_a_kind(ctx: &Context, t: &Token, base: &str) -> bool {
    if !THRESHOLD_UNITS.contains(&base) {
        return false;
    }
    if FIRST_OF_A_KIND.iter().any(|w| ctx.ends_with_at(t.start, w)) {
        return cjk_at(ctx, t.end) && !ctx.starts_with_at(t.end, "的");
    }
    let passed = MILESTONE_VERBS
        .iter()
        .chain(CLASS_BAR_LEADS)
        .any(|w| ctx.ends_with_at(t.start, w));
    if !passed || !ctx.starts_with_at(t.end, "的") || !cjk_at(ctx, t.end + 1) {
        return false;
    }
    // `一般公共预算支出突破50亿元的县市`: the places that passed the mark, a class of them.
    let after = t.end + 1;
    if RANK_PLACE_KINDS
        .iter()
        .any(|w| ctx.starts_with_at(after, w))
    {
        return true;
    }
    let from = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(MAX_FIRST_OF_A_KIND_CHARS));
    let before = ctx.slice(from, t.start);
    FIRST_OF_A_KIND.iter().any(|w| before.contains(w)) || nth_of_a_kind(before)
}

/// `3个村集体经济收入突破50万元`, `12家龙头企业产值超亿元`: a round mark each of the things just
/// counted crossed is the bar of their class, no measure of them (`5个项目总投资突破10亿元`, a
/// total, is).
pub(super) fn bar_each_thing_counted_crossed(
    ctx: &Context,
    tokens: &[Token],
    k: usize,
    base: &str,
) -> bool {
    let t = &tokens[k];
    let Some(count) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if !THRESHOLD_UNITS.contains(&base)
        || !counts_by_a_counter(count)
        || ctx.clause[count.start] != ctx.clause[t.start]
        || !t.digits.as_deref().is_none_or(is_round)
    {
        return false;
    }
    let between = ctx.slice(count.end, t.start);
    let crossed = EACH_CROSSED_VERBS.iter().any(|v| between.ends_with(v));
    let totalled = WINDOW_TOTALS.iter().any(|w| between.contains(w)) || between.contains('总');
    crossed
        && !totalled
        && between.chars().count() <= MAX_EACH_CROSSED_CHARS
        && between.chars().next().is_some_and(crate::text::is_cjk)
}

/// The most chars between a count and the mark each of its things crossed.
const MAX_EACH_CROSSED_CHARS: usize = 14;

/// How far before a mark the first of a kind is looked for (`成为广东第二个规模以上工业总产值突破`).
const MAX_FIRST_OF_A_KIND_CHARS: usize = 30;

/// Whether `s` holds an ordinal of a kind (`第二个`, `第3个`).
fn nth_of_a_kind(s: &str) -> bool {
    s.match_indices('第').any(|(i, _)| {
        let rest = &s[i + '第'.len_utf8()..];
        let n = rest
            .chars()
            .take_while(|&c| c.is_ascii_digit() || crate::numbers::scan::is_cn_numeral(c))
            .count();
        n > 0 && rest.chars().nth(n) == Some('个')
    })
}

/// `突破10亿元大关`: a round mark passed, which repeats a measure given beside it; and
/// `首次突破1亿元，达到1.07亿元`: a mark crossed, then the figure reached in the same unit.
pub(super) fn milestone(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if MILESTONE_WORDS.iter().any(|w| ctx.starts_with_at(t.end, w)) || steps_crossed(ctx, t) {
        return true;
    }
    // `接连突破2万亿和3万亿`: the marks of a list after one verb.
    let joined = |j: usize| MARK_JOINERS.contains(&ctx.slice(tokens[j].end, tokens[j + 1].start));
    let crossed = |j: usize| {
        MILESTONE_VERBS
            .iter()
            .any(|v| ctx.ends_with_at(tokens[j].start, v))
    };
    let listed = || {
        (k.saturating_sub(MAX_MARKS)..k)
            .rev()
            .take_while(|&j| joined(j))
            .last()
            .is_some_and(crossed)
    };
    if !crossed(k) && !listed() {
        return false;
    }
    if crossed(k) && reached_just_before(ctx, tokens, k) {
        return true;
    }
    // `跨上3000亿元新台阶`: a round mark is a step passed; `迈上76亿元/平方公里新台阶` is the
    // figure itself.
    if MILESTONE_STEPS.iter().any(|w| ctx.starts_with_at(t.end, w)) {
        return t.digits.as_deref().is_some_and(is_round);
    }
    let last = (k..(k + MAX_MARKS).min(tokens.len() - 1))
        .find(|&j| !joined(j))
        .unwrap_or(k);
    let Some(next) = tokens.get(last + 1) else {
        return false;
    };
    // `，达到1.07亿元`, `，去年达到39416.2亿元`; `突破70亿元目标，达到74.23亿元`: a target
    // passed is a mark too.
    let between = ctx.slice(tokens[last].end, next.start);
    let between = between.strip_prefix(MARK_TARGET).unwrap_or(between);
    // `突破百亿元、达105.1亿元`: a list mark may part them too.
    let reached = between.strip_prefix(['，', ',', '、']).is_some_and(|rest| {
        let rest = MILESTONE_TIMES
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        // `襄阳、宜昌超过5000亿元，分别达到…`: the figures of a list of subjects.
        let rest = rest.strip_prefix("分别").unwrap_or(rest);
        MILESTONE_REACHED.contains(&rest)
    });
    // A mark of a magnitude only (`2万亿`) is in the figure's unit.
    let (mark, figure) = (t.unit.as_ref(), next.unit.as_ref());
    let same_unit = mark.map(|u| &u.base) == figure.map(|u| &u.base)
        || mark.is_some_and(|u| u.base.is_none() && u.exp > 0);
    let beyond = matches!((t.base_value(), next.base_value()), (Some(a), Some(b)) if b >= a);
    reached && same_unit && beyond
}

/// `全市生产总值314.04亿元，首次突破300亿元`: a mark right after the figure that passed it, in
/// the figure's unit, restates that figure.
fn reached_just_before(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let (Some(prev), t) = (k.checked_sub(1).map(|j| &tokens[j]), &tokens[k]) else {
        return false;
    };
    let Some(rest) = ctx.slice(prev.end, t.start).strip_prefix(['，', ',']) else {
        return false;
    };
    let rest = MILESTONE_TIMES
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let same_unit = prev.unit.as_ref().map(|u| &u.base) == t.unit.as_ref().map(|u| &u.base);
    let beyond = matches!((t.base_value(), prev.base_value()), (Some(a), Some(b)) if b >= a);
    MILESTONE_VERBS.contains(&rest) && same_unit && beyond
}

/// `跨越3个千亿元台阶`, `连跨4个千亿台阶`: how many steps of a size a measure crossed restates the
/// level given beside it, no measure of its own.
pub fn steps_crossed(ctx: &Context, t: &Token) -> bool {
    let counted = t.unit.as_ref().is_some_and(|u| u.written == "个");
    let verb = MILESTONE_VERBS
        .iter()
        .chain(STEP_CROSSING_VERBS)
        .any(|v| ctx.ends_with_at(t.start, v));
    if !counted || !verb {
        return false;
    }
    // The steps' size (`千亿元`, `十亿级`), then the step.
    let size = (t.end..ctx.chars.len().min(t.end + MAX_STEP_SIZE_CHARS + 1))
        .take_while(|&i| STEP_SIZE_CHARS.contains(&ctx.chars[i]) || ctx.chars[i] == '元')
        .count();
    size > 0
        && MILESTONE_STEPS
            .iter()
            .any(|w| ctx.starts_with_at(t.end + size, w))
}

/// The most chars of the size of the steps crossed (`千亿元`, `十亿级`).
const MAX_STEP_SIZE_CHARS: usize = 4;

/// The most marks a list after one verb of crossing holds (`突破2万亿和3万亿`).
const MAX_MARKS: usize = 4;

/// `3000`, `1500`, `20`: a number of one significant digit, or two with a 5 second, as a mark
/// is written (not `76`, not `2.5`).
fn is_round(digits: &str) -> bool {
    let Some(rest) = digits.strip_prefix(|c: char| matches!(c, '1'..='9')) else {
        return false;
    };
    let rest = rest
        .strip_prefix('5')
        .filter(|r| !r.is_empty())
        .unwrap_or(rest);
    rest.chars().all(|c| c == '0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_mark_has_one_significant_digit_or_a_five_after_it() {
        for d in ["3000", "1500", "20", "1", "100"] {
            assert!(is_round(d), "{d}");
        }
        for d in ["76", "2.5", "1230", "0", "55"] {
            assert!(!is_round(d), "{d}");
        }
    }
}
