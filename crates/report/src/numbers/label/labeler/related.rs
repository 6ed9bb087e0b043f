//! What a growth, rate or rank without a subject of its own describes, and the base of a
//! multiple: the links from one number to another.

use super::*;
use crate::numbers::lexicon::{GROWTH_RATE_WORDS, MILESTONE_TIMES, MILESTONE_VERBS};

impl Labeler<'_> {
    /// `城乡居民人均可支配收入年均增长5.4%和9.5%`: a growth right after another of its clause,
    /// only a list's separator between them, is a later value of that list (split by subject
    /// later), not a description of a level before it.
    fn later_growth_of_a_list(&self, n: &Number) -> bool {
        let Some(j) = n.prev_in_clause.filter(|&j| {
            n.kind == NumberKind::Growth && self.classes[j].kind == Some(NumberKind::Growth)
        }) else {
            return false;
        };
        let between = self.ctx.slice(self.tokens[j].end, n.t.start);
        let between = POST
            .iter()
            .find_map(|w| between.strip_prefix(w))
            .unwrap_or(between);
        crate::numbers::lexicon::LIST_SEPARATORS.contains(&between)
    }

    /// Whether clause `cl` only says a mark was passed (`首次突破300亿元`).
    fn only_a_mark_passed(&self, cl: usize) -> bool {
        let (start, end) = self.ctx.clause_range[cl];
        let words = self.ctx.slice(start, end).trim_start();
        let words = MILESTONE_TIMES
            .iter()
            .find_map(|w| words.strip_prefix(w))
            .unwrap_or(words);
        MILESTONE_VERBS.iter().any(|v| words.starts_with(v))
    }

    /// The number a growth, rate or rank without a subject of its own describes: the nearest
    /// candidate of its clause, else of the sentence's previous clause.
    pub(super) fn described(&self, n: &Number, pre: &str, framed: bool) -> Option<usize> {
        let pre = without_year_basis(pre);
        // `…增长8.4%，五年间年均增长9.4%`: a time window names no subject.
        let pre = crate::numbers::label::edges::after_time_window(pre).unwrap_or(pre);
        let needs_subject = !framed
            && match n.kind {
                NumberKind::Growth => {
                    // `增幅高出“九五”时期2.1个百分点`: the growth rate compared is the subject's.
                    let compared = GROWTH_RATE_WORDS
                        .iter()
                        .find_map(|w| pre.strip_prefix(w))
                        .unwrap_or(pre);
                    !has_subject(pre, growth_words())
                        || BENCHMARK_LEADS.iter().any(|w| compared.starts_with(w))
                }
                // `…支出9.7亿元，占全年支出的50.2%`: a share with no subject of its own.
                NumberKind::Rate => {
                    // `办复率均达100%`: `均` says the rate holds for every item before it.
                    let pre = pre.strip_suffix('均').unwrap_or(pre);
                    // `培育市场主体138家，任务完成率达122%`: the rate of the task the figure
                    // before it was set.
                    let bare = PLAN_SHARE_WORDS
                        .iter()
                        .find_map(|w| pre.strip_prefix(w))
                        .unwrap_or(pre);
                    (bare.chars().count() <= 4 && BARE_RATE_ENDS.iter().any(|w| bare.ends_with(w)))
                        || pre.starts_with('占')
                        // `实际到账外资1277万美元，完成年计划212.8%`: a share of work done.
                        // `完成固定资产投资34301万元，超序时进度24.7%`: ahead of schedule.
                        || ((pre.starts_with("完成") || pre.starts_with('超'))
                            && pre.chars().count() <= 8
                            && PLAN_SHARE_WORDS.iter().any(|w| pre.contains(w)))
                }
                // `增量全市第一`: a generic head (`增量`, `总量`) ranks the number before it.
                NumberKind::Rank => {
                    let pre = super::rank::without_from_opener(pre);
                    let own = remove_words(pre, rank_words());
                    // `列内地城市榜首`: places of a kind are the scope, no subject.
                    !has_subject(pre, rank_words())
                        || generic_head(&own).is_some()
                        || super::rank::only_places(&own)
                }
                // `占比达到67.7%，高于全省3.1个百分点`: a gap to a benchmark is of the number
                // before it.
                NumberKind::Amount | NumberKind::Target => {
                    BENCHMARK_LEADS.iter().any(|w| pre.starts_with(w))
                }
            };
        if !needs_subject || self.later_growth_of_a_list(n) {
            return None;
        }
        let ctx = self.ctx;
        // `乳制品产量连续8年全国第一`: a rank right after a streak with a subject of its own is
        // that subject's place (the sentence's last subject), not a level's before it.
        let after_streak = n.kind == NumberKind::Rank
            && n.prev_in_clause.is_some_and(|j| {
                let start = self.tokens[j].start;
                is_duration(&self.tokens[j])
                    && ctx.ends_with_at(start, "连续")
                    && names_something(&strip_label(
                        ctx.slice(
                            ctx.clause_start(start)
                                .max(start.saturating_sub(MAX_PREFIX_CHARS)),
                            start - "连续".chars().count(),
                        ),
                    ))
            });
        if after_streak {
            return None;
        }
        // The nearest candidate of the clause: the last one so far, if in this clause.
        let mut relates_to = self
            .last_candidate
            .filter(|&j| self.clause_of(j) == n.clause);
        // Then the previous clause of the sentence; past a clause holding only a change
        // (`…完成30788元,比2010年增加13480元,年均递增12.2%`), the one before it.
        // `…314.04亿元，首次突破300亿元，比上年增长7.8%`: a mark passed is no candidate, and
        // is passed over without counting.
        let (mut back, mut changes) = (1, 0);
        while relates_to.is_none()
            && changes < 3
            && n.clause >= back
            && ctx.clause_sentence[n.clause - back] == n.sentence
        {
            let cl = n.clause - back;
            relates_to = self.clause_candidate[cl];
            let mark = relates_to.is_none() && self.only_a_mark_passed(cl);
            if !self.clause_delta[cl] && !mark {
                break;
            }
            changes += usize::from(!mark);
            back += 1;
        }
        // `同比增长6.1%，高于全省平均1.2个百分点`: a benchmark compares the number just before it,
        // a growth included.
        if relates_to.is_none() && BENCHMARK_LEADS.iter().any(|w| pre.starts_with(w)) {
            relates_to = n.k.checked_sub(1).filter(|&j| {
                self.classes[j].is_indicator && ctx.clause_sentence[self.clause_of(j)] == n.sentence
            });
        }
        relates_to
    }

    /// The subject of number `r` for a rate that describes it; when `r` ends a list of counts
    /// of one unit (`办理人大代表意见建议598件、政协提案1857件，满意率100%`), the subjects of all
    /// its items, without the verb they share.
    pub(super) fn list_subject(&self, r: usize) -> Option<String> {
        let clause = self.clause_of(r);
        let mut items = vec![r];
        let mut j = r;
        while let Some(p) = j.checked_sub(1) {
            let between = self
                .ctx
                .slice(self.tokens[p].end, self.classes[j].seg_start);
            let listed = ["、", "和"].contains(&between.trim());
            if self.clause_of(p) != clause
                || !listed
                || !self.classes[p].is_indicator
                || !parallel(&self.tokens[p], &self.tokens[r])
            {
                break;
            }
            items.push(p);
            j = p;
        }
        if items.len() < 2 {
            return self.subject_or_label(r);
        }
        let subjects: Option<Vec<String>> = items
            .iter()
            .rev()
            .map(|&i| {
                self.subject_or_label(i).map(|s| match verb_run(&s) {
                    Some(v) if names_something(&s[v.len()..]) => s[v.len()..].to_string(),
                    _ => s,
                })
            })
            .collect();
        // `存贷款余额分别为…、…，占全省比重…`: the values of one list, not yet split, share one
        // subject, said once.
        subjects.map(|mut s| {
            s.dedup();
            s.join("、")
        })
    }

    /// `全县生产总值完成96.3亿元，是2011年的1.1倍`: for a multiple of a base, the subject, then
    /// the base it is a multiple of, as written.
    pub(super) fn with_multiple_base(&self, n: &Number, w: &Words, label: &mut String) {
        let Some(base) = multiple_base(self.ctx, n.t, n.c, n.kind) else {
            return;
        };
        // The related number's label, not its subject: a generic head is what is multiplied
        // (`固定资产投资完成77.6亿元，是2011年的1.89倍`: of 固定资产投资, not 固定资产).
        let related_label = w
            .relates_to
            .or_else(|| {
                self.last_candidate
                    .filter(|&j| self.ctx.clause_sentence[self.clause_of(j)] == n.sentence)
            })
            .filter(|&r| {
                matches!(
                    self.classes[r].kind,
                    Some(NumberKind::Amount | NumberKind::Target)
                )
            })
            .and_then(|r| self.out[r].0.clone())
            // `…增长13.7%，高于全省2.9个百分点，是2010年的1.8倍`: a gap to a benchmark is no
            // level to multiply.
            .filter(|l| names_something(l) && !BENCHMARK_LEADS.iter().any(|b| l.contains(b)));
        let subject = if w.framed && names_something(&w.pre) {
            Some(w.pre.clone())
        } else {
            related_label
                .or_else(|| w.related_subject.clone())
                .or_else(|| self.sentence_subject(n.sentence))
        };
        // A gap's label (`…增长高于全国全省`) lent as the sentence's subject: the level it
        // compares is what is multiplied.
        let subject =
            subject.map(
                |s| match BENCHMARK_LEADS.iter().filter_map(|b| s.find(b)).min() {
                    Some(at) if at > 0 => growth_subject(&s[..at]),
                    _ => s,
                },
            );
        // `新能源汽车产销量分别是上年的4倍`: else the number's own words before the verb.
        let subject = subject.or_else(|| {
            let verb = base.chars().next()?;
            let own = label.rsplit_once(verb)?.0.trim_end_matches("分别");
            names_something(own).then(|| own.to_string())
        });
        // `固定资产投资累计完成538亿元，是前五年的1.25倍`: the level's stage is no part of it.
        let subject = subject.map(|s| super::without_stage_word(&s));
        if let Some(subject) = subject {
            // `…是2011年的倍数`: what the number measures, said in full.
            let word = if base.ends_with('的') { "倍数" } else { "" };
            let subject = subject
                .trim_end_matches("倍数")
                .trim_end_matches(base.as_str());
            *label = format!("{subject}{base}{word}");
        }
    }
}
