//! A label's edges: the connectors, bounding words, time words, light verbs, generic heads and
//! cut-off marks that open or end a stretch of text without naming what is measured.

use super::words::{generic_heads, is_cjk, names_something, remove_words};
use crate::numbers::lexicon::{
    ANYWHERE_PRE, BARE_MEASURES, COUNT_VERBS, DENG_AFTER, EXAMPLE_CLASS_WORDS, GENERIC_HEADS,
    GROWTH_DOWN, GROWTH_UP, GROWTH_WORDING, HAVING_NOW, HEADLINE_INDICATORS, HEAD_LEAD_VERBS,
    INNER_LIGHT_VERBS, JUN_WORD_CHARS, JUN_WORD_NEXT, LABEL_INNER_ADVERBS, LABEL_LEAD_ADVERBS,
    LABEL_LEAD_VERBS, LABEL_REMARK_WORDS, LABEL_SCOPES, LABEL_TIME_WORDS, LEAD_PREPOSITIONS,
    LEAD_WORDS, LIGHT_VERB_MEASURES, LIST_COUNT_WORDS, MEANS_AFTER_EXAMPLES, MEASURE_AFTER_COUNT,
    MILESTONE_ADVERBS, MILESTONE_STEPS, MILESTONE_VERBS, MILESTONE_WORDS, NOT_WILL_AFTER,
    OPENING_FRAMES, PLACE_ENDS, PLACE_LEVEL_CHARS, PLAN_MUST, PLAN_WILL, PREPOSITION_TERM_CHARS,
    REACHED_LEADS, REPORTED_SELVES, SELF_REFERENCES, STANDING_PHRASES, STEP_CROSSING_VERBS,
    STEP_SIZE_CHARS, STEP_STREAK, SUBJECT_TRAIL_VERBS, SUBJECT_VERB_ADVERBS, TARGET_NOUN,
    TARGET_NOUN_STATEMENTS, TIME_WINDOW_ENDS, TRAIL_WORDS, TRAIL_WORD_PARTS, WINDOW_TOTALS,
};

/// `s.strip_prefix(w)`, comparing bytes inline (the words are a few bytes long; most differ at
/// the first or last byte).
pub(super) fn cut_prefix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let (b, p) = (s.as_bytes(), w.as_bytes());
    let m = p.len();
    if m > b.len() || m == 0 || b[m - 1] != p[m - 1] || b[..m].iter().zip(p).any(|(x, y)| x != y) {
        return if m == 0 { Some(s) } else { None };
    }
    // `w` is valid UTF-8 and matched: `m` is a char boundary of `s`.
    s.get(m..)
}

/// The most chars of a place's name before what it has (`高都街道现有…`).
const MAX_SELF_NAME_CHARS: usize = 8;

/// The most chars of a measure named with its scope after a light verb (`规上工业总产值`).
const MAX_SCOPED_MEASURE_CHARS: usize = 10;

/// `s.strip_suffix(w)`, comparing bytes inline.
pub(super) fn cut_suffix<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let (b, p) = (s.as_bytes(), w.as_bytes());
    let m = p.len();
    if m > b.len() || m == 0 {
        return if m == 0 { Some(s) } else { None };
    }
    let start = b.len() - m;
    if b[start] != p[0] || b[start..].iter().zip(p).any(|(x, y)| x != y) {
        return None;
    }
    s.get(..start)
}

