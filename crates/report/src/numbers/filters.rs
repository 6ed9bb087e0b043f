//! Numbers that are written like measures but measure nothing the report reports: the threshold
//! that defines a class (`10万元以上的村`, `35千伏变电站`), a count that only sums up the list
//! right before it (`教育、医疗、养老等3类任务`), a milestone (`突破10亿元大关`) and a time window
//! (`5年来`, `近3年`). Each is a class of text with its own test.

use super::context::{is_clause_sep, Context};
use super::lexicon::{
    AGE_UNITS, CATEGORY_COUNTERS, CLASS_BAR_LEADS, CLASS_COUNTERS, CN_MEASURES, COUNTERS,
    COUNT_VERBS, COURSE_AFTER_COUNT, EACH_CROSSED_VERBS, FILE_EXTENSIONS, FIRST_OF_A_KIND,
    FORMULA_NOUNS, GROUPING_COUNTERS, HEADING_ITEM_COUNTERS, INDICATOR_WORDS, ISSUING_VERBS,
    LIST_ITEM_MARKS, MARK_JOINERS, MARK_TARGET, MILESTONE_REACHED, MILESTONE_STEPS,
    MILESTONE_TIMES, MILESTONE_VERBS, MILESTONE_WORDS, OPENING_FRAMES, POLICY_COUNTERS,
    POLICY_WORDS, POST, RANK_PLACE_KINDS, RANK_SCOPES, RANK_VERBS, RATE_BAR_WORDS,
    SHARED_UNIT_JOINERS, SPEC_LEADS, SPEC_UNITS, THRESHOLD_JOINERS, THRESHOLD_UNITS, TIER_WORDS,
    VALUE_LEAD_CHARS, WINDOW_AFTER, WINDOW_BEFORE, WINDOW_TOTALS,
};
use super::scan::{Shape, Token};

/// Whether token `k` of `tokens` is no measure by one of this module's rules.
pub fn not_a_measure(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    // A mark may be of a magnitude only (`突破2万亿`), and so may a bar (`30万以上32个村`).
    if tier(ctx, t)
        || hour_of_a_time_of_day(ctx, t)
        || day_of_a_dateline(ctx, t)
        || magnitude_class(ctx, t)
        || ranked_group(ctx, tokens, k)
        || milestone(ctx, tokens, k)
        || bar_of_the_count_after(ctx, tokens, k)
        || rate_bar_of_places_counted(ctx, tokens, k)
        || speed_spec(ctx, t)
        || lost_footnote_mark(ctx, t)
        || number_inside_a_name(ctx, t)
        || slogan_phrase(ctx, t)
        || items_of_a_quoted_formula(ctx, t)
        || magnitude_threshold(ctx, t)
        || in_a_file_name(ctx, t)
    {
        return true;
    }
    let Some(base) = t.unit.as_ref().and_then(|u| u.base.as_deref()) else {
        return false;
    };
    class_threshold(ctx, t, base)
        || threshold_joined_to_the_next(ctx, tokens, k)
        || count_threshold(ctx, tokens, k, base)
        || bar_of_things_counted_after(ctx, tokens, k, base)
        || bar_before_things_counted(ctx, tokens, k, base)
        || facility_spec(ctx, t, base)
        || age_of_a_class(ctx, t, base)
        || categories_of_the_count_after(tokens, k, base)
        || bar_of_the_first_of_a_kind(ctx, t, base)
        || bar_each_thing_counted_crossed(ctx, tokens, k, base)
        || sums_up_the_list(ctx, tokens, k, base)
        || time_window(ctx, tokens, k, base)
        || policy_items(ctx, t, base)
        || items_under_a_heading(ctx, t, base)
        || minutes_of_a_time_of_day(ctx, t, base)
        || water_grade(ctx, t, base)
        || class_of_things_counted(tokens, k, base)
}

