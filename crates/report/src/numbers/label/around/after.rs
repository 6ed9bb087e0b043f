//! The words after a number that its label takes: up to the clause's next number, a joined
//! predicate, a remark or `的`, without what the next number or another statement takes (a
//! measure of the things counted, their course, a place they are ranked in).

use super::before::without_notes;
use super::{counts_people, is_count, may_open_a_remark};
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::label::edges::strip_words;
use crate::numbers::label::words::{cut_before, is_cjk, may_hold_any, names_something, CharSet};
use crate::numbers::lexicon::{
    ADMIN_LEVELS, AIM_AFTER_VALUES, BING_WORDS, COUNT_VERBS, COURSE_AFTER_COUNT, DE_VERBS,
    EXAMPLE_CLASS_WORDS, FROM_OPENERS, ITEM_JOINERS, ITEM_JOINERS_INSIDE, MANY_AFTER_EXAMPLES,
    MEASURE_AFTER_COUNT, OWNER_HEADS, PEOPLE_NOUNS, PLACING_VERBS, POST, PREDICATE_AFTER_COUNT,
    RANK_SCOPES, SINGLING_VERBS, SUFFIX_LEAD_WORDS, SUFFIX_TRAIL_WORDS, TASK_ENDS, TASK_MODIFIERS,
    TASK_WORDS, TOPIC_LEAD_VERBS, WORK_DONE,
};
use crate::numbers::scan::Token;

/// Where `并` (and also) joins a second predicate in `s`, if it does: not inside a word
/// (`合并`, `并网`, `并购`; [`BING_WORDS`]).
fn joined_predicate(s: &str) -> Option<usize> {
    let (i, _) = s.match_indices('并').find(|&(i, _)| {
        let before = s[..i].chars().next_back();
        let after = s[i + '并'.len_utf8()..].chars().next();
        i > 0
            && after.is_some_and(is_cjk)
            && !BING_WORDS.iter().any(|w| {
                let (b, a) = w.split_at(w.find('并').unwrap_or(0));
                let a = &a['并'.len_utf8()..];
                (!b.is_empty() && before.is_some_and(|c| b.ends_with(c)))
                    || (!a.is_empty() && after.is_some_and(|c| a.starts_with(c)))
            })
    })?;
    Some(i)
}

/// The counter of times a thing was done (`四次获得…`).
const TIMES: &str = "次";

/// Whether `t` counts the times what follows it was done (`四次获得国务院表彰`, `两次视察`).
pub(in crate::numbers::label) fn counts_times_done(ctx: &Context, t: &Token) -> bool {
    t.unit.as_ref().is_some_and(|u| u.written == TIMES)
        && ctx.chars.get(t.end).is_some_and(|&c| is_cjk(c))
}

/// The most chars of a kind of work listed as an example after a count (`水库维养`, `防渗漏`).
const MAX_WORK_EXAMPLE_CHARS: usize = 4;