/// `label` without the [`LABEL_INNER_ADVERBS`] after its first char (`每个县至少建成示范区` →
/// `每个县建成示范区`); a label that would be left empty is kept.
pub fn without_inner_adverbs(label: &str) -> Option<String> {
    let mut out = label.to_string();
    for w in LABEL_INNER_ADVERBS {
        // A char test first: a word search sets up a searcher, and most labels hold none.
        if !w.chars().next().is_some_and(|c| out.contains(c)) {
            continue;
        }
        // From the second char on: at the start it is part of a term.
        let mut from = out.chars().next().map_or(0, char::len_utf8);
        while let Some(i) = out.get(from..).and_then(|rest| rest.find(w)) {
            let at = from + i;
            // `占全部投资比重`: after `占` it names the whole a share is of.
            if out[..at].ends_with('占') {
                from = at + w.len();
                continue;
            }
            out.replace_range(at..at + w.len(), "");
            from = at;
        }
    }
    // `我市重点工业企业`: the government naming itself, anywhere.
    if out.contains('我') {
        for w in SELF_REFERENCES {
            if let Some(i) = out.find(w) {
                let rest = format!("{}{}", &out[..i], &out[i + w.len()..]);
                if names_something(&rest) {
                    out = rest;
                }
            }
        }
    }
    // `高都街道现有工业规模以上企业`: a place naming itself before what it has is the report's
    // own government, no part of what is counted.
    if let Some(i) = out.find(HAVING_NOW).filter(|&i| i > 0) {
        let place = &out[..i];
        let named = place.chars().count() <= MAX_SELF_NAME_CHARS
            && !place.starts_with('全')
            && (PLACE_ENDS.iter().any(|e| place.ends_with(e))
                || place.ends_with(PLACE_LEVEL_CHARS));
        let rest = &out[i + HAVING_NOW.len()..];
        if named && names_something(rest) {
            out = rest.to_string();
        }
    }
    // `均` as an adverb inside (`总量和增速均全市排名`), not in the words it ends (`人均`).
    let mut from = out.chars().next().map_or(0, char::len_utf8);
    while let Some(i) = out.get(from..).and_then(|rest| rest.find('均')) {
        let at = from + i;
        let next = out[at + '均'.len_utf8()..].chars().next();
        if out[..at].ends_with(JUN_WORD_CHARS) || next.is_none_or(|c| JUN_WORD_NEXT.contains(&c)) {
            from = at + '均'.len_utf8();
        } else {
            out.replace_range(at..at + '均'.len_utf8(), "");
            from = at;
        }
    }
    // `规模以上企业实现产值`: a light verb between a subject and the measure says nothing.
    for v in INNER_LIGHT_VERBS {
        if !v.chars().next().is_some_and(|c| out.contains(c)) {
            continue;
        }
        let mut from = out.chars().next().map_or(0, char::len_utf8);
        // A byte scan: labels are short, and a substring searcher costs more to set up.
        let find = |rest: &str| {
            rest.char_indices()
                .find(|&(i, _)| rest.as_bytes()[i..].starts_with(v.as_bytes()))
                .map(|(i, _)| i)
        };
        while let Some(i) = out.get(from..).and_then(find) {
            let at = from + i;
            let rest = &out[at + v.len()..];
            // `全街实现规上工业总产值`: also a measure named with its scope, ending the label.
            if MEASURE_AFTER_COUNT.iter().any(|m| rest.starts_with(m))
                || LIGHT_VERB_MEASURES.iter().any(|m| rest.starts_with(m))
                || (rest.chars().count() <= MAX_SCOPED_MEASURE_CHARS
                    && BARE_MEASURES.iter().any(|m| rest.ends_with(m)))
            {
                out.replace_range(at..at + v.len(), "");
                from = at;
            } else {
                from = at + v.len();
            }
        }
    }
    // `按验资口径实际利用外资`: the statistical basis a figure is counted on names no measure.
    if let Some(rest) = out.strip_prefix('按') {
        if let Some(i) = rest
            .find("口径")
            .filter(|&i| rest[..i].chars().count() <= 8)
        {
            let after = rest[i + "口径".len()..].to_string();
            if names_something(&after) {
                out = after;
            }
        }
    }
    // `分别按增长5%掌握`: `按` before the change says how a target is set, not what changes.
    if let Some(i) = out.find('按').filter(|&i| i > 0) {
        let rest = &out[i + '按'.len_utf8()..];
        if GROWTH_UP
            .iter()
            .chain(GROWTH_DOWN)
            .any(|w| rest.starts_with(w))
        {
            out.replace_range(i..i + '按'.len_utf8(), "");
        }
    }
    // `同比（下同）增长`, `产值（不含鄂钢）`: a remark in brackets is about the text or what is
    // counted, not the measure.
    if out.contains(['（', '(']) {
        out = without_remarks(&out);
    }
    (out != label && !out.trim().is_empty()).then_some(out)
}

