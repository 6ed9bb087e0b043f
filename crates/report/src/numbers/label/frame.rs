//! Frames: a time or comparison frame between a subject and its number
//! (`地区生产总值由2010年的162.4亿元增加到…`, `排放量比2010年…`), found by the block's openers.

use super::edges::{strip_label, subject_of};
use super::words::{
    all_frame_words, frame_and_period_words, growth_words, has_subject, remove_words,
};
use crate::numbers::classify::Class;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    COMPARISON_OPENERS, COMPARISON_TIMES, FRAME_OPENERS, PEAK_WORDS, PLAN_PERIOD_PARTS,
    YEAR_PERIODS,
};
use crate::numbers::scan::{Shape, Token};

/// How far (in chars) a frame opener may stand before the end of the number's wording: a
/// frame is time words, numbers and from-to verbs, and the longest one in the seed, the corpus,
/// `gen_report` output and the tests is 23 chars (`由2011年的9.2:69.5:21.3调整为9.2:63.7:27.1`,
/// `由2010年的162.4亿元增加到2015年的287.9亿元`). 60 leaves room for one over twice that long
/// (several from-values, longer dates), and a run of frames without punctuation (`比上年增长5%`
/// repeated) no longer tries every earlier `比` of the clause, each time reading the rest of it,
/// for each number (cubic: 8 KB took 4.4 s). A frame whose opener stands further is not found.
const MAX_FRAME_CHARS: usize = 60;

/// The longest subject a frame takes (in chars, from the clause start to the opener); past it,
/// the frame has no subject. The longest frame subject in the same data is 22 chars
/// (`主要工业企业二氧化硫排放量与化学需氧量排放量比2010年…`), and the longest clause in which
/// they look a frame up is 68 chars, so this is far from applying to real text. It keeps each
/// number's frame lookup bounded in a long clause (`比上年增长5%` repeated: each subject would
/// be the whole clause so far, read again for each number).
const MAX_FRAME_SUBJECT: usize = 120;

/// A subject followed by a time or comparison frame and nothing else before the number.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Frame {
    /// The words before the frame (`地区生产总值`), cleaned; may be empty.
    pub(super) subject: String,
    /// Growth wording left in the frame (`降低` of `比2010年分别降低`), else empty.
    pub(super) wording: String,
}

/// Finds a frame opener (`由`, `从`, `比`, `较`, `是`) in the number's clause, at most
/// [`MAX_FRAME_CHARS`] before it, such that only time words, other numbers and from-to verbs
/// sit between it and the number (`由2010年的162.4亿元增加到2015年的287.9亿元`).
pub(super) fn frame(
    ctx: &Context,
    index: &BlockIndex,
    tokens: &[Token],
    t: &Token,
    class: &Class,
) -> Option<Frame> {
    let cs = ctx.clause_start(t.start);
    let end = class.core_end.min(t.start);
    // The tokens inside `[cs, end)`: a run of `tokens` (in text order, never overlapping),
    // searched by position rather than collected, so a long clause costs no scan per number.
    let lo = tokens.partition_point(|u| u.start < cs);
    let range = &tokens[lo..lo + tokens[lo..].partition_point(|u| u.start < end)];
    // An opener before the last char that no frame or growth word contains fails for sure:
    // that char stays in what follows the opener (see `BlockIndex::bad_before`).
    let from = index
        .bad_before
        .get(end)
        .copied()
        .flatten()
        .map_or(cs, |b| b.max(cs))
        .max(end.saturating_sub(MAX_FRAME_CHARS));
    let first = index.openers.partition_point(|&p| p < from);
    for &p in index.openers[first..].iter().take_while(|&&p| p < end) {
        // Only the last token starting at or before `p` can hold it.
        let at = range.partition_point(|u| u.start <= p);
        if at > 0 && in_range(&range[at - 1], end) && p < range[at - 1].end {
            continue;
        }
        if COMPARISON_OPENERS.contains(&ctx.chars[p]) && !names_a_time(ctx, &range[at..], p, end) {
            continue;
        }
        let rest = text_between(ctx, &range[at..], p + 1, end);
        let wording = remove_words(&rest, frame_and_period_words());
        let wording = wording.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if has_subject(wording, growth_words()) {
            continue;
        }
        return Some(Frame {
            subject: frame_subject(ctx, &range[..at], cs, p, end),
            wording: format!("{}{wording}", year_basis(ctx, &range[at..], p, end)),
        });
    }
    None
}

