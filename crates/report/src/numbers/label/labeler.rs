//! The labels of one block's numbers, one number after the other: `Labeler::push` runs the
//! steps, kept in the child modules, and each step reads what the numbers before it left (their
//! labels and subjects, the last candidates of each clause).

use super::around::{
    after_joined_item, clause_subject, counts_times_done, is_count, is_delta, is_duration,
    milestone_clause_subject, multiple_base, opens_another_statement, parallel, phrase_after_de,
    prefix, previous_clause_speaks_of_rate, previous_clause_subject, rate_named_before_list,
    sentence_opening_subject, share_whole, suffix, title_subject, topic_subject, without_per_unit,
    MAX_PREFIX_CHARS,
};
use super::edges::{
    drop_examples, drop_lead_words, generic_head, growth_subject, strip_label, strip_words,
    subject_of, without_copied_spaces, without_debris, without_head,
};
use super::frame::{frame, is_time_basis, without_year_basis, BlockIndex};
use super::words::{
    cut_before, fenbie, generic_heads, growth_and_frame_words, growth_words, has_subject, is_cjk,
    joined, may_end_with, names_something, push_verbs, rank_and_growth_words, rank_verbs,
    rank_words, remove_words, stage_words,
};
use crate::model::NumberKind;
use crate::numbers::classify::{in_bracketed_aside, reference_in_brackets, Class};
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    ADDED_WORDS, ADJACENT_PRE, AGE_UNITS, ANYWHERE_PRE, AREA_MODIFIERS, BARE_MEASURES,
    BARE_RATE_ENDS, BARE_RATIOS, BARE_SHARE_WORDS, BASIS_WORDS, BENCHMARK_LEADS, CAPACITY_WORDS,
    CHANGE_AFTER_LEADS, CHANGE_TO_WORDS, CHOOSING_VERBS, CLASS_BAR_LEADS, CLASS_COUNTERS,
    CLEARED_ADVERBS, COMPARED_INCOMES, COMPARISON_OPENERS, COMPARISON_TIMES, CONVERSION_WORDS,
    COUNT_VERBS, COURSE_AFTER_COUNT, CROP_AREA_WORDS, DEMONSTRATIVES, DE_VERBS, ESTIMATE_WORDS,
    EVENT_COUNTERS, FLAT_WORDS, FROM_OPENERS, GENERIC_HEADS, GIVING_VERBS, GROWTH_LIGHT_VERBS,
    HOLDING_VERBS, INCOME_RATIOS, INNER_LIGHT_VERBS, INVESTMENT_HEADS, ITEM_JOINERS_INSIDE,
    LABEL_LEAD_ADVERBS, LABEL_LEAD_VERBS, LABEL_SCOPES, LABEL_TIME_WORDS, LEVEL_WORDS, LIGHT_HEADS,
    MEASURE_AFTER_COUNT, MILESTONE_ADVERBS, MILESTONE_VERBS, MULTIPLE_VERBS, NET_CHANGE_VERBS,
    ORDINAL_WORDS, OWNER_HEADS, PART_OF_WHOLE, PER_UNIT_PREFIXES, PLACE_LEVEL_CHARS,
    PLAN_FRAME_LEADS, PLAN_SHARE_WORDS, POST, PREDICATE_AFTER_COUNT, PROJECT_HEADS, PURPOSE_WORDS,
    PUSH_VERBS, RANK_PLACE_KINDS, RANK_SCOPES, RANK_VERBS, RANK_WORDING, RESTATING_WORDS,
    RESULT_VERBS, SELF_REFERENCES, SHARE_REACHED_VERBS, STAGES_THAT_MEASURE, STAGE_VERBS,
    STEP_ADVERBS, SUBJECT_MANNER_WORDS, SUBJECT_TRAIL_ADVERBS, SUBJECT_TRAIL_VERBS, SUB_UNIT_ENDS,
    THRESHOLD_JOINERS, THRESHOLD_OPENERS, YEAR_PERIODS, YEAR_PREPOSITIONS, YIELD_WORDS,
    ZERO_CLEARED, ZERO_THINGS,
};
use crate::numbers::scan::{Shape, Token};

