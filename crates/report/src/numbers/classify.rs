//! Classification of tokens: indicator or not, kind, direction, basis and qualifiers.

use super::context::Context;
use super::lexicon::{
    growth_verbs, ADJACENT_PRE, AIM_TO_REACH, ANYWHERE_PRE, APPROXIMATE_AFTER, BARE_RATIOS,
    BENCHMARK_LEADS, CHANGES_AFTER_VALUE, CHANGING_LEVELS, CN_MEASURES, COMPARISON_OPENERS,
    ESTIMATE_WORDS, EXPECTED_CHANGE_WORDS, FLAT_WORDS, FRAME_WORDS, FROM_OPENERS, GONG_AFTER,
    GONG_BEFORE, GROWTH_DOWN, GROWTH_LEADS, GROWTH_RATE_WORDS, HEADLINE_INDICATORS, INDEX_WORD,
    ITEM_JOINERS, MULTIPLE_VERBS, NAME_SUFFIXES, NET_CHANGE_VERBS, NOT_AIM_BEFORE, POST,
    QUANTITY_HEADS, RANK_COUNTERS, RATIO_VALUE_LEADS, REDUCTION_VERBS, SERVICE_NAME_WORDS,
    SHARE_WORDS, SIZE_MEASURES, SIZE_UNITS, SPAN_MEASURE_AFTER, SPAN_MEASURE_BEFORE, STEP_ADVERBS,
    TARGET_LIST_NOUNS, TARGET_NOUN, TARGET_NOUN_STATEMENTS, TARGET_STATEMENT_WORDS, UPGRADE_VERBS,
    WEAK_GROWTH_VERBS, YEAR_PERIODS,
};
use super::scan::{Shape, Token};
use crate::model::{Direction, NumberKind, PartKind};

/// What the classifier decides about one token.
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    /// Whether it is an indicator (not a year, date, name, ordinal or concept name).
    pub is_indicator: bool,
    /// Its kind, for indicators.
    pub kind: Option<NumberKind>,
    /// For growths.
    pub direction: Option<Direction>,
    /// For growths: `同比` or `环比`.
    pub basis: Option<&'static str>,
    /// Bounding words with their char positions in the block, in source order.
    pub qualifiers: Vec<(usize, &'static str)>,
    /// Start of the token's segment: its clause start, or the end of the previous token of the
    /// same clause.
    pub seg_start: usize,
    /// End of the part of the segment before the number that is not a bounding word.
    pub core_end: usize,
}

/// Units of a level (`rate`).
fn is_rate_unit(u: &str) -> bool {
    matches!(u, "%" | "％" | "‰")
}

/// Units that only measure changes (`个百分点`).
pub fn is_point_unit(u: &str) -> bool {
    matches!(u, "个百分点" | "百分点")
}

/// Whether the single-char bounding word at `pos` is the end of another word (`签约`, `附近`).
fn part_of_word(ctx: &Context, pos: usize) -> bool {
    let Some(prev) = pos.checked_sub(1).map(|p| ctx.chars[p]) else {
        return false;
    };
    let blocked = match ctx.chars[pos] {
        '约' => "签制节预公合条契履违特邀",
        '近' => "附最就邻亲贴",
        '超' => "赶",
        '共' => "公中总",
        _ => "",
    };
    blocked.contains(prev)
}

/// The last chars of `words`, sorted: a word can end at a position only if its char is here.
fn last_chars(words: impl Iterator<Item = &'static str>) -> Vec<char> {
    let mut v: Vec<char> = words.filter_map(|w| w.chars().next_back()).collect();
    crate::sort::sort_by_key(&mut v, |&c| c.into());
    v.dedup();
    v
}

/// Whether the char before `pos` can end one of the words whose last chars are `ends`.
fn may_end_at(ctx: &Context, pos: usize, ends: &[char]) -> bool {
    pos.checked_sub(1)
        .and_then(|p| ctx.chars.get(p))
        .is_some_and(|c| ends.binary_search(c).is_ok())
}

