//! What the text around one number says: the words before it and after it, the owner of a
//! generic head, the base of a multiple, the subject of an earlier clause, and whether the
//! number is a change or a duration.

use super::edges::strip_label;
use super::words::{cut_before, earliest, is_cjk, names_something};
use crate::model::NumberKind;
use crate::numbers::classify::Class;
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{
    ADMIN_LEVELS, AIM_AFTER_VALUES, BING_WORDS, BRACKET_NOTES, CAPACITY_WORDS, CN_MEASURES,
    COUNTERS, COUNT_VERBS, COURSE_AFTER_COUNT, DELTA_VERBS, DE_VERBS, DURATION_UNITS,
    EXAMPLE_CLASS_WORDS, FROM_OPENERS, GROWTH_RATE_WORDS, ITEM_JOINERS, ITEM_JOINERS_INSIDE,
    LABEL_LEAD_ADVERBS, MANY_AFTER_EXAMPLES, MEASURE_AFTER_COUNT, MILESTONE_VERBS, MILESTONE_WORDS,
    MULTIPLE_VERBS, NAME_SUFFIXES, OWNER_HEADS, PASSIVE_VERBS, PEOPLE_NOUNS, PERSON_COUNTERS,
    PLACE_ENDS, PLACING_VERBS, POST, PREDICATE_AFTER_COUNT, RANK_SCOPES, SINGLING_VERBS,
    SUBJECT_MANNER_WORDS, SUBJECT_TRAIL_ADVERBS, SUBJECT_TRAIL_VERBS, SUFFIX_LEAD_WORDS,
    SUFFIX_TRAIL_WORDS, TASK_ENDS, TASK_MODIFIERS, TASK_WORDS, TIME_WINDOW_ENDS, TOPIC_HEADS,
    TOPIC_LEAD_VERBS, TOPIC_PREDICATES, TOPIC_TRAIL_WORDS, WORK_DONE,
};
use crate::numbers::scan::{Shape, Token};

/// The most chars before a number that its label takes. The longest label in the seed and the
/// corpus is 54 chars (a list of 14 industries); without a bound, a long run without punctuation
/// before a run of numbers (`增长增长…5%5%…`, `占比占比…1%，1%，…`) became every number's label,
/// and the labels grew with the square of the text (160 KB of text gave 2.4 GB of labels).
pub(super) const MAX_PREFIX_CHARS: usize = 80;

/// The most chars of a `的` phrase read for its owner.
const MAX_OWNER_CHARS: usize = 40;

/// Durations are no subject a growth, rate or rank describes (`连续5个月全区排名第一`).
pub(super) fn is_duration(t: &Token) -> bool {
    t.unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(|b| DURATION_UNITS.contains(&b))
}

/// Whether the number counts things (`9条`, `1.2万户`): its base unit is a measure word.
pub(super) fn is_count(t: &Token) -> bool {
    let Some(unit) = t.unit.as_ref() else {
        return false;
    };
    // `8万市民`: a magnitude alone counts the noun after it.
    let base = unit.base.as_deref().unwrap_or("");
    if base.is_empty() {
        return unit.exp > 0;
    }
    // `4批次`, `5000人次`: a counter with `次` counts times of those things.
    let mut chars = base.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), None, None) | (Some(c), Some('次'), None) if COUNTERS.contains(c)
    )
}

/// Whether the amount is a change: the words right before it end with a growth verb.
pub(super) fn is_delta(ctx: &Context, class: &Class) -> bool {
    let raw = ctx.slice(class.seg_start, class.core_end);
    let raw = raw.trim_end_matches(&['了', ' ', '\u{3000}'][..]);
    DELTA_VERBS.iter().any(|v| raw.ends_with(v))
}

/// Whether two numbers are parallel items of a list: the same base unit (`2×66万千瓦` and
/// `2×35万千瓦`, `405件` and `590件`).
pub(super) fn parallel(a: &Token, b: &Token) -> bool {
    let base = |t: &Token| t.unit.as_ref().and_then(|u| u.base.clone());
    base(a).is_some() && base(a) == base(b)
}

