//! The labels of one block's numbers, one number after the other: each step below reads what
//! the numbers before it left (their labels and subjects, the last candidates of each clause).

use super::around::{
    after_joined_item, clause_subject, is_count, is_delta, is_duration, milestone_clause_subject,
    multiple_base, opens_another_statement, parallel, phrase_after_de, prefix,
    previous_clause_speaks_of_rate, previous_clause_subject, rate_named_before_list, share_whole,
    suffix, title_subject, topic_subject, without_per_unit, MAX_PREFIX_CHARS,
};
use super::edges::{
    drop_examples, drop_lead_words, generic_head, growth_subject, strip_label, strip_words,
    subject_of, without_copied_spaces, without_debris, without_head,
};
use super::frame::{frame, is_time_basis, without_year_basis, BlockIndex};
use super::words::{
    cut_before, fenbie, generic_heads, growth_and_frame_words, growth_words, has_subject, is_cjk,
    may_end_with, names_something, push_verbs, rank_and_growth_words, rank_verbs, rank_words,
    remove_words, stage_words,
};
use crate::model::NumberKind;
use crate::numbers::classify::{reference_in_brackets, Class};
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    ADDED_WORDS, ADJACENT_PRE, AGE_UNITS, ANYWHERE_PRE, AREA_MODIFIERS, BARE_MEASURES, BARE_RATIOS,
    BARE_SHARE_WORDS, BASIS_WORDS, BENCHMARK_LEADS, CAPACITY_WORDS, CHANGE_AFTER_LEADS,
    CHANGE_TO_WORDS, CHOOSING_VERBS, CLASS_BAR_LEADS, CLASS_COUNTERS, CLEARED_ADVERBS,
    COMPARED_INCOMES, COMPARISON_OPENERS, COMPARISON_TIMES, CONVERSION_WORDS, COUNT_VERBS,
    COURSE_AFTER_COUNT, CROP_AREA_WORDS, DEMONSTRATIVES, DE_VERBS, ESTIMATE_WORDS, EVENT_COUNTERS,
    FLAT_WORDS, FROM_OPENERS, GENERIC_HEADS, GIVING_VERBS, GROWTH_LIGHT_VERBS, HOLDING_VERBS,
    INCOME_RATIOS, INNER_LIGHT_VERBS, ITEM_JOINERS_INSIDE, LABEL_LEAD_ADVERBS, LABEL_LEAD_VERBS,
    LABEL_SCOPES, LABEL_TIME_WORDS, LEVEL_WORDS, LIGHT_HEADS, MEASURE_AFTER_COUNT,
    MILESTONE_ADVERBS, MILESTONE_VERBS, MULTIPLE_VERBS, NET_CHANGE_VERBS, ORDINAL_WORDS,
    OWNER_HEADS, PART_OF_WHOLE, PER_UNIT_PREFIXES, PLACE_LEVEL_CHARS, PLAN_FRAME_LEADS,
    PLAN_SHARE_WORDS, POST, PREDICATE_AFTER_COUNT, PROJECT_HEADS, PURPOSE_WORDS, PUSH_VERBS,
    RANK_PLACE_KINDS, RANK_SCOPES, RANK_VERBS, RANK_WORDING, RESTATING_WORDS, RESULT_VERBS,
    SELF_REFERENCES, SHARE_REACHED_VERBS, STAGES_THAT_MEASURE, STAGE_VERBS, STEP_ADVERBS,
    SUBJECT_MANNER_WORDS, SUBJECT_TRAIL_ADVERBS, SUBJECT_TRAIL_VERBS, SUB_UNIT_ENDS,
    THRESHOLD_JOINERS, THRESHOLD_OPENERS, YEAR_PERIODS, YEAR_PREPOSITIONS, YIELD_WORDS,
    ZERO_CLEARED, ZERO_THINGS,
};
use crate::numbers::scan::{Shape, Token};

mod amount;
mod bare;
mod counted;
mod rank;
mod related;
mod scope;

use bare::without_growth_light_verb;
use scope::{head_share, is_later_step, without_circumstances, without_place_light_verb};

use amount::verb_run;

/// The longest label kept (in chars); a longer one is dropped. Labels are built from other
/// numbers' labels and subjects (`{subject}{wording}`), so without a bound a run of frames
/// (`由1亿元增加到2亿元` repeated) grew each number's label by the one before it.
const MAX_LABEL_CHARS: usize = 120;

/// How many tokens back a part of a statement at another time looks for the statement's amount
/// ([`Labeler::measure_at_another_time`]).
const MAX_BACK_FOR_MEASURE: usize = 8;

/// The longest clause rest a share that opens its clause takes as its label (in chars).
const MAX_SHARE_PHRASE: usize = 20;

