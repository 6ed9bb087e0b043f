//! Magnitudes in words before a unit: after a bound (`超百亿元`, `突破万亿元`) and before a unit
//! of measure (`百万平方米`, `十万亩`, `两万元`), unless they name a class of things.

use crate::numbers::context::Context;
use crate::numbers::lexicon::{ADJACENT_PRE, MAGNITUDE_MEASURES, MILESTONE_VERBS, POST};
use crate::numbers::scan::numerals::parse_cn_numeral;
use crate::numbers::scan::{number_token, Shape, Token};
use crate::numbers::units::Unit;

/// Whether a bounding word stands right before `pos` (`超`, `近`, `突破`).
pub(super) fn after_bound(ctx: &Context, pos: usize) -> bool {
    ADJACENT_PRE
        .iter()
        .chain(MILESTONE_VERBS)
        .any(|w| ctx.ends_with_at(pos, w))
}

/// `营业收入超万亿元`, `产值超百亿元`: a magnitude with no digits after a bounding word, read as
/// `1万亿元` and `100亿元` are; `None` when no unit with a magnitude and a base follows, or when it
/// names a class of things (`超百亿元产业集群`, `突破百亿元大关`).
pub(super) fn bound_magnitude(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let (lead, digits) = match chars[pos] {
        '十' => (1, "10"),
        '百' => (1, "100"),
        '千' => (1, "1000"),
        _ => (0, "1"),
    };
    let m = crate::numbers::units::match_unit(chars, pos + lead)?;
    if m.unit.exp < 4 || m.unit.base.is_none() || m.approx.is_some() {
        return None;
    }
    let end = pos + lead + m.len;
    // `76个超百亿元产业集群`: a magnitude before a noun is the class of the things, not an amount.
    let before_noun = chars
        .get(end)
        .is_some_and(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c) && c != '的');
    // `第6个突破百亿公斤的年份`: a mark crossed before `的` is the class of what crossed it.
    let crossed = MILESTONE_VERBS.iter().any(|w| ctx.ends_with_at(pos, w));
    if before_noun || (crossed && chars.get(end) == Some(&'的')) {
        return None;
    }
    let mut t = number_token(pos, end, Shape::ChineseCount, Some(digits.to_string()));
    t.unit = Some(m.unit);
    Some(t)
}

/// `百万平方米棚改`, `十万亩`, `人均消费突破两万元`: a magnitude in Chinese numerals before a unit
/// of measure is an amount in `万` (or `亿`) of that unit (100, `万平方米`).
pub(super) fn magnitude_measure(ctx: &Context, pos: usize, run: &[char]) -> Option<Token> {
    // `亿` is no numeral of a run (`十亿`): it ends one.
    let after = pos + run.len();
    let (last, digits, e) = if ctx.chars.get(after) == Some(&'亿') {
        // `万亿元`: a magnitude of a magnitude, read only as digits are (`1万亿元`).
        if run.contains(&'万') {
            return None;
        }
        ('亿', run, after + 1)
    } else {
        let (&last, digits) = run.split_last()?;
        (last, digits, after)
    };
    let exp = match last {
        '万' => 4,
        '亿' => 8,
        _ => return None,
    };
    if digits.is_empty() {
        return None;
    }
    let measure = MAGNITUDE_MEASURES
        .iter()
        .find(|m| ctx.starts_with_at(e, m))?;
    let end = e + measure.chars().count();
    // `百亿元企业`, `千亿元园区`: money before a noun is the bar of a class of things, not an
    // amount (a capacity before its product is one: `百万吨乙烯`).
    let before_noun = ctx
        .chars
        .get(end)
        .is_some_and(|&c| crate::text::is_cjk(c) && c != '的')
        && !POST.iter().any(|w| ctx.starts_with_at(end, w));
    if measure.ends_with('元') && before_noun {
        return None;
    }
    let mut t = number_token(pos, end, Shape::ChineseCount, None);
    t.value = parse_cn_numeral(digits).map(|v| v as f64);
    t.unit = Some(Unit {
        written: format!("{last}{measure}"),
        base: Some(measure.to_string()),
        exp,
    });
    Some(t)
}