/// `s` without its bracketed remarks ([`LABEL_REMARK_WORDS`]); other brackets stay.
fn without_remarks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(['（', '(']) {
        let inner_at = open + rest[open..].chars().next().map_or(1, char::len_utf8);
        let close = rest[inner_at..].find(['）', ')']).map(|c| inner_at + c);
        let remark = close.filter(|&c| {
            // `生产总值(GDP)`: an abbreviation repeats the term.
            let abbreviation =
                c > inner_at && rest[inner_at..c].bytes().all(|b| b.is_ascii_alphabetic());
            // `(预计,下同)` with its first remark taken out before: `(,下同)`; `(预计数,下同)`:
            // `(数,下同)`. Any of its parts may open with the remark word.
            abbreviation
                || rest[inner_at..c]
                    .split([',', '，', '、', ' '])
                    .any(|part| LABEL_REMARK_WORDS.iter().any(|w| part.starts_with(w)))
        });
        match remark {
            Some(c) => {
                out.push_str(&rest[..open]);
                rest = &rest[c + rest[c..].chars().next().map_or(1, char::len_utf8)..];
            }
            None => {
                out.push_str(&rest[..inner_at]);
                rest = &rest[inner_at..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// [`strip_words`] with [`LEAD_WORDS`] and [`TRAIL_WORDS`], returning at once when no word
/// can start or end `s` and it has no blank to trim (most labels).
pub(super) fn strip_label(s: &str) -> String {
    // One pass for what the rarer rules below need: most labels have no space or bracket.
    // Most labels have no space or bracket: one pass over the bytes before any rule. Blanks
    // at the ends are trimmed below; only those inside join words.
    let (spaced, bracketed) = spaces_and_brackets(s.trim().as_bytes());
    let joined;
    let s = if spaced {
        joined = without_copied_spaces(s.to_string());
        joined.as_str()
    } else {
        s
    };
    let s = if bracketed {
        without_stray_brackets(s)
    } else {
        s
    };
    let s = without_cause(s);
    // `·力争新建避难场所`: the mark of a list's item opens no words.
    static FIRSTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        crate::numbers::lexicon::LIST_ITEM_MARKS
            .iter()
            .filter_map(|m| m.chars().next())
            .collect()
    });
    let marked = s.trim_start().starts_with(firsts.as_slice());
    let s = match marked {
        true => crate::numbers::lexicon::LIST_ITEM_MARKS
            .iter()
            .find_map(|m| s.trim_start().strip_prefix(m))
            .unwrap_or(s),
        false => s,
    };
    static ENDS: std::sync::OnceLock<(Vec<char>, Vec<char>)> = std::sync::OnceLock::new();
    let (firsts, lasts) = ENDS.get_or_init(|| {
        let mut firsts: Vec<char> = LEAD_WORDS.iter().filter_map(|w| w.chars().next()).collect();
        let mut lasts: Vec<char> = TRAIL_WORDS
            .iter()
            .filter_map(|w| w.chars().next_back())
            .collect();
        crate::sort::sort_by_key(&mut firsts, |&c| c.into());
        crate::sort::sort_by_key(&mut lasts, |&c| c.into());
        (firsts, lasts)
    });
    let blank = |c: char| c.is_whitespace() || c == '\u{3000}';
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().next_back()) else {
        return String::new();
    };
    if !blank(first)
        && !blank(last)
        && firsts.binary_search(&first).is_err()
        && lasts.binary_search(&last).is_err()
    {
        return without_crossed_mark(without_preposition(s)).to_string();
    }
    without_crossed_mark(without_preposition(strip_words(s, LEAD_WORDS, TRAIL_WORDS))).to_string()
}

/// `经济总量突破千亿大关` → `经济总量`, `社会消费品零售总额在全市率先突破千亿` → `社会消费品零售总额`: a
/// mark crossed in words that ends a label says what was passed, not what is measured; its
/// adverbs and scope go with it.
fn without_crossed_mark(s: &str) -> &str {
    // `地均迈上…新台阶`: the step reached around the number names nothing measured.
    if s.ends_with('阶') {
        let stepped = MILESTONE_STEPS
            .iter()
            .find_map(|w| s.strip_suffix(w))
            .and_then(|r| MILESTONE_VERBS.iter().find_map(|v| r.strip_suffix(v)))
            .filter(|before| !before.is_empty());
        if let Some(before) = stepped {
            return before;
        }
        // `生产总值连跨两个千亿级台阶`: steps counted and sized in words between verb and step.
        if let Some(r) = MILESTONE_STEPS.iter().find_map(|w| s.strip_suffix(w)) {
            let verb = MILESTONE_VERBS
                .iter()
                .chain(STEP_CROSSING_VERBS)
                .filter_map(|v| r.rfind(v).map(|i| (i, v.len())))
                .max();
            if let Some((at, len)) = verb {
                let sized = r[at + len..].chars().all(|c| {
                    crate::numbers::scan::is_cn_numeral(c)
                        || c.is_ascii_digit()
                        || STEP_SIZE_CHARS.contains(&c)
                });
                let before = r[..at].trim_end_matches(STEP_STREAK);
                if sized && names_something(before) {
                    return before;
                }
            }
        }
    }
    // Most labels end otherwise: one char test before any search.
    let ends_a_mark = s.chars().next_back().is_some_and(|c| {
        matches!(c, '亿' | '元' | '斤' | '关') || crate::numbers::scan::is_cn_numeral(c)
    });
    if !ends_a_mark {
        return without_crossing_adverbs(s);
    }
    let Some((at, verb)) = MILESTONE_VERBS
        .iter()
        .filter_map(|v| s.rfind(v).map(|i| (i, *v)))
        .max()
    else {
        return s;
    };
    let mark = &s[at + verb.len()..];
    let mark = MILESTONE_WORDS
        .iter()
        .find_map(|w| mark.strip_suffix(w))
        .unwrap_or(mark);
    let mark = mark.strip_suffix(['元', '斤']).unwrap_or(mark);
    let in_words = !mark.is_empty()
        && mark
            .chars()
            .all(|c| c == '亿' || crate::numbers::scan::is_cn_numeral(c));
    if !in_words {
        return s;
    }
    let before = without_crossing_adverbs(&s[..at]);
    if names_something(before) {
        before
    } else {
        s
    }
}

/// `总数在全省各区(县)率先` → `总数`: the adverbs of crossing a mark (`率先`, `首次`) that end a
/// label, and the scope it was crossed in (`在全市`, `在全省各区(县)`), name nothing measured.
fn without_crossing_adverbs(s: &str) -> &str {
    let mut before = s;
    while let Some(rest) = MILESTONE_ADVERBS
        .iter()
        .find_map(|a| before.strip_suffix(a))
    {
        before = rest;
    }
    // Without an adverb of crossing, a scope (`增速在全省`) may be a rank's.
    if before.len() == s.len() {
        return s;
    }
    if let Some((rest, scope)) = before.rsplit_once('在') {
        if LABEL_SCOPES.iter().any(|w| scope.starts_with(w)) {
            before = rest;
        }
    }
    if names_something(before) {
        before
    } else {
        s
    }
}

/// `对全区景区景点` → `景区景点`: a preposition that opens a label introduces what follows; in a
/// term (`对外贸易`, `对口帮扶`) its next char says so and it stays.
fn without_preposition(s: &str) -> &str {
    // Most labels open with none: one char test before any word.
    let Some(first) = s.chars().next() else {
        return s;
    };
    if !LEAD_PREPOSITIONS.iter().any(|p| p.starts_with(first)) {
        return s;
    }
    for p in LEAD_PREPOSITIONS {
        if let Some(rest) = cut_prefix(s, p) {
            let term = rest
                .chars()
                .next()
                .is_none_or(|c| PREPOSITION_TERM_CHARS.contains(&c));
            if !term && names_something(rest) {
                return rest;
            }
        }
    }
    s
}

/// `s` without the `lead` words at its start, the `trail` words at its end and blanks, until
/// none is left. A trail word that ends a longer word (`达` of `下达`) stays.
pub(super) fn strip_words<'a>(mut s: &'a str, lead: &[&str], trail: &[&str]) -> &'a str {
    loop {
        let before = s;
        for w in lead {
            s = cut_prefix(s, w).unwrap_or(s);
        }
        for w in trail {
            if let Some(rest) = cut_suffix(s, w) {
                if !ends_a_word(rest, w) {
                    s = rest;
                }
            }
        }
        s = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if s == before {
            return s;
        }
    }
}

