//! An indicator's kind: a growth (by its verb, its unit, or as the next item of a list of
//! growths), a rank, a rate (a percentage, a ratio's or an index's value, a multiple of an
//! earlier level), else an amount.

use super::growth::{change_after_value, growth_direction};
use super::{is_rate_unit, Class};
use crate::model::{Direction, NumberKind};
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    BARE_RATIOS, CHANGING_LEVELS, FLAT_WORDS, GROWTH_LEADS, HEADLINE_INDICATORS, INDEX_WORD,
    MULTIPLE_VERBS, POST, RATIO_VALUE_LEADS, SHARE_WORDS,
};
use crate::numbers::scan::{Shape, Token};

/// Whether the words before a `倍` make it a multiple of a base (`是2011年的`, `为上年的`).
pub fn is_multiple_of(before: &str) -> bool {
    let Some(i) = before.rfind(MULTIPLE_VERBS) else {
        return false;
    };
    // `是2011年的`, and the later items of a list: `是2011年的1.75倍和`.
    let Some(de) = before[i..].rfind('的') else {
        return false;
    };
    before[i + de + '的'.len_utf8()..]
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '倍' | '、' | '和' | '及' | '与' | ' '))
}

/// The most chars before a number read for its comparison or base; the longest in the corpus
/// (`分别比2011年增加`, `分别是2011年的1.75倍和`) is under 20.
const LOOK_BACK_CHARS: usize = 40;

