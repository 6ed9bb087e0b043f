//! The label of a count that names its things elsewhere: a later count of only a stage, a
//! class or a grade (`开工15个`, `亿元以上425宗`, `先进级19家`) counts the earlier count's things,
//! and a measure right after a count of its owners is theirs.

use super::*;
use crate::numbers::label::words::is_cjk;
use crate::numbers::lexicon::{
    CASUALTY_WORDS, CLASS_BAR_LEADS, EVENT_VERBS, INNER_LIGHT_VERBS, LABEL_SCOPES,
    LABEL_TIME_WORDS, MEASURE_AFTER_COUNT, PROJECT_STAGES, SIZE_CLASS_ENDS, THRESHOLD_UNITS,
};
use crate::numbers::scan::is_cn_numeral;

impl Labeler<'_> {
    /// `签约项目20个，开工15个，投产9个` → `开工项目`, `投产项目`; `新签约项目14个(亿元以上2个)` →
    /// `亿元以上项目`: a count whose words are only a stage the things reached (or a verb of
    /// doing), or a count in brackets right after another, counts the things of the sentence's
    /// previous count in the same counter.
    pub(super) fn with_things_counted_before(&self, n: &Number, label: String) -> String {
        if !is_count(n.t) {
            return label;
        }
        let ctx = self.ctx;
        let counter = |t: &Token| t.unit.as_ref().map(|u| u.written.clone());
        let opens_bracket = |from: usize, to: usize| {
            let between = ctx.slice(from, to);
            between
                .rfind(['(', '（'])
                .is_some_and(|o| !between[o..].contains([')', '）']))
        };
        let bracketed = n
            .prev_in_clause
            .filter(|&j| counter(&self.tokens[j]) == counter(n.t))
            .filter(|&j| opens_bracket(self.tokens[j].end, n.t.start));
        let stage_only = [label.as_str(), label.strip_prefix('新').unwrap_or("")]
            .iter()
            .any(|own| PROJECT_STAGES.contains(own) || COUNT_VERBS.contains(own));
        // Only words before the count: after it (`50家过亿元的骨干企业`) they open its own noun.
        let size_only = (size_class_only(&label) || grade_only(&label))
            && ctx
                .slice(ctx.clause_start(n.t.start), n.t.start)
                .ends_with(label.as_str());
        let before = if bracketed.is_some() {
            bracketed
        } else if stage_only || size_only {
            (n.k.saturating_sub(8)..n.k).rev().find(|&j| {
                let t = &self.tokens[j];
                let from = j.checked_sub(1).map_or(0, |p| self.tokens[p].end);
                ctx.clause_sentence[self.clause_of(j)] == n.sentence
                    && self.classes[j].is_indicator
                    && counter(t) == counter(n.t)
                    && !opens_bracket(from.max(ctx.clause_range[self.clause_of(j)].0), t.start)
            })
        } else {
            None
        };
        let owner;
        let first = match before.and_then(|j| self.out[j].0.as_deref()) {
            Some(first) => first,
            None if stage_only => match self.owner_of_level_before(n) {
                Some(o) => {
                    owner = o;
                    owner.as_str()
                }
                None => return label,
            },
            None => return label,
        };
        if bracketed.is_some() {
            // `亿元以上)`: the count's own words end at the bracket.
            let label = strip_label(&label);
            // The things: the first count's label without what was done to them.
            let things = things_without_stage(first).map_or(first, |(t, _)| t);
            // `新建项目8个` names its things itself; `亿元以上2个` only their class.
            let head: String = things
                .chars()
                .rev()
                .take(2)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            return if names_something(things) && !label.ends_with(head.as_str()) {
                format!("{label}{things}")
            } else {
                label
            };
        }
        // `千亩以上连片项目12个、万亩以上1个`: the things without the earlier count's own class.
        // `注册资本在千万元以上121家，亿元以上4家`: the same words with this count's class.
        if size_only {
            if let Some(before) = before_size_class(first) {
                return format!("{before}{label}");
            }
            let class_end = if grade_only(&label) {
                after_grade(first)
            } else {
                after_size_class(first)
            };
            return match class_end.or_else(|| things_without_stage(first).map(|(t, _)| t)) {
                Some(things) => format!("{label}{things}"),
                None => label,
            };
        }
        // `“双百”项目新开工43个，竣工18个`: the stage after the things; `新签约项目14个，新开工
        // 14个`: before them; `规上工业企业10家，其中新入库2家`: the earlier count names only its
        // things, and the stage follows them.
        match things_without_stage(first) {
            Some((things, true)) => format!("{label}{things}"),
            Some((things, false)) => format!("{things}{label}"),
            // `高新技术企业326家，新增112家`: a verb of doing leads them.
            None if names_something(first) && is_doing(&label) => format!("{label}{first}"),
            None if names_something(first) => format!("{first}{label}"),
            None => label,
        }
    }

    /// `限上商贸全年营业收入0.7亿元，新入库2家` → `限上商贸`: with no earlier count in the
    /// counter, the things a stage-only count counts are the owners of the level right before it
    /// in the sentence, its label without the generic head or the measure (`营业收入`).
    fn owner_of_level_before(&self, n: &Number) -> Option<String> {
        let j = n.k.checked_sub(1)?;
        if !self.classes[j].is_indicator
            || self.ctx.clause_sentence[self.clause_of(j)] != n.sentence
        {
            return None;
        }
        let level = self.out[j].0.as_deref()?;
        let owner = without_head(level);
        let owner = if owner != level {
            owner
        } else {
            let mut rest = MEASURE_AFTER_COUNT
                .iter()
                .find_map(|m| level.strip_suffix(m))?;
            for w in LABEL_TIME_WORDS.iter().chain(INNER_LIGHT_VERBS) {
                rest = rest.strip_suffix(w).unwrap_or(rest);
            }
            rest.to_string()
        };
        names_something(&owner).then_some(owner)
    }

    /// `全县共发生安全生产事故3起，死亡4人` → `安全生产事故死亡`: a count of people whose words
    /// are only a casualty is of the events the sentence counted just before it.
    pub(super) fn with_events_before(&self, n: &Number, label: String) -> String {
        if !CASUALTY_WORDS.contains(&label.as_str()) || !is_count(n.t) {
            return label;
        }
        let Some(j) = n.k.checked_sub(1).filter(|&j| {
            // Events are counted in their own counters too (`起`, `次`).
            self.classes[j].is_indicator
                && matches!(
                    self.classes[j].kind,
                    Some(NumberKind::Amount | NumberKind::Target)
                )
                && self.ctx.clause_sentence[self.clause_of(j)] == n.sentence
        }) else {
            return label;
        };
        let events = self.subjects[j]
            .clone()
            .or_else(|| self.out[j].0.clone())
            .map(|e| strip_words(&e, LABEL_SCOPES, &[]).to_string());
        match events.filter(|e| names_something(e)) {
            Some(events) => {
                let events = EVENT_VERBS
                    .iter()
                    .find_map(|v| events.strip_prefix(v))
                    .unwrap_or(&events);
                format!("{events}{label}")
            }
            None => label,
        }
    }

    /// `新湖智造产业园入驻7家企业总投资1.24亿元`: a measure right after a count of its owners is
    /// of those owners as the count names them.
    pub(super) fn with_owners_counted_before(&self, n: &Number, label: String) -> String {
        let Some(j) = n.prev_in_clause.filter(|&j| is_count(&self.tokens[j])) else {
            return label;
        };
        let between = self.ctx.slice(self.tokens[j].end, n.t.start);
        let Some(noun) = MEASURE_AFTER_COUNT
            .iter()
            .find_map(|m| between.strip_suffix(m).filter(|_| label.ends_with(m)))
        else {
            return label;
        };
        match self.out[j].0.as_deref() {
            Some(owners) if !noun.is_empty() && owners.ends_with(noun) && label == between => {
                format!("{owners}{}", &between[noun.len()..])
            }
            _ => label,
        }
    }
}