/// Whether `w` after `rest` is the end of a longer word (`下达`, `作为`), not a word of its own.
fn ends_a_word(rest: &str, w: &str) -> bool {
    let (Some(prev), Some(last)) = (rest.chars().next_back(), w.chars().next()) else {
        return false;
    };
    w.chars().count() == 1
        && TRAIL_WORD_PARTS
            .iter()
            .any(|&(c, before)| c == last && before.contains(prev))
}

/// The subject of a growth's label: without its growth wording and bounding words at the end
/// (`规模以上工业增加值同比增长` → `规模以上工业增加值`).
pub fn growth_subject(label: &str) -> String {
    let mut s = label;
    loop {
        let before = s.len();
        for w in GROWTH_UP
            .iter()
            .chain(GROWTH_DOWN)
            .chain(GROWTH_WORDING)
            .chain(ANYWHERE_PRE)
        {
            s = cut_suffix(s, w).unwrap_or(s);
        }
        if s.len() == before {
            return strip_label(s);
        }
    }
}

/// The subject of a label: without a trailing `完成`/`实现` when what is left still names
/// something (`全市生产总值完成` → `全市生产总值`, but `年底完成` stays).
pub(super) fn subject_of(label: &str) -> String {
    let mut s = label;
    for v in SUBJECT_TRAIL_VERBS {
        if let Some(rest) = s.strip_suffix(v) {
            if names_something(rest) {
                s = rest;
                // `一般公共预算收入实际完成`: the verb's adverb goes with it.
                for a in SUBJECT_VERB_ADVERBS {
                    s = s
                        .strip_suffix(a)
                        .filter(|r| names_something(r))
                        .unwrap_or(s);
                }
            }
        }
    }
    s.to_string()
}

/// `依托新发地、同福等50家龙头企业`, `在甲县、乙县新建5个牧场`: the examples listed before a
/// count name what it includes, not what it counts; what follows the count does. Without such
/// a noun after the count, the list is the subject (`为困难群众、残疾对象发放补贴62.7万元`).
/// The verb before the examples stays (`新改建迎宾园、朝阳园等街头游园20个` → `新改建街头游园`).
pub(super) fn drop_examples(pre: &str, suf: &str) -> String {
    // `成功引进…等3个项目`: an adverb before the verb says how, not what.
    let acted = MILESTONE_ADVERBS
        .iter()
        .find_map(|a| pre.strip_prefix(a))
        .unwrap_or(pre);
    let verb = COUNT_VERBS
        .iter()
        .find(|v| acted.starts_with(*v))
        .copied()
        .unwrap_or("");
    if let Some(i) = pre.rfind('等') {
        let rest = strip_label(&pre[i + '等'.len_utf8()..]);
        // `通过“以商招商”等形式广泛收集线索32条`: the examples were of a means, and what
        // follows the means is the action counted.
        let rest = MEANS_AFTER_EXAMPLES
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .filter(|r| !r.is_empty())
            .unwrap_or(&rest);
        let example = strip_label(&pre[..i]);
        // `东电热电联产等重点项目`, `广场等工程`: after one example, a word for a kind of work
        // says less than the example does.
        if EXAMPLE_CLASS_WORDS.iter().any(|w| rest.ends_with(w))
            && !example.contains('、')
            && names_something(&example)
        {
            return drop_lead_words(&example, true);
        }
        // A bare class noun (`…音乐会等活动`, `…等企业`) says less than the examples do.
        let specific = |s: &str| s.chars().filter(|&c| is_cjk(c)).nth(2).is_some();
        // `建成西出口等31条公路`: the noun after the count is what is counted.
        let category = |s: &str| {
            let noun = EXAMPLE_CLASS_WORDS
                .iter()
                .find_map(|w| s.strip_suffix(w))
                .unwrap_or(s);
            noun.chars()
                .filter(|c| c.is_alphanumeric())
                .nth(1)
                .is_some()
        };
        if specific(rest) || (rest.is_empty() && category(suf)) {
            return format!("{verb}{rest}");
        }
    }
    // `新建、改扩建40所学校`: a list of verbs done to the things is no list of examples.
    if pre.split('、').all(|v| COUNT_VERBS.contains(&v)) {
        return pre.to_string();
    }
    if pre.contains('、') && names_something(suf) {
        return verb.to_string();
    }
    pre.to_string()
}

