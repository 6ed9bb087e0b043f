//! The subject a later number borrows: what each number leaves for the next (`subject`,
//! `record`), and where a subject is read from (the sentence's last, the statement's before a
//! `；`, a mark crossed).

use super::*;
use crate::numbers::lexicon::TIME_WINDOW_ENDS;

impl Labeler<'_> {
    /// The words before a milestone's verb (`税收首次突破1亿元` → `税收`), when token `k` is a
    /// mark crossed that names something.
    pub(super) fn crossed_mark_subject(&self, k: usize) -> Option<String> {
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

    /// The noun phrase later numbers of the sentence may borrow from this one (`None` when it
    /// names nothing).
    pub(super) fn subject(
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
            // `GDP全年累计增长6.7%，增幅居全省第4位`: the period it grew over is no part of
            // what it lends.
            NumberKind::Growth if w.related_subject.is_none() => Some(growth_subject(label))
                .filter(|s| !s.starts_with(COMPARISON_OPENERS))
                .map(|s| without_trailing_period(without_trailing_basis(&s)).to_string()),
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
    pub(super) fn record(
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
        } else if is_candidate(n.c, n.t, n.delta)
            && !reference_in_brackets(self.ctx, n.t)
            && !(self.clause_candidate[n.clause].is_some() && in_bracketed_aside(self.ctx, n.t))
        {
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
    pub(super) fn subject_before_semicolon(&self, n: &Number) -> Option<String> {
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

    /// Token `j`'s subject, else its label.
    pub(super) fn subject_or_label(&self, j: usize) -> Option<String> {
        self.subjects[j].clone().or_else(|| self.out[j].0.clone())
    }

    /// The subject of the sentence's last number with one, if that number is in `sentence`.
    pub(super) fn sentence_subject(&self, sentence: usize) -> Option<String> {
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

/// Whether a label is only a gap in a growth's rate (`增速分别高于全国、全省`): the gap has no
/// subject of its own.
fn is_rate_gap(label: &str) -> bool {
    crate::numbers::gaps::benchmark_lead(label).is_some_and(|(rate, _, _)| rate.is_some())
}

/// A subject without a stage word it ends in (`工业产值累计` → `工业产值`) or a word that only
/// says the level is the level (`固定资产投资绝对额` → `固定资产投资`), unless that leaves
/// nothing named.
pub(super) fn without_stage_word(subject: &str) -> String {
    let mut s = subject;
    for w in ANYWHERE_PRE.iter().chain(LEVEL_WORDS) {
        s = s.strip_suffix(w).unwrap_or(s);
    }
    if names_something(s) { s } else { subject }.to_string()
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

/// `GDP全年` → `GDP`, `全市生产总值五年` → `全市生产总值`: a subject without the period of the
/// year or the span of years it ends with, when what is left names something.
fn without_trailing_period(subject: &str) -> &str {
    let rest = YEAR_PERIODS
        .iter()
        .find_map(|p| subject.strip_suffix(p))
        .or_else(|| without_trailing_span(subject));
    rest.filter(|rest| names_something(rest)).unwrap_or(subject)
}

/// `…五年`, `…五年间`, `…三年来`: `s` without the span of years in Chinese numerals it ends with.
fn without_trailing_span(s: &str) -> Option<&str> {
    let s = TIME_WINDOW_ENDS
        .iter()
        .find_map(|e| s.strip_suffix(e))
        .unwrap_or(s);
    let before = s.strip_suffix('年')?;
    let numerals = before
        .chars()
        .rev()
        .take_while(|&c| crate::numbers::scan::is_cn_numeral(c))
        .map(char::len_utf8)
        .sum::<usize>();
    (numerals > 0).then(|| &before[..before.len() - numerals])
}
