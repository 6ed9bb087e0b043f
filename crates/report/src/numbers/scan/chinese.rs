//! Tokens in Chinese numerals or words: ordinals and ranks (`第二`, `第二十八`), ranks without
//! a position (`前列`, `靠前`, `首位`, `前三`), `零` of `零发生`, and counts (`三个`, `二十届`).

use super::numerals::{is_cn_numeral, numeral_run, parse_cn_numeral};
use super::places::{has_rank_scope, place_scope, placed, placed_near, placed_within};
use super::{number_token, plain_unit, Shape, Token};
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{
    ADJACENT_PRE, BUILT_WORDS, CN_MEASURES, CN_MEASURE_WORDS, CN_NUMERAL_BEFORE, COUNT_VERBS,
    DIGITS_OF_A_FIGURE, FIRST_IDIOMS, FIXED_FORMULAS, FRACTION_OF, HALF, IN_A_ROW_WORDS,
    ISSUING_VERBS, LEADING_WORDS, MAGNITUDE_MEASURES, MILESTONE_VERBS, ORDINAL_SUFFIXES,
    POLICY_FOLLOWING_VERBS, POST, QUOTA_COUNTERS, RANK_COUNTERS, RANK_PLACES, RANK_SCOPES,
    RANK_TIERS, STREAK_UNITS, TENTH, TIMES_NOT_DONE_NEXT, TOP_PLACE_CHARS, ZERO_BEFORE,
    ZERO_CLEARED, ZERO_THINGS, ZERO_VERBS,
};
use crate::numbers::units::Unit;

/// Chinese-numeral tokens starting at `pos`; `prev_end` is the end of the previous token.
pub(super) fn scan_chinese(ctx: &Context, pos: usize, prev_end: usize) -> Option<Token> {
    let c = ctx.chars[pos];
    let quoted = ctx.in_quote[pos] || ctx.in_title[pos];
    if c == PERCENT_IN_WORDS[0] {
        if let Some(t) = percent_in_words(ctx, pos) {
            return Some(t);
        }
    }
    match c {
        '第' => ordinal(ctx, pos, quoted),
        '前' | '靠' | '首' | '榜' if !quoted => rank_place(ctx, pos),
        // `“确诊患者零死亡”`: a result quoted with its subject counts; `“动态清零”`, `“零事故”`
        // alone are the names of a policy or a campaign.
        '零' if !quoted || quoted_with_subject(ctx, pos) || quoted_result(ctx, pos) => {
            zero(ctx, pos)
        }
        // `近十年`, `共十二家`: else an ordinary count.
        '十' | '百' | '千' | '万' if !quoted && after_bound(ctx, pos) => {
            bound_magnitude(ctx, pos).or_else(|| count(ctx, pos, prev_end))
        }
        _ if !quoted && is_cn_numeral(c) => fraction(ctx, pos)
            .or_else(|| count(ctx, pos, prev_end))
            .or_else(|| top_places_in_words(ctx, pos)),
        // `入选“西部百强县”`: the quoted name of a ranking list, the place in it ending the quote.
        _ if is_cn_numeral(c) => in_a_row(ctx, pos)
            .or_else(|| top_places_in_words(ctx, pos).filter(|_| quote_ends_list(ctx, pos))),
        _ => None,
    }
}

/// How a percentage is written in words: `百分之` before the value, `百分百` for the whole.
const PERCENT_IN_WORDS: [char; 3] = ['百', '分', '之'];
const WHOLE_PERCENT: &str = "百分百";