/// `全区实现地区生产总值` → `地区生产总值`, `全市完成工业投资` → `全市工业投资`, `全县共发生安全生产事故`
/// → `全县安全生产事故`: a light verb after
/// the scope that opens a label goes; the scope stays unless the measure already names the
/// place (`地区…`).
fn without_scope_verb(s: &str, verbs: &[&str]) -> String {
    for scope in LABEL_SCOPES {
        let Some(after) = cut_prefix(s, scope) else {
            continue;
        };
        // `全县共发生…`: `共` (in all) says how much, not what.
        let after = cut_prefix(after, "共").unwrap_or(after);
        for v in verbs {
            if let Some(rest) = cut_prefix(after, v) {
                if names_something(rest) && generic_head(rest).is_none() {
                    return if rest.starts_with("地区") {
                        rest.to_string()
                    } else {
                        format!("{scope}{rest}")
                    };
                }
            }
        }
    }
    s.to_string()
}

/// The last chars of [`PLACE_ENDS`].
const PLACE_END_CHARS: &str = "团区河湖山镇乡村道";

/// `山南市力争今年地区生产总值增长`: a place's name before an aim or a time is the government
/// that reports, no part of what is measured.
fn without_self_name(label: &str) -> &str {
    if !label.starts_with(is_cjk) {
        return label;
    }
    let mut last = ' ';
    for (i, c) in label.char_indices().take(MAX_SELF_NAME_CHARS + 1) {
        // A place's name ends in a char of a level or of a place's end (`市`, `街道`): a char
        // test before any word is compared.
        let ends_place = std::mem::replace(&mut last, c);
        if i == 0
            || !(PLACE_LEVEL_CHARS.contains(&ends_place) || PLACE_END_CHARS.contains(ends_place))
        {
            continue;
        }
        let (place, rest) = label.split_at(i);
        let named =
            PLACE_ENDS.iter().any(|e| place.ends_with(e)) || place.ends_with(PLACE_LEVEL_CHARS);
        // `每个县区全年…`: each of a kind of place, a quota's scope, not a name.
        if named
            && !place.starts_with(['全', '每', '各'])
            && LABEL_LEAD_ADVERBS
                .iter()
                .chain(LABEL_TIME_WORDS)
                .any(|w| rest.starts_with(w))
            && names_something(rest)
        {
            return rest;
        }
    }
    label
}

/// A label without the time words and adverbs that open it, and with `verbs` the light verbs
/// (`年内完成仓储库` → `仓储库`, `全年实现新增就业` → `新增就业`), as long as what is left names
/// something.
pub(super) fn drop_lead_words(label: &str, verbs: bool) -> String {
    let verbs: &[&str] = if verbs { LABEL_LEAD_VERBS } else { &[] };
    let mut s = after_target_statement(after_standing_phrase(without_self_name(
        after_sequence_marker(label),
    )));
    // Most labels open with no such word: the first chars of them all, made once, as a mask.
    static FIRST: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    let first = *FIRST.get_or_init(|| {
        let firsts: String = LABEL_TIME_WORDS
            .iter()
            .chain(LABEL_LEAD_ADVERBS)
            .chain(&["共"])
            .chain(LABEL_LEAD_VERBS)
            .filter_map(|w| w.chars().next())
            .collect();
        super::words::char_mask(&firsts)
    });
    'strip: loop {
        let opens = s
            .chars()
            .next()
            .is_some_and(|c| super::words::char_mask(c.encode_utf8(&mut [0; 4])) & !first == 0);
        // `全年共解决…`: `共` (in all) after a time word says how much, not what.
        for w in LABEL_TIME_WORDS
            .iter()
            .chain(LABEL_LEAD_ADVERBS)
            .chain(&["共"])
            .chain(verbs)
            .filter(|_| opens)
        {
            if let Some(rest) = cut_prefix(s, w) {
                // `实现增加值`: a bare measure names one, though it holds a growth verb.
                let named = names_something(rest) || BARE_MEASURES.contains(&rest);
                if named && generic_head(rest).is_none() {
                    s = rest;
                    continue 'strip;
                }
            }
        }
        // `五年间实施千万元以上项目`: a time window says when, not what. Before a bare verb of
        // doing (`五年新增`) it goes too: the verb then borrows what it did.
        if let Some(rest) = after_time_window(s) {
            let bare_verb = COUNT_VERBS.contains(&rest);
            if (names_something(rest) && generic_head(rest).is_none()) || bare_verb {
                s = rest;
                continue 'strip;
            }
        }
        return without_scope_verb(s, verbs);
    }
}