/// `图片7.jpg`, `附件2.pdf`: a number in the name of a file a copied web page left behind (an
/// image's, an attachment's) names it.
fn in_a_file_name(ctx: &Context, t: &Token) -> bool {
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
fn slogan_phrase(ctx: &Context, t: &Token) -> bool {
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
fn number_inside_a_name(ctx: &Context, t: &Token) -> bool {
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

/// Marks that close a quote.
const CLOSING_QUOTES: &[char] = &['”', '"', '」', '』', '’'];

/// `“七个投资”10 均高于面上增速`, `推出“六多合一”1集成审批`: a bare one- or two-digit number right
/// after a closed quote and before words is a footnote mark that lost its brackets or its
/// superscript when the report was copied out of a PDF; it measures nothing.
fn lost_footnote_mark(ctx: &Context, t: &Token) -> bool {
    let small = t.shape == Shape::Number
        && t.unit.is_none()
        && t.digits
            .as_deref()
            .is_some_and(|d| d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()));
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

/// `重返全省第一方阵`: a tier is a group's name, no position measured.
fn tier(ctx: &Context, t: &Token) -> bool {
    TIER_WORDS.iter().any(|w| ctx.starts_with_at(t.end, w))
}

/// `50亿级企业`, `百亿元级产业集群`: a size class, like a threshold, names things; it is no
/// measure of them.
fn magnitude_class(ctx: &Context, t: &Token) -> bool {
    let unit = t.unit.as_ref();
    let sized = unit.is_none_or(|u| {
        u.base
            .as_deref()
            .is_none_or(|b| THRESHOLD_UNITS.contains(&b))
    });
    ctx.starts_with_at(t.end, "级") && sized && unit.is_some()
}

/// `“十个常态化”30项措施`, `“让利与民、阳光征收”两项原则`, `自治区28条配套规定`: the items of a
/// named policy or document, or the articles (`条`) of one issued in the clause
/// (`出台稳链纾困35条`); the count is part of its name. (A count after a quote is not:
/// `“微改造”3条道路` counts roads.)
/// How far back a list of policies issued by one verb is read for the verb, in chars.
const MAX_POLICY_LIST_CHARS: usize = 60;

fn policy_items(ctx: &Context, t: &Token, base: &str) -> bool {
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

/// `“工业强县、生态富县”两条主线`, `守住综治维稳、计划生育、安全生产三条底线`: a count in words
/// right after a quoted list, or after a list as long as it before a formula's noun, counts the
/// items of a formula, no things the report measured (`“微改造”3条道路` counts roads).
fn items_of_a_quoted_formula(ctx: &Context, t: &Token) -> bool {
    if t.shape != Shape::ChineseCount {
        return false;
    }
    // `“修机场、造海港、通高铁”三件大事圆满完成`: the things themselves, done.
    let rest = ctx.slice(t.end, ctx.clause_end(t.start));
    if COURSE_AFTER_COUNT.iter().any(|w| rest.contains(w)) {
        return false;
    }
    let from = ctx.clause_start(t.start);
    if ctx.ends_with_at(t.start, "”") {
        let quoted = ctx.slice(from, t.start - 1);
        return quoted
            .rfind('“')
            .is_some_and(|o| quoted[o..].contains('、'));
    }
    // `抓好改革、发展、稳定三件大事`: the list named, then its formula's noun.
    let items = ctx.slice(from, t.start).split('、').count();
    items > 1 && t.value == Some(items as f64) && FORMULA_NOUNS.iter().any(|w| rest.starts_with(w))
}

/// `本报泽当1月 10日电`: the day of a news report's dateline (a copy may part it from its month).
fn day_of_a_dateline(ctx: &Context, t: &Token) -> bool {
    t.unit.is_none() && ctx.starts_with_at(t.end, "日电")
}

/// `下午1时30分`: the hour of a time of day, minutes after it.
fn hour_of_a_time_of_day(ctx: &Context, t: &Token) -> bool {
    t.unit.is_none()
        && ctx.starts_with_at(t.end, "时")
        && ctx.chars.get(t.end + 1).is_some_and(char::is_ascii_digit)
}

/// `下午1时30分`: the minutes of a time of day, no score or measure.
fn minutes_of_a_time_of_day(ctx: &Context, t: &Token, base: &str) -> bool {
    base == "分"
        && ctx.ends_with_at(t.start, "时")
        && t.start >= 2
        && (ctx.chars[t.start - 2].is_ascii_digit()
            || crate::numbers::scan::is_cn_numeral(ctx.chars[t.start - 2]))
}

/// `一、县示范区管委会牵头工作(8项)`: a count in brackets closing a heading counts the items
/// listed under it, no measure of what the report did.
fn items_under_a_heading(ctx: &Context, t: &Token, base: &str) -> bool {
    if !HEADING_ITEM_COUNTERS.contains(&base) {
        return false;
    }
    let n = ctx.chars.len();
    let closed = ctx
        .chars
        .get(t.end)
        .is_some_and(|c| matches!(c, ')' | '）'));
    let last = closed && ctx.chars[t.end + 1..n].iter().all(|c| c.is_whitespace());
    let before = ctx.slice(0, t.start);
    let opened = before.trim_end_matches('共').ends_with(['(', '（']);
    last && opened && !before.contains(['。', '；', '！', '？', '，', ','])
}

/// `5个1类新药`, `3家4A级景区`: a class written right after a count is the class of the things
/// counted, part of their name.
fn class_of_things_counted(tokens: &[Token], k: usize, base: &str) -> bool {
    let glued = k
        .checked_sub(1)
        .is_some_and(|p| tokens[p].end == tokens[k].start && counts_by_a_counter(&tokens[p]));
    glued && CLASS_COUNTERS.contains(&base)
}

/// `断面水质全部达到四类以上`: a water-quality class is a grade, not a count.
fn water_grade(ctx: &Context, t: &Token, base: &str) -> bool {
    base == "类"
        && ctx
            .slice(ctx.clause_start(t.start), t.start)
            .contains("水质")
}

/// Whether a paragraph is an item of a list set out on lines of its own (`——地区生产总值增长
/// 7.5%；`, `·新增就业岗位4649个`).
pub fn is_list_item(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\u{3000}']);
    LIST_ITEM_MARKS.iter().any(|m| t.starts_with(m))
}

/// Whether a paragraph leads to a list of targets: it ends with a colon after saying `目标`
/// (`2018年主要预期目标为：`, `下半年主要目标：`).
pub fn leads_to_targets(text: &str) -> bool {
    let t = text.trim_end();
    let Some(body) = t.strip_suffix(['：', ':']) else {
        return false;
    };
    let sentence = body.rsplit(['。', '；', '！', '？']).next().unwrap_or(body);
    sentence.contains("目标")
}

/// Whether a paragraph is a note that explains a term (`[1]“三步走”：即…`, `［2］…`, `①…`,
/// `注1：…`): the numbers in a definition describe what the term means, they report nothing.
pub fn is_note(text: &str) -> bool {
    let marked = text.strip_prefix('注').is_some_and(|rest| {
        rest.trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(&['：', ':'][..])
    });
    note_body(text).is_some() || marked
}

/// Whether a block has no word at all (`2025220`, `- 3 -`): a date or page number left on a
/// line of its own, which measures nothing. Ideographs are alphabetic chars.
pub fn has_no_words(text: &str) -> bool {
    !text.chars().any(|c| c.is_alphabetic() && !c.is_numeric())
}

/// The text of a note after its reference mark (`[1]`, `［2］`, `【3】`, `①`), or `None` when it
/// opens with none.
pub fn note_body(text: &str) -> Option<&str> {
    for (open, close) in [('[', ']'), ('［', '］'), ('【', '】')] {
        if let Some(rest) = text.strip_prefix(open) {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if let Some(body) = rest[digits..].strip_prefix(close).filter(|_| digits > 0) {
                return Some(body);
            }
        }
    }
    text.strip_prefix(|c: char| ('\u{2460}'..='\u{2473}').contains(&c))
}

/// Whether a CJK char starts at `pos`: a noun the number qualifies (not punctuation or a digit).
fn cjk_at(ctx: &Context, pos: usize) -> bool {
    ctx.chars
        .get(pos)
        .is_some_and(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// `10万元以上的村`, `20年以上小区`, `收入5万元以下的村`: a bound on a measure, then the class it
/// defines. A bound that ends the clause (`投资5000万元以上，`) is a measure.
fn class_threshold(ctx: &Context, t: &Token, base: &str) -> bool {
    THRESHOLD_UNITS.contains(&base) && bound_before_a_class(ctx, t)
}

/// Whether a bound (`以上`, `以下`, `以内`) follows the token, then the class it defines.
fn bound_before_a_class(ctx: &Context, t: &Token) -> bool {
    // `5亿元(3000万美元)以上项目`: a value in brackets, the same bound in another unit, is
    // bounded by the word after the brackets.
    let bracketed = t.start > 0
        && matches!(ctx.chars[t.start - 1], '(' | '（')
        && ctx
            .chars
            .get(t.end)
            .is_some_and(|c| matches!(c, ')' | '）'));
    // `占地15亩及以上的企业`: `及` joins the bound to the value.
    let from = t.end + usize::from(bracketed);
    let from = from + usize::from(ctx.starts_with_at(from, "及"));
    let Some(bound) = POST
        .iter()
        .filter(|w| matches!(**w, "以上" | "以下" | "以内"))
        .find(|w| ctx.starts_with_at(from, w))
    else {
        return false;
    };
    let after = from + bound.chars().count();
    // `以上的村` or `以上小区`; not `以上的增长` of a growth (a unit of change is no threshold).
    cjk_at(ctx, after) && !ctx.starts_with_at(after, "的增")
}

/// `5000万以下投资项目2个`: a bound written as a magnitude only (the unit left to the reader) is
/// a class's threshold as one with a unit is.
fn magnitude_threshold(ctx: &Context, t: &Token) -> bool {
    t.unit
        .as_ref()
        .is_some_and(|u| u.base.is_none() && u.exp > 0)
        && bound_before_a_class(ctx, t)
}

/// `引进50亿元或5亿美元以上项目`: a value joined (`或`, `和`, `、`, an opening bracket) to a
/// class's threshold right after it shares that threshold's bound, in its own unit: a threshold
/// too.
fn threshold_joined_to_the_next(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let Some(u) = tokens.get(k + 1) else {
        return false;
    };
    let joined = THRESHOLD_JOINERS.contains(&ctx.slice(tokens[k].end, u.start).trim());
    let base = |t: &Token| t.unit.as_ref().and_then(|x| x.base.clone());
    joined
        && base(&tokens[k]).is_some_and(|b| THRESHOLD_UNITS.contains(&b.as_str()))
        && base(u).is_some_and(|b| class_threshold(ctx, u, &b))
}

/// `30万以上32个村，50万以上16个村`, `30万以上的村32个`: a bar (`N以上`) right before a count, or
/// before `的` and the things counted, is the class of the things counted, no measure of its own.
fn bar_of_the_count_after(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let Some(bound) = ["以上", "以下"]
        .iter()
        .find(|w| ctx.starts_with_at(t.end, w))
    else {
        return false;
    };
    let after = t.end + bound.chars().count();
    let Some(u) = tokens.get(k + 1).filter(|u| counts_by_a_counter(u)) else {
        return false;
    };
    // `年收入10万元以上的村(社区)5个`: the class's things, then their count.
    let named = || {
        let things = ctx.slice(after + 1, u.start);
        ctx.starts_with_at(after, "的")
            && (1..=MAX_CLASS_THINGS).contains(&things.chars().count())
            && things
                .chars()
                .all(|c| crate::text::is_cjk(c) || matches!(c, '(' | ')' | '（' | '）'))
    };
    u.start == after || named()
}

/// The most chars of the things between a bar's `以上的` and their count (`村(社区)`).
const MAX_CLASS_THINGS: usize = 8;

/// `主营业务收入超500亿元的企业达到11家`, `投资超10亿元的项目15个`: a bar after a bound and
/// before `的`, when the things of that class are counted later in the clause, is the class.
fn bar_of_things_counted_after(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    if !THRESHOLD_UNITS.contains(&base)
        || !CLASS_BAR_LEADS.iter().any(|w| ctx.ends_with_at(t.start, w))
        || !ctx.starts_with_at(t.end, "的")
    {
        return false;
    }
    let clause = ctx.clause[t.start];
    tokens[k + 1..]
        .iter()
        .take_while(|u| ctx.clause[u.start] == clause)
        .any(counts_by_a_counter)
}

/// `引进总投资超30亿元或3亿美元重大项目5个`, `新签约超10亿元项目12个`: a bar led by `超`/`过`
/// (with any value joined to it) right before the name of the things, which are counted at once
/// after their name, is the class of those things, as it is before `的`.
fn bar_before_things_counted(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let joined =
        |a: &Token, b: &Token| THRESHOLD_JOINERS.contains(&ctx.slice(a.end, b.start).trim());
    let in_unit = |t: &Token| {
        t.unit
            .as_ref()
            .and_then(|x| x.base.as_deref())
            .is_some_and(|b| THRESHOLD_UNITS.contains(&b))
    };
    if !THRESHOLD_UNITS.contains(&base) {
        return false;
    }
    // The first value of the joined run carries the lead.
    let mut first = k;
    while first > 0 && joined(&tokens[first - 1], &tokens[first]) && in_unit(&tokens[first - 1]) {
        first -= 1;
    }
    if !CLASS_BAR_LEADS
        .iter()
        .any(|w| ctx.ends_with_at(tokens[first].start, w))
    {
        return false;
    }
    let mut last = k;
    while tokens
        .get(last + 1)
        .is_some_and(|u| joined(&tokens[last], u) && in_unit(u))
    {
        last += 1;
    }
    let Some(u) = tokens.get(last + 1).filter(|u| counts_by_a_counter(u)) else {
        return false;
    };
    let things = ctx.slice(tokens[last].end, u.start);
    (1..=MAX_CLASS_THINGS).contains(&things.chars().count())
        && things.chars().all(crate::text::is_cjk)
        && !things.starts_with('的')
}

/// Whether `u` counts things by a counter (`32个`, `11家`).
fn counts_by_a_counter(u: &Token) -> bool {
    let base = u.unit.as_ref().and_then(|x| x.base.as_deref());
    base.is_some_and(|b| {
        let mut chars = b.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if COUNTERS.contains(c))
    })
}

/// The count right before token `k`, written with a measure word (`8个`, `1家`), if any.
fn count_before(tokens: &[Token], k: usize) -> Option<&Token> {
    let prev = &tokens[k.checked_sub(1)?];
    let written = prev.unit.as_ref()?.written.as_str();
    (written.chars().count() == 1 && CN_MEASURES.contains(written)).then_some(prev)
}

/// `8个市县城镇固定资产投资增速超过50%`: the bar a rate of each of the places counted right
/// before it passed, no measure of its own.
fn rate_bar_of_places_counted(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if t.unit.as_ref().is_none_or(|u| u.written != "%")
        || !["超过", "超", "过"]
            .iter()
            .any(|w| ctx.ends_with_at(t.start, w))
    {
        return false;
    }
    let Some(prev) = count_before(tokens, k) else {
        return false;
    };
    let between = ctx.slice(prev.end, t.start);
    RATE_BAR_WORDS.iter().any(|w| between.contains(w))
        && between.chars().count() <= MAX_BAR_SUBJECT_CHARS
        && !between.contains(is_clause_sep)
}

/// The most chars between a count of places and the bar their rate passed.
const MAX_BAR_SUBJECT_CHARS: usize = 20;

/// `时速350公里的高铁`: a speed a class of trains or roads is built for, a spec.
fn speed_spec(ctx: &Context, t: &Token) -> bool {
    SPEC_LEADS.iter().any(|w| ctx.ends_with_at(t.start, w))
}

/// `新增1家产销过100亿元、2家过50亿元的骨干企业`: the bar a class of things counted right
/// before it passes (`过`, over), no measure of its own.
fn count_threshold(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    if !THRESHOLD_UNITS.contains(&base) || !ctx.ends_with_at(t.start, "过") {
        return false;
    }
    let Some(prev) = count_before(tokens, k) else {
        return false;
    };
    let between = ctx.slice(prev.end, t.start);
    between.chars().count() <= 3 && !between.contains(is_clause_sep)
}

/// `35千伏变电站`, `20蒸吨锅炉`, `7座以下客车`: the rating of a class of facility, written right
/// before the facility's noun.
fn facility_spec(ctx: &Context, t: &Token, base: &str) -> bool {
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

/// `成为玉林首个300亿元园区`: a value between the first of a kind and the kind's noun is the
/// bar of the kind, no measure (the measure is given elsewhere: `园区产值突破300亿元`).
/// So is the mark the kind passed (`是全国首个突破13万亿元的省份`, `成为广东第二个规模以上工业
/// 总产值突破3万亿元的城市`): the place of the first of a kind, the mark after a verb of passing,
/// then `的` and the kind's noun.
fn bar_of_the_first_of_a_kind(ctx: &Context, t: &Token, base: &str) -> bool {
    if !THRESHOLD_UNITS.contains(&base) {
        return false;
    }
    if FIRST_OF_A_KIND.iter().any(|w| ctx.ends_with_at(t.start, w)) {
        return cjk_at(ctx, t.end) && !ctx.starts_with_at(t.end, "的");
    }
    let passed = MILESTONE_VERBS
        .iter()
        .chain(CLASS_BAR_LEADS)
        .any(|w| ctx.ends_with_at(t.start, w));
    if !passed || !ctx.starts_with_at(t.end, "的") || !cjk_at(ctx, t.end + 1) {
        return false;
    }
    // `一般公共预算支出突破50亿元的县市`: the places that passed the mark, a class of them.
    let after = t.end + 1;
    if RANK_PLACE_KINDS
        .iter()
        .any(|w| ctx.starts_with_at(after, w))
    {
        return true;
    }
    let from = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(MAX_FIRST_OF_A_KIND_CHARS));
    let before = ctx.slice(from, t.start);
    FIRST_OF_A_KIND.iter().any(|w| before.contains(w)) || nth_of_a_kind(before)
}

/// `3个村集体经济收入突破50万元`, `12家龙头企业产值超亿元`: a round mark each of the things just
/// counted crossed is the bar of their class, no measure of them (`5个项目总投资突破10亿元`, a
/// total, is).
fn bar_each_thing_counted_crossed(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    let Some(count) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if !THRESHOLD_UNITS.contains(&base)
        || !counts_by_a_counter(count)
        || ctx.clause[count.start] != ctx.clause[t.start]
        || !t.digits.as_deref().is_none_or(is_round)
    {
        return false;
    }
    let between = ctx.slice(count.end, t.start);
    let crossed = EACH_CROSSED_VERBS.iter().any(|v| between.ends_with(v));
    let totalled = WINDOW_TOTALS.iter().any(|w| between.contains(w)) || between.contains('总');
    crossed
        && !totalled
        && between.chars().count() <= MAX_EACH_CROSSED_CHARS
        && between.chars().next().is_some_and(crate::text::is_cjk)
}

/// The most chars between a count and the mark each of its things crossed.
const MAX_EACH_CROSSED_CHARS: usize = 14;

/// How far before a mark the first of a kind is looked for (`成为广东第二个规模以上工业总产值突破`).
const MAX_FIRST_OF_A_KIND_CHARS: usize = 30;

/// Whether `s` holds an ordinal of a kind (`第二个`, `第3个`).
fn nth_of_a_kind(s: &str) -> bool {
    s.match_indices('第').any(|(i, _)| {
        let rest = &s[i + '第'.len_utf8()..];
        let n = rest
            .chars()
            .take_while(|&c| c.is_ascii_digit() || crate::numbers::scan::is_cn_numeral(c))
            .count();
        n > 0 && rest.chars().nth(n) == Some('个')
    })
}

/// `10大类52项民生实事`, `5大类30项重点任务`: a count of categories right before a count of
/// the things in them groups those things; the things' count is the measure.
fn categories_of_the_count_after(tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    GROUPING_COUNTERS.contains(&base)
        && tokens
            .get(k + 1)
            .is_some_and(|u| u.start == t.end && counts_by_a_counter(u))
}

/// `3-11岁人群`, `12岁及以上人群`, `80岁老人`: an age right before the people it describes
/// says which people; `人均预期寿命78.5岁`, `80岁左右` are ages measured.
fn age_of_a_class(ctx: &Context, t: &Token, base: &str) -> bool {
    if !AGE_UNITS.contains(&base) {
        return false;
    }
    let after = ["及以上", "及以下", "以下", "以上"]
        .iter()
        .find(|w| ctx.starts_with_at(t.end, w))
        .map_or(t.end, |w| t.end + w.chars().count());
    cjk_at(ctx, after) && !POST.iter().any(|w| ctx.starts_with_at(after, w))
}

/// `水利、景观、市政三项建设`, `教育、医疗、养老等3类任务`: a count of categories that equals the
/// number of items listed right before it repeats the list. A count of things (`华测、创鑫激光、
/// 联通三个意向项目`) is a count all the same.
fn sums_up_the_list(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
    let t = &tokens[k];
    if !CATEGORY_COUNTERS.contains(&base) {
        return false;
    }
    let Some(n) = t.value.filter(|v| v.fract() == 0.0 && *v >= 2.0) else {
        return false;
    };
    let from = k
        .checked_sub(1)
        .map_or(0, |p| tokens[p].end)
        .max(ctx.clause_start(t.start));
    let list = ctx.slice(from, t.start);
    let open = list.ends_with('等');
    let list = list.strip_suffix('等').unwrap_or(list);
    if !list.contains('、') {
        return false;
    }
    let items = list
        .split('、')
        .flat_map(|item| item.split(&['和', '及', '与'][..]))
        .filter(|i| !i.trim().is_empty())
        .count();
    // `粮食播种面积、产量及增量、增幅等6项指标均居全省前3`: indicators listed in part and then
    // counted in all are summed up too.
    // `…等四项核心指标`: a word or two may say which indicators.
    let indicators = open
        && (0..=MAX_INDICATOR_MODIFIER).any(|m| {
            ctx.chars[t.end..]
                .iter()
                .take(m)
                .all(|&c| crate::text::is_cjk(c))
                && INDICATOR_WORDS
                    .iter()
                    .any(|w| ctx.starts_with_at(t.end + m, w))
        });
    items as f64 == n || (indicators && (items as f64) < n)
}

/// The most chars of the words before an indicator word that say which (`核心`, `主要经济`).
const MAX_INDICATOR_MODIFIER: usize = 4;

/// `数量均居全市6县市第一`, `在全国15个同类城市中居前列`: the size of the group a rank is taken
/// in, not a measure of the subject: places of a kind right after the number, the rank right
/// after them (or after their `中` and the rank's verb). Like a name
/// with digits, it is a word of the rank's scope, not a number that ends a segment.
pub fn ranked_group(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let Some(next) = tokens.get(k + 1).filter(|u| u.shape == Shape::Rank) else {
        return false;
    };
    RANK_PLACE_KINDS.iter().any(|w| {
        if !ctx.starts_with_at(t.end, w) {
            return false;
        }
        // `在全国15个同类城市中居前列`: the group's `中`, then only the rank's verb.
        let between = ctx.slice(t.end + w.chars().count(), next.start);
        let rest = between
            .strip_prefix("之中")
            .or_else(|| between.strip_prefix('中'));
        between.is_empty()
            || rest.is_some_and(|r| {
                r.is_empty() || RANK_VERBS.contains(&r) || RANK_SCOPES.contains(&r)
            })
    })
}

/// `突破10亿元大关`: a round mark passed, which repeats a measure given beside it; and
/// `首次突破1亿元，达到1.07亿元`: a mark crossed, then the figure reached in the same unit.
fn milestone(ctx: &Context, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if MILESTONE_WORDS.iter().any(|w| ctx.starts_with_at(t.end, w)) {
        return true;
    }
    // `接连突破2万亿和3万亿`: the marks of a list after one verb.
    let joined = |j: usize| MARK_JOINERS.contains(&ctx.slice(tokens[j].end, tokens[j + 1].start));
    let crossed = |j: usize| {
        MILESTONE_VERBS
            .iter()
            .any(|v| ctx.ends_with_at(tokens[j].start, v))
    };
    let listed = || {
        (k.saturating_sub(MAX_MARKS)..k)
            .rev()
            .take_while(|&j| joined(j))
            .last()
            .is_some_and(crossed)
    };
    if !crossed(k) && !listed() {
        return false;
    }
    // `跨上3000亿元新台阶`: a round mark is a step passed; `迈上76亿元/平方公里新台阶` is the
    // figure itself.
    if MILESTONE_STEPS.iter().any(|w| ctx.starts_with_at(t.end, w)) {
        return t.digits.as_deref().is_some_and(is_round);
    }
    let last = (k..(k + MAX_MARKS).min(tokens.len() - 1))
        .find(|&j| !joined(j))
        .unwrap_or(k);
    let Some(next) = tokens.get(last + 1) else {
        return false;
    };
    // `，达到1.07亿元`, `，去年达到39416.2亿元`; `突破70亿元目标，达到74.23亿元`: a target
    // passed is a mark too.
    let between = ctx.slice(tokens[last].end, next.start);
    let between = between.strip_prefix(MARK_TARGET).unwrap_or(between);
    let reached = between.strip_prefix(['，', ',']).is_some_and(|rest| {
        let rest = MILESTONE_TIMES
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        // `襄阳、宜昌超过5000亿元，分别达到…`: the figures of a list of subjects.
        let rest = rest.strip_prefix("分别").unwrap_or(rest);
        MILESTONE_REACHED.contains(&rest)
    });
    // A mark of a magnitude only (`2万亿`) is in the figure's unit.
    let (mark, figure) = (t.unit.as_ref(), next.unit.as_ref());
    let same_unit = mark.map(|u| &u.base) == figure.map(|u| &u.base)
        || mark.is_some_and(|u| u.base.is_none() && u.exp > 0);
    let beyond = matches!((t.base_value(), next.base_value()), (Some(a), Some(b)) if b >= a);
    reached && same_unit && beyond
}

/// The most marks a list after one verb of crossing holds (`突破2万亿和3万亿`).
const MAX_MARKS: usize = 4;

/// `3000`, `1500`, `20`: a number of one significant digit, or two with a 5 second, as a mark
/// is written (not `76`, not `2.5`).
fn is_round(digits: &str) -> bool {
    let Some(rest) = digits.strip_prefix(|c: char| matches!(c, '1'..='9')) else {
        return false;
    };
    let rest = rest
        .strip_prefix('5')
        .filter(|r| !r.is_empty())
        .unwrap_or(rest);
    rest.chars().all(|c| c == '0')
}

/// `5年来`, `近3年`, `前10个月`, the `3年` of `3年5次`: the span a result is counted over. A streak
/// (`连续8年`) or a lead (`提前2年`) is a measure.
fn time_window(ctx: &Context, tokens: &[Token], k: usize, base: &str) -> bool {
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
    let changed_by = super::lexicon::growth_verbs()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_mark_has_one_significant_digit_or_a_five_after_it() {
        for d in ["3000", "1500", "20", "1", "100"] {
            assert!(is_round(d), "{d}");
        }
        for d in ["76", "2.5", "1230", "0", "55"] {
            assert!(!is_round(d), "{d}");
        }
    }

    #[test]
    fn notes_open_with_a_reference_mark_or_zhu() {
        assert!(is_note("[12]“双千工程”：即每年引进1000个项目"));
        assert!(is_note("①三个一：一个专班"));
        assert!(is_note("注1：含新建项目"));
        assert!(!is_note("2021年实施市级重点项目530个"));
    }

    #[test]
    fn a_note_body_follows_its_mark() {
        assert_eq!(note_body("[12]“双千工程”：即…"), Some("“双千工程”：即…"));
        assert_eq!(note_body("［2］定义"), Some("定义"));
        assert_eq!(note_body("[]无编号"), None);
        assert_eq!(note_body("2021年"), None);
    }
}