/// `百分之九十五`, `增长百分之30`, `百分百签约`, `百分之百`: a percentage written in words, a
/// value in `%` as `95%` is.
fn percent_in_words(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let whole = |end: usize| {
        let mut t = number_token(pos, end, Shape::Number, None);
        t.value = Some(100.0);
        t
    };
    let mut t = if ctx.starts_with_at(pos, WHOLE_PERCENT) {
        whole(pos + WHOLE_PERCENT.chars().count())
    } else {
        let at = pos + PERCENT_IN_WORDS.len();
        if chars.get(pos..at) != Some(&PERCENT_IN_WORDS[..]) {
            return None;
        }
        let digits = chars[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == '.')
            .count();
        if digits > 0 {
            let written: String = chars[at..at + digits].iter().collect();
            number_token(pos, at + digits, Shape::Number, Some(written))
        } else {
            let e = numeral_run(chars, at);
            let value = parse_cn_numeral(&chars[at..e]).filter(|&v| v <= 100)?;
            if value == 100 && e == at + 1 {
                whole(e)
            } else {
                let mut t = number_token(pos, e, Shape::Number, None);
                t.value = Some(value as f64);
                t
            }
        }
    };
    t.value?;
    t.unit = Some(plain_unit("%"));
    Some(t)
}

/// `实现九连冠`, `粮食生产“十六连丰”`: titles won, harvests or rises in a row, a streak (quoted
/// or not) whose unit is the in-a-row word.
fn in_a_row(ctx: &Context, pos: usize) -> Option<Token> {
    let e = numeral_run(&ctx.chars, pos);
    let w = IN_A_ROW_WORDS.iter().find(|w| ctx.starts_with_at(e, w))?;
    let mut t = number_token(pos, e + w.chars().count(), Shape::ChineseCount, None);
    t.value = parse_cn_numeral(&ctx.chars[pos..e]).map(|v| v as f64);
    t.unit = Some(plain_unit(w));
    Some(t)
}

/// `占全省的五分之一`, `占比接近一半`: a fraction in words written as a share, a ratio with its
/// value (0.2, 0.5).
fn fraction(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    // `三产占GDP比重接近一半`: a half.
    if ctx.starts_with_at(pos, HALF) && super::arabic::written_as_share(ctx, pos) {
        let mut t = number_token(pos, pos + HALF.chars().count(), Shape::Ratio, None);
        t.value = Some(0.5);
        return Some(t);
    }
    let e = numeral_run(chars, pos);
    // `占全年税收收入超四成`, `七成以上`: tenths (`成`) written as a share, one numeral.
    let tenth_end = e + 1;
    if e == pos + 1
        && chars.get(e) == Some(&TENTH)
        && !chars.get(tenth_end).is_some_and(|&c| {
            crate::text::is_cjk(c) && !POST.iter().any(|w| ctx.starts_with_at(tenth_end, w))
        })
        && super::arabic::written_as_share(ctx, pos)
    {
        let tenths = parse_cn_numeral(&chars[pos..e]).filter(|&v| (1..=9).contains(&v))?;
        let mut t = number_token(pos, tenth_end, Shape::Ratio, None);
        t.value = Some(tenths as f64 / 10.0);
        return Some(t);
    }
    if !ctx.starts_with_at(e, FRACTION_OF) || !super::arabic::written_as_share(ctx, pos) {
        return None;
    }
    let num_at = e + FRACTION_OF.chars().count();
    let end = numeral_run(chars, num_at);
    let den = parse_cn_numeral(&chars[pos..e])?;
    let num = parse_cn_numeral(chars.get(num_at..end)?)?;
    if den == 0 || num > den {
        return None;
    }
    let mut t = number_token(pos, end, Shape::Ratio, None);
    t.value = Some(num as f64 / den as f64);
    Some(t)
}

/// The most chars between a placing verb and a place in a ranking list (`入围2022中国建制县高质量
/// 发展百强和2022全国县域发展潜力百强`: two lists' names after one verb).
pub(super) const MAX_LIST_NAME: usize = 40;

/// Whether the quote around `pos` closes right after the ranking list's place at `pos`
/// (`“西部百强县”`, not `“百强县”创建`).
fn quote_ends_list(ctx: &Context, pos: usize) -> bool {
    let e = numeral_run(&ctx.chars, pos) + 1;
    ctx.chars
        .get(e..super::places::after_a_list_name(ctx, e))
        .is_some_and(|tail| tail.iter().any(|c| matches!(c, '”' | '"' | '」' | '』')))
}