/// `一是完成老旧小区改造项目` → `完成老旧小区改造项目`: the marker of a paragraph's place in a
/// numbered run (`一是`, `第二，`, `其次`) says nothing of what is measured.
fn after_sequence_marker(label: &str) -> &str {
    // A marker opens with `第`, a numeral, or `首先`, `其次`, `再次`, `最后`.
    let opens = label.chars().next().is_some_and(|c| {
        matches!(c, '第' | '首' | '其' | '再' | '最') || crate::numbers::scan::is_cn_numeral(c)
    });
    if !opens {
        return label;
    }
    crate::parser::sequence_marker(label)
        .map(|(_, len)| label[len..].trim_start_matches(['，', ',', '、']))
        .filter(|rest| names_something(rest))
        .unwrap_or(label)
}

/// `工业经济稳中有进规上工业总产值` → `规上工业总产值`: a heading that sums up how a field stands,
/// run into the sentence by a copy that lost the break after it, names nothing measured.
fn after_standing_phrase(label: &str) -> &str {
    // One pass: a phrase is looked for only where one of their first chars stands (a word
    // search would set up a searcher per phrase).
    static FIRSTS: std::sync::OnceLock<super::words::CharSet> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| super::words::CharSet::firsts(STANDING_PHRASES));
    label
        .char_indices()
        .filter(|&(_, c)| firsts.may_hold(c))
        .find_map(|(i, _)| {
            STANDING_PHRASES
                .iter()
                .find(|w| label[i..].starts_with(*w))
                .map(|w| &label[i + w.len()..])
        })
        .filter(|rest| names_something(rest) && generic_head(rest).is_none())
        .unwrap_or(label)
}

/// `主要预期目标是地区生产总值增长` → `地区生产总值增长`: a statement of targets (`目标是`,
/// `目标为`) with no colon after it opens the first target's clause; what is measured follows it.
fn after_target_statement(label: &str) -> &str {
    // `目标`'s second char, searched for as a char first.
    if !label.contains('标') {
        return label;
    }
    label
        .match_indices(TARGET_NOUN)
        .find_map(|(i, w)| {
            let after = &label[i + w.len()..];
            TARGET_NOUN_STATEMENTS
                .iter()
                .find_map(|v| after.strip_prefix(v))
        })
        .filter(|rest| names_something(rest) && generic_head(rest).is_none())
        .unwrap_or(label)
}

/// What follows a time window in Chinese numerals that opens `s` (`五年间`, `三年来`, `两年内`).
fn after_time_window(s: &str) -> Option<&str> {
    let numeral = s
        .char_indices()
        .find(|&(_, c)| !crate::numbers::scan::is_cn_numeral(c))
        .map(|(i, _)| i)?;
    let rest = s[numeral..].strip_prefix('年').filter(|_| numeral > 0)?;
    TIME_WINDOW_ENDS
        .iter()
        .find_map(|e| rest.strip_prefix(e))
        // `五年新增`, `五年累计投入`: right before a verb of doing or a total, a span of years is a
        // window too.
        .or_else(|| {
            COUNT_VERBS
                .iter()
                .chain(WINDOW_TOTALS)
                .any(|v| rest.starts_with(v))
                .then_some(rest)
        })
}

/// `该镇今年将完成地区生产总值` → `地区生产总值`: who states it (`该镇`, `我镇`), when (`今年`),
/// `将` and a light verb open a statement, not what it measures; `None` when none opens it.
pub fn without_statement_lead(label: &str) -> Option<String> {
    // `全镇将实现工业总产值`: the scope stays; what follows it is stripped.
    let scope = LABEL_SCOPES
        .iter()
        .find(|w| label.starts_with(*w))
        .map_or("", |w| *w);
    let mut s = &label[scope.len()..];
    // Only a statement's lead: the government naming itself, or `将`. A time or a light verb
    // alone may be the measure's own words (`完成投资`, `全年计划投资`).
    let mut stated = false;
    loop {
        let own = REPORTED_SELVES
            .iter()
            .chain(SELF_REFERENCES)
            .find_map(|w| s.strip_prefix(w))
            .or_else(|| {
                s.strip_prefix(PLAN_WILL)
                    .filter(|r| !r.starts_with(NOT_WILL_AFTER))
            })
            .or_else(|| place_stating(s));
        let rest = own.or_else(|| {
            LABEL_TIME_WORDS
                .iter()
                .chain(LABEL_LEAD_VERBS.iter().filter(|_| stated))
                .find_map(|w| s.strip_prefix(w))
        });
        match rest.filter(|r| names_something(r)) {
            Some(r) => {
                stated |= own.is_some();
                s = r;
            }
            None => break,
        }
    }
    stated.then(|| format!("{scope}{s}"))
}

/// `肇庆市要实现…` → `实现…`: a government's own name (a place of a level: `…市`, `…县`) and
/// `要` or `将` state a plan; what follows is what it plans.
fn place_stating(s: &str) -> Option<&str> {
    [PLAN_MUST, PLAN_WILL].iter().find_map(|w| {
        let i = s.find(w)?;
        let place = &s[..i];
        let named = (2..=MAX_SELF_NAME_CHARS).contains(&place.chars().count())
            && place.ends_with(PLACE_LEVEL_CHARS)
            && !place.starts_with('全');
        let rest = &s[i + w.len()..];
        (named && !rest.starts_with(NOT_WILL_AFTER)).then_some(rest)
    })
}

