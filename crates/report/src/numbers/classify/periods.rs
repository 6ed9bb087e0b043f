//! A growth rate's values named by periods of the year in a from-to frame (`增速由一季度的2.8%
//! 回升至全年的5.2%`), or after a streak (`增速连续四年超过6%`), are growths.

use super::growth::MAX_LIST_LEAD_CHARS;
use super::Class;
use crate::model::Direction;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    ANYWHERE_PRE, FRAME_WORDS, FROM_OPENERS, GROWTH_DOWN, GROWTH_RATE_WORDS, STEP_ADVERBS,
    YEAR_PERIODS,
};
use crate::numbers::scan::Token;

/// `地区生产总值增速由一季度的2.8%`, `…回升至全年的5.2%`: a growth rate's value at a period of
/// the year in a from-to frame is a growth: the from-value after the rate's noun, the to-value
/// after a from-value that is one.
pub(super) fn rate_over_periods(ctx: &Context, t: &Token, class: &Class) -> Option<Direction> {
    let mut core = ctx.slice(class.seg_start, class.core_end).trim();
    core = core.strip_suffix('的').unwrap_or(core);
    core = YEAR_PERIODS.iter().find_map(|p| core.strip_suffix(p))?;
    // `GDP增速逐季攀升，上半年3.2%、前三季度4.4%、预计全年5%左右`: values named only by their
    // period, after a clause that names the growth rate.
    if ANYWHERE_PRE
        .iter()
        .fold(core.trim(), |c, w| c.strip_prefix(w).unwrap_or(c))
        .is_empty()
    {
        let start = ctx.list_start(t.start, MAX_PERIOD_LIST_CHARS);
        let before = start
            .checked_sub(1)
            .map(|e| {
                ctx.slice(
                    ctx.clause_start(e)
                        .max(e.saturating_sub(MAX_LIST_LEAD_CHARS)),
                    e,
                )
            })
            .unwrap_or_default();
        return GROWTH_RATE_WORDS
            .iter()
            .any(|w| before.contains(w))
            .then_some(Direction::Up);
    }
    if let Some(rest) = core.strip_suffix(FROM_OPENERS) {
        return GROWTH_RATE_WORDS
            .iter()
            .any(|w| rest.ends_with(w))
            .then_some(Direction::Up);
    }
    // The to-value: only a verb of the frame before the period (`再到前三季度`: an adverb of
    // a later step before it), after a growth rate's from-value in the clause, or in the clause
    // before a `、` that ends it (`从一季度3.3%、到上半年4.5%`).
    let core = STEP_ADVERBS
        .iter()
        .find_map(|a| core.strip_prefix(a))
        .unwrap_or(core);
    let verb = FRAME_WORDS.iter().find(|w| core == **w)?;
    let from = ctx.list_start(t.start, MAX_LIST_LEAD_CHARS);
    let before = ctx.slice(from, class.seg_start);
    let from_rate =
        before.contains(FROM_OPENERS) && GROWTH_RATE_WORDS.iter().any(|w| before.contains(w));
    let down = GROWTH_DOWN.iter().any(|d| verb.starts_with(d));
    from_rate.then_some(if down { Direction::Down } else { Direction::Up })
}

/// `地区生产总值增速连续四年超过6%`: a growth rate's value after a streak (and only words that
/// bound it) is a growth.
pub(super) fn rate_after_streak(ctx: &Context, class: &Class) -> Option<Direction> {
    if !ctx.slice(class.seg_start, class.core_end).trim().is_empty() {
        return None;
    }
    let before = ctx.slice(ctx.clause_start(class.seg_start), class.seg_start);
    let at = before.rfind("连续")?;
    let streak = &before[at + "连续".len()..];
    let short = streak.chars().count() <= MAX_STREAK_CHARS;
    (short && GROWTH_RATE_WORDS.iter().any(|w| before[..at].ends_with(w))).then_some(Direction::Up)
}

/// The most chars of a streak's length after `连续` (`十二年`, `12个月`).
const MAX_STREAK_CHARS: usize = 4;

/// The most chars of a list of a growth rate's values at periods (`上半年3.2%、前三季度4.4%、
/// 预计全年5%左右`), looked back over for the clause naming the rate.
pub(crate) const MAX_PERIOD_LIST_CHARS: usize = 80;
