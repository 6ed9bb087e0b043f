//! Counts in Chinese numerals (`三个`, `百余场`, `两个百分点`, `二十届`, `翻两番`, `九连冠`,
//! `一所`) and whether the text says a numeral counts something, not a formula (`八项规定`).

use super::magnitudes::{after_bound, magnitude_measure};
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    BUILT_WORDS, CN_MEASURES, CN_MEASURE_NOUNS, CN_MEASURE_WORDS, CN_NUMERAL_BEFORE, COUNT_VERBS,
    DIGITS_OF_A_FIGURE, FIXED_FORMULAS, IN_A_ROW_WORDS, ISSUING_VERBS, PLEDGED_WORKS,
    QUOTA_COUNTERS, STREAK_UNITS, TIMES_NOT_DONE_NEXT,
};
use crate::numbers::scan::numerals::{is_cn_numeral, numeral_run, parse_cn_numeral};
use crate::numbers::scan::{number_token, plain_unit, Shape, Token};

/// `实现九连冠`, `粮食生产“十六连丰”`: titles won, harvests or rises in a row, a streak (quoted
/// or not) whose unit is the in-a-row word.
pub(super) fn in_a_row(ctx: &Context, pos: usize) -> Option<Token> {
    let e = numeral_run(&ctx.chars, pos);
    let w = IN_A_ROW_WORDS.iter().find(|w| ctx.starts_with_at(e, w))?;
    let mut t = number_token(pos, e + w.chars().count(), Shape::ChineseCount, None);
    t.value = parse_cn_numeral(&ctx.chars[pos..e]).map(|v| v as f64);
    t.unit = Some(plain_unit(w));
    Some(t)
}

/// A count in Chinese numerals (`三个`, `百余场`, `两个百分点`), a session ordinal without `第`
/// (`二十届`), or `None` for a numeral that is part of a word or formula (`八项规定`).
pub(super) fn count(ctx: &Context, pos: usize, prev_end: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let prev = pos.checked_sub(1).map(|p| chars[p]);
    // `提前两年` is a lead, not the `前` of `前两年`.
    let lead = ctx.ends_with_at(pos, "提前");
    if prev.is_some_and(|p| is_cn_numeral(p) || CN_NUMERAL_BEFORE.contains(p)) && !lead {
        return None;
    }
    let e = numeral_run(chars, pos);
    let run = &chars[pos..e];
    // `连续五年`, `连续举办十一届`: the length of a streak is a count; so is a lead
    // (`提前两年完成`).
    let streak = streak_before(ctx, pos) || lead;
    if let Some(t) = count_by_its_unit(ctx, pos, run, e, streak) {
        return Some(t);
    }
    if run.iter().all(|&x| x == '一' || x == '零' || x == '〇') || run.last() == Some(&'万') {
        return None;
    }
    let value = parse_cn_numeral(run)?;
    if value < 2
        || ctx.starts_with_at(e, DIGITS_OF_A_FIGURE)
        || FIXED_FORMULAS.iter().any(|f| ctx.starts_with_at(pos, f))
    {
        return None;
    }
    let mut u = e;
    if matches!(chars.get(u), Some('多') | Some('余')) {
        u += 1;
    }
    // `两个百分点`
    if ctx.starts_with_at(u, "个百分点") {
        let mut t = number_token(pos, u + 4, Shape::ChineseCount, None);
        t.value = Some(value as f64);
        t.unit = Some(plain_unit("个百分点"));
        return Some(t);
    }
    // `习近平总书记两次亲临青海考察`: how many times a thing was done.
    if u == e && times_done(ctx, pos, run, e) {
        let mut t = number_token(pos, e + 1, Shape::ChineseCount, None);
        t.value = Some(value as f64);
        t.unit = Some(plain_unit("次"));
        return Some(t);
    }
    let measure: String = match CN_MEASURE_WORDS.iter().find(|w| ctx.starts_with_at(u, w)) {
        Some(w) => w.to_string(),
        None => chars
            .get(u)
            .filter(|&&c| CN_MEASURES.contains(c) || (streak && STREAK_UNITS.contains(c)))
            .filter(|_| !CN_MEASURE_NOUNS.iter().any(|w| ctx.starts_with_at(u, w)))?
            .to_string(),
    };
    let end = u + measure.chars().count();
    // `服务企业超千家`: a bound before the numeral approximates as `余` after it does.
    if !counts_something(ctx, pos, prev_end, u > e || streak || after_bound(ctx, pos))
        && !counted_after_noun(ctx, pos, end)
        && !things_done(ctx, pos, end)
        && !PLEDGED_WORKS.iter().any(|w| ctx.starts_with_at(end, w))
    {
        return None;
    }
    let mut t = number_token(pos, u + measure.chars().count(), Shape::ChineseCount, None);
    t.value = Some(value as f64);
    t.unit = Some(plain_unit(&measure));
    if u > e {
        t.approx = Some((e, if chars[e] == '多' { "多" } else { "余" }));
    }
    Some(t)
}