/// `集成电路、生物医药、人工智能三大先导产业规模` → `三大先导产业规模`: a count of categories
/// (`三大`, `两类`) right after a list of as many items names them all; the label starts at it.
pub fn from_list_count(label: &str) -> Option<&str> {
    // Most labels hold no list: one char search first.
    if !label.contains('、') {
        return None;
    }
    let items_before = |byte: usize| {
        let list = &label[..byte];
        let items = list
            .split(['、', '和', '及'])
            .filter(|i| !i.is_empty())
            .count();
        list.contains('、').then_some(items)
    };
    // `太阳能电池、电动载人汽车、离子蓄电池“新三样”出口额`: a quoted name that counts the items
    // before it names them all.
    if let Some(q) = label.find('“') {
        let name = label[q..].split('”').next().unwrap_or_default();
        let counted = name
            .chars()
            .filter(|&c| crate::numbers::scan::is_cn_numeral(c) && c != '一')
            .filter_map(|c| crate::numbers::scan::parse_cn_numeral(&[c]))
            .any(|n| Some(n as usize) == items_before(q));
        if counted {
            return Some(&label[q..]);
        }
    }
    let chars: Vec<(usize, char)> = label.char_indices().collect();
    let at = chars.windows(2).position(|w| {
        crate::numbers::scan::is_cn_numeral(w[0].1)
            && LIST_COUNT_WORDS.contains(&w[1].1)
            && w[0].1 != '一'
    })?;
    let (byte, numeral) = chars[at];
    let n = crate::numbers::scan::parse_cn_numeral(&[numeral])? as usize;
    let list = &label[..byte];
    let items = list
        .split(['、', '和', '及'])
        .filter(|i| !i.is_empty())
        .count();
    (items == n && list.contains('、')).then(|| &label[byte..])
}

/// A label without what a cut leaves at its edges: a quote mark whose pair is outside the
/// label (`"老旧织机`), a leading `等` left from a list (`等企业` → `企业`, but `等级公路` stays).
pub(super) fn without_debris(label: &str) -> String {
    let mut s = label.to_string();
    for (open, close) in [('“', '”'), ('‘', '’'), ('「', '」')] {
        let (o, c) = (s.matches(open).count(), s.matches(close).count());
        if o != c {
            s = s.replace([open, close], "");
        }
    }
    if s.matches('"').count() % 2 == 1 {
        s = s.replace('"', "");
    }
    // `“专项行动”[5]`: the opening of a note mark cut off at the label's end.
    let kept = s.trim_end_matches(['[', '［', '【', '(', '（']).len();
    s.truncate(kept);
    // `办复率均达100%`: `均` says all of them reached it.
    if let Some(rest) = s.strip_suffix('均') {
        if !rest.ends_with(JUN_WORD_CHARS) && names_something(rest) {
            s.truncate(rest.len());
        }
    }
    if let Some(rest) = s.strip_prefix('等') {
        if !rest.starts_with(DENG_AFTER) && names_something(rest) {
            s = rest.to_string();
        }
    }
    // `*新增1家社区长者食堂`, `、*3家…`: a list's mark for items of a kind (a star) is no word.
    if s.contains(['*', '＊']) {
        s = s.replace(['*', '＊'], "");
    }
    s
}

/// What a label's number belongs to: the label without a generic head at its end
/// (`X项目当年完成投资` → `X项目`), or the label when that leaves nothing named.
pub(super) fn without_head(label: &str) -> String {
    // `固定资产投资`: a headline indicator's head is part of its name.
    if HEADLINE_INDICATORS.iter().any(|h| label.ends_with(h)) {
        return label.to_string();
    }
    for h in GENERIC_HEADS {
        if let Some(rest) = cut_suffix(label, h) {
            let mut rest = rest;
            for w in LABEL_TIME_WORDS.iter().chain(ANYWHERE_PRE) {
                rest = cut_suffix(rest, w).unwrap_or(rest);
            }
            if names_something(rest) {
                return rest.to_string();
            }
        }
    }
    label.to_string()
}

/// A label that names only a generic head (`总投资`, `全年完成投资`, `确保总投资`, `占地`), as the
/// head without the time words and adverbs before it; `None` for a label that names its own
/// subject.
pub(super) fn generic_head(label: &str) -> Option<String> {
    // Most labels end in a char no head holds: no word stripping or search for them.
    if !super::words::may_end_with(label.trim_end(), generic_heads()) {
        return None;
    }
    let core = strip_words(label, LABEL_TIME_WORDS, &[]);
    let core = after_time_window(core).unwrap_or(core);
    let core = strip_words(core, LABEL_LEAD_ADVERBS, &[]);
    let core = strip_words(core, HEAD_LEAD_VERBS, &[]);
    if only_heads(core) {
        return Some(core.to_string());
    }
    // `完成年度投资`: a time word between a light verb and the head; the head with its time.
    let (_, timed) = LABEL_LEAD_VERBS
        .iter()
        .find_map(|v| core.strip_prefix(v).map(|rest| (v, rest)))?;
    let head = strip_words(timed, LABEL_TIME_WORDS, &[]);
    (head.len() < timed.len() && only_heads(head)).then(|| timed.to_string())
}