/// A comparison with a year at `p` (`比2010年`, `较2018年`), as written, else empty: it is the
/// basis of the change and stays in the label, as `比上年` does (`人均道路面积比2010年提高`).
/// Only when the year is all the frame names before its wording: a from-to frame
/// (`由2010年的…增加到…`) names its values, not a basis.
fn year_basis<'a>(ctx: &'a Context, after: &[Token], p: usize, end: usize) -> &'a str {
    if !COMPARISON_OPENERS.contains(&ctx.chars[p]) {
        return "";
    }
    let mut inside = after.iter().filter(|u| in_range(u, end));
    match (inside.next(), inside.next()) {
        (Some(year), None) if year.start == p + 1 && year.shape == Shape::Year => {
            ctx.slice(p, year.end)
        }
        _ => "",
    }
}

/// `s` without a leading comparison with a year (`较2018年增长` → `增长`): what is left says
/// whether the words name a subject.
pub(super) fn without_year_basis(s: &str) -> &str {
    let Some(rest) = s.strip_prefix(COMPARISON_OPENERS) else {
        return s;
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    match rest[digits..].strip_prefix('年') {
        Some(after) if digits == 4 => after,
        _ => without_plan_period(rest).unwrap_or(s),
    }
}

/// Whether `s` names a time a from-value is at (`上年`, `2017年`, `2017年末`, `“十五”末`), with
/// its `的` or not.
pub(super) fn is_time_basis(s: &str) -> bool {
    let s = s.strip_suffix('的').unwrap_or(s);
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    let after_year = s[digits..].strip_prefix('年').filter(|_| digits == 4);
    let period_part = |rest: &str| rest.is_empty() || PLAN_PERIOD_PARTS.contains(&rest);
    COMPARISON_TIMES.contains(&s)
        || PEAK_WORDS.contains(&s)
        || YEAR_PERIODS.contains(&s)
        || after_year.is_some_and(period_part)
        || without_plan_period(s).is_some_and(str::is_empty)
}

/// `“十一五”末增长` → `增长`: what follows a five-year plan's period named as a basis.
fn without_plan_period(s: &str) -> Option<&str> {
    let s = s.strip_prefix('“').unwrap_or(s);
    // `十五` (the tenth) or `十一五` … `十四五`.
    let rest = s.strip_prefix('十')?;
    let rest = rest
        .strip_prefix(|c: char| c != '五' && crate::numbers::scan::is_cn_numeral(c))
        .unwrap_or(rest);
    let rest = rest.strip_prefix('五')?;
    let rest = rest.strip_prefix('”').unwrap_or(rest);
    Some(
        PLAN_PERIOD_PARTS
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest),
    )
}

/// `“十三五”期间年均增长` → `年均增长`: the words after a plan's period that opens them (the
/// period says when, it names nothing measured); `None` without one.
pub(super) fn after_plan_period(s: &str) -> Option<&str> {
    let rest = without_plan_period(s)?;
    let s = s.strip_prefix('“').unwrap_or(s);
    let bare = s
        .find('五')
        .map(|i| s[i + '五'.len_utf8()..].trim_start_matches('”'));
    (bare.is_some_and(|b| b.len() > rest.len())).then_some(rest)
}