/// `新增`, `新认定`: a verb of doing to a count's things, not a stage they reach.
fn is_doing(label: &str) -> bool {
    let own = label.strip_prefix('新').unwrap_or(label);
    [label, own]
        .iter()
        .any(|w| COUNT_VERBS.contains(w) && !PROJECT_STAGES.contains(w))
}

/// `新签约项目` → (`项目`, true), `“双百”项目新开工` → (`“双百”项目`, false): a count's label
/// without the stage its things reached or the verb done to them, and whether that came first.
pub(super) fn things_without_stage(label: &str) -> Option<(&str, bool)> {
    let is_stage = |w: &str| PROJECT_STAGES.contains(&w) || COUNT_VERBS.contains(&w);
    let unprefixed = label.strip_prefix('新').unwrap_or(label);
    let first = PROJECT_STAGES
        .iter()
        .find_map(|s| unprefixed.strip_prefix(s))
        .or_else(|| verb_run(unprefixed).map(|v| &unprefixed[v.len()..]))
        .map(|t| (t, true));
    let last = || {
        PROJECT_STAGES.iter().chain(COUNT_VERBS).find_map(|s| {
            let rest = label.strip_suffix(s)?;
            Some(rest.strip_suffix('新').unwrap_or(rest)).filter(|_| is_stage(s))
        })
    };
    first
        .or_else(|| last().map(|t| (t, false)))
        .filter(|(t, _)| names_something(t))
}

