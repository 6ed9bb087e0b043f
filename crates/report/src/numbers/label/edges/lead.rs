//! The words that open a label or a statement without naming what is measured: time words,
//! adverbs and light verbs, a place naming itself, a numbered run's marker, a heading run in, a
//! statement of targets, a time window, and who states a plan.

use super::heads::generic_head;
use super::{cut_prefix, starts_a_word, MAX_SELF_NAME_CHARS};
use crate::numbers::label::words::{char_mask, is_cjk, names_something, CharSet};
use crate::numbers::lexicon::{
    BARE_MEASURES, COUNT_VERBS, IN_ALL_LEADS, LABEL_LEAD_ADVERBS, LABEL_LEAD_VERBS, LABEL_SCOPES,
    LABEL_TIME_WORDS, NOT_WILL_AFTER, ORDINAL_LIST_NOUNS, PLACE_ENDS, PLACE_LEVEL_CHARS, PLAN_MUST,
    PLAN_WILL, REPORTED_SELVES, SELF_REFERENCES, STANDING_PHRASES, TARGET_NOUN,
    TARGET_NOUN_STATEMENTS, TIME_WINDOW_ENDS, WINDOW_AVERAGES, WINDOW_TOTALS,
};

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
        let after = IN_ALL_LEADS
            .iter()
            .find_map(|w| cut_prefix(after, w).filter(|r| !starts_a_word(r, w)))
            .unwrap_or(after);
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
pub(in crate::numbers::label) fn drop_lead_words(label: &str, verbs: bool) -> String {
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
            .chain(IN_ALL_LEADS)
            .chain(LABEL_LEAD_VERBS)
            .filter_map(|w| w.chars().next())
            .collect();
        char_mask(&firsts)
    });
    'strip: loop {
        let opens = s
            .chars()
            .next()
            .is_some_and(|c| char_mask(c.encode_utf8(&mut [0; 4])) & !first == 0);
        // `全年共解决…`: `共` (in all) after a time word says how much, not what.
        for w in LABEL_TIME_WORDS
            .iter()
            .chain(LABEL_LEAD_ADVERBS)
            .chain(IN_ALL_LEADS)
            .chain(verbs)
            .filter(|_| opens)
        {
            if let Some(rest) = cut_prefix(s, w).filter(|r| !starts_a_word(r, w)) {
                // `上半年度占比`: a period of years may be said with `度`, which goes with it.
                let rest = match rest.strip_prefix('度') {
                    Some(after) if w.ends_with('年') => after,
                    _ => rest,
                };
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
        .filter(|rest| names_something(rest) && !continues_ordinal_list(rest))
        .unwrap_or(label)
}

/// `二、三产业增加值` after `第一、`: the marker was the first of a list of ordinals naming
/// things (`第一、二、三产业`), no marker.
fn continues_ordinal_list(rest: &str) -> bool {
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let numerals = rest
        .chars()
        .take_while(|&c| crate::numbers::scan::is_cn_numeral(c) || matches!(c, '、' | '第'))
        .map(char::len_utf8)
        .sum::<usize>();
    numerals > 0
        && ORDINAL_LIST_NOUNS
            .iter()
            .any(|w| rest[numerals..].starts_with(w))
}

/// `工业经济稳中有进规上工业总产值` → `规上工业总产值`: a heading that sums up how a field stands,
/// run into the sentence by a copy that lost the break after it, names nothing measured.
fn after_standing_phrase(label: &str) -> &str {
    // One pass: a phrase is looked for only where one of their first chars stands (a word
    // search would set up a searcher per phrase).
    static FIRSTS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| CharSet::firsts(STANDING_PHRASES));
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
pub(in crate::numbers::label) fn after_time_window(s: &str) -> Option<&str> {
    let numeral = s
        .char_indices()
        .find(|&(_, c)| !crate::numbers::scan::is_cn_numeral(c))
        .map(|(i, _)| i)?;
    let rest = s[numeral..].strip_prefix('年').filter(|_| numeral > 0)?;
    TIME_WINDOW_ENDS
        .iter()
        .find_map(|e| rest.strip_prefix(e))
        // `五年新增`, `五年累计投入`, `五年年均增长`: right before a verb of doing, a total or an
        // average, a span of years is a window too.
        .or_else(|| {
            COUNT_VERBS
                .iter()
                .chain(WINDOW_TOTALS)
                .chain(WINDOW_AVERAGES)
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