mod amount;
mod bare;
mod counted;
mod elsewhere;
mod fallbacks;
mod finish;
mod first;
mod heads;
mod items;
mod own_words;
mod parts;
mod rank;
mod related;
mod scope;
mod shares;
mod subject;
mod zero;

use bare::without_growth_light_verb;
use fallbacks::without_time_words;
use finish::with_doubling_word;
use heads::{thing_of_subject, without_measure};
use own_words::is_point_change;
use scope::{
    head_share, is_later_step, without_circumstances, without_place_light_verb,
    without_ranked_group,
};
use subject::without_stage_word;
use zero::zero_subject;

use items::{verb_run, verbs_only};

/// How many tokens back a part of a statement at another time looks for the statement's amount
/// ([`Labeler::measure_at_another_time`]).
const MAX_BACK_FOR_MEASURE: usize = 8;

/// A label and the `relates_to` (an index into the block's tokens) of one token.
pub(super) type Labelled = (Option<String>, Option<usize>);

/// What `labels` carries from one number of a block to the next.
pub(super) struct Labeler<'a> {
    ctx: &'a Context,
    tokens: &'a [Token],
    classes: &'a [Class],
    /// The block's topic title: the last fallback for a number whose sentence names nothing.
    topic: Option<&'a str>,
    /// Per token so far: its label and `relates_to`.
    pub(super) out: Vec<Labelled>,
    /// Per token so far: the noun phrase later numbers of the sentence may borrow.
    subjects: Vec<Option<String>>,
    /// Built at the first frame lookup of the block (most blocks need none).
    index: Option<BlockIndex>,
    /// The last token so far that another number may describe (see `is_candidate`), and the
    /// last one with a subject: the nearest ones of a clause or sentence, without scanning back.
    last_candidate: Option<usize>,
    last_subject: Option<usize>,
    /// Per clause: its last such token, and whether it holds a change.
    clause_candidate: Vec<Option<usize>>,
    clause_delta: Vec<bool>,
    /// Per clause: `clause_subject`, once (it walks back over the sentence's earlier clauses).
    clause_subjects: Vec<Option<Option<String>>>,
}

/// One indicator being labelled: what is known of it before its label.
struct Number<'a> {
    /// Its index in the block's tokens.
    k: usize,
    t: &'a Token,
    c: &'a Class,
    /// Its kind by shape (`Amount` when the classifier left none).
    kind: NumberKind,
    clause: usize,
    sentence: usize,
    /// Whether it is a change (`增加13480元`) rather than a level.
    delta: bool,
    /// The previous token, when it is in the same clause.
    prev_in_clause: Option<usize>,
    /// Where the next token of the clause starts (`usize::MAX` when none).
    next_start: usize,
    /// The next token of the clause, if any (a name with digits is a word, not a token here).
    next: Option<&'a Token>,
}

impl Number<'_> {
    fn is_amount(&self) -> bool {
        matches!(self.kind, NumberKind::Amount | NumberKind::Target)
    }
}

/// What the text says of one indicator before its label is put together.
struct Words {
    /// Its own words before it, cleaned.
    pre: String,
    /// Whether `pre` ends in a frame (after which what follows the number is the frame's verb,
    /// not its subject).
    framed: bool,
    /// The number it describes (for a growth, rate or rank without a subject of its own).
    relates_to: Option<usize>,
    /// That number's subject, else its label.
    related_subject: Option<String>,
    /// For a streak's length (`连续8年`): the subject before `连续`.
    streak_subject: Option<String>,
}