/// `挺进全省三十强`, `跻身全国百强`: a place in a ranking list in words after a placing verb, at
/// its phrase's end, is a rank with the list's size as its value (`跻身全国百强县`, but
/// `获评全国百强县` names a class).
fn top_places_in_words(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let e = numeral_run(chars, pos);
    // `…百强和…百强`: another list's place may follow.
    let closed = !chars
        .get(super::places::after_a_list_name(ctx, e + 1))
        .is_some_and(|&c| crate::text::is_cjk(c) && !matches!(c, '和' | '及' | '与'));
    let top = chars.get(e).is_some_and(|c| TOP_PLACE_CHARS.contains(c));
    if !top || !closed || !placed_within(ctx, pos, MAX_LIST_NAME) {
        return None;
    }
    let mut t = number_token(pos, e + 1, Shape::Rank, None);
    t.value = parse_cn_numeral(&chars[pos..e]).map(|v| v as f64);
    t.unit = Some(plain_unit("名"));
    Some(t)
}

/// `第二` after a rank scope or with `名` (a rank), else an ordinal (`第七批`, `第二十八`).
fn ordinal(ctx: &Context, pos: usize, quoted: bool) -> Option<Token> {
    let chars = &ctx.chars;
    let e = numeral_run(chars, pos + 1);
    if e == pos + 1 {
        return None;
    }
    // `第一千` etc. are fine; a run ending in 万 is a magnitude of something else.
    let value = parse_cn_numeral(&chars[pos + 1..e]);
    if FIRST_IDIOMS.iter().any(|w| ctx.starts_with_at(pos, w)) {
        return None;
    }
    let mut t = number_token(pos, e, Shape::Ordinal, None);
    t.value = value.map(|v| v as f64);
    // `均居全市第一方阵`, `位居全省“第一梯队”`: a tier a verb places the subject in is a rank
    // without a position (`重返全省第一方阵` names a goal: no rank).
    let tier = RANK_TIERS.iter().find(|w| ctx.starts_with_at(e, w));
    if let Some(w) = tier {
        let open = ctx.ends_with_at(pos, "“") || ctx.ends_with_at(pos, "\"");
        let at = if open { pos - 1 } else { pos };
        // `稳居全国产粮大市第一方阵`: a whole scope, then the places of a kind ranked.
        let scoped_kind = || {
            let from = ctx
                .clause_start(at)
                .max(at.saturating_sub(MAX_TIER_SCOPE_CHARS));
            let before = ctx.slice(from, at);
            RANK_SCOPES
                .iter()
                .any(|w| w.starts_with('全') && before.contains(w))
        };
        if placed(ctx, at) && (has_rank_scope(ctx, at) || place_scope(ctx, at) || scoped_kind()) {
            let mut t = number_token(pos, e + w.chars().count(), Shape::Rank, None);
            t.unit = Some(plain_unit("名"));
            return Some(t);
        }
    }
    let ranked = has_rank_scope(ctx, pos)
        || matches!(chars.get(e), Some('名'))
        || after_listed_rank(ctx, pos)
        || (place_scope(ctx, pos) && !ORDINAL_SUFFIXES.iter().any(|s| ctx.starts_with_at(e, s)))
        || placed_near(ctx, pos, e)
        || super::places::among_places_of_a_kind(ctx, pos, e);
    if !quoted && ranked {
        t.shape = Shape::Rank;
        t.unit = Some(plain_unit("名"));
        if chars.get(e).is_some_and(|c| RANK_COUNTERS.contains(c)) {
            t.end += 1;
        }
    } else if let Some(s) = ORDINAL_SUFFIXES.iter().find(|s| ctx.starts_with_at(e, s)) {
        t.end += s.chars().count();
        t.unit = Some(plain_unit(s));
    }
    Some(t)
}

/// The most chars between a whole scope and the tier a verb places its places of a kind in.
const MAX_TIER_SCOPE_CHARS: usize = 10;

