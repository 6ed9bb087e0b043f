//! Numbers that are part of a name (a file's, a variety's, a version, a slogan's, a policy's
//! items, a tier, a footnote mark that lost its brackets) or the spec of a class of things (a
//! facility's rating, a design speed, an age, a water grade).

use super::cjk_at;
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{
    AGE_UNITS, ATTACHMENT_WORDS, CLASS_CODE_COUNTERS, COUNT_VERBS, FILE_EXTENSIONS, ISSUING_VERBS,
    POLICY_COUNTERS, POLICY_WORDS, POST, SHARED_UNIT_JOINERS, SPEC_LEADS, SPEC_UNITS, TIER_WORDS,
    VALUE_LEAD_CHARS,
};
use crate::numbers::scan::{Shape, Token};

/// `图片7.jpg`, `附件2.pdf`: a number in the name of a file a copied web page left behind (an
/// image's, an attachment's) names it.
pub(super) fn in_a_file_name(ctx: &Context, t: &Token) -> bool {
    let after = ctx.slice(t.end, (t.end + MAX_FILE_EXTENSION + 1).min(ctx.chars.len()));
    let Some(ext) = after.strip_prefix('.') else {
        return false;
    };
    let ext: String = ext
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    FILE_EXTENSIONS.contains(&ext.as_str())
}

/// The most chars of a file name's extension (`jpeg`).
const MAX_FILE_EXTENSION: usize = 4;