/// A count its unit makes one, whatever the words before it: a session (`二十届`), a doubling
/// (`翻两番`), a multiple (`增长两倍`), a streak (`九连冠`), one thing (`每个县新建一所`,
/// `新建厂房一座`) or a magnitude of a measure (`十万亩`); `run` is its numerals, ending at `e`.
fn count_by_its_unit(
    ctx: &Context,
    pos: usize,
    run: &[char],
    e: usize,
    streak: bool,
) -> Option<Token> {
    let chars = &ctx.chars;
    // `二十届` of `党的二十届三中全会`: a session ordinal without 第.
    if run.len() >= 2 && chars.get(e) == Some(&'届') && !streak {
        let mut t = number_token(pos, e + 1, Shape::Ordinal, None);
        t.value = parse_cn_numeral(run).map(|v| v as f64);
        t.unit = Some(plain_unit("届"));
        return Some(t);
    }
    // `翻了一番`, `翻两番`: a doubling counted in 番.
    if chars.get(e) == Some(&'番') && doubling_before(ctx, pos) {
        // `翻了两番多`: more than that, written after the unit.
        let more = matches!(chars.get(e + 1), Some('多') | Some('余'));
        let mut t = number_token(pos, e + 1 + usize::from(more), Shape::ChineseCount, None);
        t.value = parse_cn_numeral(run).map(|v| v as f64);
        t.unit = Some(plain_unit("番"));
        if more {
            t.approx = Some((e + 1, if chars[e + 1] == '多' { "多" } else { "余" }));
        }
        return Some(t);
    }
    // `增长两倍以上`: a growth written as a multiple in words.
    if chars.get(e) == Some(&MULTIPLE_UNIT) && growth_verb_before(ctx, pos) {
        let mut t = number_token(pos, e + 1, Shape::ChineseCount, None);
        t.value = parse_cn_numeral(run).map(|v| v as f64);
        t.unit = Some(plain_unit("倍"));
        return Some(t);
    }
    if let Some(t) = in_a_row(ctx, pos) {
        return Some(t);
    }
    if let Some(t) = quota_of_one(ctx, pos, run).or_else(|| one_after_its_noun(ctx, pos, run)) {
        return Some(t);
    }
    if let Some(t) = magnitude_measure(ctx, pos, run) {
        return Some(t);
    }
    None
}

/// A Chinese numeral counts something when the text says so: it sums up an enumeration
/// (`华测、创鑫激光、联通三个意向项目`, `…等三处`), is approximate (`百余场`), a streak
/// (`连续五年`), or follows a verb of doing (`新增三家省级企业技术中心`). Otherwise it is a
/// formula (`八项规定`). `approx_or_streak` says whether it is one of the two.
fn counts_something(ctx: &Context, pos: usize, prev_end: usize, approx_or_streak: bool) -> bool {
    let clause_start = ctx
        .clause_start(pos)
        .max(prev_end)
        .max(pos.saturating_sub(60));
    let before = ctx.slice(clause_start, pos);
    before.ends_with('等')
        || before.contains('、')
        || approx_or_streak
        // `办成了三件大事`: a verb of doing, its `了` after it.
        || COUNT_VERBS.iter().any(|v| before.trim_end_matches('了').ends_with(v))
        // `分季度制定四个稳增长工作方案`: documents issued are counted too.
        || ISSUING_VERBS.iter().any(|v| before.ends_with(v))
}

/// `两次亲临`, `三次获评`: a numeral and `次` before a verb count the times it was done; not
/// `三次产业` (the tertiary sector), `二次供水` (`二次` is `secondary`) or a session of a
/// body (`十四届五次全会`, `三次会议`).
fn times_done(ctx: &Context, pos: usize, run: &[char], e: usize) -> bool {
    let next = ctx.chars.get(e + 1).copied();
    let session = pos
        .checked_sub(1)
        .is_some_and(|p| matches!(ctx.chars[p], '届' | '第'));
    ctx.chars.get(e) == Some(&'次')
        && run != ['二']
        && !session
        && next.is_some_and(crate::text::is_cjk)
        && !TIMES_NOT_DONE_NEXT.contains(&next.unwrap_or(' '))
}

/// `新增省级博士后创新实践基地两家`, `新建学校三所`: a count after the noun it counts, ending
/// its clause or list item, in a clause that opens with a verb of counting.
fn counted_after_noun(ctx: &Context, pos: usize, end: usize) -> bool {
    let item_ends = ctx.chars.get(end).is_none_or(|&c| {
        crate::numbers::context::is_clause_sep(c)
            || crate::numbers::context::is_sentence_sep(c)
            || c == '、'
    });
    let before = ctx.slice(ctx.clause_start(pos), pos);
    item_ends
        && COUNT_VERBS
            .iter()
            .any(|v| before.starts_with(v) && before.len() > v.len())
}