/// `分列全国第三和第二位`: a `第N` right after a ranked `第M` and a list joiner ranks too.
fn after_listed_rank(ctx: &Context, pos: usize) -> bool {
    let chars = &ctx.chars;
    // `4项第一、2项第二`: back over the later position's count of items.
    let counted = super::places::without_item_count(&chars[ctx.clause_start(pos)..pos]).len();
    let at = ctx.clause_start(pos) + counted;
    let Some(j) = at
        .checked_sub(1)
        .filter(|&j| matches!(chars[j], '和' | '、' | '及'))
    else {
        return false;
    };
    // Back over the previous ordinal's numeral (and its counter) to its `第`.
    let mut q = j;
    while q > 0 && (is_cn_numeral(chars[q - 1]) || RANK_COUNTERS.contains(&chars[q - 1])) {
        q -= 1;
    }
    q < j
        && q > 0
        && chars[q - 1] == '第'
        && (has_rank_scope(ctx, q - 1) || placed_near(ctx, q - 1, j))
}

/// A rank by place after a rank scope (`排名全区前列`, `全区排名靠前`, `位居全省首位`,
/// `前三`, `居三县之首`), or at the top of a list (`榜首`, rank 1): unit `名`, a value only when a position
/// is written.
fn rank_place(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let c = chars[pos];
    // `努力在…新征程上走在前列`, `走在最前列`: to lead, with no scope ranked in, is an aim in
    // words; `走在全市前列` ranks.
    if LEADING_WORDS.iter().any(|w| ctx.ends_with_at(pos, w)) {
        return None;
    }
    let (end, value) = if RANK_PLACES.iter().any(|w| ctx.starts_with_at(pos, w)) {
        (pos + 2, None)
    } else if ctx.starts_with_at(pos, "首位") || ctx.starts_with_at(pos, "榜首") {
        (pos + 2, Some(1.0))
    } else if c == '首'
        && ctx.ends_with_at(pos, "之")
        && !chars.get(pos + 1).is_some_and(|&x| crate::text::is_cjk(x))
    {
        // `总量均居三县之首`: the head of the places ranked among.
        (pos + 1, Some(1.0))
    } else if c == '前' {
        let e = numeral_run(chars, pos + 1);
        if e == pos + 1 || chars.get(e).is_some_and(|&x| CN_MEASURES.contains(x)) {
            return None;
        }
        (e, parse_cn_numeral(&chars[pos + 1..e]).map(|v| v as f64))
    } else {
        return None;
    };
    // `排名全区前列`, `全区排名靠前`, `位居全省首位`; also `排名全区前列` with a scope in
    // between.
    // `稳居全国各区(县)前六`: among places of a kind after a placing verb.
    let scoped = has_rank_scope(ctx, pos)
        || (pos >= 2 && has_rank_scope(ctx, pos - 2) && c != '靠')
        || place_scope(ctx, pos)
        || placed_near(ctx, pos, end)
        || after_a_ranking_list(ctx, pos);
    // `荣登…榜首`: the top of a list needs no scope to be a rank.
    let ranked = scoped || (c == '靠' && ctx.ends_with_at(pos, "排名")) || c == '榜';
    if !ranked {
        return None;
    }
    // A rank without digits (`前列`) is a rank all the same: unit `名`, no value.
    let mut t = number_token(pos, end, Shape::Rank, None);
    t.value = value;
    t.unit = Some(plain_unit("名"));
    Some(t)
}

/// `跻身全国百强镇前列`, `保持中国百强县前列`: right after a ranking list's name (`百强`, `百强镇`)
/// entered with a placing verb, a place in it.
fn after_a_ranking_list(ctx: &Context, pos: usize) -> bool {
    let chars = &ctx.chars;
    let list_end = match pos.checked_sub(1).map(|p| chars[p]) {
        Some('强') => pos,
        Some(c) if crate::numbers::lexicon::PLACE_LEVEL_CHARS.contains(&c) => pos - 1,
        _ => return false,
    };
    list_end >= 2 && chars[list_end - 1] == '强' && placed_within(ctx, list_end - 1, MAX_LIST_NAME)
}

/// Whether a bounding word stands right before `pos` (`超`, `近`, `突破`).
fn after_bound(ctx: &Context, pos: usize) -> bool {
    ADJACENT_PRE
        .iter()
        .chain(MILESTONE_VERBS)
        .any(|w| ctx.ends_with_at(pos, w))
}