/// The most chars of what a percentage reached measures after it (`复工复产`, `通硬化路`).
const MAX_DONE_PHRASE: usize = 8;

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
        let label = with_doubling_word(self.ctx, n.t, label);
        let label = self.with_word_part_before(&n, label);
        let label = self.with_class_after(&n, label);
        let label = self.restated_amount(&n).unwrap_or(label);
        let label = self.reference_value(&n).unwrap_or(label);
        let relates_to = w.relates_to;
        let subject = self.subject(&n, &label, w, owner_subject);
        self.record(&n, label, relates_to, subject);
    }

    /// `实际使用外资175亿美元、约合1243亿元人民币`: an amount that restates the amount right before
    /// it in another unit (`约合`, `折合人民币`) measures the same thing.
    fn restated_amount(&self, n: &Number) -> Option<String> {
        let j = n.k.checked_sub(1)?;
        if !n.is_amount() || !self.classes[j].is_indicator {
            return None;
        }
        // `175亿美元左右、约合 1243亿元`: after the first amount's bound and the list mark.
        let between = self.ctx.slice(self.tokens[j].end, n.t.start);
        let between = POST
            .iter()
            .find_map(|p| between.strip_prefix(p))
            .unwrap_or(between);
        let words =
            between.trim_matches(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','));
        RESTATING_WORDS
            .contains(&words)
            .then(|| self.out[j].0.clone())
            .flatten()
    }

    /// `完成税收收入7106万元，完成预期目标(5100万元)139.3%，比上年同期(5181万元)增长37.2%`: a
    /// value in brackets after a word is the value of what the word names for the sentence's
    /// figure before it: its target (`税收收入预期目标`), its level at an earlier time
    /// (`上年同期税收收入`).
    fn reference_value(&self, n: &Number) -> Option<String> {
        if !n.is_amount() || !reference_in_brackets(self.ctx, n.t) {
            return None;
        }
        let ctx = self.ctx;
        let from = n
            .prev_in_clause
            .map_or(ctx.clause_range[n.clause].0, |j| self.tokens[j].end);
        let words = strip_label(ctx.slice(from, n.t.start - 1));
        let words = LABEL_LEAD_VERBS
            .iter()
            .find_map(|v| words.strip_prefix(v))
            .unwrap_or(&words);
        let words = words.trim_start_matches(COMPARISON_OPENERS);
        let figure = self.last_candidate.filter(|&j| {
            ctx.clause_sentence[self.clause_of(j)] == n.sentence && self.classes[j].is_indicator
        })?;
        let subject = self
            .subject_or_label(figure)
            .filter(|s| names_something(s))?;
        if words.is_empty() || subject.contains(words) {
            return None;
        }
        Some(if COMPARISON_TIMES.iter().any(|w| words.contains(w)) {
            format!("{words}{subject}")
        } else {
            format!("{subject}{words}")
        })
    }

    /// Whether a number's own words are only a share's (`占比达到`): it names no whole or part.
    fn bare_share(&self, pre: &str) -> bool {
        let words = pre.trim_end_matches(['达', '到', '为', '是', '了']);
        BARE_SHARE_WORDS.contains(&words)
    }

    /// The subject of the growth or amount right before `n` in its sentence, which a bare share
    /// after it is of.
    fn part_before(&self, n: &Number) -> Option<String> {
        n.k.checked_sub(1)
            .filter(|&j| self.ctx.clause_sentence[self.clause_of(j)] == n.sentence)
            .filter(|&j| {
                matches!(
                    self.classes[j].kind,
                    Some(NumberKind::Growth | NumberKind::Amount)
                )
            })
            .and_then(|j| self.subjects[j].clone())
    }

    /// `落地10亿级产业项目8个` → `10亿级产业项目`, `第三产业增加值714.37亿元` → `第三产业增加值`:
    /// a label that starts right after a size class (`级`) or an ordinal that makes a word with
    /// what follows ([`ORDINAL_WORDS`]), neither a measure with a label of its own, takes it in.
    fn with_word_part_before(&self, n: &Number, label: String) -> String {
        let Some(p) = n.k.checked_sub(1).map(|p| &self.tokens[p]) else {
            return label;
        };
        let part_of_word = (label.starts_with('级') && self.ctx.starts_with_at(p.end, "级"))
            || (p.shape == Shape::Ordinal && ORDINAL_WORDS.iter().any(|w| label.starts_with(w)));
        let class = part_of_word
            && !self.classes[n.k - 1].is_indicator
            && self.ctx.slice(p.end, n.t.start).starts_with(label.as_str());
        if class {
            format!("{}{label}", self.ctx.slice(p.start, p.end))
        } else {
            label
        }
    }

    /// `5个1类新药` → `1类新药`: a class written right after a count (no measure of its own) is
    /// part of the name of the things counted.
    fn with_class_after(&self, n: &Number, label: String) -> String {
        let Some(next) = n.next.filter(|u| u.start == n.t.end) else {
            return label;
        };
        let class = next
            .unit
            .as_ref()
            .and_then(|u| u.base.as_deref())
            .is_some_and(|b| CLASS_COUNTERS.contains(&b))
            && !self.classes[n.k + 1].is_indicator;
        let raw = self.ctx.slice(next.start, next.end);
        if !class || label.contains(raw) {
            return label;
        }
        // Before the noun it classes (`获批上市1类新药`), else first.
        let noun = self
            .ctx
            .slice(next.end, (next.end + 2).min(self.ctx.chars.len()));
        match label.find(noun).filter(|_| !noun.is_empty()) {
            Some(i) => format!("{}{raw}{}", &label[..i], &label[i..]),
            None => format!("{raw}{label}"),
        }
    }

    /// `99%的行政村通达快递服务` → `行政村通达快递服务`: the rest of the clause after the
    /// number's `的`, when it names something.
    fn share_of_what_follows(&self, n: &Number) -> Option<String> {
        let ctx = self.ctx;
        if ctx.chars.get(n.t.end) != Some(&'的') || n.next.is_some() {
            return None;
        }
        let end = ctx.clause_end(n.t.start);
        let phrase = strip_label(ctx.slice(n.t.end + 1, end));
        (names_something(&phrase) && phrase.chars().count() <= MAX_SHARE_PHRASE).then_some(phrase)
    }

    /// `全村实现100%覆盖` → `全村覆盖`, `率先实现百分之百复工复产` → `复工复产`: a percentage
    /// after a verb of reaching and before a short verb phrase that ends its clause measures
    /// that phrase, done by the subject before the verb.
    fn share_reached_before_its_measure(&self, n: &Number, pre: &str) -> Option<String> {
        let ctx = self.ctx;
        let percent = n.t.unit.as_ref().is_some_and(|u| u.written == "%");
        // The verb as written: a label's trailing words may have lost it already.
        let written = ctx.slice(n.c.seg_start, n.t.start);
        let verb = SHARE_REACHED_VERBS.iter().find(|v| written.ends_with(*v))?;
        let subject = pre.strip_suffix(verb).unwrap_or(pre);
        let end = ctx.clause_end(n.t.start);
        let phrase = ctx.slice(n.t.end, end);
        // `达到90%以上`: a bound is the figure's, no measure.
        let phrase = POST
            .iter()
            .find_map(|w| phrase.strip_prefix(w))
            .unwrap_or(phrase);
        let short = (1..=MAX_DONE_PHRASE).contains(&phrase.chars().count());
        if !percent || !short || !phrase.chars().all(is_cjk) || phrase.starts_with('的') {
            return None;
        }
        let subject = drop_lead_words(subject, false);
        Some(if names_something(&subject) {
            format!("{subject}{phrase}")
        } else {
            phrase.to_string()
        })
    }

    /// The words before a milestone's verb (`税收首次突破1亿元` → `税收`), when token `k` is a
    /// mark crossed that names something.
    fn crossed_mark_subject(&self, k: usize) -> Option<String> {
        let (ctx, t) = (self.ctx, &self.tokens[k]);
        // Bounded, so a clause of thousands of marks stays linear.
        // From the number's own segment: a year opening the clause (`2020年地区生产总值突破…`)
        // names nothing.
        let from = ctx
            .clause_start(t.start)
            .max(self.classes[k].seg_start)
            .max(t.start.saturating_sub(MAX_PREFIX_CHARS));
        let pre = ctx.slice(from, t.start);
        let mut pre = MILESTONE_VERBS.iter().find_map(|v| pre.strip_suffix(v))?;
        while let Some(rest) = MILESTONE_ADVERBS.iter().find_map(|a| pre.strip_suffix(a)) {
            pre = rest;
        }
        let subject = strip_label(pre);
        if !names_something(&subject) {
            return None;
        }
        // `地区生产总值增长12.9%，总量迈上5万亿大台阶`: a generic head is the sentence subject's.
        if generic_head(&subject).is_some() {
            let sentence = ctx.clause_sentence[ctx.clause[t.start]];
            if let Some(owner) = self
                .sentence_subject(sentence)
                .filter(|o| generic_head(o).is_none())
            {
                return Some(format!("{owner}{subject}"));
            }
        }
        Some(subject)
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

    /// What the text says of the number before its label is put together.
    fn words(&mut self, n: &Number) -> Words {
        let (pre, framed) = self.own_words(n);
        let relates_to = self.described(n, &pre, framed);
        let related_subject = match (n.kind, relates_to) {
            // `其中税收收入增长17.2%，占比达到77.9%`: a bare share right after a part's growth is
            // that part's share.
            (NumberKind::Rate, Some(r)) if self.bare_share(&pre) => {
                self.part_before(n).or_else(|| self.list_subject(r))
            }
            (NumberKind::Rate, Some(r)) => self.list_subject(r),
            // `占生产总值的比重达到41.5%，比上年提高2.7个百分点`: a change in points after a
            // rate is a change of that rate, named whole.
            (NumberKind::Growth, Some(r))
                if self.classes[r].kind == Some(NumberKind::Rate) && is_point_change(n.t) =>
            {
                self.out[r].0.clone().or_else(|| self.subject_or_label(r))
            }
            // `固定资产投资完成77亿元，增长9%`: a growth of a level whose label ends in a generic
            // head (`投资`, `总量`) is a growth of that measure, head and all.
            (NumberKind::Growth, Some(r)) => self.out[r]
                .0
                .clone()
                .filter(|l| {
                    matches!(
                        self.classes[r].kind,
                        Some(NumberKind::Amount | NumberKind::Target)
                    ) && GENERIC_HEADS.iter().any(|h| l.ends_with(h))
                        && self.subjects[r]
                            .as_deref()
                            .is_some_and(|s| l.starts_with(s))
                })
                // `工业产值累计达6.88亿元，同比增长2.25%`: not the level's stage.
                .map(|l| without_stage_word(&l))
                .or_else(|| self.subject_or_label(r)),
            // `增长9.2%，高于全省平均2.1个百分点`: a gap in a growth is a gap in that growth
            // (`…增长高于全省平均`), not in the level; a gap to a benchmark compares the measure
            // the number before it names, whole.
            (NumberKind::Amount | NumberKind::Target, Some(r))
                if BENCHMARK_LEADS.iter().any(|w| pre.starts_with(w)) =>
            {
                self.out[r].0.clone().or_else(|| self.subject_or_label(r))
            }
            _ => relates_to.and_then(|r| self.subject_or_label(r)),
        };
        let related_subject = related_subject.or_else(|| {
            let bare = n.kind == NumberKind::Growth
                && relates_to.is_none()
                && !has_subject(&pre, growth_words());
            bare.then(|| milestone_clause_subject(self.ctx, self.tokens, n.clause))
                .flatten()
        });
        // A streak's length (`连续8年`) belongs to the subject before `连续`.
        let streak_subject = (n.is_amount() && is_duration(n.t) && pre.ends_with("连续"))
            .then(|| {
                let subject = strip_label(pre.trim_end_matches("连续"));
                strip_label(super::edges::strip_words(
                    &subject,
                    &[],
                    SUBJECT_TRAIL_ADVERBS,
                ))
            })
            .filter(|s| names_something(s));
        Words {
            pre,
            framed,
            relates_to,
            related_subject,
            streak_subject,
        }
    }

    /// The number's own words before it, and whether they end in a frame (after which what
    /// follows the number is the frame's verb, not its subject).
    fn own_words(&mut self, n: &Number) -> (String, bool) {
        let (ctx, tokens) = (self.ctx, self.tokens);
        // The previous number of the clause, names with digits skipped (a few at most).
        let prev_number = (n.k.saturating_sub(8)..n.k)
            .rev()
            .find(|&j| tokens[j].shape != Shape::Name)
            .filter(|&j| self.clause_of(j) == n.clause);
        let after_parallel = prev_number.is_some_and(|j| parallel(&tokens[j], n.t));
        let mut pre = prefix(ctx, n.c, after_parallel);
        // `村集体收入10万元以上的村达到50%`: a threshold (`N以上的`) inside the subject is part
        // of it; the subject starts where the threshold's words do. So is one the text has
        // already read as no measure (`开复工5000万元以上项目32个`) with its noun right after it.
        if let Some(j) = n.prev_in_clause {
            // `5亿元(3000万美元)以上项目60个`: the same bound in another unit, in brackets.
            let between = ctx.slice(tokens[j].end, n.c.core_end);
            let between = between.strip_prefix([')', '）']).unwrap_or(between);
            // `30万以上32个村`: a bar right before the count is the class of its things too.
            let class_bound = !self.classes[j].is_indicator
                && POST.iter().any(|w| {
                    between
                        .strip_prefix(w)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(is_cjk))
                });
            // `引进50亿元或5亿美元以上项目`: thresholds joined to it share its class.
            let mut first = j;
            while let Some(i) = first.checked_sub(1).filter(|&i| {
                !self.classes[i].is_indicator
                    && self.clause_of(i) == n.clause
                    && THRESHOLD_JOINERS.contains(&ctx.slice(tokens[i].end, tokens[first].start))
            }) {
                first = i;
            }
            // `超500亿元的企业达到11家`, `超10亿元项目12个`: a bar of a class before `的` or
            // before the name of the things counted.
            let class_bar = !self.classes[j].is_indicator
                && (between.starts_with('的') || between.chars().next().is_some_and(is_cjk))
                && CLASS_BAR_LEADS
                    .iter()
                    .any(|w| ctx.ends_with_at(tokens[first].start, w));
            if class_bound || class_bar || THRESHOLD_OPENERS.iter().any(|w| between.starts_with(w))
            {
                pre = strip_label(ctx.slice(self.classes[first].seg_start, n.c.core_end));
            } else if let Some(first) = self.words_of_people_or_turn(n, j) {
                pre = strip_label(ctx.slice(self.classes[first].seg_start, n.c.core_end));
            }
        }
        // `公共预算支出由11.66亿元增加到…`: the from-value of a frame; its suffix is the frame's verb.
        let mut framed = false;
        for &opener in FROM_OPENERS {
            // `补偿标准由每年每亩19元`: the rate's per-unit words say how it is counted.
            if let Some(p) = without_per_unit(&pre).strip_suffix(opener) {
                // `增加值从4364.33亿元`: a bare measure holding a growth verb names one too.
                if BARE_MEASURES.contains(&p) {
                    pre = p.to_string();
                    framed = true;
                } else if names_something(p) {
                    pre = strip_label(p);
                    framed = true;
                }
            }
        }
        // `“十三五”期间年均增长6.3%`: a plan's period opening the words says when.
        if let Some(rest) = super::frame::after_plan_period(&pre) {
            pre = strip_label(rest);
        }
        // `按年平均汇率折算达到13439美元`: how a figure was converted names nothing measured.
        if let Some(rest) = without_conversion(&pre) {
            pre = rest;
        }
        // `人均生产总值由“十五”末的2400美元`: a from-value at a time, the subject before it.
        // A share's words (`占生产总值比重由上年的`) name no subject: the frame finds it.
        let before_time = without_from_time(&pre);
        if before_time.len() < pre.len() {
            framed = !before_time.starts_with('占');
            pre = strip_label(before_time);
        }
        // `增加值从4364.33亿元`: a bare measure names what is measured, though its words hold a
        // growth verb; the sentence's thing is found for it later.
        let named = |p: &str| names_something(p) || BARE_MEASURES.contains(&p);
        // `地区生产总值在2012年突破2000亿元`, `…2015年达到…`: a year between the subject and its
        // verb says when; the subject stands before it.
        if !named(&pre) {
            if let Some(subject) = self.subject_before_year(n) {
                pre = strip_label(&format!("{subject}{pre}"));
            }
        }
        // `地区生产总值由2010年的162.4亿元`: the subject stands before the frame.
        if !named(&pre) {
            let index = self
                .index
                .get_or_insert_with(|| BlockIndex::new(ctx, tokens));
            if let Some(f) = frame(ctx, index, tokens, n.t, n.c) {
                if names_something(&f.subject) {
                    pre = format!("{}{}", f.subject, without_from_time(&f.wording));
                    // A share's words name no part: the level it reached is the part's too.
                    framed = !f.subject.starts_with('占');
                } else if n.is_amount() || without_year_basis(&f.wording) != f.wording {
                    // `…，较2018年增长6.4%`: the basis stays with the subject it will borrow.
                    pre = f.wording;
                }
            }
        }
        (pre, framed)
    }

    /// The words before a year right before `n` in its clause (`全区地区生产总值在2012年突破`
    /// → `全区地区生产总值`), when they name something and the year is when the verb after it
    /// happened: not a basis (`比2015年`, `由2010年的`) and with nothing but a verb after it.
    fn subject_before_year(&self, n: &Number) -> Option<String> {
        let (ctx, tokens) = (self.ctx, self.tokens);
        let j = n
            .prev_in_clause
            .filter(|&j| tokens[j].shape == Shape::Year)?;
        let before = ctx.slice(self.classes[j].seg_start, tokens[j].start);
        let before = before.strip_suffix(YEAR_PREPOSITIONS).unwrap_or(before);
        let basis = before.ends_with(COMPARISON_OPENERS) || before.ends_with(FROM_OPENERS);
        let after = ctx.slice(tokens[j].end, n.c.core_end);
        let subject = strip_label(before);
        (!basis && !after.contains('的') && names_something(&subject)).then_some(subject)
    }

    /// The label from the number's own words and what it describes, by kind.
    fn first_label(&self, n: &Number, w: &Words) -> String {
        match n.kind {
            NumberKind::Growth | NumberKind::Rate => match &w.related_subject {
                // `占生产总值比重由9.6%提高到10.8%`: the level reached after a from-value that
                // already names the share takes it once.
                Some(l) if !w.pre.is_empty() && l.ends_with(w.pre.as_str()) => l.clone(),
                Some(l) => format!("{l}{}", w.pre),
                // `在规上工业增加值中，制造业增加值占90.6%`: a share names its whole there.
                None if n.kind == NumberKind::Rate && w.pre.ends_with('占') => {
                    match share_whole(self.ctx, n.clause) {
                        Some(whole) => format!("{whole}{}", w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `城乡居民人均可支配收入…，收入比缩小到1.60:1`: a ratio of incomes is of the
                // groups whose income the sentence's subject is.
                None if n.kind == NumberKind::Rate && INCOME_RATIOS.contains(&w.pre.as_str()) => {
                    // A from-value's ratio already has them (`…从1.69:1缩小到1.60:1`).
                    let groups = self.sentence_subject(n.sentence).and_then(|s| {
                        s.strip_suffix(w.pre.as_str())
                            .or_else(|| COMPARED_INCOMES.iter().find_map(|i| s.strip_suffix(i)))
                            .filter(|g| names_something(g))
                            .map(str::to_string)
                    });
                    match groups {
                        Some(g) => format!("{g}{}", w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `…人均可支配收入分别为7.3万元、4.7万元，倍差缩小至1.56`: a bare ratio is of the
                // sentence's subject, whole.
                None if n.kind == NumberKind::Rate && BARE_RATIOS.contains(&w.pre.as_str()) => {
                    match self.sentence_subject(n.sentence) {
                        Some(s) if !s.ends_with(w.pre.as_str()) => format!("{s}{}", w.pre),
                        Some(s) => s,
                        None => w.pre.clone(),
                    }
                }
                // `外贸进出口总额2730亿元，总量占全区36%`: a share of a generic head is the share
                // of the sentence's subject.
                None if n.kind == NumberKind::Rate && head_share(&w.pre).is_some() => {
                    let share = head_share(&w.pre).unwrap_or_default();
                    match self.sentence_subject(n.sentence) {
                        Some(s) => format!("{s}{share}"),
                        None => w.pre.clone(),
                    }
                }
                // `137个市重点项目完成投资236.8亿元，年度投资完成率110.8%`: a rate of a generic
                // head is of the sentence's subject.
                None if n.kind == NumberKind::Rate && is_rate_of_a_head(&w.pre) => {
                    match self.sentence_subject(n.sentence) {
                        Some(s) => format!("{s}{}", w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `规模以上工业企业营业收入增长10%，利润增长15%`: a bare measure's growth is of
                // the thing whose other measure the sentence grew.
                None if n.kind == NumberKind::Growth
                    && BARE_MEASURES.contains(&growth_subject(&w.pre).as_str()) =>
                {
                    let measure = growth_subject(&w.pre);
                    // Only a subject that ends in another measure lends its thing.
                    let thing = self.sentence_subject(n.sentence).and_then(|s| {
                        let thing = without_measure(&s);
                        (thing.len() < s.len() && !s.ends_with(measure.as_str()))
                            .then_some(thing)
                            .filter(|t| names_something(t))
                    });
                    match thing {
                        Some(t) => format!("{}{}", thing_of_subject(&t), w.pre),
                        None => w.pre.clone(),
                    }
                }
                // `99%的行政村通达快递服务`: a share that opens its clause is of what follows
                // its `的`.
                None if n.kind == NumberKind::Rate && w.pre.is_empty() => {
                    self.share_of_what_follows(n).unwrap_or_default()
                }
                // `汽车产量继续保持40%以上增长`: the change named after its size.
                None if n.kind == NumberKind::Growth => {
                    match crate::numbers::classify::change_after_value(self.ctx, n.t) {
                        Some(up) => {
                            let subject = CHANGE_AFTER_LEADS
                                .iter()
                                .find_map(|v| w.pre.strip_suffix(v))
                                .unwrap_or(&w.pre);
                            let change = if up { "增长" } else { "下降" };
                            format!("{subject}{change}")
                        }
                        None => w.pre.clone(),
                    }
                }
                // `全村实现100%覆盖`: a share reached before what it measures is of that.
                None if n.kind == NumberKind::Rate => self
                    .share_reached_before_its_measure(n, &w.pre)
                    .unwrap_or_else(|| w.pre.clone()),
                None => w.pre.clone(),
            },
            NumberKind::Rank => self.rank_label(n, &w.pre, w.relates_to, &w.related_subject),
            NumberKind::Amount | NumberKind::Target => match &w.related_subject {
                Some(l) if BENCHMARK_LEADS.iter().any(|b| w.pre.starts_with(b)) => {
                    format!("{l}{}", w.pre)
                }
                _ if n.t.is_in_a_row() => self.in_a_row_label(n, &w.pre),
                _ => {
                    // `连续6年粮食总产稳定在…`: a streak that opens its clause is of what follows.
                    // After a clause on its subject (`固定资产投资增长3.8%，连续两年超2000亿元`),
                    // the streak is that subject's.
                    let opens = n.is_amount() && is_duration(n.t) && w.pre == "连续";
                    let streak = w.streak_subject.is_some() || opens;
                    let pre = match self.sentence_subject(n.sentence).filter(|_| opens) {
                        Some(subject) => format!("{subject}{}", w.pre),
                        None => w.pre.clone(),
                    };
                    self.amount_label(n, &pre, w.framed, streak)
                }
            },
        }
    }

    /// A label of only a generic head (`总投资`) takes the owner it belongs to, which it returns;
    /// any other label loses the time words, adverbs (and for amounts light verbs) opening it.
    fn heads_and_lead_words(&self, n: &Number, label: &mut String) -> Option<String> {
        if n.is_amount() {
            if let Some(head) = generic_head(label) {
                // The owner a generic head was given: what later numbers of the sentence
                // belong to (`X项目总投资30亿元，当年完成投资6.1亿元，开工25.9万平方米`).
                // `投资5.2亿元的污水处理厂三期工程`: the number belongs to the phrase after `的`;
                // `合作项目572项、总投资7139亿元`: else to the sentence's last subject.
                // `老城区改造工作成效明显。全年共完成投资3.5亿元`: else to the topic.
                let owner = phrase_after_de(self.ctx, n.t, n.next)
                    .or_else(|| {
                        self.sentence_subject(n.sentence)
                            // A project head names the things themselves (`实施建设项目`).
                            .filter(|s| {
                                generic_head(s).is_none()
                                    || PROJECT_HEADS.iter().any(|h| s.ends_with(h))
                            })
                    })
                    .or_else(|| topic_subject(self.ctx, self.tokens, n.clause))
                    .or_else(|| self.topic.and_then(title_subject));
                if let Some(owner) = owner {
                    // `新增市场主体1.2万户，总数达到8.6万户`: the total is of the things, not of the
                    // ones added (`签约招商项目` stays: signing says which projects).
                    // `规上工业企业新增92户，总数…`: nor of the adding.
                    let owner = match ADDED_WORDS
                        .iter()
                        .find_map(|w| owner.strip_prefix(w).or_else(|| owner.strip_suffix(w)))
                    {
                        Some(rest) if names_something(rest) => rest.to_string(),
                        _ => owner,
                    };
                    // `共完成投资`: after its owner, `共` (in all) says how much, not what.
                    let head = head
                        .strip_prefix('共')
                        .filter(|h| !h.is_empty())
                        .unwrap_or(&head);
                    // `…资金3.9亿元实施项目251个`: an owner that already ends in the head is the
                    // label whole, the head not said twice.
                    *label = if owner.ends_with(head) {
                        owner.clone()
                    } else {
                        format!("{owner}{head}")
                    };
                    return Some(owner);
                }
            } else {
                *label = drop_lead_words(label, true);
                if BARE_MEASURES.contains(&label.as_str()) {
                    // `马铃薯总产量达到25万吨，实现产值2.5亿元`: the thing the sentence is about.
                    // `一般公共预算收入…，税收…`: a subject that is itself a measure is no thing.
                    let is_thing = |s: &String| !MEASURE_AFTER_COUNT.iter().any(|m| s.ends_with(m));
                    let thing = self
                        .sentence_subject(n.sentence)
                        .map(|s| without_measure(&s))
                        // `完成夏粮收获面积20.52万亩，总产3.95万吨`: a yield is of the crop, not
                        // of the area it grew on.
                        .map(
                            |s| match CROP_AREA_WORDS.iter().find_map(|w| s.strip_suffix(w)) {
                                Some(crop) if YIELD_WORDS.contains(&label.as_str()) => {
                                    crop.to_string()
                                }
                                _ => s,
                            },
                        )
                        .filter(|s| names_something(s) && !BARE_MEASURES.contains(&s.as_str()))
                        .filter(is_thing)
                        .or_else(|| {
                            previous_clause_subject(self.ctx, self.tokens, n.clause)
                                .filter(is_thing)
                        })
                        // Only a thing with its own measure (`规模以上工业增加值`) lends the
                        // thing; another measure (`限上社销零总额`) is no thing of this one.
                        .or_else(|| {
                            self.subject_before_semicolon(n).and_then(|s| {
                                let thing = without_measure(&s);
                                (thing.len() < s.len()).then_some(thing)
                            })
                        })
                        // `进出口总额…，其中出口…`: a measure inside the subject's own is a part
                        // of it, not that thing's measure.
                        .filter(|s| !s.contains(label.as_str()));
                    if let Some(thing) = thing {
                        *label = format!("{}{label}", thing_of_subject(&thing));
                    }
                }
            }
        } else if n.kind != NumberKind::Rank {
            *label = drop_lead_words(label, false);
        }
        None
    }

    /// The label when it names nothing yet: a list's first item's, a borrowed subject, else
    /// the number's own stretch of text; then cleaned and bounded.
    fn fallbacks(&mut self, n: &Number, mut label: String, relates_to: Option<usize>) -> String {
        // `分别降低5.2%和11.5%`: a bare second item of a list shares the first one's label.
        if label.is_empty() && relates_to.is_none() {
            if let Some(j) = n
                .prev_in_clause
                .filter(|&j| self.classes[j].kind == n.c.kind)
            {
                label = self.out[j].0.clone().unwrap_or_default();
            }
        }
        if let Some(measure) = self.measure_at_another_time(n, &label) {
            label = measure;
        }
        // `排名全省第4，较上年前移2位`: places moved are a change of the rank before;
        // `增长3.8%，较上年提高0.3个百分点`: points, of the growth rate before.
        if let Some(moved) = self.rank_moved(n).or_else(|| self.rate_moved(n)) {
            label = moved;
        }
        if let Some(rate) = self.growth_named_by_its_time(n, &label) {
            label = rate;
        }
        // `其中税收收入增长17.2%，占比达到77.9%`: a share that names only itself is of the
        // subject before it.
        if n.kind == NumberKind::Rate && BARE_SHARE_WORDS.contains(&label.as_str()) {
            let whole = self
                .part_before(n)
                .unwrap_or_else(|| self.with_borrowed_subject(n, String::new()));
            if names_something(&whole) {
                label = format!("{whole}{label}");
            }
        } else if n.kind != NumberKind::Rank && !names_something(&label) {
            label = self.with_borrowed_subject(n, label);
        } else if let Some(rest) = only_estimated(&label).filter(|_| n.kind != NumberKind::Rank) {
            // `全年预计达到35040元`, `全年预计同比增长8.0%`: an estimate of the sentence's measure.
            let rest = rest.to_string();
            let borrowed = self.with_borrowed_subject(n, rest.clone());
            if borrowed != rest {
                label = borrowed;
            }
        } else if let Some(bare) = self.bare_basis_or_stage(n, &label) {
            label = bare;
        } else if n.is_amount() && LABEL_LEAD_VERBS.contains(&without_time_words(&label)) {
            // `地方财政收入首破30亿元，实现31.1亿元`: a light verb alone names nothing counted.
            let borrowed = self.with_borrowed_subject(n, String::new());
            if names_something(&borrowed) {
                label = borrowed;
            }
        }
        if label.is_empty() {
            // Last resort: the number's own stretch of its clause, from the previous number to
            // the next. Not the whole clause: in a clause of many numbers (`1个、2个、…`) that
            // would be the other numbers, once per number.
            let ctx = self.ctx;
            let (s, e) = ctx.clause_range[n.clause];
            let from = n.prev_in_clause.map_or(s, |j| self.tokens[j].end.max(s));
            let to = n.next_start.min(e);
            let text = format!("{}{}", ctx.slice(from, n.t.start), ctx.slice(n.t.end, to));
            label = strip_label(&text);
        }
        label = without_debris(&label);
        if let Some(rest) = without_growth_light_verb(n.kind, &label) {
            label = rest.to_string();
        }
        if let Some(held) = self.position_held(n, &label) {
            label = held;
        }
        if let Some(scoped) = self.of_a_part_of_the_place(n, &label) {
            label = scoped;
        }
        // `（四）酒村净菜加工项目：该项目占地10亩`: `该项目` is the one the paragraph's lead names.
        if let Some(named) = self.referred_by_gai(&label) {
            label = named;
        }
        // `居民消费价格指数同比持平（100）`: that it did not change is said of the level, no
        // part of its name.
        if let Some(rest) = FLAT_WORDS.iter().find_map(|w| label.strip_suffix(w)) {
            let rest = rest.strip_suffix("同比").unwrap_or(rest);
            if names_something(rest) {
                label = rest.to_string();
            }
        }
        // `地区生产总值突破500亿元大关，…，占全州GDP比重超18%`: a share of a whole with no
        // figure before it to describe is of the sentence's subject.
        if n.kind == NumberKind::Rate && relates_to.is_none() && label.starts_with('占') {
            let ctx = self.ctx;
            let whole = (0..n.k)
                .rev()
                .take_while(|&j| ctx.clause_sentence[self.clause_of(j)] == n.sentence)
                .filter_map(|j| self.subjects[j].as_deref())
                .find(|s| !s.starts_with('占') && names_something(s));
            if let Some(s) = whole {
                label = format!("{s}{label}");
            }
        }
        if label.chars().nth(MAX_LABEL_CHARS).is_some() {
            label.clear();
        }
        let label = match n.kind {
            NumberKind::Amount | NumberKind::Target => subject_of(&label),
            _ => label,
        };
        // `外贸进出口总额在高基数下实现2730亿元`: the circumstances (`在…下`) say how, not what.
        let label = without_circumstances(&label).unwrap_or(label);
        // `相沟镇实现一般公共预算收入`: a light verb only joins a place to its measure.
        without_place_light_verb(&label).unwrap_or(label)
    }

    /// A bare verb or frame (`增加`, `年均递增`, `是2010年的`): the nearest noun phrase earlier in
    /// the sentence, else the topic's title, then the label's own growth wording.
    fn with_borrowed_subject(&mut self, n: &Number, label: String) -> String {
        let (ctx, tokens) = (self.ctx, self.tokens);
        let near = self.clause_subjects[n.clause]
            .get_or_insert_with(|| clause_subject(ctx, tokens, n.clause))
            .clone();
        // A clause right before that speaks of a rate (`其中金融业增速最高，年均增长14%`) names
        // whose growth this is, nearer than any earlier number's subject.
        let borrowed = near
            .clone()
            .filter(|_| {
                n.kind == NumberKind::Growth && previous_clause_speaks_of_rate(ctx, n.clause)
            })
            .or_else(|| self.sentence_subject(n.sentence))
            .or(near)
            // `全社会固定资产投资累计完成2039亿元；2005年达到600亿元`: a statement in parts,
            // the later part naming only its time.
            .or_else(|| self.subject_before_semicolon(n))
            .or_else(|| self.topic.map(strip_label).filter(|s| names_something(s)));
        let Some(b) = borrowed else {
            return label;
        };
        // `地区生产总值…，人均突破31万元`: a per-unit word alone measures the subject per unit.
        if PER_UNIT_PREFIXES.contains(&label.as_str()) {
            let b = PER_UNIT_PREFIXES
                .iter()
                .find_map(|p| b.strip_prefix(p))
                .unwrap_or(&b);
            return format!("{label}{b}");
        }
        // `高新技术企业达到326家，新增112家`: a verb of doing leads what it did.
        let b_is_thing = !COUNT_VERBS.iter().any(|v| b.starts_with(v));
        let verb_led = COUNT_VERBS.contains(&label.as_str())
            || NET_CHANGE_VERBS.iter().any(|(v, _)| *v == label);
        if verb_led && b_is_thing {
            return format!("{label}{b}");
        }
        // `新增“四上”企业14家，净增7家`: the things the count before counts, under this verb.
        if let Some(things) = COUNT_VERBS
            .iter()
            .find_map(|v| b.strip_prefix(v))
            .filter(|t| verb_led && names_something(t))
        {
            return format!("{label}{things}");
        }
        // Keep the number's own growth wording (`增加`, `年均递增`), not a stray char; and a
        // bare measure with it (`工业平稳发展，增加值增长3.8%`).
        let own = remove_words(&label, fenbie());
        let bare_measure = BARE_MEASURES.contains(&growth_subject(&own).as_str());
        let own = if has_subject(&own, growth_words()) && !bare_measure {
            String::new()
        } else {
            own
        };
        // `…等五大支柱产业不断做大做强，完成增加值…`: a bare measure is of the clause's thing.
        if bare_measure {
            return format!("{}{own}", thing_of_subject(&b));
        }
        format!("{b}{own}")
    }

    /// The noun phrase later numbers of the sentence may borrow from this one (`None` when it
    /// names nothing).
    fn subject(
        &self,
        n: &Number,
        label: &str,
        w: Words,
        owner_subject: Option<String>,
    ) -> Option<String> {
        match n.kind {
            _ if n.delta => self.sentence_subject(n.sentence),
            // `增长9.9%，高于全省平均水平2个百分点，增速在全省排名…`: a gap to a benchmark is
            // of the measure it compares; later numbers borrow that measure.
            NumberKind::Amount | NumberKind::Target if self.is_gap(n, w.relates_to) => {
                w.relates_to.and_then(|r| self.subjects[r].clone())
            }
            // `增长6.2%，增速分别高于全国、全省1.2和0.6个百分点`: a gap in a growth's rate lends
            // the sentence's subject.
            NumberKind::Amount | NumberKind::Target if is_rate_gap(label) => {
                self.sentence_subject(n.sentence)
            }
            // `…，连续两年超2000亿元`: a streak that opens its clause lends the subject it took.
            NumberKind::Amount | NumberKind::Target if is_duration(n.t) && w.pre == "连续" => {
                self.sentence_subject(n.sentence)
            }
            // `跨国公司地区总部新认定60家，累计达到1016家`: the things, without the stage or
            // verb of the count written after them.
            NumberKind::Amount | NumberKind::Target => {
                owner_subject.or(w.streak_subject).or_else(|| {
                    // `工业产值累计达6.88亿元，同比增长2.25%`: the amount's stage (`累计`, `预计`)
                    // is no part of what later numbers measure.
                    let subject = without_stage_word(&without_head(label));
                    // Most labels end in a char no stage or verb ends with: no search for them.
                    if !may_end_with(&subject, stage_words()) {
                        return Some(subject);
                    }
                    Some(match counted::things_without_stage(&subject) {
                        Some((things, false)) => things.to_string(),
                        _ => subject,
                    })
                })
            }
            // `是2015年的1.4倍，年均增长6.3%`: a multiple compares; its subject is the level's.
            // Written first (`社会消费品零售总额是2020年的1.4倍、跃升至…`), its own words before
            // the verb are the subject.
            NumberKind::Rate if is_multiple(n.t) => self
                .sentence_subject(n.sentence)
                .or_else(|| label.split_once(MULTIPLE_VERBS).map(|(s, _)| s.to_string())),
            NumberKind::Rate if names_something(label) && w.relates_to.is_none() => {
                Some(subject_of(label))
            }
            // `地区生产总值增长7.5%，达到309亿元`: a growth with its own subject lends it.
            // Not a comparison's basis alone (`比“九五”时期提高0.6个百分点`).
            NumberKind::Growth if w.related_subject.is_none() => Some(growth_subject(label))
                .filter(|s| !s.starts_with(COMPARISON_OPENERS))
                .map(|s| without_trailing_basis(&s).to_string()),
            _ => w.related_subject,
        }
        .filter(|s| names_something(s))
        // `年计划完成地区生产总值617亿元，1—9月完成428.3亿元`: the year's plan frames the first
        // figure; later figures of the sentence measure what it plans.
        .map(
            |s| match PLAN_FRAME_LEADS.iter().find_map(|w| s.strip_prefix(w)) {
                Some(rest) if names_something(rest) && generic_head(rest).is_none() => {
                    rest.to_string()
                }
                _ => s,
            },
        )
    }

    /// Keeps what later numbers of the block read of this one.
    fn record(
        &mut self,
        n: &Number,
        label: String,
        relates_to: Option<usize>,
        subject: Option<String>,
    ) {
        // A gap to a benchmark (`超额完成年度任务2.1亿元`) describes the level before it; what
        // follows describes that level too.
        if self.is_gap(n, relates_to) {
            self.clause_candidate[n.clause] = relates_to;
        } else if is_candidate(n.c, n.t, n.delta) && !reference_in_brackets(self.ctx, n.t) {
            self.last_candidate = Some(n.k);
            self.clause_candidate[n.clause] = Some(n.k);
        }
        // A growth in a unit of its own (`比2018年增加5320元`) is a change too.
        self.clause_delta[n.clause] |= n.delta || n.kind == NumberKind::Growth;
        if subject.is_some() {
            self.last_subject = Some(n.k);
        }
        self.subjects.push(subject);
        let label = without_copied_spaces(label);
        self.out
            .push(((!label.is_empty()).then_some(label), relates_to));
    }

    /// `规模以上工业增加值830亿元，增长15.9%；实现利税277.3亿元`: the subject of the sentence
    /// right before `n`'s when only `；` parts them (one statement in parts), if it has one.
    fn subject_before_semicolon(&self, n: &Number) -> Option<String> {
        let ctx = self.ctx;
        let first = (0..=n.clause)
            .rev()
            .take_while(|&c| ctx.clause_sentence[c] == n.sentence)
            .last()?;
        let start = ctx.clause_range[first].0;
        let parted = start
            .checked_sub(1)
            .is_some_and(|i| matches!(ctx.chars[i], '；' | ';'));
        let j = self.last_subject?;
        (parted && ctx.clause_sentence[self.clause_of(j)] + 1 == n.sentence)
            .then(|| self.subjects[j].clone())
            .flatten()
    }

    /// `农业实现“十连丰”` → `农业`: a streak in a row is of the subject before its verb (quotes
    /// and the verb left out), else of the thing the sentence is about.
    fn in_a_row_label(&self, n: &Number, pre: &str) -> String {
        let own = strip_label(pre.trim_end_matches(['“', '"']));
        let own = strip_words(&own, &[], SUBJECT_TRAIL_VERBS);
        if names_something(own) {
            return own.to_string();
        }
        self.sentence_subject(n.sentence)
            .map(|s| without_measure(&s))
            .unwrap_or_default()
    }

    /// Whether number `n`, describing `relates_to`, is a gap to a benchmark (`高于全省2个百分点`,
    /// `超额完成年度任务2.1亿元`) or a share of the work it was set.
    /// A share of work done (`完成预期目标的139.3%`) describes its level too: a growth after it
    /// (`比上年同期增长37.2%`) is of the level.
    fn is_gap(&self, n: &Number, relates_to: Option<usize>) -> bool {
        let words = self.ctx.slice(n.c.seg_start, n.c.core_end);
        let words = words.trim_start_matches(['，', ',', ' ']);
        let share_done = n.kind == NumberKind::Rate
            && words.starts_with("完成")
            && PLAN_SHARE_WORDS.iter().any(|w| words.contains(w));
        relates_to.is_some() && (share_done || BENCHMARK_LEADS.iter().any(|w| words.starts_with(w)))
    }

    fn clause_of(&self, j: usize) -> usize {
        self.ctx.clause[self.tokens[j].start]
    }

    /// Token `j`'s subject, else its label.
    fn subject_or_label(&self, j: usize) -> Option<String> {
        self.subjects[j].clone().or_else(|| self.out[j].0.clone())
    }

    /// The subject of the sentence's last number with one, if that number is in `sentence`.
    fn sentence_subject(&self, sentence: usize) -> Option<String> {
        self.last_subject
            .filter(|&j| self.ctx.clause_sentence[self.clause_of(j)] == sentence)
            .and_then(|j| self.subjects[j].clone())
    }
}

/// `一般公共预算收入比“十二五”末` → `一般公共预算收入`: a subject without the comparison with a
/// time that ends it (what later numbers borrow is the measure, not its basis).
fn without_trailing_basis(s: &str) -> &str {
    match s.rfind(COMPARISON_OPENERS) {
        Some(i) if i > 0 => {
            let opener = s[i..].chars().next().map_or(0, char::len_utf8);
            let (subject, time) = (&s[..i], &s[i + opener..]);
            if is_time_basis(time) && names_something(subject) {
                subject
            } else {
                s
            }
        }
        _ => s,
    }
}

/// `城乡居民收入翻一番`: a doubling's label says `翻番`, whatever the clause left of it, after
/// the base it doubles when the clause names one (`比2011年翻了近一番`): a doubling is
/// nothing without it.
fn with_doubling_word(ctx: &Context, t: &Token, label: String) -> String {
    if t.unit.as_ref().is_none_or(|u| u.written != "番") || label.is_empty() {
        return label;
    }
    let subject = label.trim_end_matches('翻');
    let from = ctx
        .clause_start(t.start)
        .max(t.start.saturating_sub(MAX_BASE_CHARS));
    let before = ctx.slice(from, t.start);
    let base = before.rfind('比').and_then(|i| {
        let rest = &before[i..];
        rest.find('年')
            .map(|e| (strip_label(&before[..i]), &rest[..e + '年'.len_utf8()]))
    });
    match base {
        // `经济总量比2012年翻了近两番`: the words before the base are the doubling's own subject.
        Some((own, b)) if names_something(&own) => format!("{own}{b}翻番"),
        Some((_, b)) if !subject.contains(b) => format!("{subject}{b}翻番"),
        _ => format!("{subject}翻番"),
    }
}

/// How far before a doubling its base and subject (`经济总量比2011年`) are looked for, in chars.
const MAX_BASE_CHARS: usize = 24;

/// `人均生产总值由“十五”末的` → `人均生产总值`: words without the from-frame at a time that ends
/// them, when what is left names something.
fn without_from_time(s: &str) -> &str {
    // A time is a few chars (`“十五”末的`): only the tail is searched.
    let mut tail = s.len().saturating_sub(MAX_FROM_TIME_BYTES);
    while !s.is_char_boundary(tail) {
        tail += 1;
    }
    match s[tail..]
        .rfind(FROM_OPENERS)
        .map(|i| (&s[..tail + i], &s[tail + i + '由'.len_utf8()..]))
    {
        Some((p, time)) if is_time_basis(time) && names_something(p) => p,
        _ => s,
    }
}

/// Whether a rate's words are a generic head's (`年度投资完成率`, `投资完成率`): whose it is
/// stands before them.
fn is_rate_of_a_head(pre: &str) -> bool {
    let rest = LABEL_TIME_WORDS
        .iter()
        .find_map(|w| pre.strip_prefix(w))
        .unwrap_or(pre);
    rest.ends_with('率') && GENERIC_HEADS.iter().any(|h| rest.starts_with(h))
}

/// Whether a label is only a gap in a growth's rate (`增速分别高于全国、全省`): the gap has no
/// subject of its own.
fn is_rate_gap(label: &str) -> bool {
    crate::numbers::gaps::benchmark_lead(label).is_some_and(|(rate, _, _)| rate.is_some())
}

/// `按年平均汇率折算` → ``, `人均收入按可比价计算` → `人均收入`: words without a conversion
/// phrase (`按…折算`) in them, when they hold one.
fn without_conversion(s: &str) -> Option<String> {
    let at = s.rfind('按')?;
    let end = CONVERSION_WORDS
        .iter()
        .filter_map(|w| s[at..].find(w).map(|i| at + i + w.len()))
        .min()?;
    Some(strip_label(&format!("{}{}", &s[..at], &s[end..])))
}

/// The most bytes a from-time takes with its opener (`由“十五”末的`, `由2017年末的`).
const MAX_FROM_TIME_BYTES: usize = 30;

/// `label` without the time words it opens with (`全年完成` → `完成`).
fn without_time_words(label: &str) -> &str {
    let mut s = label;
    while let Some(rest) = LABEL_TIME_WORDS.iter().find_map(|w| s.strip_prefix(w)) {
        s = rest;
    }
    s
}

/// `预计`, `预计同比增长` → ``, `同比增长`: what is left of a label that opens with a word of an
/// estimate and names nothing else measured, or `None`.
fn only_estimated(label: &str) -> Option<&str> {
    let rest = without_time_words(label);
    let rest = ESTIMATE_WORDS.iter().find_map(|w| rest.strip_prefix(w))?;
    let rest = without_time_words(rest);
    let named = remove_words(rest, growth_and_frame_words());
    let named = BASIS_WORDS.iter().fold(named, |s, b| s.replace(b, ""));
    (!names_something(&named)).then_some(rest)
}

/// A subject without a stage word it ends in (`工业产值累计` → `工业产值`) or a word that only
/// says the level is the level (`固定资产投资绝对额` → `固定资产投资`), unless that leaves
/// nothing named.
fn without_stage_word(subject: &str) -> String {
    let mut s = subject;
    for w in ANYWHERE_PRE.iter().chain(LEVEL_WORDS) {
        s = s.strip_suffix(w).unwrap_or(s);
    }
    if names_something(s) { s } else { subject }.to_string()
}

/// A subject without the measure it ends in (`马铃薯总产量` → `马铃薯`).
fn without_measure(subject: &str) -> String {
    let thing = BARE_MEASURES
        .iter()
        .find_map(|m| subject.strip_suffix(m))
        .unwrap_or(subject);
    // `规模以上工业实现利税…、利润…`: the light verb before the measure is no part of the thing.
    INNER_LIGHT_VERBS
        .iter()
        .find_map(|v| thing.strip_suffix(v))
        .unwrap_or(thing)
        .to_string()
}

/// `钢铁、铝业、装备制造等五大支柱产业不断做大做强` → `五大支柱产业`: the thing a clause speaks
/// of, without what it says of it (from an adverb or word of manner on) and without the
/// examples listed before its class.
fn thing_of_subject(subject: &str) -> String {
    let thing = cut_before(subject, &[SUBJECT_TRAIL_ADVERBS, SUBJECT_MANNER_WORDS], 2);
    match thing.rfind('等') {
        Some(i) if names_something(&thing[i + '等'.len_utf8()..]) => {
            thing[i + '等'.len_utf8()..].to_string()
        }
        _ => thing.to_string(),
    }
}

/// Whether token `t` is a change in percentage points (`2.7个百分点`).
fn is_point_change(t: &Token) -> bool {
    t.unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(crate::numbers::classify::is_point_unit)
}

/// Whether token `t` is a bound (`80岁以上`): the number ends in a bound word.
fn is_bound(ctx: &Context, t: &Token) -> bool {
    crate::numbers::lexicon::POST
        .iter()
        .any(|w| ctx.starts_with_at(t.end, w))
}

/// Whether a growth, rate or rank may describe this number: an indicator that is no growth,
/// rank, duration or change.
fn is_candidate(class: &Class, token: &Token, delta: bool) -> bool {
    class.is_indicator
        && !matches!(
            class.kind,
            Some(NumberKind::Growth) | Some(NumberKind::Rank)
        )
        && !is_duration(token)
        && !delta
        // `是2015年的1.4倍，年均增长6.3%`: a multiple compares; the growth is of the level.
        && !is_multiple(token)
}

/// Whether token `t` is a multiple (`1.4倍`).
fn is_multiple(t: &Token) -> bool {
    t.unit
        .as_ref()
        .is_some_and(|u| u.base.as_deref() == Some("倍"))
}

/// A rank's scope without the group it is taken in (`全市6县市` → `全市`, `全国15个同类城市中`
/// → `全国同类城市`): the group's size says among how many, not what is ranked; a kind counted
/// with its counter names the places compared.
fn without_ranked_group(scope: &str) -> String {
    // `居三县之首`: `之` only joins the places to their head.
    let scope = scope.strip_suffix('之').unwrap_or(scope);
    // `在全市10个镇街中排名第一`: the ranking's word after the group stays after it.
    let (scope_words, ranking) = ["排名", "排位"]
        .iter()
        .find_map(|w| scope.strip_suffix(w).map(|s| (s, *w)))
        .unwrap_or((scope, ""));
    let among = scope_words
        .strip_suffix("之中")
        .or_else(|| scope_words.strip_suffix('中'))
        .unwrap_or(scope_words);
    for kind in RANK_PLACE_KINDS {
        if let Some(rest) = among.strip_suffix(kind) {
            if let Some(counted) = rest.strip_suffix('个') {
                let size = counted.trim_end_matches(|c: char| c.is_ascii_digit());
                if size.len() < counted.len() {
                    return format!("{size}{kind}{ranking}");
                }
            }
            let size = rest.trim_end_matches(|c: char| c.is_ascii_digit());
            if size.len() < rest.len() {
                return format!("{size}{ranking}");
            }
        }
    }
    scope.to_string()
}
