//! What the scan fixes once every token is found: months listed before a month, a period's
//! word, ranges and lists that write their unit once, and ranks written without `第`.

use super::places::placed_in_scope;
use super::{number_token, plain_unit, Shape, Token};
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{DATE_LIST_JOINERS, ITEM_JOINERS, RANK_COUNTERS};

/// `位居全国百强县投资潜力第3、新型城镇化质量第4`: a `第N` in a list right after a rank, only a
/// short name between them, is a rank too.
pub(super) fn ranked_lists(ctx: &Context, tokens: &mut [Token]) {
    for k in 1..tokens.len() {
        let (prev, t) = (&tokens[k - 1], &tokens[k]);
        if prev.shape != Shape::Rank || t.shape != Shape::Ordinal || ctx.chars[t.start] != '第' {
            continue;
        }
        let between = ctx.slice(prev.end, t.start);
        let Some(name) = between.strip_prefix('、') else {
            continue;
        };
        let short = (1..=MAX_RANKED_NAME).contains(&name.chars().count());
        if short
            && name
                .chars()
                .all(|c| !is_clause_sep(c) && !c.is_ascii_digit())
        {
            let t = &mut tokens[k];
            t.shape = Shape::Rank;
            t.unit = Some(plain_unit("名"));
            if ctx
                .chars
                .get(t.end)
                .is_some_and(|c| RANK_COUNTERS.contains(c))
            {
                t.end += 1;
            }
        }
    }
}

/// The longest name between two ranks of a list (`、新型城镇化质量第4`), in chars.
const MAX_RANKED_NAME: usize = 12;

/// `跃居全国高新区23和29位`: a place counted without `第`, after a placing verb and a scope, is
/// a rank (`29位` alone counts people: `为80位创业大学生…`; right after a verb of change,
/// `上升3位`, it is the places moved).
pub(super) fn places_without_di(ctx: &Context, tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        let counter = t.unit.as_ref().and_then(|u| u.written.chars().next());
        let is_place = t.shape == Shape::Number
            && t.unit
                .as_ref()
                .is_some_and(|u| u.written.chars().count() == 1)
            && counter.is_some_and(|c| RANK_COUNTERS.contains(&c))
            && t.value
                .is_some_and(|v| v.fract() == 0.0 && (1.0..=1000.0).contains(&v));
        // `排名上升3位`, `比上年度再进2位`: places moved by, a change of the rank.
        let moved = || {
            crate::numbers::lexicon::growth_verbs()
                .iter()
                .any(|(v, _)| ctx.ends_with_at(t.start, v))
        };
        if is_place && placed_in_scope(ctx, t.start) && !moved() {
            t.shape = Shape::Rank;
            t.unit = Some(plain_unit("名"));
        }
    }
}

/// `高于全国、全省4.3个和2.3个百分点`: a list writes its unit's counter after each value and the
/// rest of the unit once, after the last: the earlier values have the whole unit.
/// `分别提高6.4和2.1个百分点`: a bare number before them has the whole unit too; so has a
/// value with its magnitude alone (`0.15万、2万头`).
pub(super) fn share_list_units(ctx: &Context, tokens: &mut [Token]) {
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        let Some(ub) = &b.unit else {
            continue;
        };
        let cut = match &a.unit {
            Some(ua) => {
                let counter_once = ua.written.chars().count() == 1 && ua.exp == 0 && ub.exp == 0;
                // `肉牛、生猪年出栏量分别达0.15万、2万头`: the magnitude after each value, the
                // counter once.
                let magnitude_each = ua.base.is_none() && ua.exp > 0 && ub.exp == ua.exp;
                ub.written.len() > ua.written.len()
                    && ub.written.starts_with(&ua.written)
                    && (counter_once || magnitude_each)
            }
            None => a.shape == Shape::Number && b.shape == Shape::Number,
        };
        let between = ctx.slice(a.end, b.start);
        if cut && (between == "、" || ITEM_JOINERS.contains(&between)) {
            tokens[k].unit = tokens[k + 1].unit.clone();
        }
    }
}

/// `5%-6%`, `3万人～4万人`: a range with the same unit on both ends is one range, as `5-6%` is.
pub(super) fn merge_unit_ranges(ctx: &Context, tokens: &mut Vec<Token>) {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for b in tokens.drain(..) {
        if let Some(a) = out.last_mut() {
            let joined = b.start == a.end + 1
                && matches!(ctx.chars[a.end], '-' | '－' | '—' | '–' | '~' | '～');
            let same_unit = a.unit.is_some()
                && a.unit.as_ref().map(|u| &u.written) == b.unit.as_ref().map(|u| &u.written);
            if joined && same_unit && a.shape == Shape::Number && b.shape == Shape::Number {
                let mut t = number_token(a.start, b.end, Shape::Range, None);
                t.unit = b.unit;
                *a = t;
                continue;
            }
        }
        out.push(b);
    }
    *tokens = out;
}

/// `2021年度`, `3月份`: the word that makes a year or month a period is part of it.
pub(super) fn absorb_period_words(ctx: &Context, tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        let next = ctx.chars.get(t.end).copied();
        let last = t.end.checked_sub(1).map(|p| ctx.chars[p]);
        let absorbs = matches!(
            (t.shape, last, next),
            (Shape::Year, Some('年'), Some('度')) | (Shape::Date, Some('月'), Some('份'))
        );
        if absorbs {
            t.end += 1;
        }
    }
}

/// `2、3月`: numbers listed before a month are months too.
pub(super) fn mark_date_lists(ctx: &Context, tokens: &mut [Token]) {
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        if a.shape != Shape::Number || a.unit.is_some() || b.shape != Shape::Date {
            continue;
        }
        let between = ctx.slice(a.end, b.start);
        let small = a.value.is_some_and(|v| (1.0..=12.0).contains(&v));
        if small && DATE_LIST_JOINERS.contains(&between) {
            tokens[k].shape = Shape::Date;
        }
    }
}

/// `1月20日至24日`, `6日、8日`: a day of the month after a date, joined to it, is a date too.
pub(super) fn mark_day_ranges(ctx: &Context, tokens: &mut [Token]) {
    for k in 1..tokens.len() {
        let (a, b) = (&tokens[k - 1], &tokens[k]);
        if a.shape != Shape::Date || b.shape != Shape::Number || b.unit.is_some() {
            continue;
        }
        let between = ctx.slice(a.end, b.start);
        let day = b
            .value
            .is_some_and(|v| (1.0..=31.0).contains(&v) && v.fract() == 0.0);
        if day
            && DATE_LIST_JOINERS.contains(&between)
            && matches!(ctx.chars.get(b.end), Some('日' | '号'))
        {
            tokens[k].shape = Shape::Date;
            tokens[k].end += 1;
        }
    }
}