/// `营业收入超万亿元`, `产值超百亿元`: a magnitude with no digits after a bounding word, read as
/// `1万亿元` and `100亿元` are; `None` when no unit with a magnitude and a base follows, or when it
/// names a class of things (`超百亿元产业集群`, `突破百亿元大关`).
fn bound_magnitude(ctx: &Context, pos: usize) -> Option<Token> {
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

/// `零` of `零发生`, `零事故`, and the result of `清零` (`村级债务已清零`: cleared to none);
/// not of `归零`, `为零`, `二零`.
fn zero(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let prev = pos.checked_sub(1).map(|p| chars[p]);
    let cleared = prev == Some(ZERO_CLEARED);
    if !cleared && prev.is_some_and(|p| is_cn_numeral(p) || ZERO_BEFORE.contains(p)) {
        return None;
    }
    let object = ZERO_THINGS.iter().chain(ZERO_VERBS);
    if !cleared && !object.into_iter().any(|w| ctx.starts_with_at(pos + 1, w)) {
        return None;
    }
    let mut t = number_token(pos, pos + 1, Shape::Zero, None);
    t.value = Some(0.0);
    Some(t)
}

/// Whether a quoted `零` has the subject of its result before it inside the quote, and a thing
/// after it (`“确诊患者零死亡、医护人员零感染”`).
fn quoted_with_subject(ctx: &Context, pos: usize) -> bool {
    let subject = pos.checked_sub(1).is_some_and(|p| {
        ctx.in_quote[p] && crate::text::is_cjk(ctx.chars[p]) && ctx.chars[p] != ZERO_CLEARED
    });
    subject && ZERO_THINGS.iter().any(|w| ctx.starts_with_at(pos + 1, w))
}

/// Whether a quoted `零` is a result stressed, its quote closing a clause (`实现“零感染”“零死亡”。`,
/// `确诊病例全部“清零”。`), not the name of a campaign or a policy that goes on (`“零关税”清单`,
/// `“清零行动”`, `“动态清零”总方针`, `坚持“动态清零”`).
fn quoted_result(ctx: &Context, pos: usize) -> bool {
    let Some(close) =
        (pos..ctx.chars.len()).find(|&q| !ctx.in_quote[q] || is_closing_quote(ctx.chars[q]))
    else {
        return false;
    };
    // The zero ends the quote, or the thing or verb after it does (`“清零行动”` goes on).
    let rest: String = ctx.chars[pos + 1..close].iter().collect();
    let ends = rest.is_empty() || ZERO_THINGS.iter().chain(ZERO_VERBS).any(|w| rest == *w);
    if !is_closing_quote(ctx.chars[close]) || !ends {
        return false;
    }
    let open = (0..pos)
        .rev()
        .find(|&p| matches!(ctx.chars[p], '“' | '"' | '「' | '‘'))
        .unwrap_or(0);
    if POLICY_FOLLOWING_VERBS
        .iter()
        .any(|v| ctx.ends_with_at(open, v))
    {
        return false;
    }
    match ctx.chars.get(close + 1) {
        None => true,
        Some(&c) => is_clause_sep(c) || matches!(c, '、' | '“' | '"' | '\n'),
    }
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '"' | '」' | '’')
}

/// A count in Chinese numerals (`三个`, `百余场`, `两个百分点`), a session ordinal without `第`
/// (`二十届`), or `None` for a numeral that is part of a word or formula (`八项规定`).
fn count(ctx: &Context, pos: usize, prev_end: usize) -> Option<Token> {
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
            .filter(|&&c| CN_MEASURES.contains(c) || (streak && STREAK_UNITS.contains(c)))?
            .to_string(),
    };
    let end = u + measure.chars().count();
    // `服务企业超千家`: a bound before the numeral approximates as `余` after it does.
    if !counts_something(ctx, pos, prev_end, u > e || streak || after_bound(ctx, pos))
        && !counted_after_noun(ctx, pos, end)
        && !things_done(ctx, pos, end)
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

/// `百万平方米棚改`, `十万亩`, `人均消费突破两万元`: a magnitude in Chinese numerals before a unit
/// of measure is an amount in `万` (or `亿`) of that unit (100, `万平方米`).
fn magnitude_measure(ctx: &Context, pos: usize, run: &[char]) -> Option<Token> {
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