/// An indicator's kind, with a growth's direction and basis: a growth (by its verb, its unit,
/// or as the next item of a list of growths), a rank, a rate, else an amount.
pub(super) fn decide_kind(
    ctx: &Context,
    tokens: &[Token],
    k: usize,
    done: &[Class],
    prev: Option<usize>,
    class: &mut Class,
) {
    let t = &tokens[k];
    let base = t.unit.as_ref().and_then(|u| u.base.as_deref());
    let segment = ctx.slice(class.seg_start, t.start);
    let basis = if segment.contains("同比") {
        Some("同比")
    } else if segment.contains("环比") {
        Some("环比")
    } else {
        None
    };
    // How far back a comparison (`比2011年`) or a base (`是2011年的`) is looked for: bounded, so
    // a long clause of such numbers stays linear.
    let look_back = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(LOOK_BACK_CHARS));
    let growth = growth_direction(ctx, t, class, basis.is_some(), look_back);
    // A list continuing a growth: `分别增长8.5%、6.2%和7%` (`6%左右和6%以上`: a bound after the
    // item before is that item's).
    if growth.is_none() {
        let mut core = ctx.slice(class.seg_start, class.core_end);
        for w in POST {
            core = core.strip_prefix(w).unwrap_or(core);
        }
        // `分别增长 5.5%和 7.5%`: spaces a copy left around the numbers are no words.
        let bare = core
            .trim_matches(|c: char| matches!(c, '、' | '和' | '及' | '与') || c.is_whitespace())
            .is_empty();
        // `分别年均增长22.2%，16%`: a bare value right after the comma that follows an item of a
        // `分别` list goes on with it.
        let after_comma = k.checked_sub(1).filter(|&q| {
            prev.is_none()
                && matches!(ctx.slice(tokens[q].end, t.start).trim(), "，" | ",")
                && ctx
                    .slice(done[q].seg_start, tokens[q].start)
                    .contains("分别")
        });
        if let Some(p) = prev.or(after_comma) {
            let prev_base = tokens[p].unit.as_ref().and_then(|u| u.base.as_deref());
            if bare && done[p].kind == Some(NumberKind::Growth) && prev_base == base {
                class.kind = Some(NumberKind::Growth);
                class.direction = done[p].direction;
                class.basis = done[p].basis;
                return;
            }
        }
    }
    if t.shape == Shape::Rank {
        class.kind = Some(NumberKind::Rank);
        return;
    }
    // `保持40%以上增长`, `实现15%的增长`: a percentage before the change it sizes.
    let growth = growth.or_else(|| {
        let up = change_after_value(ctx, t)?;
        Some(if up { Direction::Up } else { Direction::Down })
    });
    // `同比分别-6.2%、-19.3%`: a signed percentage after its basis is a change, a fall.
    let growth = growth.or_else(|| {
        let fall = t.value.is_some_and(|v| v < 0.0) && base.is_some_and(is_rate_unit);
        (fall && basis.is_some()).then_some(Direction::Down)
    });
    // `规模以上工业增加值11.5%`, `居民消费价格指数2.0%`: a percentage right after a level's
    // measure (no share or rate named) is that level's change.
    let growth = growth.or_else(|| {
        if !base.is_some_and(is_rate_unit) {
            return None;
        }
        let mut core = ctx.slice(class.seg_start, class.core_end).trim();
        // `居民消费价格指数控制在2.0%`: the words that lead to the value.
        while let Some(rest) = GROWTH_LEADS.iter().find_map(|w| core.strip_suffix(w)) {
            core = rest;
        }
        let level = HEADLINE_INDICATORS
            .iter()
            .chain(CHANGING_LEVELS)
            .any(|m| core.ends_with(m));
        let share = || SHARE_WORDS.iter().any(|w| core.contains(w));
        (level && !share()).then_some(Direction::Up)
    });
    if let Some(d) = growth {
        class.kind = Some(NumberKind::Growth);
        class.direction = Some(d);
        class.basis = basis;
        return;
    }
    // `是2011年的1.1倍`: a level as a multiple of an earlier one is a ratio.
    let multiple = base == Some("倍") && is_multiple_of(ctx.slice(look_back, t.start));
    let rate = t.shape == Shape::Ratio
        || base.is_some_and(is_rate_unit)
        || multiple
        || (t.unit.is_none() && after_a_ratio(ctx.slice(class.seg_start, t.start)))
        // `居民消费价格指数同比持平（100）`: an index's level.
        || (t.unit.is_none() && after_an_index(ctx.slice(class.seg_start, t.start)))
        // `收入比由2.5缩小到2.3`: the value a ratio changed to.
        || (t.unit.is_none()
            && prev.is_some_and(|p| tokens[p].unit.is_none() && done[p].kind == Some(NumberKind::Rate))
            && only_ratio_leads(ctx.slice(class.seg_start, t.start)));
    class.kind = Some(if rate {
        NumberKind::Rate
    } else {
        NumberKind::Amount
    });
}

/// `城乡居民收入比收窄至1.81`, `城乡收入比为2.1`: a bare number after a ratio measure (a word
/// ending in `比`, not `同比`) and the words that lead to its value is the ratio's value.
fn after_a_ratio(segment: &str) -> bool {
    let s = without_ratio_leads(segment);
    (s.ends_with('比') || BARE_RATIOS.iter().any(|w| s.ends_with(w)))
        && !["同比", "环比"].iter().any(|w| s.ends_with(w))
}

/// `价格指数102.1`, `居民消费价格指数同比持平（100）`: a bare number after an index's name (and
/// what is said of it, in brackets) is the index's level.
fn after_an_index(segment: &str) -> bool {
    let s = without_ratio_leads(segment.trim_end_matches(['(', '（']));
    let s = FLAT_WORDS
        .iter()
        .find_map(|w| s.strip_suffix(w))
        .map_or(s, |r| r.strip_suffix("同比").unwrap_or(r));
    s.ends_with(INDEX_WORD)
}

fn only_ratio_leads(segment: &str) -> bool {
    without_ratio_leads(segment).is_empty()
}

fn without_ratio_leads(segment: &str) -> &str {
    let mut s = segment.trim();
    while let Some(rest) = RATIO_VALUE_LEADS.iter().find_map(|w| s.strip_suffix(w)) {
        s = rest;
    }
    s
}