/// The part of the token's segment before the number, cleaned. `after_parallel`: the previous
/// number of the clause is a parallel item ([`parallel`]).
pub(super) fn prefix(ctx: &Context, class: &Class, after_parallel: bool) -> String {
    let start = class
        .seg_start
        .max(class.core_end.saturating_sub(MAX_PREFIX_CHARS));
    let mut s = ctx.slice(start, class.core_end);
    // `庞口镇被列入全国首批127个中国特色小镇`: before a passive verb is what the number happened to.
    // Every passive verb opens with `被`: one char search spares a substring search per verb.
    let passive = s.contains('被').then(|| {
        PASSIVE_VERBS
            .iter()
            .filter_map(|v| s.find(v).map(|i| i + v.len()))
            .max()
    });
    if let Some(i) = passive.flatten() {
        s = &s[i..];
    }
    if start > ctx.clause_start(start) {
        // `80岁以上低收入老年人`: a bound right after the previous number is that number's; so is
        // the suffix of a name with digits (`2.0版改革措施52条`).
        for w in POST {
            s = s.strip_prefix(w).unwrap_or(s);
        }
        // `14天内实现…`: the end of a time window the duration before opened.
        if start > 0 && DURATION_UNITS.iter().any(|u| ctx.ends_with_at(start, u)) {
            for w in TIME_WINDOW_ENDS {
                s = s.strip_prefix(w).unwrap_or(s);
            }
        }
        if start > 0 && ctx.chars[start - 1].is_ascii_digit() {
            for w in NAME_SUFFIXES {
                s = s.strip_prefix(w).unwrap_or(s);
            }
        }
        // `…2×66万千瓦发电和东海拉尔发电厂2×35万千瓦`: up to `和`, the previous number's item
        // (not in `300多家企业和商户上传产品3万余种`: one item, another measure).
        if let Some(i) = ITEM_JOINERS_INSIDE
            .iter()
            .filter_map(|j| s.find(j).map(|i| i + j.len()))
            .min()
            .filter(|_| after_parallel)
        {
            s = &s[i..];
        }
    }
    // `(新建项目8个,续建项目5个)`: separators inside a bracket split no clause.
    let bracketed = may_open_a_remark(s);
    if let Some(i) = bracketed
        .then(|| s.rfind([',', '，', ';', '；']))
        .flatten()
        .filter(|&i| !s[i..].contains([')', '）']))
    {
        s = &s[i + s[i..].chars().next().map_or(1, char::len_utf8)..];
    }
    // `13个项目列入区重点项目(新建项目8个`: a number inside a bracket is of the words in it.
    if let Some(o) = bracketed
        .then(|| s.rfind(['(', '（']))
        .flatten()
        .filter(|&o| !s[o..].contains([')', '）']))
    {
        let inner = &s[o + s[o..].chars().next().map_or(1, char::len_utf8)..];
        // `税收7亿元(同比增长8%)`: right after the figure before, the bracket's words are all
        // this number's own, a growth's wording included.
        if names_something(inner) || s[..o].trim().is_empty() {
            s = inner;
        }
    }
    strip_label(&without_notes(s))
}

/// `同比(下同)增长`, `富余劳动力(次)`: a bracketed note on how a figure is written is no word of
/// its label.
pub(super) fn without_notes(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['(', '（']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = without_reference_values(s);
    for note in BRACKET_NOTES {
        for (open, close) in [('(', ')'), ('（', '）')] {
            out = out.replace(&format!("{open}{note}{close}"), "");
        }
    }
    std::borrow::Cow::Owned(out)
}

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

