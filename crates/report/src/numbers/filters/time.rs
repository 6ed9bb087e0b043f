//! Numbers of time that measure nothing: the hour, minutes and dateline day of a time of day or
//! date, and the window a result is counted over (`5年来`, `近3年`, `前10个月`).

use crate::numbers::context::Context;
use crate::numbers::lexicon::{OPENING_FRAMES, WINDOW_AFTER, WINDOW_BEFORE};
use crate::numbers::scan::Token;

/// `本报泽当1月 10日电`: the day of a news report's dateline (a copy may part it from its month).
pub(super) fn day_of_a_dateline(ctx: &Context, t: &Token) -> bool {
    t.unit.is_none() && ctx.starts_with_at(t.end, "日电")
}

/// `下午1时30分`: the hour of a time of day, minutes after it.
pub(super) fn hour_of_a_time_of_day(ctx: &Context, t: &Token) -> bool {
    t.unit.is_none()
        && ctx.starts_with_at(t.end, "时")
        && ctx.chars.get(t.end + 1).is_some_and(char::is_ascii_digit)
}

/// `下午1时30分`: the minutes of a time of day, no score or measure.
pub(super) fn minutes_of_a_time_of_day(ctx: &Context, t: &Token, base: &str) -> bool {
    base == "分"
        && ctx.ends_with_at(t.start, "时")
        && t.start >= 2
        && (ctx.chars[t.start - 2].is_ascii_digit()
            || crate::numbers::scan::is_cn_numeral(ctx.chars[t.start - 2]))
}

/// `5年来`, `近3年`, `前10个月`, the `3年` of `3年5次`: the span a result is counted over. A streak
/// (`连续8年`) or a lead (`提前2年`) is a measure.
pub(super) fn time_window(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    if !matches!(base, "年" | "个月" | "个季度" | "天") {
        return false;
    }
    if WINDOW_AFTER.iter().any(|w| ctx.starts_with_at(t.end, w)) {
        return true;
    }
    if WINDOW_BEFORE.iter().any(|w| ctx.ends_with_at(t.start, w)) {
        return true;
    }
    // `力争用2-3年时间`: the time given to the work, when the aim is.
    if OPENING_FRAMES
        .iter()
        .any(|(open, close)| ctx.ends_with_at(t.start, open) && ctx.starts_with_at(t.end, close))
    {
        return true;
    }
    // `前10个月`: the first months of the year; `提前2年` is a lead.
    if ctx.ends_with_at(t.start, "前") && !ctx.ends_with_at(t.start, "提前") {
        return true;
    }
    // `5年前进8位`, `3年增长1倍`: the change over the span follows it at once (a streak,
    // `连续5年增长`, is a measure).
    let changed_by = crate::numbers::lexicon::growth_verbs()
        .iter()
        .find(|(w, _)| ctx.starts_with_at(t.end, w))
        .map(|(w, _)| t.end + w.chars().count());
    if changed_by.is_some_and(|v| tokens.get(k + 1).is_some_and(|n| n.start == v))
        && !ctx.ends_with_at(t.start, "连续")
    {
        return true;
    }
    // `3年5次`: another count follows at once.
    tokens.get(k + 1).is_some_and(|n| n.start == t.end)
}