/// `三条主干道路建成通车`: a count that opens its clause (or follows a modifier's `的`), then its
/// noun and that the things were built or opened, counts them; a formula (`三个代表`) or a package of work (`十件实事全面完成`)
/// is not built.
fn things_done(ctx: &Context, pos: usize, end: usize) -> bool {
    let start = ctx.clause_start(pos);
    // `服务北京冬奥会的两列京张智能高铁正式上线`: after a modifier ending in `的` too.
    let before = ctx.slice(start, pos).trim();
    let opens = before.is_empty() || before.ends_with('的');
    let to = ctx.clause_end(pos).min(end + MAX_DONE_NOUN_CHARS);
    let after = ctx.slice(end, to);
    opens && BUILT_WORDS.iter().any(|w| after.contains(w))
}

/// The most chars of a noun between a count and what was done to the things.
const MAX_DONE_NOUN_CHARS: usize = 12;

/// `每个县新建一所三级医院`, `每月开展一次`: after `每` (each) earlier in the clause, `一` with a
/// counter of single things is a quota of one, not an article.
fn quota_of_one(ctx: &Context, pos: usize, run: &[char]) -> Option<Token> {
    let counter = *ctx.chars.get(pos + 1)?;
    if run != ['一'] || !QUOTA_COUNTERS.contains(&counter) {
        return None;
    }
    let from = ctx.clause_start(pos).max(pos.saturating_sub(40));
    // `每一个紧要关头`: every, not each of a quota's units.
    let each = (from..pos.saturating_sub(1))
        .any(|p| ctx.chars[p] == '每' && ctx.chars.get(p + 1) != Some(&'一'));
    if !each {
        return None;
    }
    let mut t = number_token(pos, pos + 2, Shape::ChineseCount, None);
    t.value = Some(1.0);
    t.unit = Some(plain_unit(&counter.to_string()));
    Some(t)
}

/// `新建厂房一座，`, `建成公园一处。`: `一` and a counter of single things after the noun,
/// ending the clause, count one thing (an article stands before its noun: `一座厂房`).
fn one_after_its_noun(ctx: &Context, pos: usize, run: &[char]) -> Option<Token> {
    let counter = *ctx.chars.get(pos + 1)?;
    if run != ['一'] || !QUOTA_COUNTERS.contains(&counter) || counter == '次' {
        return None;
    }
    let ends = ctx
        .chars
        .get(pos + 2)
        .is_none_or(|&c| crate::numbers::context::is_clause_sep(c) || c.is_whitespace());
    let noun = pos.checked_sub(1).is_some_and(|p| {
        crate::text::is_cjk(ctx.chars[p])
            && !crate::numbers::lexicon::NOT_A_NOUN_BEFORE_ONE.contains(&ctx.chars[p])
    });
    // `干一项成一项`: a saying that repeats the `一` it does something with.
    let said = (pos.saturating_sub(MAX_SAYING_CHARS)..pos)
        .any(|p| ctx.chars[p] == '一' && ctx.chars.get(p + 1) == Some(&counter));
    if !(ends && noun) || said {
        return None;
    }
    let mut t = number_token(pos, pos + 2, Shape::ChineseCount, None);
    t.value = Some(1.0);
    t.unit = Some(plain_unit(&counter.to_string()));
    Some(t)
}

/// How far before a count of one the saying that repeats it is looked for (`干一项成一项`).
const MAX_SAYING_CHARS: usize = 5;

/// The unit of a multiple (`增长两倍`).
const MULTIPLE_UNIT: char = '倍';

/// Whether a verb of growth stands right before `pos` (`增长两倍`, `提高了三倍`).
fn growth_verb_before(ctx: &Context, pos: usize) -> bool {
    let at = if ctx.ends_with_at(pos, "了") {
        pos - 1
    } else {
        pos
    };
    crate::numbers::lexicon::GROWTH_UP
        .iter()
        .chain(crate::numbers::lexicon::GROWTH_DOWN)
        .any(|v| ctx.ends_with_at(at, v))
}

/// Whether `翻` stands right before `pos`, maybe with `了` and a bound (`翻了近一番`).
fn doubling_before(ctx: &Context, pos: usize) -> bool {
    let from = pos.saturating_sub(3);
    (from..pos).any(|p| ctx.chars[p] == '翻')
}

/// Whether `连续` stands shortly before `pos` in its clause (`连续五年`, `连续举办十一届`).
fn streak_before(ctx: &Context, pos: usize) -> bool {
    let from = ctx.clause_start(pos).max(pos.saturating_sub(6));
    (from..pos).any(|p| ctx.starts_with_at(p, "连续"))
}