/// `完成预期目标(5100万元)`, `比上年同期(5181万元)`: the value of what a word names, in
/// brackets right after the word, is no word of a later number's label. (After a value, a
/// bracket gives the same value in another unit: `5亿元(3000万美元)以上项目` keeps it.)
fn without_reference_values(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let after_word = i > 0
            && is_cjk(chars[i - 1])
            && !chars[i.saturating_sub(4)..i]
                .iter()
                .any(char::is_ascii_digit);
        if matches!(c, '(' | '（')
            && after_word
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            let close = chars[i + 1..]
                .iter()
                .take(MAX_REFERENCE_CHARS)
                .position(|&d| matches!(d, ')' | '）'));
            let inner = close.map(|e| &chars[i + 1..i + 1 + e]);
            if let Some(inner) = inner.filter(|inner| !inner.iter().any(|&d| is_clause_sep(d))) {
                i += inner.len() + 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The most chars of a value given in brackets after a word (`(5100万元)`).
const MAX_REFERENCE_CHARS: usize = 14;

/// Whether the words before the number end in a list's joiner after another number of the
/// clause (`20项民生工程和10件…`): then they are that number's item, not this one's.
pub(super) fn after_joined_item(ctx: &Context, class: &Class, prev_in_clause: bool) -> bool {
    let before = ctx.slice(class.seg_start, class.core_end).trim_end();
    prev_in_clause && ITEM_JOINERS.iter().any(|j| before.ends_with(j))
}

/// The text after the token up to the next token of the clause, cut at `的`. `before_parallel`:
/// the next number of the clause is a parallel item ([`parallel`]).
pub(super) fn suffix(ctx: &Context, t: &Token, next_start: usize, before_parallel: bool) -> String {
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
    // `20公里给排水管网等项目`: what follows `等` is only the list's kind of work.
    let s = match s.rfind('等') {
        Some(i)
            if i > 0
                && s[i + '等'.len_utf8()..].chars().count() <= 6
                && EXAMPLE_CLASS_WORDS.iter().any(|w| s.ends_with(w)) =>
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
    super::edges::strip_words(&without_notes(s), SUFFIX_LEAD_WORDS, SUFFIX_TRAIL_WORDS).to_string()
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
pub(super) fn opens_another_statement(s: &str) -> bool {
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
    static FIRSTS: std::sync::OnceLock<super::words::CharSet> = std::sync::OnceLock::new();
    if !super::words::may_hold_any(s, SINGLING_VERBS, &FIRSTS) {
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

/// For a multiple of a base (`是2011年的1.1倍`), the base as written (`是2011年的`).
pub(super) fn multiple_base(
    ctx: &Context,
    t: &Token,
    c: &Class,
    kind: NumberKind,
) -> Option<String> {
    let is_times = t.unit.as_ref().is_some_and(|u| u.written == "倍");
    if kind != NumberKind::Rate || !is_times {
        return None;
    }
    let from = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(MAX_PREFIX_CHARS));
    let before = ctx.slice(from, c.core_end.min(t.start));
    let at = before.rfind(MULTIPLE_VERBS)?;
    let base = before[at..].replace("分别", "");
    // `是2011年的1.75倍和1.8倍`: the base ends at its `的`, before the list's other items.
    let base = match base.find('的') {
        Some(i) => base[..i + '的'.len_utf8()].to_string(),
        None => base,
    };
    crate::numbers::classify::is_multiple_of(before).then_some(base)
}

/// `投资5.2亿元的污水处理厂三期工程…`, `16.9万平方米的绿化任务`: the noun phrase after the
/// number's `的`, within its list item (up to `、` or `和`; a number inside is the thing's spec:
/// `日处理80吨污泥焚烧厂`), up to the last word
/// that heads a project or place ([`OWNER_HEADS`]), else up to what is said of it
/// (`23万平方米的建材城完工`). A closing `等项目` sums the list up and is left out.
pub(super) fn phrase_after_de(ctx: &Context, t: &Token, next: Option<&Token>) -> Option<String> {
    let p = de_after(ctx, t.end, true)?;
    let end = ctx
        .clause_end(t.start)
        .min(p + 1 + MAX_OWNER_CHARS)
        .min(ctx.chars.len());
    let mut s = ctx.slice(p + 1, end);
    // `投资5642万元的日处理80吨污泥焚烧厂`: a capacity is the facility's spec, not its name.
    if let (Some(cap), Some(u)) = (CAPACITY_WORDS.iter().find(|c| s.starts_with(*c)), next) {
        if u.start == p + 1 + cap.chars().count() && u.end < end {
            s = ctx.slice(u.end, end);
        }
    }
    // `52亿元的34个配套项目`: a count right after `的` is the phrase's own number.
    // Its counter only after digits: `项目` is no counter `项` and a noun.
    let digits = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let s = match digits.len() < s.len() {
        true => digits
            .strip_prefix(|c: char| CN_MEASURES.contains(c))
            .unwrap_or(digits),
        false => s,
    };
    // The next item starts after `、` or `和` when it is another `N的…` (`300亩的颛顼公园和占地600亩
    // 的孝义公园`; not `两岸及城市重点区域亮化照明工程`, `主城区、两河圣山景区和东山组团绿化工程`).
    let next_item = next.filter(|u| u.start < end && de_after(ctx, u.end, false).is_some());
    let s = match next_item {
        Some(_) => earliest(s, &[&["、"], ITEM_JOINERS_INSIDE], 1).map_or(s, |i| &s[..i]),
        None => s,
    };
    let s = match OWNER_HEADS
        .iter()
        .filter_map(|h| s.rfind(h).map(|i| i + h.len()))
        .max()
    {
        Some(e) => &s[..e],
        None => cut_before(s, &[PREDICATE_AFTER_COUNT, COURSE_AFTER_COUNT], 2),
    };
    let s = match s.rfind('等') {
        Some(i) if s[i..].chars().count() <= 3 => &s[..i],
        _ => s,
    };
    let phrase = strip_label(s);
    let phrase = shared_work(&phrase).unwrap_or(phrase);
    names_something(&phrase).then_some(phrase)
}

/// `主城区、两河圣山景区和东山组团绿化工程` → `绿化工程`: a list of places that share one
/// project is that project; the places say where. `None` when the phrase is no such list.
fn shared_work(phrase: &str) -> Option<String> {
    let last = phrase.rsplit(['、', '和']).next()?;
    if last.len() == phrase.len() {
        return None;
    }
    let place_end = PLACE_ENDS
        .iter()
        .filter_map(|p| last.rfind(p).map(|i| i + p.len()))
        .max()?;
    let work = &last[place_end..];
    let is_work = OWNER_HEADS.iter().any(|h| work.ends_with(h));
    (is_work && names_something(work) && work.chars().count() >= 3).then(|| work.to_string())
}

/// Where the `的` after a number stands (past a bound: `以上的`; with `verb`, past a verb of
/// doing: `投资1.27亿元实施的…`), if one does.
fn de_after(ctx: &Context, end: usize, verb: bool) -> Option<usize> {
    let mut p = end;
    if let Some(w) = POST.iter().find(|w| ctx.starts_with_at(p, w)) {
        p += w.chars().count();
    }
    if verb {
        if let Some(v) = DE_VERBS.iter().find(|v| ctx.starts_with_at(p, v)) {
            p += v.chars().count();
        }
    }
    (ctx.chars.get(p) == Some(&'的')).then_some(p)
}

/// The longest topic clause read for a subject (chars).
const MAX_TOPIC_CHARS: usize = 30;

/// `老城区改造工作成效明显。全年共完成投资3.5亿元`, `加快临空经济区建设，完成投资300亿元`: the
/// subject of the topic a number's sentence is about, as an owner of an investment: its first
/// clause when the number is in a later one, else the sentence before, when that holds no
/// number and names a body of work (a project, a site, a field of works).
pub(super) fn topic_subject(ctx: &Context, tokens: &[Token], clause: usize) -> Option<String> {
    let first = first_clause(ctx, clause)?;
    let range = if first < clause {
        ctx.clause_range[first]
    } else {
        let prev_last = clause.checked_sub(1)?;
        let from = ctx.clause_range[first_clause(ctx, prev_last)?].0;
        (from, ctx.clause_range[prev_last].1)
    };
    subject_of_topic(ctx, tokens, range).and_then(as_owner)
}

/// A topic's subject as the owner of an investment: when it names a body of work that money
/// goes into; a manner before a verb (`高标准高质量建设雄安新区`) leaves a clause, not a subject.
fn as_owner(subject: String) -> Option<String> {
    let owns = OWNER_HEADS
        .iter()
        .chain(TOPIC_HEADS)
        .any(|h| subject.ends_with(h));
    let clause = TOPIC_LEAD_VERBS.iter().any(|v| subject.contains(v));
    (owns && !clause).then_some(subject)
}

/// The first clause of `clause`'s sentence, when it is at most [`MAX_TOPIC_CLAUSES`] back: a
/// topic is near, and a bound keeps a sentence of thousands of clauses linear.
fn first_clause(ctx: &Context, clause: usize) -> Option<usize> {
    let sentence = ctx.clause_sentence[clause];
    let mut cl = clause;
    for _ in 0..MAX_TOPIC_CLAUSES {
        if cl == 0 || ctx.clause_sentence[cl - 1] != sentence {
            return Some(cl);
        }
        cl -= 1;
    }
    None
}

/// How many clauses back a topic's sentence may start.
const MAX_TOPIC_CLAUSES: usize = 8;

/// `全市主要经济指标保持中高速增长，稳居全省前列`: the subject of the clause right before a
/// number's clause in its sentence, when that clause holds no number.
pub(super) fn previous_clause_subject(
    ctx: &Context,
    tokens: &[Token],
    clause: usize,
) -> Option<String> {
    let prev = previous_clause_in_sentence(ctx, clause)?;
    subject_of_topic(ctx, tokens, ctx.clause_range[prev])
}

/// The clause before `clause`, when it is of the same sentence.
fn previous_clause_in_sentence(ctx: &Context, clause: usize) -> Option<usize> {
    let prev = clause.checked_sub(1)?;
    (ctx.clause_sentence[prev] == ctx.clause_sentence[clause]).then_some(prev)
}

/// `在规上工业增加值中，制造业增加值占90.6%`: the whole a share is of, when the sentence opens
/// with a clause that names only it (`在X中`, `X中`): `规上工业增加值中`.
pub(super) fn share_whole(ctx: &Context, clause: usize) -> Option<String> {
    let mut first = clause;
    while let Some(prev) = previous_clause_in_sentence(ctx, first) {
        first = prev;
    }
    if first == clause {
        return None;
    }
    let (s, e) = ctx.clause_range[first];
    let text = ctx.slice(s, e).trim_end_matches(is_clause_sep);
    let whole = text.strip_prefix('在').unwrap_or(text).strip_suffix('中')?;
    let plain = !whole
        .chars()
        .any(|c| c.is_ascii_digit() || is_clause_sep(c));
    (plain && names_something(whole) && whole.chars().count() <= MAX_SHARE_WHOLE)
        .then(|| format!("{whole}中"))
}

/// The longest whole a leading `在X中` clause names.
const MAX_SHARE_WHOLE: usize = 16;

/// `地区生产总值突破1500亿元大关，增长9%`: the subject of the sentence's previous clause when all
/// it says is a milestone (no measure of its own to describe), for a growth that names none.
pub(super) fn milestone_clause_subject(
    ctx: &Context,
    tokens: &[Token],
    clause: usize,
) -> Option<String> {
    let prev = previous_clause_in_sentence(ctx, clause)?;
    let (s, e) = ctx.clause_range[prev];
    let first = tokens.partition_point(|u| u.start < s);
    let inside = &tokens[first..first + tokens[first..].partition_point(|u| u.start < e)];
    let milestone = |u: &Token| MILESTONE_WORDS.iter().any(|w| ctx.starts_with_at(u.end, w));
    let head = inside.first().filter(|_| inside.iter().all(milestone))?;
    let text = strip_label(ctx.slice(s, head.start));
    let text = super::edges::strip_words(&text, LABEL_LEAD_ADVERBS, SUBJECT_TRAIL_VERBS);
    let text = super::edges::strip_words(text, &[], SUBJECT_TRAIL_ADVERBS);
    let subject = strip_label(text);
    names_something(&subject).then_some(subject)
}

/// The subject a topic clause `[s, e)` is about: lead adverbs and verbs of pushing work on
/// (`持续推进`) and what the clause says of its subject (`成效明显`, `建设`) left out. `None`
/// for a clause with a number, a list (`、`: several topics) or a long one.
fn subject_of_topic(ctx: &Context, tokens: &[Token], (s, e): (usize, usize)) -> Option<String> {
    // Tokens are in text order: the first one at or after `s` says whether any is inside.
    let first = tokens.partition_point(|u| u.start < s);
    let has_number = tokens.get(first).is_some_and(|u| u.start < e);
    // Several clauses (`坚持规划先行，高质量推进组团建设`) are no one subject either.
    if has_number || e - s > MAX_TOPIC_CHARS || ctx.slice(s, e).contains(['、', '，', ',', '；'])
    {
        return None;
    }
    subject_of_text(ctx.slice(s, e))
}

/// [`subject_of_topic`] of a text: lead adverbs and verbs, and what it says of its subject,
/// left out.
fn subject_of_text(text: &str) -> Option<String> {
    let text = strip_label(text);
    let text = super::edges::strip_words(&text, LABEL_LEAD_ADVERBS, &[]);
    let text = super::edges::strip_words(text, TOPIC_LEAD_VERBS, &[]);
    let subject = cut_before(text, &[TOPIC_PREDICATES, SUBJECT_MANNER_WORDS], 1);
    let subject = super::edges::strip_words(subject, &[], TOPIC_TRAIL_WORDS);
    let subject = strip_label(subject);
    names_something(&subject).then_some(subject)
}

/// `全面加快东山组团建设` (a topic's title) → `东山组团`: the body of work a topic is about, as
/// the owner of an investment its sentences name without one.
pub(super) fn title_subject(title: &str) -> Option<String> {
    if title.chars().count() > MAX_TOPIC_CHARS || title.contains(['，', '、']) {
        return None;
    }
    subject_of_text(title).and_then(as_owner)
}

/// Whether the clause before `clause`, in its sentence, speaks of a rate (`金融业增速最高`).
pub(super) fn previous_clause_speaks_of_rate(ctx: &Context, clause: usize) -> bool {
    clause
        .checked_sub(1)
        .filter(|&c| ctx.clause_sentence[c] == ctx.clause_sentence[clause])
        .is_some_and(|c| {
            let (s, e) = ctx.clause_range[c];
            let text = ctx.slice(s, e);
            GROWTH_RATE_WORDS.iter().any(|w| text.contains(w))
        })
}

/// `GDP增速逐季攀升，上半年3.2%、前三季度4.4%`: the growth rate the clause before a list of
/// values at periods names (`GDP增速`), from that clause's start to the rate's word.
pub(super) fn rate_named_before_list(ctx: &Context, at: usize) -> Option<String> {
    let start = ctx.list_start(at, crate::numbers::classify::MAX_PERIOD_LIST_CHARS);
    let end = start.checked_sub(1)?;
    let before = ctx.slice(
        ctx.clause_start(end)
            .max(end.saturating_sub(MAX_PREFIX_CHARS)),
        end,
    );
    let rate_end = GROWTH_RATE_WORDS
        .iter()
        .filter_map(|w| before.rfind(w).map(|i| i + w.len()))
        .max()?;
    let rate = strip_label(&before[..rate_end]);
    names_something(&rate).then_some(rate)
}

/// The nearest earlier clause of the sentence that holds no number and is short enough to be
/// a subject (`社区干部生活补贴和环卫工人工资标准逐年提高,平均达到2000元`), cut before its
/// growth verb.
pub(super) fn clause_subject(ctx: &Context, tokens: &[Token], clause: usize) -> Option<String> {
    let sentence = ctx.clause_sentence[clause];
    let mut cl = clause;
    while cl > 0 && ctx.clause_sentence[cl - 1] == sentence {
        cl -= 1;
        let (mut s, e) = ctx.clause_range[cl];
        let first = tokens.partition_point(|u| u.start < s);
        // `2020年地区生产总值突破两千亿元`: a year opening the clause says when; the subject
        // follows it.
        if let Some(year) = tokens
            .get(first)
            .filter(|u| u.shape == Shape::Year && ctx.slice(s, u.start).trim().is_empty())
        {
            s = year.end;
        }
        let first = tokens.partition_point(|u| u.start < s);
        if tokens.get(first).is_some_and(|u| u.start < e) {
            return None;
        }
        if e - s > 24 {
            return None;
        }
        let text = ctx.slice(s, e);
        // `规模以上工业增加值增速由负转正`: what is said of the rate follows the subject.
        // `地区生产总值跃上百亿元台阶`: nor is a mark it crossed.
        let mut subject = strip_label(cut_before(
            text,
            &[
                DELTA_VERBS,
                SUBJECT_MANNER_WORDS,
                GROWTH_RATE_WORDS,
                MILESTONE_VERBS,
            ],
            0,
        ));
        loop {
            let before = subject.len();
            for a in SUBJECT_TRAIL_ADVERBS {
                if let Some(rest) = subject.strip_suffix(a) {
                    subject = rest.to_string();
                }
            }
            if subject.len() == before {
                break;
            }
        }
        if names_something(&subject) {
            return Some(subject);
        }
    }
    None
}

/// `标准由每年每亩` → `标准由`: `s` without the per-unit words that end it (`每年`, `每亩`,
/// `每人每月`).
pub(super) fn without_per_unit(s: &str) -> &str {
    let mut s = s;
    loop {
        let mut cs = s.char_indices().rev();
        match (cs.next(), cs.next()) {
            (Some(_), Some((i, '每'))) => s = &s[..i],
            _ => return s,
        }
    }
}

/// Whether `s` may hold a bracket or a clause separator (`(`, `（`, `,`, `，`, `;`, `；`): inside
/// a bracket, separators split no clause. One pass over the bytes (`（，；` are `EF BC 88/8C/9B`).
fn may_open_a_remark(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &x)| {
        matches!(x, b'(' | b',' | b';')
            || (x == 0xBC && matches!(b.get(i + 1), Some(0x88 | 0x8C | 0x9B)))
    })
}

/// Whether `t` counts people: in persons (`人`, `名`) or by a magnitude alone (`530万`).
fn counts_people(t: &Token) -> bool {
    t.unit.as_ref().is_some_and(|u| match u.base.as_deref() {
        Some(b) => PERSON_COUNTERS.contains(&b),
        None => u.exp > 0,
    })
}
