//! A part and its whole: a count of `N项X中` or after `其中` takes the whole's things (a kind of
//! them, a level of government's share), and a part of a statement at another time takes the
//! statement's measure.

use super::*;
use crate::numbers::lexicon::GOVERNMENT_LEVELS;

impl Labeler<'_> {
    /// The things of `N项X中，` in the clause right before number `n` of the same sentence, when
    /// `n` is a count in the same counter (`9项重点经济指标中，8项…` → `重点经济指标`).
    pub(super) fn among_whole(&self, n: &Number) -> Option<String> {
        let ctx = self.ctx;
        let j = n.k.checked_sub(1)?;
        let whole = &self.tokens[j];
        let clause = self.clause_of(j);
        let (_, end) = ctx.clause_range[clause];
        let counter = |t: &Token| t.unit.as_ref().map(|u| u.written.clone());
        let same = clause + 1 == n.clause
            && ctx.clause_sentence[clause] == n.sentence
            && is_count(n.t)
            && is_count(whole)
            && counter(whole) == counter(n.t);
        let things = ctx.slice(whole.end, end).trim_end().strip_suffix('中')?;
        let things = strip_label(things);
        (same && names_something(&things)).then_some(things)
    }

    /// `9条次干道路开工建设，其中4条实现通车`: a part (`其中…`) whose own words are only what
    /// happened to it is of the things the sentence's previous number counts.
    pub(super) fn with_whole_of_part(&self, n: &Number, label: String) -> String {
        let lead = self.ctx.slice(n.c.seg_start, n.c.core_end).trim();
        let only_verb = || {
            label.is_empty()
                || [
                    LABEL_LEAD_VERBS,
                    PREDICATE_AFTER_COUNT,
                    COUNT_VERBS,
                    COURSE_AFTER_COUNT,
                ]
                .iter()
                .any(|list| list.iter().any(|v| label.starts_with(v)))
        };
        let whole = self
            .last_candidate
            .filter(|&j| self.ctx.clause_sentence[self.clause_of(j)] == n.sentence);
        // `创建400个美丽乡村，200个以上通过省级验收`: a count that opens its clause with only what
        // happened to the things, after a count of the same things, is a part of it too.
        let part = lead.ends_with(PART_OF_WHOLE)
            || (lead.is_empty() && whole.is_some_and(|j| parallel(&self.tokens[j], n.t)));
        // `安排重点项目105个，其中，工业类3个、城市建设类28个`: a kind of the whole's things,
        // the count before `其中`.
        // `地区生产总值2521.6亿元、增长2.3%，其中市级1689.4亿元`: the level of government's
        // share of the whole's level.
        let level_share = GOVERNMENT_LEVELS.contains(&label.as_str());
        let kind_of = ((label.ends_with('类') && label.chars().count() <= 8) || level_share)
            .then(|| self.whole_before_qizhong(n))
            .flatten()
            .and_then(|j| {
                if level_share {
                    self.level_of(j)
                } else {
                    Some(j)
                }
            });
        let kind = kind_of.is_some();
        let whole = kind_of.or(whole);
        if !(kind || part && only_verb()) {
            return label;
        }
        // The whole's things, without what was done to them or happened to them
        // (`次干道路开工建设` → `次干道路`, `创建美丽乡村` → `美丽乡村`).
        let whole = whole
            .and_then(|j| self.out[j].0.as_deref())
            .map(|w| cut_before(w, &[COURSE_AFTER_COUNT], 2))
            .map(|w| match verb_run(w) {
                Some(v) if names_something(&w[v.len()..]) => &w[v.len()..],
                _ => w,
            })
            .map(|w| {
                CHOOSING_VERBS
                    .iter()
                    .find_map(|v| w.strip_prefix(v))
                    .filter(|rest| names_something(rest))
                    .unwrap_or(w)
            });
        // `全县财政总收入` → `县级财政总收入`: the level replaces the whole's scope.
        let whole = whole.map(
            |w| match LABEL_SCOPES.iter().find_map(|s| w.strip_prefix(s)) {
                Some(rest) if level_share && names_something(rest) => rest,
                _ => w,
            },
        );
        match whole {
            Some(w) if kind && !label.ends_with(w) => format!("{label}{w}"),
            Some(w) if !kind && !label.starts_with(w) => format!("{w}{label}"),
            _ => label,
        }
    }

    /// `全社会固定资产投资累计完成2039亿元；2005年达到600亿元`, `累计完成全社会工业投入876.8亿元；
    /// 其中2005年完成305亿元`: a part of a statement that names only a time (after `其中` or
    /// nothing) and a light verb measures what the statement's last amount in the same unit
    /// measures, at that time; without the earlier amount's `累计`, `预计` (a stage of that
    /// amount, not of the measure).
    pub(super) fn measure_at_another_time(&self, n: &Number, label: &str) -> Option<String> {
        if !(label.is_empty() || LABEL_LEAD_VERBS.contains(&label)) || !n.is_amount() {
            return None;
        }
        let (ctx, tokens) = (self.ctx, self.tokens);
        let y = n
            .prev_in_clause
            .filter(|&j| tokens[j].shape == Shape::Year)?;
        let opening = ctx
            .slice(ctx.clause_range[n.clause].0, tokens[y].start)
            .trim();
        if !(opening.is_empty() || opening == PART_OF_WHOLE) {
            return None;
        }
        let base = |t: &Token| t.unit.as_ref().and_then(|u| u.base.clone());
        let unit = base(n.t)?;
        let j = (y.saturating_sub(MAX_BACK_FOR_MEASURE)..y)
            .rev()
            .find(|&j| {
                let c = &self.classes[j];
                c.is_indicator
                    && matches!(c.kind, Some(NumberKind::Amount | NumberKind::Target))
                    && base(&tokens[j]).as_deref() == Some(unit.as_str())
            })?;
        let sentence = ctx.clause_sentence[self.clause_of(j)];
        let own = sentence == n.sentence
            || (sentence + 1 == n.sentence && self.subject_before_semicolon(n).is_some());
        let measure = self.out[j].0.as_deref().filter(|_| own)?;
        let mut measure = measure;
        for w in ANYWHERE_PRE {
            measure = measure.strip_prefix(w).unwrap_or(measure);
            measure = measure.strip_suffix(w).unwrap_or(measure);
        }
        let measure = LABEL_LEAD_VERBS
            .iter()
            .find_map(|v| measure.strip_prefix(v))
            .unwrap_or(measure);
        names_something(measure).then(|| measure.to_string())
    }

    /// The count of the sentence that `其中` follows, before number `n`.
    fn whole_before_qizhong(&self, n: &Number) -> Option<usize> {
        (n.k.saturating_sub(12)..n.k).rev().find(|&j| {
            let t = &self.tokens[j];
            self.ctx.clause_sentence[self.clause_of(j)] == n.sentence
                && self.classes[j].is_indicator
                && self
                    .ctx
                    .slice(t.end, self.tokens[j + 1].start)
                    .contains(PART_OF_WHOLE)
        })
    }
}