/// Whether `s` is made of generic heads only.
fn only_heads(s: &str) -> bool {
    // Every char of a head is some head's: a char test before the word search.
    !s.is_empty()
        && s.chars().all(|c| generic_heads().chars.may_hold(c))
        && remove_words(s, generic_heads()).is_empty()
}

/// `全 年腾退低效用地` → `全年腾退低效用地`: a report copied out of a PDF has spaces at its line
/// breaks and around numbers; a space next to a Chinese char separates no words. Inside quotes
/// it is the author's (`“魅力湾区 乐满新桥”`) and stays.
pub(super) fn without_copied_spaces(label: String) -> String {
    if !spaces_and_brackets(label.as_bytes()).0 {
        return label;
    }
    let wide = |c: Option<&char>| c.is_some_and(|c| !c.is_ascii());
    let mut out = String::with_capacity(label.len());
    let (mut quoted, mut gap) = (false, String::new());
    let mut chars = label.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            gap.push(c);
            if !chars.peek().is_some_and(|c| c.is_whitespace()) {
                let copied = wide(out.chars().next_back().as_ref()) || wide(chars.peek());
                if quoted || !copied {
                    out.push_str(&gap);
                }
                gap.clear();
            }
            continue;
        }
        match c {
            '“' | '「' | '『' => quoted = true,
            '”' | '」' | '』' => quoted = false,
            _ => {}
        }
        out.push(c);
    }
    out
}

/// `新签约项目(亿元以上` → `新签约项目`, `(亿元以上)新开工` → `新开工`, `(亿元以上)` → `亿元以上`: a
/// label cut inside a bracketed remark keeps the words outside it, when they name something; a
/// label wholly in brackets is the remark's words.
fn without_stray_brackets(s: &str) -> &str {
    const OPEN: [char; 2] = ['(', '（'];
    const CLOSE: [char; 2] = [')', '）'];
    if !s.contains(OPEN) && !s.contains(CLOSE) {
        return s;
    }
    let bracketed = s
        .strip_prefix(OPEN)
        .and_then(|r| r.strip_suffix(CLOSE))
        .filter(|inner| !inner.contains(OPEN) && !inner.contains(CLOSE));
    if let Some(inner) = bracketed {
        return inner;
    }
    // An open bracket never closed: the label ran into a remark, or (at its start) is in one.
    if let Some(o) = s.rfind(OPEN) {
        if !s[o..].contains(CLOSE) {
            if names_something(&s[..o]) {
                return &s[..o];
            }
            let inner = &s[o + s[o..].chars().next().map_or(1, char::len_utf8)..];
            if s[..o].is_empty() && names_something(inner) {
                return inner;
            }
        }
    }
    // A close bracket never opened: the label starts after a remark.
    if let Some(c) = s.find(CLOSE) {
        let after = &s[c + s[c..].chars().next().map_or(1, char::len_utf8)..];
        if !s[..c].contains(OPEN) && names_something(after) {
            return after;
        }
        // `亿元以上)`: the label is the end of a remark.
        if !s[..c].contains(OPEN) && after.is_empty() && names_something(&s[..c]) {
            return &s[..c];
        }
        // `(亿元以上)新开工`: a whole remark opening the label, before words of its own.
        let one_remark = !s[..c].chars().skip(1).any(|ch| OPEN.contains(&ch));
        if s.starts_with(OPEN) && one_remark && names_something(after) {
            return after;
        }
    }
    s
}

/// `受疫情影响同比降幅` → `同比降幅`, `用四年时间基本实现了经济总量` → `经济总量`: what a figure was
/// affected by (`受…影响`) or how long it took (`用…时间`, with the result reached after it)
/// names nothing measured.
fn without_cause(s: &str) -> &str {
    let framed = OPENING_FRAMES.iter().find_map(|(open, close)| {
        let rest = s.strip_prefix(open)?;
        let i = rest.find(close)?;
        (i > 0 && rest[..i].chars().count() <= MAX_CAUSE_CHARS).then(|| &rest[i + close.len()..])
    });
    let Some(rest) = framed else {
        return s;
    };
    REACHED_LEADS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
}

/// The most chars of a cause inside `受…影响`.
const MAX_CAUSE_CHARS: usize = 12;

/// Whether UTF-8 `b` holds a blank (ASCII, U+3000 or U+00A0) and a round bracket (ASCII or
/// full-width `（）`, `EF BC 88/89`).
fn spaces_and_brackets(b: &[u8]) -> (bool, bool) {
    let (mut spaced, mut bracketed) = (false, false);
    for (i, &x) in b.iter().enumerate() {
        match x {
            b'(' | b')' => bracketed = true,
            b' ' | b'\t' | b'\n' | b'\r' => spaced = true,
            0xBC => bracketed |= matches!(b.get(i + 1), Some(0x88 | 0x89)),
            0xE3 => spaced |= b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80),
            0xC2 => spaced |= b.get(i + 1) == Some(&0xA0),
            _ => {}
        }
    }
    (spaced, bracketed)
}