impl<'a> Labeler<'a> {
    pub(super) fn new(
        ctx: &'a Context,
        tokens: &'a [Token],
        classes: &'a [Class],
        topic: Option<&'a str>,
    ) -> Labeler<'a> {
        let clauses = ctx.clause_range.len();
        Labeler {
            ctx,
            tokens,
            classes,
            topic,
            out: Vec::with_capacity(tokens.len()),
            subjects: Vec::with_capacity(tokens.len()),
            index: None,
            last_candidate: None,
            last_subject: None,
            clause_candidate: vec![None; clauses],
            clause_delta: vec![false; clauses],
            clause_subjects: vec![None; clauses],
        }
    }

    /// Labels token `k` (the tokens before it are done).
    pub(super) fn push(&mut self, k: usize) {
        if !self.classes[k].is_indicator {
            // `税收首次突破1亿元，达到1.07亿元`: a mark crossed names what the figure reached
            // after it measures.
            let subject = self.crossed_mark_subject(k);
            if subject.is_some() {
                self.last_subject = Some(k);
            }
            self.out.push((None, None));
            self.subjects.push(subject);
            return;
        }
        let n = self.number(k);
        let w = self.words(&n);
        let mut label = strip_label(&self.first_label(&n, &w));
        self.with_multiple_base(&n, &w, &mut label);
        let owner_subject = self.heads_and_lead_words(&n, &mut label);
        let label = self.fallbacks(&n, label, w.relates_to);
        let label = match n.kind {
            NumberKind::Rank => rank::without_restated_ranking(label),
            NumberKind::Rate => shares::without_restated_share(label),
            _ => label,
        };
        let label = with_doubling_word(self.ctx, n.t, label);
        let label = self.with_word_part_before(&n, label);
        let label = self.with_class_after(&n, label);
        let label = self.restated_amount(&n).unwrap_or(label);
        let label = self.reference_value(&n).unwrap_or(label);
        let relates_to = w.relates_to;
        let subject = self.subject(&n, &label, w, owner_subject);
        self.record(&n, label, relates_to, subject);
    }

    /// The facts of indicator `k` that no label decides.
    fn number(&self, k: usize) -> Number<'a> {
        let (ctx, tokens) = (self.ctx, self.tokens);
        let (t, c) = (&tokens[k], &self.classes[k]);
        let clause = ctx.clause[t.start];
        let kind = c.kind.unwrap_or(NumberKind::Amount);
        // A bound inside the next noun phrase (`1467位80岁以上低收入老年人`) is part of its words,
        // and so are an ordinal (`第二中学`) and a size class (`50亿级企业`).
        let classes = self.classes;
        let next = tokens[k + 1..]
            .iter()
            .zip(&classes[k + 1..])
            .find(|(n, c)| {
                let word = || {
                    n.shape == Shape::Ordinal || is_bound(ctx, n) || ctx.starts_with_at(n.end, "级")
                };
                n.shape != Shape::Name && (c.is_indicator || !word())
            })
            .map(|(n, _)| n)
            .filter(|n| ctx.clause[n.start] == clause);
        Number {
            k,
            t,
            c,
            kind,
            clause,
            sentence: ctx.clause_sentence[clause],
            delta: matches!(kind, NumberKind::Amount | NumberKind::Target) && is_delta(ctx, c),
            prev_in_clause: k
                .checked_sub(1)
                .filter(|&j| ctx.clause[tokens[j].start] == clause),
            // A name with digits is a word (`4个4S店`), not the next number.
            next_start: next.map_or(usize::MAX, |n| n.start),
            next,
        }
    }

    fn clause_of(&self, j: usize) -> usize {
        self.ctx.clause[self.tokens[j].start]
    }
}

/// Whether token `t` is a bound (`80岁以上`): the number ends in a bound word.
fn is_bound(ctx: &Context, t: &Token) -> bool {
    crate::numbers::lexicon::POST
        .iter()
        .any(|w| ctx.starts_with_at(t.end, w))
}
