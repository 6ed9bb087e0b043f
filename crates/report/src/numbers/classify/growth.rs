//! A growth's direction: by the growth verb before its number (a weak verb only with a rate unit,
//! a basis, a comparison or at the clause's end), by its unit (`个百分点`), or by the change a
//! percentage sizes after it (`40%以上增长`).

use super::periods::{rate_after_streak, rate_over_periods};
use super::qualifiers::{last_chars, may_end_at};
use super::{is_point_unit, is_rate_unit, Class};
use crate::model::Direction;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    growth_verbs, BENCHMARK_LEADS, BENCHMARK_LEADS_BELOW, CHANGES_AFTER_VALUE, CN_MEASURES,
    COMPARISON_OPENERS, COMPARISON_TIMES, GROWTH_LEADS, GROWTH_RATE_WORDS, ITEM_JOINERS,
    NET_CHANGE_VERBS, POST, QUANTITY_HEADS, RANK_COUNTERS, REDUCTION_VERBS, SIZE_MEASURES,
    SIZE_UNITS, UPGRADE_VERBS, WEAK_GROWTH_VERBS,
};
use crate::numbers::scan::Token;

/// The growth verb the core of a segment ends with (`同比增长`), allowing a trailing `了`/`为`.
fn growth_verb(ctx: &Context, seg_start: usize, core_end: usize) -> Option<(Direction, usize)> {
    let mut end = core_end;
    // `增长了`, `增速达到`, `增速保持在`: the verb and the words that lead to its number; and a
    // space a PDF put before the number (`增长 10%`).
    'lead: loop {
        if end > seg_start && matches!(ctx.chars[end - 1], ' ' | '\u{3000}' | '\u{a0}') {
            end -= 1;
            continue;
        }
        // `下降(同口径)19.59%`, `增长（可比价）5%`: a note in brackets on how it is counted.
        if let Some(open) = note_before(ctx, seg_start, end) {
            end = open;
            continue;
        }
        for w in GROWTH_LEADS {
            let n = w.chars().count();
            if end >= seg_start + n && ctx.ends_with_at(end, w) {
                end -= n;
                continue 'lead;
            }
        }
        break;
    }
    static ENDS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let ends = ENDS.get_or_init(|| last_chars(growth_verbs().iter().map(|(v, _)| *v)));
    if !may_end_at(ctx, end, ends) {
        return None;
    }
    for (v, d) in growth_verbs() {
        if ctx.ends_with_at(end, v) {
            let start = end - v.chars().count();
            if start < seg_start {
                continue;
            }
            if v.chars().count() == 1 {
                let prev = start.checked_sub(1).map(|p| ctx.chars[p]);
                if prev.is_some_and(|p| matches!(p, '新' | '净' | '递' | '倍' | '缩' | '削'))
                {
                    return None;
                }
            }
            return Some((*d, start));
        }
    }
    None
}

/// The most chars inside a note in brackets between a growth verb and its value (`(同口径)`).
const MAX_VERB_NOTE: usize = 8;

/// Where a short note in brackets that ends at `end` opens (`增长（可比价）` → at `（`), when it
/// holds words only and opens after `seg_start`.
fn note_before(ctx: &Context, seg_start: usize, end: usize) -> Option<usize> {
    if end <= seg_start || !matches!(ctx.chars[end - 1], ')' | '）') {
        return None;
    }
    let from = seg_start.max(end.saturating_sub(MAX_VERB_NOTE + 2));
    let open = (from..end - 1)
        .rev()
        .find(|&i| matches!(ctx.chars[i], '(' | '（'))?;
    ctx.chars[open + 1..end - 1]
        .iter()
        .all(|&c| crate::text::is_cjk(c))
        .then_some(open)
}

/// Whether nothing but a bounding word follows the number in its clause.
fn ends_its_clause(ctx: &Context, t: &Token) -> bool {
    let mut at = t.end;
    for w in POST {
        if ctx.starts_with_at(at, w) {
            at += w.chars().count();
            break;
        }
    }
    at >= ctx.clause_end(t.start)
        || ctx
            .chars
            .get(at)
            .is_some_and(|c| "，。；、,;：:）)".contains(*c))
}

/// `压减粗钢产量`, `削减煤炭消费`: a verb of cutting, then the measured quantity it cuts (a word
/// of [`QUANTITY_HEADS`] ends it), and nothing else before the number.
fn reduces_a_quantity(segment: &str) -> bool {
    let segment = segment.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    REDUCTION_VERBS.iter().any(|v| {
        segment.strip_prefix(v).is_some_and(|object| {
            object.chars().count() <= 10 && QUANTITY_HEADS.iter().any(|h| object.ends_with(h))
        })
    })
}

/// `净增注册资金`: a verb of net change, then the stock it changes (a few chars, no clause
/// break), and nothing else before the number.
fn net_change_of(segment: &str) -> Option<Direction> {
    let segment = segment.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    NET_CHANGE_VERBS.iter().find_map(|(v, d)| {
        let object = segment.strip_prefix(v)?;
        let n = object.chars().count();
        ((1..=MAX_STOCK_CHARS).contains(&n) && object.chars().all(crate::text::is_cjk))
            .then_some(*d)
    })
}