/// The text after the token up to the next token of the clause, cut at `的`. `before_parallel`:
/// the next number of the clause is a parallel item ([`parallel`](super::parallel)).
pub(in crate::numbers::label) fn suffix(
    ctx: &Context,
    t: &Token,
    next_start: usize,
    before_parallel: bool,
) -> String {
    let end = ctx
        .clause_end(t.start.min(ctx.chars.len().saturating_sub(1)))
        .min(next_start);
    let runs_into_next = next_start <= end;
    let mut s = ctx.slice(t.end, end);
    for w in POST {
        s = s.strip_prefix(w).unwrap_or(s);
    }
    // `4000万亩生态公益林补偿标准由每年每亩19元…`: the next number's frame opens after this
    // number's words.
    if runs_into_next {
        let framed = without_per_unit(s);
        if let Some(p) = FROM_OPENERS.iter().find_map(|&o| framed.strip_suffix(o)) {
            s = p;
        }
    }
    // `两次视察河北并作出重要指示`: `并` joins another thing done, no part of this label.
    if let Some(i) = joined_predicate(s) {
        s = &s[..i];
    }
    // `13个项目列入区重点项目(新建项目8个,续建项目5个)`: a bracket opens a remark, whose
    // separators split no clause; the label's words end before either.
    if let Some(i) = may_open_a_remark(s)
        .then(|| s.find(['(', '（', ',', '，', ';', '；']))
        .flatten()
    {
        let closed = s[i..].contains([')', '）']) && !s[i..].starts_with([',', '，', ';', '；']);
        // `1135亿元（预计数，下同）`: a remark right after the number is about the figure, not
        // the thing it counts.
        if !closed || i == 0 {
            s = &s[..i];
        }
    }
    // `大庆四次获得国务院表彰激励`: how many times a thing was done; all that was done, up to
    // the clause's end, is what is counted.
    if counts_times_done(ctx, t) && names_something(s) {
        return strip_words(&without_notes(s), SUFFIX_LEAD_WORDS, SUFFIX_TRAIL_WORDS).to_string();
    }
    // `46个水库维养、移民、防渗漏等水利惠民项目竣工投用`: short examples listed right after a
    // count, then the kind of work they are, count that kind (not `12条道路及…综合整治工程、
    // …等在建项目`: a long first item is the count's own things).
    if is_count(t) {
        let short_items = |list: &str| {
            list.contains('、')
                && list
                    .split('、')
                    .all(|item| item.chars().count() <= MAX_WORK_EXAMPLE_CHARS)
        };
        if let Some(i) = s.find('等').filter(|&i| short_items(&s[..i])) {
            let kind = &s[i + '等'.len_utf8()..];
            if EXAMPLE_CLASS_WORDS.iter().any(|w| kind.contains(w)) && names_something(kind) {
                s = kind;
            }
        }
    }
    // A list goes on after `、`, a phrase after `的`: neither is part of this number's label,
    // but for the cases below.
    let mut pieces = s.split('的');
    let head = pieces.next().unwrap_or("");
    let owned;
    let s = match pieces.next() {
        Some(rest) => {
            // `1074户危旧房屋的新建、维修、拆除工作`: the work done on the things counted, a
            // list of actions included.
            let work = rest.trim_end_matches(['和', '及', '、']);
            // `16条背街巷道的综合改造`: a short phrase of the work itself (not `二期工程建设`,
            // `环境实施了完善提升`: a thing of the things counted, or a clause).
            let short_work = || {
                work.chars().count() <= 5
                    && !work.contains('了')
                    && WORK_DONE.iter().any(|w| work.ends_with(w))
            };
            let action = TASK_ENDS
                .iter()
                .find_map(|w| work.strip_suffix(w))
                .or_else(|| short_work().then_some(work));
            if let Some(action) = action.filter(|a| {
                names_something(head) && names_something(a) && !a.contains(['，', '。'])
            }) {
                return format!("{head}{action}");
            }
            if head.chars().count() == 1 && names_something(rest) {
                // `4个村的安全饮水工程`: a one-char noun owns what follows.
                owned = format!("{head}的{rest}");
                first_item(&owned)
            } else {
                first_item(head)
            }
        }
        None => first_item(head),
    };
    // `投资1.27亿元实施的…工程`: a verb before `的` belongs to what follows it.
    if DE_VERBS.contains(&s) {
        return String::new();
    }
    // `培育12家龙头企业产值超百亿`: a count is of its own noun; a measure of those things
    // (`产值`, `优良率`) or a bound (`超`) after it starts another statement.
    // `两个地下商城投入使用`, `400亩大棚建设任务`: what is said of the things counted is not
    // what they are.
    // `9条次干道路开工建设`: a count keeps its things' course, unless the course leads to the
    // clause's next number: `137个重点项目完成投资236.8亿元` (`完成投资` is that number's).
    let count = is_count(t);
    // `5项指标位居全省前三`: the things counted end where they are placed; the place is the
    // next number's (a rank's) words.
    let s = if count && runs_into_next {
        before_placing(s)
    } else {
        s
    };
    let course: &[&str] = if count && !runs_into_next {
        &[]
    } else {
        COURSE_AFTER_COUNT
    };
    let cut = cut_before(
        s,
        &[
            MEASURE_AFTER_COUNT,
            PREDICATE_AFTER_COUNT,
            course,
            TASK_WORDS,
        ],
        2,
    );
    // `58项重点工作任务`: after only a modifier, the task words are the thing counted.
    let s = if TASK_MODIFIERS.contains(&cut) {
        cut_before(s, &[MEASURE_AFTER_COUNT, PREDICATE_AFTER_COUNT, course], 2)
    } else {
        cut
    };
    let owned_s;
    let s = match count.then(|| singled_out(s)).flatten() {
        Some(reordered) => {
            owned_s = reordered;
            owned_s.as_str()
        }
        None => s,
    };
    // `740多万玉林人民翘首以盼的“高铁梦”`: a count of people ends at the people's noun; what
    // follows is said of them.
    let s = match counts_people(t)
        .then(|| {
            PEOPLE_NOUNS
                .iter()
                .filter_map(|p| s.find(p).map(|i| i + p.len()))
                .min()
        })
        .flatten()
    {
        Some(e) => &s[..e],
        None => s,
    };
    // `百万吨乙烯等一批石化项目`: what follows `等` and a word of many is the class the
    // thing measured is one example of.
    let s = match s.find('等') {
        Some(i)
            if i > 0
                && MANY_AFTER_EXAMPLES
                    .iter()
                    .any(|w| s[i + '等'.len_utf8()..].starts_with(w)) =>
        {
            &s[..i]
        }
        _ => s,
    };
    // `20公里给排水管网等项目`: what follows `等` is only the list's kind of work; so is it
    // before what was done to them (`5亿元圆通物流园等项目建设封顶`).
    let s = match s.rfind('等') {
        Some(i)
            if i > 0
                && ((s[i + '等'.len_utf8()..].chars().count() <= 6
                    && EXAMPLE_CLASS_WORDS.iter().any(|w| s.ends_with(w)))
                    || EXAMPLE_CLASS_WORDS
                        .iter()
                        .any(|w| s[i + '等'.len_utf8()..].starts_with(w))) =>
        {
            &s[..i]
        }
        _ => s,
    };
    // `大唐2×66万千瓦发电和东海拉尔发电厂2×35万千瓦`: the next number's item starts after `和`.
    let s = if before_parallel {
        cut_before(s, &[ITEM_JOINERS_INSIDE], 1)
    } else {
        s
    };
    // `建议405件和政协委员提案590件`: the words after `和` are the next number's item.
    if next_start != usize::MAX && ITEM_JOINERS.iter().any(|j| s.starts_with(j)) {
        return String::new();
    }
    // `确保完成税收9亿元、新设企业1000家目标任务`: the list was the year's targets; the word
    // saying so names nothing counted.
    if AIM_AFTER_VALUES.contains(&s.trim_end_matches(is_clause_sep)) {
        return String::new();
    }
    strip_words(&without_notes(s), SUFFIX_LEAD_WORDS, SUFFIX_TRAIL_WORDS).to_string()
}

