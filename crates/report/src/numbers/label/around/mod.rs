//! What the text around one number says: the words before it and after it, the owner of a
//! generic head, the base of a multiple, the subject of an earlier clause, and whether the
//! number is a change or a duration.
//!
//! - `before`: [`prefix`], the words before a number (a passive verb, a bracket, a note, the
//!   previous number's item), and the base of a multiple;
//! - `after`: [`suffix`], the words after it, up to what the next number or statement takes;
//! - `owner`: [`phrase_after_de`], the noun phrase after a number's `的`;
//! - `clauses`: the subject an earlier clause of the sentence, or the block's topic, names.
//!
//! Here: what a number is by its unit and the words right before it (a duration, a count, a
//! change, a parallel item) and whether a text may open a remark, which the modules above
//! share.

mod after;
mod before;
mod clauses;
mod owner;

pub(super) use after::{counts_times_done, opens_another_statement, suffix, without_per_unit};
pub(super) use before::{after_joined_item, multiple_base, prefix};
pub(super) use clauses::{
    clause_subject, milestone_clause_subject, previous_clause_speaks_of_rate,
    previous_clause_subject, rate_named_before_list, sentence_opening_subject, share_whole,
    title_subject, topic_subject,
};
pub(super) use owner::phrase_after_de;

use crate::numbers::classify::Class;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{COUNTERS, DELTA_VERBS, DURATION_UNITS, PERSON_COUNTERS};
use crate::numbers::scan::Token;

/// The most chars before a number that its label takes. The longest label in the seed and the
/// corpus is 54 chars (a list of 14 industries); without a bound, a long run without punctuation
/// before a run of numbers (`增长增长…5%5%…`, `占比占比…1%，1%，…`) became every number's label,
/// and the labels grew with the square of the text (160 KB of text gave 2.4 GB of labels).
pub(super) const MAX_PREFIX_CHARS: usize = 80;

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