/// The most chars of the stock a net change names (`注册资金`, `市场主体`).
const MAX_STOCK_CHARS: usize = 8;

/// Whether the number is written with a thing counter (`12个`, `5家`; not a rank's `名`/`位`).
fn counts_by_a_thing_counter(t: &Token) -> bool {
    t.unit.as_ref().is_some_and(|u| {
        let mut cs = u.written.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if CN_MEASURES.contains(c) && !RANK_COUNTERS.contains(&c))
    })
}

/// Whether the number counts things by a thing counter (`12个`, `5家`; not a rank's `名`/`位`)
/// and a noun follows it (`12个省级主导产业`).
fn counts_named_things(ctx: &Context, t: &Token) -> bool {
    let thing_counter = counts_by_a_thing_counter(t);
    let noun_after = ctx.chars.get(t.end).is_some_and(|&c| {
        ('\u{4e00}'..='\u{9fff}').contains(&c) && !ctx.starts_with_at(t.end, "位次")
    });
    thing_counter && noun_after
}

/// Whether a segment compares with an earlier time (`比2011年`, `较上年`, `比去年同期`): a
/// change after it is a growth, whatever its unit (`比2011年增加8129元`).
fn compared(segment: &str) -> bool {
    let mut chars = segment.chars().peekable();
    while let Some(c) = chars.next() {
        if COMPARISON_OPENERS.contains(&c) {
            if let Some(&n) = chars.peek() {
                if n.is_ascii_digit() || matches!(n, '上' | '去' | '同') {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether a percentage is followed (after a bound and `的`) by the change it sizes
/// (`40%以上增长`, `15%的增长`, `20%以上的增速`): `Some(true)` for a rise, `Some(false)` for a fall.
pub fn change_after_value(ctx: &Context, t: &Token) -> Option<bool> {
    change_word_after_value(ctx, t).map(|(_, up)| up)
}

/// [`change_after_value`], with the word that names the change (`增长`, `增速`).
pub fn change_word_after_value(ctx: &Context, t: &Token) -> Option<(&'static str, bool)> {
    let percent = t.unit.as_ref().is_some_and(|u| u.written == "%");
    if !percent {
        return None;
    }
    let mut at = t.end;
    if let Some(w) = POST.iter().find(|w| ctx.starts_with_at(at, w)) {
        at += w.chars().count();
    }
    if ctx.starts_with_at(at, "的") {
        at += 1;
    }
    // `由5.09%下降到1.32%`: the level a change starts from, not its size.
    let (word, up) = CHANGES_AFTER_VALUE
        .iter()
        .find(|(w, _)| ctx.starts_with_at(at, w))?;
    let next = ctx.chars.get(at + word.chars().count());
    (!next.is_some_and(|c| CHANGE_TO_CHARS.contains(c))).then_some((*word, *up))
}

/// Chars after a change that name the level it reaches (`下降到`, `增长至`, `下降为`).
const CHANGE_TO_CHARS: &[char] = &['到', '至', '为'];

/// The direction of a growth: by the growth verb before the number (a weak verb such as `增加`
/// only with a rate unit, a basis, a comparison, or at the clause's end), else by the unit
/// (`个百分点` is a change). `None` for no growth.
pub(super) fn growth_direction(
    ctx: &Context,
    t: &Token,
    class: &Class,
    has_basis: bool,
    look_back: usize,
) -> Option<Direction> {
    let base = t.unit.as_ref().and_then(|u| u.base.as_deref());
    let verb = growth_verb(ctx, class.seg_start, class.core_end);
    let mut growth = None;
    // A growth has a unit: `提高12345热线…` is no growth.
    let verb = verb.filter(|_| t.unit.is_some());
    if let Some((d, vstart)) = verb {
        // `高出地区生产总值增幅18.8个百分点`: a growth rate named after a benchmark's lead is the
        // benchmark's; the number is the gap to it.
        let benchmark_rate = GROWTH_RATE_WORDS
            .iter()
            .any(|w| ctx.starts_with_at(vstart, w))
            && BENCHMARK_LEADS
                .iter()
                .any(|l| ctx.slice(class.seg_start, vstart).contains(l));
        if benchmark_rate {
            return None;
        }
        let weak = WEAK_GROWTH_VERBS
            .iter()
            .any(|v| ctx.starts_with_at(vstart, v));
        let percentish = base.is_some_and(|b| is_rate_unit(b) || is_point_unit(b) || b == "倍");
        // `建筑立面提升128158平方米`: upgrading things, counted by their size, is work done,
        // no change of a measure (`绿地面积提升…平方米` is one).
        let upgrade = UPGRADE_VERBS.iter().any(|v| ctx.starts_with_at(vstart, v));
        if upgrade
            && base.is_some_and(|b| SIZE_UNITS.contains(&b))
            && !SIZE_MEASURES
                .iter()
                .any(|m| ctx.slice(class.seg_start, vstart).contains(m))
        {
            return None;
        }
        // `新增“四上”企业14家，净增7家`: a net change opening its clause, counted by a thing
        // counter, counts things added (as `净增规模以上工业企业1000家` does); after a stock
        // (`市场主体净增36.4万户`) it is the stock's change.
        let opens_clause = ctx
            .slice(ctx.clause_start(vstart), vstart)
            .trim()
            .is_empty();
        if opens_clause
            && counts_by_a_thing_counter(t)
            && NET_CHANGE_VERBS
                .iter()
                .any(|(v, _)| ctx.starts_with_at(vstart, v))
        {
            return None;
        }
        // `参保人数增加287.4万人。`: a weak verb right before a number that ends its clause
        // changes the subject before it; `增加公共停车位1200个` counts new things.
        let ends_clause = ends_its_clause(ctx, t);
        // `优化提升12个省级主导产业`: a count of things named after it is what the verb acts on,
        // not the size of a change.
        let acts_on_things = !percentish && counts_named_things(ctx, t);
        if acts_on_things {
            return None;
        }
        if !weak
            || percentish
            || has_basis
            || compared(ctx.slice(look_back, t.start))
            || ends_clause
        {
            growth = Some(d);
        }
    }
    // `增速由一季度的2.8%回升至全年的5.2%`: a growth rate's values over the periods of a year.
    if growth.is_none() && base.is_some_and(is_rate_unit) {
        growth = rate_over_periods(ctx, t, class).or_else(|| rate_after_streak(ctx, class));
    }
    // `压减粗钢产量2171万吨`: cutting a measured quantity by an amount is a fall of it.
    if growth.is_none() && reduces_a_quantity(ctx.slice(class.seg_start, class.core_end)) {
        growth = Some(Direction::Down);
    }
    // `净增注册资金126.5亿元`: a net change of a stock named after the verb (a count of
    // things added, `净增岗位500个`, stays a count).
    if growth.is_none()
        && ctx.chars.get(class.seg_start) == Some(&'净')
        && !counts_by_a_thing_counter(t)
    {
        growth = net_change_of(ctx.slice(class.seg_start, class.core_end));
    }
    // `翻了一番`: a doubling is a growth.
    if growth.is_none() && base == Some("番") {
        growth = Some(Direction::Up);
    }
    if growth.is_none() && base.is_some_and(is_point_unit) {
        let segment = ctx.slice(class.seg_start, t.start);
        // `高于全省15.4个和7.4个百分点`: a later value of a list has the first one's lead.
        // `、` may end a clause: then the item's segment is empty, after it.
        let after_mark = segment.trim().is_empty()
            && class
                .seg_start
                .checked_sub(1)
                .is_some_and(|i| ctx.chars[i] == '、');
        let segment =
            if ITEM_JOINERS.contains(&segment.trim()) || segment.trim() == "、" || after_mark {
                // The lead is in the clause of the item before the mark.
                let item_before = class.seg_start.saturating_sub(2).min(t.start);
                let from = ctx
                    .clause_start(item_before)
                    .max(t.start.saturating_sub(MAX_LIST_LEAD_CHARS));
                ctx.slice(from, t.start)
            } else {
                segment
            };
        // `高于全省3.1个百分点`: a gap to a benchmark (another place, an average) is no change
        // over time.
        // The subject's own wording before the lead (`煤炭工业增速高出全国`) is no change either:
        // only a verb after it is.
        let lead = BENCHMARK_LEADS
            .iter()
            .filter_map(|w| segment.rfind(w).map(|i| (i + w.len(), *w)))
            .max();
        let gap_at = lead.map(|(at, _)| at);
        let after = gap_at.map_or(segment, |i| &segment[i..]);
        // `增幅高出“九五”时期2.1个百分点`, `高于上年2个百分点`: beside an earlier time, the gap
        // is a change over time.
        let over_time = lead.filter(|_| names_an_earlier_time(after)).map(|(_, w)| {
            if BENCHMARK_LEADS_BELOW.contains(&w) {
                Direction::Down
            } else {
                Direction::Up
            }
        });
        growth = growth_verbs()
            .iter()
            .find(|(v, _)| after.contains(v))
            .map(|(_, d)| *d)
            .or(over_time)
            .or(gap_at.is_none().then_some(Direction::Up));
    }
    growth
}

/// Whether the benchmark after a gap's lead is an earlier time (`“九五”时期`, `上年`, `去年同期`,
/// `2015年`), not another place or measure.
fn names_an_earlier_time(benchmark: &str) -> bool {
    let b = benchmark.trim();
    let year = b
        .strip_suffix('年')
        .is_some_and(|y| y.len() >= 4 && y[y.len() - 4..].bytes().all(|c| c.is_ascii_digit()));
    year || b.ends_with(PERIOD_OF_YEARS) || COMPARISON_TIMES.iter().any(|t| b.starts_with(t))
}

/// The word of a span of years a plan covers (`“九五”时期`).
const PERIOD_OF_YEARS: &str = "时期";

/// How far back a later value of a list looks for its list's lead (`高于全省15.4个和7.4个百分点`),
/// in chars: a bound keeps a clause of thousands of values linear.
pub(super) const MAX_LIST_LEAD_CHARS: usize = 40;
