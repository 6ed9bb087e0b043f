//! Labels that name only a time, a basis, a stage or a light verb: what they measure is named
//! before them (`上半年3.2%` after `GDP增速逐季攀升`, `签约完成263亿元` after `项目储备…`).

use super::*;
use crate::numbers::context::is_clause_sep;

impl Labeler<'_> {
    /// A growth named only by its time: a later step of a course (`增速从一季度3.3%、到上半年
    /// 4.5%`) measures what the step before it does; a period alone after a clause naming a
    /// growth rate (`GDP增速逐季攀升，上半年3.2%、预计全年5%左右`), that rate.
    pub(super) fn growth_named_by_its_time(&self, n: &Number, label: &str) -> Option<String> {
        if n.kind != NumberKind::Growth {
            return self.level_named_by_its_time(n, label);
        }
        if is_later_step(label) {
            let j = n.k.checked_sub(1).filter(|&j| {
                self.classes[j].kind == Some(NumberKind::Growth)
                    && self.ctx.clause_sentence[self.clause_of(j)] == n.sentence
            })?;
            return self.out[j].0.clone().filter(|l| names_something(l));
        }
        if let Some(later) = self.growth_of_a_later_period(n) {
            return Some(later);
        }
        if is_period_alone(label) {
            return rate_named_before_list(self.ctx, n.t.start);
        }
        None
    }

    /// `GDP一季度累计增长4.7%、二季度累计增长6.3%，全年累计增长6.7%`: a growth whose words are
    /// only a period and growth wording, after a growth of the sentence named with its own
    /// period, measures the same thing at this period (`GDP二季度累计增长`, `GDP全年累计增长`).
    fn growth_of_a_later_period(&self, n: &Number) -> Option<String> {
        let own = self.ctx.slice(n.c.seg_start, n.t.start);
        let own =
            own.trim_start_matches(|c: char| c.is_whitespace() || is_clause_sep(c) || c == '、');
        let period = YEAR_PERIODS.iter().find(|p| growth_subject(own) == **p)?;
        let j = (n.k.saturating_sub(4)..n.k).rev().find(|&j| {
            self.classes[j].kind == Some(NumberKind::Growth)
                && self.ctx.clause_sentence[self.clause_of(j)] == n.sentence
        })?;
        let before = growth_subject(self.out[j].0.as_deref()?);
        let measure = YEAR_PERIODS
            .iter()
            .filter(|p| *p != period)
            .find_map(|p| before.strip_suffix(p))?;
        names_something(measure).then(|| format!("{measure}{own}"))
    }

    /// `项目开工率一季度达到50%、上半年达到80%`: a later item of a list named only by its
    /// period measures what the item before it does, at that period.
    fn level_named_by_its_time(&self, n: &Number, label: &str) -> Option<String> {
        let period = YEAR_PERIODS.iter().find(|p| **p == label)?;
        let j = n
            .prev_in_clause
            .filter(|&j| self.classes[j].kind == n.c.kind)?;
        let between = self
            .ctx
            .slice(self.tokens[j].end, n.c.seg_start.max(self.tokens[j].end));
        let listed = POST
            .iter()
            .find_map(|w| between.strip_prefix(w))
            .unwrap_or(between)
            .starts_with('、');
        let before = self.out[j].0.as_deref()?;
        let measure = YEAR_PERIODS.iter().find_map(|p| before.strip_suffix(p))?;
        (listed && names_something(measure)).then(|| format!("{measure}{period}"))
    }

    /// A label of only a basis, a light verb or a stage of business (`同口径完成`, `自然增幅`,
    /// `签约`, `销售`): the thing the subject before speaks of, on that basis or at that stage
    /// (`地方一般公共预算收入同口径`, `项目签约`, `原煤销售`); `None` for any other label.
    pub(super) fn bare_basis_or_stage(&mut self, n: &Number, label: &str) -> Option<String> {
        let rest = without_time_words(label);
        let (basis, rest) = BASIS_WORDS
            .iter()
            .find_map(|b| rest.strip_prefix(b).map(|r| (*b, r)))
            .unwrap_or(("", rest));
        let rest = LABEL_LEAD_VERBS
            .iter()
            .find_map(|v| rest.strip_suffix(v))
            .unwrap_or(rest);
        let stage = STAGE_VERBS.contains(&rest);
        // `自然增幅`: a basis and the growth's own wording.
        let own_growth = n.kind == NumberKind::Growth
            && !basis.is_empty()
            && remove_words(rest, growth_words()).is_empty();
        // `签约完成`, `同口径完成`: a stage, or a basis alone, of an amount.
        let bare_amount = n.is_amount() && (stage || (!basis.is_empty() && rest.is_empty()));
        if !bare_amount && !own_growth {
            return None;
        }
        // `进出口总额…，其中出口51.3亿美元`: a part of the whole before, named on its own.
        let (clause_start, _) = self.ctx.clause_range[n.clause];
        if self
            .ctx
            .slice(clause_start, n.t.start)
            .trim_start()
            .starts_with(PART_OF_WHOLE)
        {
            return None;
        }
        // `实际利用外资15975万美元；出口13525万美元`: an item of a list of indicators.
        let listed = clause_start
            .checked_sub(1)
            .is_some_and(|p| matches!(self.ctx.chars[p], '；' | ';'));
        if listed && STAGES_THAT_MEASURE.contains(&rest) {
            return None;
        }
        let subject = self.with_borrowed_subject(n, String::new());
        // `木材进口初见成效，合计进口…`: the subject names the same stage; the thing is before it.
        let subject = match subject.find(rest).filter(|_| stage) {
            Some(at) => &subject[..at],
            None => subject.as_str(),
        };
        let thing = STAGE_VERBS
            .iter()
            .find_map(|v| subject.strip_suffix(v))
            .map_or_else(|| without_measure(subject), str::to_string);
        // `…收入自然增幅2%，同口径完成…`: the basis of the number before is not this one's.
        let thing = BASIS_WORDS
            .iter()
            .find_map(|b| thing.strip_suffix(b))
            .map_or(thing.clone(), str::to_string);
        if !names_something(&thing) {
            return None;
        }
        let tail = if own_growth || stage { rest } else { "" };
        Some(format!("{thing}{basis}{tail}"))
    }
}

/// `全年实现地区生产总值增长8%` → `地区生产总值增长8%`: a light verb opening a growth's words
/// names nothing that grew.
pub(super) fn without_growth_light_verb(kind: NumberKind, label: &str) -> Option<&str> {
    if kind != NumberKind::Growth {
        return None;
    }
    GROWTH_LIGHT_VERBS
        .iter()
        .find_map(|v| label.strip_prefix(v))
        .filter(|r| names_something(r))
}

/// Whether `label` names only a period of the year (`上半年`, `预计全年`), or nothing.
fn is_period_alone(label: &str) -> bool {
    let s = ANYWHERE_PRE
        .iter()
        .fold(label, |s, w| s.strip_prefix(w).unwrap_or(s));
    s.is_empty() || YEAR_PERIODS.contains(&s)
}
