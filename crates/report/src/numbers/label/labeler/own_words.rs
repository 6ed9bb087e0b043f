//! What the text says of a number before its label is put together: its own words before it
//! (cleaned, with a frame or a from-value found), the number it describes and that number's
//! subject.

use super::*;
use crate::numbers::label::frame::after_plan_period;
use crate::numbers::lexicon::SPEC_UNITS;

impl Labeler<'_> {
    /// The measure level `r` is of, whole, when its label ends in a generic head (`投资`,
    /// `总量`) after its subject (`工业投资` → `工业投资`, not `工业`), without the level's stage
    /// (`工业产值累计达6.88亿元` → `工业产值`).
    fn measure_of_level(&self, r: usize) -> Option<String> {
        self.out[r]
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
            .map(|l| without_stage_word(&l))
    }

    /// What the text says of the number before its label is put together.
    pub(super) fn words(&mut self, n: &Number) -> Words {
        let (pre, framed) = self.own_words(n);
        let relates_to = self.described(n, &pre, framed);
        let related_subject = match (n.kind, relates_to) {
            // `其中税收收入增长17.2%，占比达到77.9%`: a bare share right after a part's growth is
            // that part's share.
            (NumberKind::Rate, Some(r)) if self.bare_share(&pre) => {
                let level = (n.k.checked_sub(1) == Some(r))
                    .then(|| self.measure_of_level(r))
                    .flatten();
                level
                    .or_else(|| self.part_before(n))
                    .or_else(|| self.list_subject(r))
            }
            // `工业投资完成2.49亿元，完成度41.5%`: a rate of a level is of its measure whole.
            (NumberKind::Rate, Some(r)) => {
                self.measure_of_level(r).or_else(|| self.list_subject(r))
            }
            // `占生产总值的比重达到41.5%，比上年提高2.7个百分点`: a change in points after a
            // rate is a change of that rate, named whole.
            (NumberKind::Growth, Some(r))
                if self.classes[r].kind == Some(NumberKind::Rate) && is_point_change(n.t) =>
            {
                self.out[r].0.clone().or_else(|| self.subject_or_label(r))
            }
            // `固定资产投资完成77亿元，增长9%`: a growth of a level whose label ends in a generic
            // head (`投资`, `总量`) is a growth of that measure, head and all.
            (NumberKind::Growth, Some(r)) => self
                .measure_of_level(r)
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
                strip_label(strip_words(&subject, &[], SUBJECT_TRAIL_ADVERBS))
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
            // `改造升级10千伏线路16.66公里`: a facility's rating right before its noun is a word
            // of what is measured.
            let rating = !self.classes[j].is_indicator
                && between.starts_with(is_cjk)
                && tokens[j]
                    .unit
                    .as_ref()
                    .and_then(|u| u.base.as_deref())
                    .is_some_and(|b| SPEC_UNITS.contains(&b));
            if class_bound
                || class_bar
                || rating
                || THRESHOLD_OPENERS.iter().any(|w| between.starts_with(w))
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
        if let Some(rest) = after_plan_period(&pre) {
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
}

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

/// Whether token `t` is a change in percentage points (`2.7个百分点`).
pub(super) fn is_point_change(t: &Token) -> bool {
    t.unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(crate::numbers::classify::is_point_unit)
}