/// `s` up to a verb of placing before a whole scope (`指标位居全省` → `指标`), or all of it.
fn before_placing(s: &str) -> &str {
    // Every whole scope opens with `全`: one char search first.
    if !s.contains('全') {
        return s;
    }
    let placed = RANK_SCOPES
        .iter()
        .filter(|w| w.starts_with('全'))
        .filter_map(|w| s.find(w))
        .min()
        .and_then(|at| PLACING_VERBS.iter().find_map(|v| s[..at].strip_suffix(v)));
    match placed {
        Some(head) if head.is_empty() || names_something(head) => head,
        _ => s,
    }
}

/// Whether what follows a measure opens a statement of its own: a purpose (`以建设…`) or a
/// verb of doing (`引进…`).
pub(in crate::numbers::label) fn opens_another_statement(s: &str) -> bool {
    // `3万吨扩建项目`: a verb of a project's name is no statement.
    if OWNER_HEADS.iter().any(|h| s.ends_with(h)) {
        return false;
    }
    let s = s.strip_prefix('以').unwrap_or(s);
    COUNT_VERBS
        .iter()
        .chain(TOPIC_LEAD_VERBS)
        .any(|v| s.starts_with(v) && s.len() > v.len())
}

/// `企业入驻` → `入驻企业`: what singles out the things counted goes before their noun, so the
/// label is a noun phrase (the things that moved in), not a clause.
fn singled_out(s: &str) -> Option<String> {
    static FIRSTS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    if !may_hold_any(s, SINGLING_VERBS, &FIRSTS) {
        return None;
    }
    let mut i = SINGLING_VERBS.iter().filter_map(|v| s.find(v)).min()?;
    // `企业在天交所挂牌上市`: a place where it happened goes with the verb.
    if let Some(j) = s[..i].find('在').filter(|&j| j > 0) {
        i = j;
    }
    let (noun, verb) = s.split_at(i);
    // `企业“拎包入驻”`: a quoted phrase the verb ends is the report's own words, kept as written.
    let quoted = noun.contains(['“', '"']);
    (names_something(noun) && !quoted).then(|| format!("{verb}{noun}"))
}

/// `s` up to its first `、` that separates two items of a list: not the one after a level of
/// government (`省、市级美丽乡村`).
pub(super) fn first_item(s: &str) -> &str {
    let mut from = 0;
    while let Some(i) = s[from..].find('、').map(|i| from + i) {
        let before = &s[..i];
        let after = &s[i + '、'.len_utf8()..];
        let level = ADMIN_LEVELS.contains(&before)
            || ADMIN_LEVELS
                .iter()
                .any(|l| before.ends_with(&format!("、{l}")));
        // `县(市、区)`: a `、` inside brackets joins words of one item.
        let bracketed = before.matches(['(', '（']).count() > before.matches([')', '）']).count();
        if !(level || bracketed) || after.is_empty() {
            return before;
        }
        from = i + '、'.len_utf8();
    }
    s
}

/// `标准由每年每亩` → `标准由`: `s` without the per-unit words that end it (`每年`, `每亩`,
/// `每人每月`).
pub(in crate::numbers::label) fn without_per_unit(s: &str) -> &str {
    let mut s = s;
    loop {
        let mut cs = s.char_indices().rev();
        match (cs.next(), cs.next()) {
            (Some(_), Some((i, '每'))) => s = &s[..i],
            _ => return s,
        }
    }
}
