//! A label's edges: the connectors, bounding words, time words, light verbs, generic heads and
//! cut-off marks that open or end a stretch of text without naming what is measured.
//!
//! - `strip`: [`strip_label`], the words, marks and blanks at a label's ends, and what a cut
//!   leaves there;
//! - `inner`: [`without_inner_adverbs`], the words inside a label that name nothing;
//! - `lead`: the words that open a label or a statement (time words, light verbs, a place
//!   naming itself, a numbered run's marker);
//! - `heads`: generic heads, and the subject a label names without its trailing words;
//! - `lists`: lists inside a label (examples before a count, a count of the items listed).
//!
//! Here: the byte-wise cuts ([`cut_prefix`], [`cut_suffix`]), [`strip_words`] and the longest
//! name of a place naming itself, which the modules above share.

mod heads;
mod inner;
mod lead;
mod lists;
mod strip;

pub use heads::growth_subject;
pub(super) use heads::{generic_head, subject_of, without_head};
pub use inner::without_inner_adverbs;
pub use lead::without_statement_lead;
pub(super) use lead::{after_time_window, drop_lead_words};
pub(super) use lists::drop_examples;
pub use lists::from_list_count;
pub(super) use strip::{strip_label, without_copied_spaces, without_debris};

use crate::numbers::lexicon::{LEAD_WORD_PARTS, TRAIL_WORD_PARTS};

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

/// `s` without the `lead` words at its start, the `trail` words at its end and blanks, until
/// none is left. A trail word that ends a longer word (`达` of `下达`) stays.
pub(in crate::numbers) fn strip_words<'a>(
    mut s: &'a str,
    lead: &[&str],
    trail: &[&str],
) -> &'a str {
    loop {
        let before = s;
        for w in lead {
            if let Some(rest) = cut_prefix(s, w) {
                if !starts_a_word(rest, w) {
                    s = rest;
                }
            }
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

/// Whether `w` before `rest` is the start of a longer word (`共青城`, `和谐`), not a word of its
/// own.
pub(super) fn starts_a_word(rest: &str, w: &str) -> bool {
    let (Some(next), Some(first)) = (rest.chars().next(), w.chars().next()) else {
        return false;
    };
    w.chars().count() == 1
        && LEAD_WORD_PARTS
            .iter()
            .any(|&(c, after)| c == first && after.contains(next))
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