/// Whether a token of the frame's range ends in `[.., end)` and is not empty.
fn in_range(u: &Token, end: usize) -> bool {
    u.end <= end && u.end > u.start
}

/// A comparison names a time: `比2010年`, `较上年` (not `比重`, `同比`). `after` are the range's
/// tokens from the opener at `p` on.
fn names_a_time(ctx: &Context, after: &[Token], p: usize, end: usize) -> bool {
    after
        .iter()
        .take_while(|u| u.start == p + 1)
        .any(|u| in_range(u, end) && matches!(u.shape, Shape::Year | Shape::Date))
        || COMPARISON_TIMES
            .iter()
            .any(|w| ctx.starts_with_at(p + 1, w))
}

/// The chars of `[from, end)`, the tokens among `after` left out.
fn text_between(ctx: &Context, after: &[Token], from: usize, end: usize) -> String {
    let mut rest = String::new();
    let mut next = after.iter().filter(|u| in_range(u, end)).peekable();
    let mut i = from;
    while i < end {
        while next.peek().is_some_and(|u| u.start < i) {
            next.next();
        }
        match next.peek().filter(|u| u.start == i) {
            Some(u) => i = u.end,
            None => {
                rest.push(ctx.chars[i]);
                i += 1;
            }
        }
    }
    rest
}

/// The subject before the opener at `p`: from after the clause's last number before it (an
/// earlier number's wording is that number's: `工业产值比上年增长5%，比上年增长…`), cleaned.
/// A name with digits is a word of the subject (`PM2.5浓度比2015年下降`), not a number.
/// `before` are the range's tokens that start before `p`; `cs` is the clause start.
fn frame_subject(ctx: &Context, before: &[Token], cs: usize, p: usize, end: usize) -> String {
    let from = before
        .iter()
        .filter(|u| in_range(u, end) && u.end <= p && u.shape != Shape::Name)
        .map(|u| u.end)
        .max()
        .unwrap_or(cs)
        .max(cs);
    // Past `MAX_FRAME_SUBJECT` chars, what stands before the opener is a run of text, not a
    // subject (and reading it for each number of a long clause would be quadratic).
    if p - from <= MAX_FRAME_SUBJECT {
        subject_of(&strip_label(ctx.slice(from, p)))
    } else {
        String::new()
    }
}

/// Per-block facts computed once, so that no lookup made for one number scans the block.
pub(super) struct BlockIndex {
    /// Positions of frame openers outside quotes and titles, in order.
    openers: Vec<usize>,
    /// For each position `i` (and the block's end): the last position before `i` of a char that
    /// is neither whitespace nor in any frame or growth word, outside every token. Removing
    /// frame and growth words never removes such a char, so a frame whose wording holds it
    /// names a subject.
    bad_before: Vec<Option<usize>>,
}

impl BlockIndex {
    pub(super) fn new(ctx: &Context, tokens: &[Token]) -> BlockIndex {
        // Chars in no frame or growth word (certain when the set says so).
        let word_chars = &all_frame_words().chars;
        let in_words = |c: char| word_chars.may_hold(c);
        let n = ctx.chars.len();
        let mut openers = Vec::new();
        let mut bad_before = Vec::with_capacity(n + 1);
        let mut last_bad = None;
        let mut token = tokens.iter().filter(|u| u.end > u.start).peekable();
        for (i, &c) in ctx.chars.iter().enumerate() {
            bad_before.push(last_bad);
            if FRAME_OPENERS.contains(&c) && !ctx.in_quote[i] && !ctx.in_title[i] {
                openers.push(i);
            }
            if in_words(c) || c.is_whitespace() {
                continue;
            }
            while token.peek().is_some_and(|u| u.end <= i) {
                token.next();
            }
            if !token.peek().is_some_and(|u| u.start <= i && i < u.end) {
                last_bad = Some(i);
            }
        }
        bad_before.push(last_bad);
        BlockIndex {
            openers,
            bad_before,
        }
    }
}