/// `亿元以上`, `5000万元以上`, `过亿元`, `万亩以上`: words that only give a size class, a bound
/// (digits or a magnitude) in a unit with `以上`/`以下` after it or `过`/`超` before it.
fn size_class_only(label: &str) -> bool {
    let is_bound = |b: &str| {
        !b.is_empty()
            && b.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '亿' || is_cn_numeral(c))
    };
    let in_unit = |b: &str| {
        THRESHOLD_UNITS
            .iter()
            .any(|u| b.strip_suffix(u).is_some_and(is_bound))
    };
    let ended = SIZE_CLASS_ENDS.iter().find_map(|e| label.strip_suffix(e));
    // `超过亿元`, `超10亿元`: every lead tried, as one may open another.
    let led = || {
        CLASS_BAR_LEADS
            .iter()
            .filter_map(|l| label.strip_prefix(l))
            .any(|rest| {
                in_unit(
                    SIZE_CLASS_ENDS
                        .iter()
                        .find_map(|e| rest.strip_suffix(e))
                        .unwrap_or(rest),
                )
            })
    };
    ended.is_some_and(in_unit) || led()
}

/// `新设企业中注册资本在千万元以上` → `新设企业中注册资本`: the words before a size class that
/// ends the label (and before the `在` that leads the bound).
fn before_size_class(label: &str) -> Option<&str> {
    let start = label
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| size_class_only(&label[i..]))?;
    let before = &label[..start];
    let before = before.strip_suffix('在').unwrap_or(before);
    names_something(before).then_some(before)
}

/// `先进级`, `国家级`: words that only give a grade (a few chars ending in `级`).
fn grade_only(label: &str) -> bool {
    label.ends_with('级') && (2..=4).contains(&label.chars().count()) && label.chars().all(is_cjk)
}

/// `培育卓越级智能工厂` → `智能工厂`: the things a count of another grade counts.
fn after_grade(label: &str) -> Option<&str> {
    let end = label.rfind('级')? + '级'.len_utf8();
    Some(&label[end..]).filter(|t| names_something(t))
}

/// `30亿元以上重大产业链项目` → `重大产业链项目`: the things a count of a size class counts.
fn after_size_class(label: &str) -> Option<&str> {
    let end = SIZE_CLASS_ENDS
        .iter()
        .filter_map(|e| label.rfind(e).map(|i| i + e.len()))
        .max()?;
    Some(&label[end..]).filter(|t| names_something(t))
}
