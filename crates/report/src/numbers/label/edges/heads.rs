//! Generic heads and subjects: the subject a label names without its growth wording, its
//! trailing light verb or a generic head, and whether a label names only a generic head.

use super::lead::after_time_window;
use super::strip::strip_label;
use super::{cut_suffix, strip_words};
use crate::numbers::label::words::{generic_heads, may_end_with, names_something, remove_words};
use crate::numbers::lexicon::{
    ANYWHERE_PRE, GENERIC_HEADS, GROWTH_DOWN, GROWTH_UP, GROWTH_WORDING, HEADLINE_INDICATORS,
    HEAD_LEAD_VERBS, LABEL_LEAD_ADVERBS, LABEL_LEAD_VERBS, LABEL_TIME_WORDS, SUBJECT_TRAIL_VERBS,
    SUBJECT_VERB_ADVERBS,
};

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
pub(in crate::numbers::label) fn subject_of(label: &str) -> String {
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

/// What a label's number belongs to: the label without a generic head at its end
/// (`X项目当年完成投资` → `X项目`), or the label when that leaves nothing named.
pub(in crate::numbers::label) fn without_head(label: &str) -> String {
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
pub(in crate::numbers::label) fn generic_head(label: &str) -> Option<String> {
    // Most labels end in a char no head holds: no word stripping or search for them.
    if !may_end_with(label.trim_end(), generic_heads()) {
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