/// Every [`ANYWHERE_PRE`] word that fits in `[from, to)`, and with `gong` every `共` there that
/// is not part of another word: in position order, a word before a `共` at the same position
/// (what one search per word, then one for `共`, gives once sorted by position).
fn anywhere_qualifiers(
    ctx: &Context,
    from: usize,
    to: usize,
    gong: bool,
    out: &mut Vec<(usize, &'static str)>,
) {
    let to = to.min(ctx.chars.len());
    for p in from..to {
        let c = ctx.chars[p];
        if !matches!(c, '累' | '预' | '争' | '力' | '共' | '合' | '总') {
            continue;
        }
        for w in ANYWHERE_PRE {
            if w.starts_with(c) && p + w.chars().count() <= to && ctx.starts_with_at(p, w) {
                out.push((p, w));
            }
        }
        if gong && c == '共' {
            let before = p.checked_sub(1).map(|i| ctx.chars[i]);
            let after = ctx.chars.get(p + 1).copied();
            if !(before.is_some_and(|c| GONG_BEFORE.contains(c))
                || after.is_some_and(|c| GONG_AFTER.contains(c)))
            {
                out.push((p, "共"));
            }
        }
    }
}

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

/// A unitless number that names something: `107国道`, `120急救中心`, `12345政务服务热线`.
fn is_named_number(ctx: &Context, t: &Token) -> bool {
    if NAME_SUFFIXES.iter().any(|w| ctx.starts_with_at(t.end, w)) {
        return true;
    }
    // `12345政务服务热线`, `13710企业直办平台`: a service's number.
    let end = ctx.clause_end(t.start).min(t.end + 8);
    let after = ctx.slice(t.end, end);
    SERVICE_NAME_WORDS.iter().any(|w| after.contains(w))
}

/// A number written in digits that no finite `f64` holds, as written (400 digits) or once
/// `万`/`亿` are expanded: it has no value to show, compare or chart (`value: null` in the
/// JSON), so it is no indicator, whatever its wording.
fn is_unrepresentable(t: &Token) -> bool {
    t.digits.is_some() && (t.value.is_none() || t.base_value().is_none())
}

/// `30周年`: an anniversary is a date, not a measure.
fn is_anniversary(t: &Token) -> bool {
    t.unit.as_ref().is_some_and(|u| u.written == "周年")
}

/// Whether the rest of the clause makes a distance or duration a concept name
/// (`10分钟居家社区养老生活圈`, `5分钟消防应急救援格局`).
fn is_radius_concept(ctx: &Context, t: &Token) -> bool {
    let Some(base) = t.unit.as_ref().and_then(|u| u.base.as_deref()) else {
        return false;
    };
    if !matches!(base, "分钟" | "小时" | "公里" | "千米" | "米") {
        return false;
    }
    let rest = ctx.slice(t.end, ctx.clause_end(t.start));
    if rest.chars().take(21).count() <= 20 && (rest.contains('圈') || rest.contains("格局")) {
        return true;
    }
    // `24小时智慧服务大厅`, `240小时过境免签政策`: a span of hours or minutes glued to the noun
    // it qualifies names a kind of service; one a task takes is followed by `内`, `完成`…
    let span = matches!(base, "分钟" | "小时") && t.approx.is_none();
    let next = ctx.chars.get(t.end).copied();
    span && next.is_some_and(|c| crate::text::is_cjk(c) && !SPAN_MEASURE_AFTER.contains(c))
        && !SPAN_MEASURE_BEFORE
            .iter()
            .any(|w| ctx.ends_with_at(t.start, w))
}

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

/// `完成预期目标(5100万元)139.3%`, `比上年同期(5181万元)增长37.2%`: a value alone in brackets
/// right after a word gives the value of what the word names (the target, the same period); the
/// number after the brackets is said of the clause's words as if the brackets were not there.
pub fn reference_in_brackets(ctx: &Context, t: &Token) -> bool {
    t.start >= 2
        && matches!(ctx.chars[t.start - 1], '(' | '（')
        && crate::text::is_cjk(ctx.chars[t.start - 2])
        && ctx
            .chars
            .get(t.end)
            .is_some_and(|c| matches!(c, ')' | '）'))
}

/// Classifies token `k` of `tokens` by its shape and wording, given the classes of the tokens
/// before it ([`reader_kind`] then applies the part).
pub fn classify(ctx: &Context, tokens: &[Token], k: usize, done: &[Class]) -> Class {
    let t = &tokens[k];
    let clause_start = ctx.clause_start(t.start);
    // A name with digits is a word of the segment (`新建5G基站2.2万个`), not a number that
    // ends one.
    let prev_same_clause = (0..k)
        .rev()
        .find(|&p| {
            tokens[p].shape != Shape::Name
                && !(t.shape == Shape::Rank && super::filters::ranked_group(ctx, tokens, p))
                && !reference_in_brackets(ctx, &tokens[p])
        })
        .filter(|&p| {
            tokens[p].end > clause_start && ctx.clause[tokens[p].start] == ctx.clause[t.start]
        });
    // After a previous number of the clause, the text up to the first `、` still belongs to that
    // number's list item (`完成1家托育中心、8家服务点`); not after a time opening the clause
    // (`2024年地区生产总值、工业增加值增速…`: the list is this number's subject).
    let seg_start = prev_same_clause.map_or(clause_start, |p| {
        let from = tokens[p].end.max(clause_start);
        let timed = matches!(tokens[p].shape, Shape::Year | Shape::Date)
            && ctx.chars.get(from).is_some_and(|&c| c != '、');
        (from..t.start)
            .find(|&i| ctx.chars[i] == '、')
            .filter(|_| !timed)
            .map_or(from, |i| i + 1)
    });
    let (qualifiers, core_end) = qualifiers(ctx, tokens, t, seg_start, prev_same_clause);
    let mut class = Class {
        is_indicator: true,
        kind: None,
        direction: None,
        basis: None,
        qualifiers,
        seg_start,
        core_end,
    };
    if is_not_indicator(ctx, tokens, k) {
        class.is_indicator = false;
        class.qualifiers.clear();
        return class;
    }
    decide_kind(ctx, tokens, k, done, prev_same_clause, &mut class);
    class
}

/// The bounding words of token `t` (in position order) and where the segment's core ends
/// before the ones written right before the number. `prev` is the clause's previous number.
fn qualifiers(
    ctx: &Context,
    tokens: &[Token],
    t: &Token,
    seg_start: usize,
    prev: Option<usize>,
) -> (Vec<(usize, &'static str)>, usize) {
    let mut qualifiers: Vec<(usize, &'static str)> = Vec::new();
    let mut core_end = t.start;
    // `资金超 800 万元`: a copy's blank before the number parts no bound from it.
    if core_end > seg_start && matches!(ctx.chars[core_end - 1], ' ' | '\u{3000}' | '\u{a0}') {
        core_end -= 1;
    }
    static ADJACENT_ENDS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let ends = ADJACENT_ENDS.get_or_init(|| last_chars(ADJACENT_PRE.iter().copied()));
    'strip: loop {
        if !may_end_at(ctx, core_end, ends) {
            break;
        }
        for w in ADJACENT_PRE {
            if !ctx.ends_with_at(core_end, w) {
                continue;
            }
            let n = w.chars().count();
            if core_end - n >= seg_start && !(n == 1 && part_of_word(ctx, core_end - 1)) {
                core_end -= w.chars().count();
                qualifiers.push((core_end, w));
                continue 'strip;
            }
        }
        break;
    }
    anywhere_qualifiers(ctx, seg_start, core_end, true, &mut qualifiers);
    // A bare list item (`累计审核…282宗、24.15万平方米`) shares the clause's leading bounding words.
    if ctx.slice(seg_start, t.start).trim_matches('、').is_empty() {
        if let Some(p) = prev {
            // Bounded look-back keeps long lists linear.
            let from = ctx
                .clause_start(t.start)
                .max(tokens[p].start.saturating_sub(60));
            anywhere_qualifiers(ctx, from, tokens[p].start, false, &mut qualifiers);
        }
    }
    if let Some((p, a)) = t.approx {
        qualifiers.push((p, a));
    }
    for w in POST {
        if ctx.starts_with_at(t.end, w) {
            qualifiers.push((t.end, w));
            break;
        }
    }
    crate::sort::sort_by_key(&mut qualifiers, |q| q.0 as u64);
    qualifiers.dedup();
    (qualifiers, core_end)
}

/// Whether token `k` is no indicator: a year, date, name, footnote or ordinal, quoted (but a
/// rank, a streak or a result of none, which the scanner keeps only with their words) or in a
/// title, a number that names something, an anniversary, a radius concept, or what
/// [`super::filters::not_a_measure`] finds.
fn is_not_indicator(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let name_suffix = t.unit.is_none() && t.shape == Shape::Number && is_named_number(ctx, t);
    matches!(
        t.shape,
        Shape::Year | Shape::Date | Shape::Name | Shape::Footnote | Shape::Ordinal
    ) || (ctx.in_quote[t.start]
        && !matches!(t.shape, Shape::Rank | Shape::Zero)
        && !t.is_in_a_row())
        || ctx.in_title[t.start]
        || name_suffix
        || is_unrepresentable(t)
        || is_anniversary(t)
        || is_radius_concept(ctx, t)
        || super::filters::not_a_measure(ctx, tokens, k)
}

/// An indicator's kind, with a growth's direction and basis: a growth (by its verb, its unit,
/// or as the next item of a list of growths), a rank, a rate, else an amount.
fn decide_kind(
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

/// Whether a percentage is followed (after a bound and `的`) by the change it sizes
/// (`40%以上增长`, `15%的增长`): `Some(true)` for a rise, `Some(false)` for a fall.
pub fn change_after_value(ctx: &Context, t: &Token) -> Option<bool> {
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
    (!next.is_some_and(|c| CHANGE_TO_CHARS.contains(c))).then_some(*up)
}

/// Chars after a change that name the level it reaches (`下降到`, `增长至`, `下降为`).
const CHANGE_TO_CHARS: &[char] = &['到', '至', '为'];

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

/// The direction of a growth: by the growth verb before the number (a weak verb such as `增加`
/// only with a rate unit, a basis, a comparison, or at the clause's end), else by the unit
/// (`个百分点` is a change). `None` for no growth.
fn growth_direction(
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
        let gap_at = BENCHMARK_LEADS
            .iter()
            .filter_map(|w| segment.rfind(w).map(|i| i + w.len()))
            .max();
        let after = gap_at.map_or(segment, |i| &segment[i..]);
        growth = growth_verbs()
            .iter()
            .find(|(v, _)| after.contains(v))
            .map(|(_, d)| *d)
            .or(gap_at.is_none().then_some(Direction::Up));
    }
    growth
}

/// `地区生产总值增速由一季度的2.8%`, `…回升至全年的5.2%`: a growth rate's value at a period of
/// the year in a from-to frame is a growth: the from-value after the rate's noun, the to-value
/// after a from-value that is one.
fn rate_over_periods(ctx: &Context, t: &Token, class: &Class) -> Option<Direction> {
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
fn rate_after_streak(ctx: &Context, class: &Class) -> Option<Direction> {
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

/// How far back a later value of a list looks for its list's lead (`高于全省15.4个和7.4个百分点`),
/// in chars: a bound keeps a clause of thousands of values linear.
const MAX_LIST_LEAD_CHARS: usize = 40;

/// The most chars of a list of a growth rate's values at periods (`上半年3.2%、前三季度4.4%、
/// 预计全年5%左右`), looked back over for the clause naming the rate.
pub(crate) const MAX_PERIOD_LIST_CHARS: usize = 80;

/// The kind a reader sees: in a plan part every indicator is a target, whatever its shape
/// (`增长5.5%左右`, `排名靠前`, `新建学校3所`), and so is one in a sentence that states targets
/// ([`TargetStatements`]); elsewhere the shape's kind. The plan part decides
/// last, so the growth, rate and rank rules (and the labels, which read the shape) never
/// pre-empt it.
pub fn reader_kind(class: &Class, part: PartKind, stated_target: bool) -> Option<NumberKind> {
    match (class.is_indicator, part) {
        (true, PartKind::Plan) => Some(NumberKind::Target),
        (true, _) if stated_target => Some(NumberKind::Target),
        _ => class.kind,
    }
}

/// How far back (in chars) a statement of targets is looked for.
const MAX_TARGET_STATEMENT_CHARS: usize = 400;

/// Where a block's statements of targets ([`TARGET_STATEMENT_WORDS`], [`TARGET_NOUN`] and one of
/// [`TARGET_NOUN_STATEMENTS`]) end, found in one pass,
/// so that each number asks only whether one stands in its sentence before it.
/// A statement followed by a colon (`主要预期目标是：`) sets out a list that may run over several
/// sentences of the paragraph (`…增长8%。城镇新增就业110万人。`); one without, only its own.
pub struct TargetStatements(Vec<(usize, bool)>);

impl TargetStatements {
    pub fn new(ctx: &Context) -> TargetStatements {
        let noun = TARGET_NOUN.chars().count();
        let targets = ctx.find_all(TARGET_NOUN);
        let stated = targets.iter().filter_map(|&i| {
            let at = i + noun;
            TARGET_NOUN_STATEMENTS
                .iter()
                .find(|w| ctx.starts_with_at(at, w))
                .map(|w| at + w.chars().count())
        });
        // `肇庆市要实现GDP增长5%左右`: an aim to reach (not `主要实现`, `需要实现`).
        let aimed = ctx
            .find_all(AIM_TO_REACH)
            .into_iter()
            .filter(|&i| i == 0 || !NOT_AIM_BEFORE.contains(&ctx.chars[i - 1]))
            .map(|i| i + AIM_TO_REACH.chars().count());
        // `主要预期目标：…`: the list's noun, then its colon (found with `目标`).
        let listed = targets.iter().filter_map(|&i| {
            let e = i + noun;
            let named = TARGET_LIST_NOUNS.iter().any(|w| ctx.ends_with_at(e, w));
            (named && matches!(ctx.chars.get(e), Some('：' | ':'))).then_some(e)
        });
        let mut ends: Vec<(usize, bool)> = TARGET_STATEMENT_WORDS
            .iter()
            .chain(EXPECTED_CHANGE_WORDS)
            .flat_map(|w| {
                let n = w.chars().count();
                ctx.find_all(w).into_iter().map(move |i| i + n)
            })
            .chain(stated)
            .chain(listed)
            .chain(aimed)
            // `确保了…`: what was ensured, a review's words.
            .filter(|&e| ctx.chars.get(e) != Some(&'了'))
            .map(|e| (e, matches!(ctx.chars.get(e), Some('：' | ':'))))
            .collect();
        crate::sort::sort_by_key(&mut ends, |&(e, _)| e as u64);
        TargetStatements(ends)
    }

    /// Whether the sentence before `pos` states targets. The sentence runs to a full stop or a
    /// line's end, not to `；`: a list of targets is one sentence of clauses split by `；`.
    pub fn before(&self, ctx: &Context, pos: usize) -> bool {
        let k = self.0.partition_point(|&(e, _)| e <= pos);
        let Some(&(end, colon)) = k.checked_sub(1).and_then(|k| self.0.get(k)) else {
            return false;
        };
        // Bounded: a list of targets after its statement is a few hundred chars.
        let stops = |c: &char| match c {
            '。' | '!' | '！' | '?' | '？' => !colon,
            '\n' | '\r' => true,
            _ => false,
        };
        pos - end <= MAX_TARGET_STATEMENT_CHARS
            && !ctx.chars[end..pos.min(ctx.chars.len())].iter().any(stops)
    }
}

/// For each token, whether its sentence sets out targets by approximating them: two or more
/// indicators written with `左右` (`实现地区总值增长8%左右，地方一般公共预算收入增长7%左右`, a
/// news report's account of the year's targets), and no word of an estimate (`预计全年增长5%左右`:
/// a review's). A review gives what was reached, exactly.
pub fn approximate_targets(ctx: &Context, tokens: &[Token], classes: &[Class]) -> Vec<bool> {
    let sentence = |t: &Token| ctx.clause_sentence[ctx.clause[t.start]];
    let sentences = ctx.clause_sentence.last().map_or(0, |&s| s + 1);
    // Indicators written with `左右`, per sentence: one pass over the tokens.
    let mut about = vec![0usize; sentences];
    for (t, class) in tokens.iter().zip(classes) {
        if class.is_indicator && ctx.starts_with_at(t.end, APPROXIMATE_AFTER) {
            about[sentence(t)] += 1;
        }
    }
    let mut targets: Vec<bool> = about
        .iter()
        .map(|&n| n >= MIN_APPROXIMATE_TARGETS)
        .collect();
    if !targets.contains(&true) {
        return vec![false; tokens.len()];
    }
    // One pass over the clauses: a sentence with a word of an estimate is a review's, and so
    // are the items of a list that goes on after it at a `；` (`预计全年实现地区生产总值增长3.2%
    // 左右；…；城乡居民人均可支配收入分别增长4%左右和6%左右`).
    let mut estimated: Option<usize> = None;
    for (c, &(s, e)) in ctx.clause_range.iter().enumerate() {
        let sentence = ctx.clause_sentence[c];
        let goes_on = estimated.is_some_and(|prev| {
            prev + 1 == sentence
                && c > 0
                && ctx
                    .chars
                    .get(ctx.clause_range[c - 1].1)
                    .is_some_and(|&x| matches!(x, '；' | ';'))
        });
        if estimated != Some(sentence) {
            estimated = None;
        }
        if goes_on || ESTIMATE_WORDS.iter().any(|w| ctx.slice(s, e).contains(w)) {
            estimated = Some(sentence);
            targets[sentence] = false;
        }
    }
    tokens.iter().map(|t| targets[sentence(t)]).collect()
}

/// How many indicators of a sentence written with `左右` make it a statement of targets.
const MIN_APPROXIMATE_TARGETS: usize = 2;

/// The qualifier string: words joined with `+` in source order, or `None`.
pub fn qualifier_string(class: &Class) -> Option<String> {
    if class.qualifiers.is_empty() {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for (_, w) in &class.qualifiers {
        if !words.contains(w) {
            words.push(w);
        }
    }
    Some(words.join("+"))
}

#[cfg(test)]
mod tests {
    use crate::{scan_block, BlockContext};

    #[test]
    fn a_number_no_f64_holds_is_no_indicator() {
        let text = format!(
            "产值{}元，投资{}亿元，面积{}.5万平方米，同比增长4.1%，用地1{}平方米。",
            "9".repeat(400),
            // Finite as written, infinite once 亿 and 万 are expanded.
            "1".repeat(305),
            "2".repeat(305),
            // 10^300: large, but a value.
            "0".repeat(300),
        );
        let ms = scan_block(&text, &BlockContext::default());
        assert_eq!(ms.len(), 5, "{ms:?}");
        for m in &ms[..3] {
            assert!(!m.is_indicator, "{}", m.raw);
            assert_eq!(m.kind, None, "{}", m.raw);
            assert_eq!(m.base_value, None, "{}", m.raw);
        }
        assert!(ms[3].is_indicator && ms[3].value == Some(4.1));
        assert!(ms[4].is_indicator && ms[4].value.is_some_and(|v| v > 9.9e299));
    }
}
