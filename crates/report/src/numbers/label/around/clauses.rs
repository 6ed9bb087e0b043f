//! The subject a number's sentence names outside its clause: an earlier clause's (a topic, a
//! milestone, a whole a share is of, a growth rate before a list) or the block's topic title's.

use super::MAX_PREFIX_CHARS;
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::filters::steps_crossed;
use crate::numbers::label::edges::{strip_label, strip_words};
use crate::numbers::label::words::{cut_before, names_something};
use crate::numbers::lexicon::{
    DELTA_VERBS, GROWTH_RATE_WORDS, LABEL_LEAD_ADVERBS, LABEL_TIME_WORDS, MILESTONE_VERBS,
    MILESTONE_WORDS, OWNER_HEADS, STEP_CROSSING_VERBS, STEP_STREAK, SUBJECT_MANNER_WORDS,
    SUBJECT_TRAIL_ADVERBS, SUBJECT_TRAIL_VERBS, TOPIC_HEADS, TOPIC_LEAD_VERBS, TOPIC_PREDICATES,
    TOPIC_TRAIL_WORDS,
};
use crate::numbers::scan::{Shape, Token};

/// The longest topic clause read for a subject (chars).
const MAX_TOPIC_CHARS: usize = 30;

/// `老城区改造工作成效明显。全年共完成投资3.5亿元`, `加快临空经济区建设，完成投资300亿元`: the
/// subject of the topic a number's sentence is about, as an owner of an investment: its first
/// clause when the number is in a later one, else the sentence before, when that holds no
/// number and names a body of work (a project, a site, a field of works).
pub(in crate::numbers::label) fn topic_subject(
    ctx: &Context,
    tokens: &[Token],
    clause: usize,
) -> Option<String> {
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
pub(in crate::numbers::label) fn previous_clause_subject(
    ctx: &Context,
    tokens: &[Token],
    clause: usize,
) -> Option<String> {
    let prev = previous_clause_in_sentence(ctx, clause)?;
    subject_of_topic(ctx, tokens, ctx.clause_range[prev])
}

/// `地区生产总值今年继续保持较快增长势头，前三季度…，全年预计达1100亿元`: the subject of the
/// sentence's first clause, when that clause holds no number and is not `clause` itself.
pub(in crate::numbers::label) fn sentence_opening_subject(
    ctx: &Context,
    tokens: &[Token],
    clause: usize,
) -> Option<String> {
    let mut first = previous_clause_in_sentence(ctx, clause)?;
    while let Some(prev) = previous_clause_in_sentence(ctx, first) {
        first = prev;
    }
    subject_of_topic(ctx, tokens, ctx.clause_range[first])
}

/// The clause before `clause`, when it is of the same sentence.
fn previous_clause_in_sentence(ctx: &Context, clause: usize) -> Option<usize> {
    let prev = clause.checked_sub(1)?;
    (ctx.clause_sentence[prev] == ctx.clause_sentence[clause]).then_some(prev)
}

/// `在规上工业增加值中，制造业增加值占90.6%`: the whole a share is of, when the sentence opens
/// with a clause that names only it (`在X中`, `X中`): `规上工业增加值中`.
pub(in crate::numbers::label) fn share_whole(ctx: &Context, clause: usize) -> Option<String> {
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

/// `地区生产总值突破1500亿元大关，增长9%`, `地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元`:
/// the subject of the sentence's previous clause when all it says is a milestone (no measure of
/// its own to describe), for a figure that names none.
pub(in crate::numbers::label) fn milestone_clause_subject(
    ctx: &Context,
    tokens: &[Token],
    clause: usize,
) -> Option<String> {
    let prev = previous_clause_in_sentence(ctx, clause)?;
    let (s, e) = ctx.clause_range[prev];
    let first = tokens.partition_point(|u| u.start < s);
    let inside = &tokens[first..first + tokens[first..].partition_point(|u| u.start < e)];
    // `全省地区生产总值连跨4个千亿台阶`: steps crossed are a milestone too.
    let milestone = |u: &Token| {
        MILESTONE_WORDS.iter().any(|w| ctx.starts_with_at(u.end, w)) || steps_crossed(ctx, u)
    };
    let head = inside.first().filter(|_| inside.iter().all(milestone))?;
    let text = strip_label(ctx.slice(s, head.start));
    let text = strip_words(&text, LABEL_LEAD_ADVERBS, SUBJECT_TRAIL_VERBS);
    let text = strip_words(text, &[], MILESTONE_VERBS);
    let text = strip_words(text, &[], STEP_CROSSING_VERBS);
    let text = text.strip_suffix(STEP_STREAK).unwrap_or(text);
    let text = strip_words(text, &[], SUBJECT_TRAIL_ADVERBS);
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
    let text = strip_words(&text, LABEL_LEAD_ADVERBS, &[]);
    let text = strip_words(text, TOPIC_LEAD_VERBS, &[]);
    // `地区生产总值今年继续保持较快增长势头`: a time word after the subject opens what is said
    // of it.
    let subject = cut_before(
        text,
        &[TOPIC_PREDICATES, SUBJECT_MANNER_WORDS, LABEL_TIME_WORDS],
        1,
    );
    let subject = strip_words(subject, &[], TOPIC_TRAIL_WORDS);
    let subject = strip_label(subject);
    names_something(&subject).then_some(subject)
}

/// `全面加快东山组团建设` (a topic's title) → `东山组团`: the body of work a topic is about, as
/// the owner of an investment its sentences name without one.
pub(in crate::numbers::label) fn title_subject(title: &str) -> Option<String> {
    if title.chars().count() > MAX_TOPIC_CHARS || title.contains(['，', '、']) {
        return None;
    }
    subject_of_text(title).and_then(as_owner)
}

/// Whether the clause before `clause`, in its sentence, speaks of a rate (`金融业增速最高`).
pub(in crate::numbers::label) fn previous_clause_speaks_of_rate(
    ctx: &Context,
    clause: usize,
) -> bool {
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
pub(in crate::numbers::label) fn rate_named_before_list(
    ctx: &Context,
    at: usize,
) -> Option<String> {
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
pub(in crate::numbers::label) fn clause_subject(
    ctx: &Context,
    tokens: &[Token],
    clause: usize,
) -> Option<String> {
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