/// `干在实处、走在前列、勇立潮头`: a place without digits in a four-character phrase listed with
/// another four-character phrase is a slogan's words, not a ranking of a measured subject.
pub(super) fn slogan_phrase(ctx: &Context, t: &Token) -> bool {
    if t.shape != Shape::Rank
        || ctx
            .slice(t.start, t.end)
            .chars()
            .any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let four = |from: usize, to: usize| {
        to == from + 4
            && ctx
                .chars
                .get(from..to)
                .is_some_and(|s| s.iter().all(|&c| crate::text::is_cjk(c)))
    };
    let ends = |i: usize| ctx.chars[i] == '、' || is_clause_sep(ctx.chars[i]);
    // An item of four characters ends within four of the token on either side.
    let lo = t.start.saturating_sub(4);
    let hi = (t.end + 4).min(ctx.chars.len());
    let start = match (lo..t.start).rev().find(|&i| ends(i)) {
        Some(i) => i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let end = match (t.end..hi).find(|&i| ends(i)) {
        Some(i) => i,
        None if hi == ctx.chars.len() => hi,
        None => return false,
    };
    if !four(start, end) {
        return false;
    }
    // The neighbour is a whole item of four characters too.
    let item = |from: usize| {
        four(from, from + 4)
            && (from == 0 || ends_phrase(ctx.chars[from - 1]))
            && ctx.chars.get(from + 4).is_none_or(|&c| ends_phrase(c))
    };
    let listed_before = start >= 5 && ctx.chars[start - 1] == '、' && item(start - 5);
    let listed_after = ctx.chars.get(end) == Some(&'、') && item(end + 1);
    listed_before || listed_after
}

/// Whether `c` ends a listed phrase: a list mark or a clause separator.
fn ends_phrase(c: char) -> bool {
    c == '、' || is_clause_sep(c)
}

/// `珠两优5298高端优质稻`, `区医院120急救中心`, `营商环境5.0改革`: a bare whole number of three
/// digits or more (or a version) glued to words on both sides, with no unit, is part of a name
/// (a variety, a hotline, a stage of reform); a count is
/// written with its counter, or right after the verb that did it (`完成1682隐患房屋的整治`).
pub(super) fn number_inside_a_name(ctx: &Context, t: &Token) -> bool {
    // `营商环境5.0改革`, `制造业3.0行动`: a version (one digit, a point, one digit) is a name too.
    let version = |d: &str| {
        let b = d.as_bytes();
        b.len() == 3 && b[0].is_ascii_digit() && b[1] == b'.' && b[2].is_ascii_digit()
    };
    // Not a value after the words that lead to one (`系数为0.3`) or before a bound (`0.3左右`).
    let led = || {
        VALUE_LEAD_CHARS.contains(&ctx.chars[t.start.saturating_sub(1)])
            || POST.iter().any(|w| ctx.starts_with_at(t.end, w))
    };
    let whole = t.digits.as_deref().is_some_and(|d| {
        (d.len() >= 3 && d.bytes().all(|b| b.is_ascii_digit())) || (version(d) && !led())
    });
    let cjk = |i: Option<usize>| {
        i.and_then(|i| ctx.chars.get(i))
            .is_some_and(|&c| crate::text::is_cjk(c))
    };
    let next = ctx.chars.get(t.end).copied();
    t.shape == Shape::Number
        && t.unit.is_none()
        && whole
        && cjk(t.start.checked_sub(1))
        && cjk(Some(t.end))
        && !next.is_some_and(|c| SHARED_UNIT_JOINERS.contains(&c))
        && !COUNT_VERBS.iter().any(|v| ctx.ends_with_at(t.start, v))
}

/// A number with no unit, of at most `max_digits` digits and no point (`10`, `58`).
fn bare_whole_number(t: &Token, max_digits: usize) -> bool {
    t.shape == Shape::Number
        && t.unit.is_none()
        && t.digits
            .as_deref()
            .is_some_and(|d| d.len() <= max_digits && d.bytes().all(|b| b.is_ascii_digit()))
}

/// The most digits of a mark that lost its brackets or its `、` (a footnote's, an item's).
const MAX_MARK_DIGITS: usize = 2;

/// Marks that close a quote.
const CLOSING_QUOTES: &[char] = &['”', '"', '」', '』', '’'];

/// `“七个投资”10 均高于面上增速`, `推出“六多合一”1集成审批`: a bare one- or two-digit number right
/// after a closed quote and before words is a footnote mark that lost its brackets or its
/// superscript when the report was copied out of a PDF; it measures nothing.
pub(super) fn lost_footnote_mark(ctx: &Context, t: &Token) -> bool {
    let small = bare_whole_number(t, MAX_MARK_DIGITS);
    let after_quote = t
        .start
        .checked_sub(1)
        .is_some_and(|p| ctx.in_quote[p] && CLOSING_QUOTES.contains(&ctx.chars[p]));
    let next = ctx.chars[t.end..]
        .iter()
        .take(3)
        .find(|c| !c.is_whitespace());
    small && after_quote && next.is_some_and(|&c| crate::text::is_cjk(c))
}

/// `1加快建设…`, `2大力传承…`: a bare one- or two-digit number that opens a paragraph, right
/// before its words, numbers an item of a list whose marks lost their `、` or `.`; it measures
/// nothing.
pub(super) fn glued_item_number(ctx: &Context, t: &Token) -> bool {
    let small = bare_whole_number(t, MAX_MARK_DIGITS);
    let opens = ctx.chars[..t.start].iter().all(|c| c.is_whitespace());
    small
        && opens
        && ctx
            .chars
            .get(t.end)
            .is_some_and(|&c| crate::text::is_cjk(c))
}

/// `新引入58同城、新浪网等6家互联网公司`: a bare number glued before the words of an item in a
/// list of names (the item ends at `、` or `等`) is part of the name.
pub(super) fn name_in_a_list(ctx: &Context, t: &Token) -> bool {
    let bare = bare_whole_number(t, usize::MAX);
    if !bare
        || !ctx
            .chars
            .get(t.end)
            .is_some_and(|&c| crate::text::is_cjk(c))
    {
        return false;
    }
    let item_end = (t.end..ctx.chars.len().min(t.end + MAX_LISTED_NAME_CHARS + 1))
        .find(|&i| !crate::text::is_cjk(ctx.chars[i]) || matches!(ctx.chars[i], '、' | '等'));
    let ends_item = item_end.is_some_and(|i| matches!(ctx.chars[i], '、' | '等'));
    let opens_item = t.start == 0 || matches!(ctx.chars[t.start - 1], '、') || {
        // The list's first item, right after the verb that brings the named things in.
        let before = ctx.slice(ctx.clause_start(t.start), t.start);
        before.chars().count() <= MAX_LISTED_NAME_CHARS && before.chars().all(crate::text::is_cjk)
    };
    ends_item && opens_item
}

/// The most chars of a name listed with a number glued before it (`58同城`).
const MAX_LISTED_NAME_CHARS: usize = 6;

/// `(见附件1)`, `附表2`: the number of an attachment names it.
pub(super) fn attachment_number(ctx: &Context, t: &Token) -> bool {
    t.unit.is_none()
        && ATTACHMENT_WORDS
            .iter()
            .any(|w| ctx.ends_with_at(t.start, w))
}

/// `重返全省第一方阵`: a tier is a group's name, no position measured.
pub(super) fn tier(ctx: &Context, t: &Token) -> bool {
    TIER_WORDS.iter().any(|w| ctx.starts_with_at(t.end, w))
}

/// `1.1类新药`, `2.2级`: a count of categories or grades with a decimal point is a code of a
/// classification, no count (a count of classes is whole).
pub(super) fn class_code(t: &Token, base: &str) -> bool {
    CLASS_CODE_COUNTERS.contains(&base) && t.digits.as_deref().is_some_and(|d| d.contains('.'))
}

/// How far back a list of policies issued by one verb is read for the verb, in chars.
const MAX_POLICY_LIST_CHARS: usize = 60;

/// `“十个常态化”30项措施`, `“让利与民、阳光征收”两项原则`, `自治区28条配套规定`: the items of a
/// named policy or document, or the articles (`条`) of one issued in the clause
/// (`出台稳链纾困35条`); the count is part of its name. (A count after a quote is not:
/// `“微改造”3条道路` counts roads.)
pub(super) fn policy_items(ctx: &Context, t: &Token, base: &str) -> bool {
    if !POLICY_COUNTERS.contains(&base) {
        return false;
    }
    let mut after = t.end;
    if ctx.starts_with_at(after, "配套") {
        after += 2;
    }
    // `…项目13条等措施`: the last of a list of policies before their kind.
    if ctx.starts_with_at(after, "等") {
        after += 1;
    }
    if POLICY_WORDS.iter().any(|w| ctx.starts_with_at(after, w)) {
        return true;
    }
    // `及时出台稳链纾困35条、稳经济促发展10条等系列政策`: articles of a policy issued in the
    // clause are part of its name.
    if base != "条" {
        return false;
    }
    // `西湖区52条政策`, `“转企升规”二十条等政策措施`: the articles of a policy (`308项政策举措`
    // counts measures).
    if ctx.starts_with_at(t.end, "政策") || ctx.starts_with_at(t.end, "等政策") {
        return true;
    }
    // `发布40条社区名中医服务资源清单`: a noun of its own right after the count is what it
    // counts.
    if cjk_at(ctx, t.end) && !ctx.starts_with_at(t.end, "等") {
        return false;
    }
    // `出台实施稳经济47条、助企纾困22条`: a later item of the list was issued by the verb
    // before the first.
    let from = ctx.list_start(t.start, MAX_POLICY_LIST_CHARS);
    let before = ctx.slice(from, t.start);
    // The last issuing verb, with no verb of doing between it and the count.
    let Some(issued) = ISSUING_VERBS
        .iter()
        .filter_map(|v| before.rfind(v).map(|i| &before[i + v.len()..]))
        .min_by_key(|rest| rest.len())
    else {
        return false;
    };
    !COUNT_VERBS.iter().any(|v| issued.contains(v))
}

/// `断面水质全部达到四类以上`: a water-quality class is a grade, not a count.
pub(super) fn water_grade(ctx: &Context, t: &Token, base: &str) -> bool {
    base == "类"
        && ctx
            .slice(ctx.clause_start(t.start), t.start)
            .contains("水质")
}

/// `时速350公里的高铁`: a speed a class of trains or roads is built for, a spec.
pub(super) fn speed_spec(ctx: &Context, t: &Token) -> bool {
    SPEC_LEADS.iter().any(|w| ctx.ends_with_at(t.start, w))
}

/// `35千伏变电站`, `20蒸吨锅炉`, `7座以下客车`: the rating of a class of facility, written right
/// before the facility's noun.
pub(super) fn facility_spec(ctx: &Context, t: &Token, base: &str) -> bool {
    let seats = base == "座";
    if !seats && !SPEC_UNITS.contains(&base) {
        return false;
    }
    let mut after = t.end;
    let mut bounded = false;
    for w in ["及以上", "及以下", "以下", "以上"] {
        if ctx.starts_with_at(after, w) {
            after += w.chars().count();
            bounded = true;
            break;
        }
    }
    (bounded || !seats) && cjk_at(ctx, after)
}

/// `3-11岁人群`, `12岁及以上人群`, `80岁老人`: an age right before the people it describes
/// says which people; `人均预期寿命78.5岁`, `80岁左右` are ages measured.
pub(super) fn age_of_a_class(ctx: &Context, t: &Token, base: &str) -> bool {
    if !AGE_UNITS.contains(&base) {
        return false;
    }
    let after = ["及以上", "及以下", "以下", "以上"]
        .iter()
        .find(|w| ctx.starts_with_at(t.end, w))
        .map_or(t.end, |w| t.end + w.chars().count());
    cjk_at(ctx, after) && !POST.iter().any(|w| ctx.starts_with_at(after, w))
}
