//! The label of an amount or a target: the words before and after it, and what reshapes
//! them (a thing cleared, a capacity's facility, the last of the actions listed, a thing handed
//! out, an event held). The thing measured named elsewhere, a part's whole and a list's shared
//! words are in `elsewhere`, `parts` and `items`.

use super::*;
use crate::numbers::label::words::{may_hold_any, CharSet};

impl Labeler<'_> {
    /// An amount's or target's label: the words before it, and those after it when the two
    /// together stay short (`新建学校3所`, `培育12家龙头企业`).
    pub(super) fn amount_label(&self, n: &Number, pre: &str, framed: bool, streak: bool) -> String {
        let (ctx, t) = (self.ctx, n.t);
        // `村级债务已清零`: what is cleared is before the verb and its adverbs.
        let cleared = (t.shape == Shape::Zero)
            .then(|| pre.strip_suffix(ZERO_CLEARED))
            .flatten()
            .map(|p| {
                let mut p = p;
                while let Some(a) = CLEARED_ADVERBS.iter().find(|a| p.ends_with(*a)) {
                    p = &p[..p.len() - a.len()];
                }
                p
            });
        let pre = cleared.unwrap_or(pre);
        let pre = if t.shape == Shape::Zero {
            zero_subject(pre)
        } else {
            pre
        };
        // `这5个增幅全省第一`: a demonstrative alone points back, it names nothing.
        let pre = if pre.len() <= 6 && DEMONSTRATIVES.contains(&pre) {
            ""
        } else {
            pre
        };
        // `零发生`: what follows `零` is the verb, not the subject; `零感染`: the thing counted,
        // after its subject (`医护人员感染`). After a frame, what follows is the frame's verb
        // (`增加到`).
        let suf = if t.shape == Shape::Zero {
            ZERO_THINGS
                .iter()
                .find(|w| ctx.starts_with_at(t.end, w))
                .map_or_else(String::new, |w| w.to_string())
        } else if framed {
            String::new()
        } else {
            let before_parallel = n.next.is_some_and(|u| parallel(t, u));
            suffix(ctx, t, n.next_start, before_parallel)
        };
        // `新签约项目12个总投资50亿元`: after a count of things named before it, a measure of
        // those things belongs to the next number.
        let suf = if is_count(t)
            && names_something(pre)
            && MEASURE_AFTER_COUNT.iter().any(|m| suf.starts_with(m))
        {
            String::new()
        } else {
            suf
        };
        if let Some(label) = self.object_elsewhere(n, pre, &suf) {
            return label;
        }
        // `土地约153亩以建设创府产业园二期`: what the land is for; `土地面积7.5亩引进…公司`: what
        // was done next. A measure (not a count or a span) whose own words name something is
        // of those words.
        let suf = if !is_count(t)
            && !is_duration(t)
            && !counts_times_done(ctx, t)
            && names_something(pre)
            && generic_head(pre).is_none()
            && opens_another_statement(&suf)
        {
            String::new()
        } else {
            suf
        };
        if let Some(label) = self.group_in_a_row(n, pre) {
            return label;
        }
        // `贫困人口96户、183人稳定脱贫`: one group counted in two units shares its words.
        let suf = match n.next.filter(|u| self.one_group_tokens(t, u)) {
            Some(u) if suf.is_empty() => suffix(ctx, u, usize::MAX, false),
            _ => suf,
        };
        let pre = drop_examples(&without_relative_clause(last_action(pre)), &suf);
        let pre = if names_something(&suf) && !framed && self.says_nothing_of_noun(n, &pre) {
            String::new()
        } else {
            pre
        };
        if let Some(label) = capacity_label(&pre, &suf) {
            return label;
        }
        // `投资3000万元铅锌矿采选项目`: an investment right before the project it is of, named
        // whole after it, is that project's.
        if let Some(label) = invested_in(&pre, &suf) {
            return label;
        }
        // `20项民生工程和10件民生实事`: the words before `和` are the previous number's item.
        let pre =
            if names_something(&suf) && after_joined_item(ctx, n.c, n.prev_in_clause.is_some()) {
                String::new()
            } else {
                pre
            };
        // `粮食产量连续8年保持全省第一`: a streak is of what the rest of the clause says, and
        // its length says it is one (`粮食产量保持全省第一`).
        let pre = if streak {
            pre.trim_end_matches("连续").to_string()
        } else {
            pre
        };
        let suf = if streak {
            let end = ctx.clause_end(t.start).min(t.end + MAX_PREFIX_CHARS);
            strip_label(ctx.slice(t.end, end))
        } else {
            suf
        };
        if suf.is_empty() {
            if let Some(label) = self.named_after_de(n, &pre) {
                return label;
            }
        }
        if pre.is_empty() && suf.is_empty() {
            // `连续两年超2000亿元`: the level a streak holds is of the streak's subject, not of
            // what the streak's label says of it.
            let prev = n.prev_in_clause.and_then(|j| {
                if is_duration(&self.tokens[j]) {
                    self.subjects[j].clone()
                } else {
                    self.out[j].0.clone()
                }
            });
            // `投资3500万元的X改造、3800万元的Y改造`: a later item shares the head (`投资`) and
            // names its own owner after `的`.
            let head = prev
                .as_deref()
                .and_then(|l| GENERIC_HEADS.iter().find(|h| l.ends_with(*h)));
            if let (Some(h), Some(owner)) = (head, phrase_after_de(ctx, t, n.next)) {
                return format!("{owner}{h}");
            }
            return prev.unwrap_or_default();
        }
        // `9项重点经济指标中，8项列各县市前三`: a count with no words of its own before it counts
        // the things of the whole named just before (`N项X中`).
        if pre.is_empty() {
            if let Some(things) = self.among_whole(n) {
                return joined(&things, before_rank(n, &suf));
            }
        }
        let short = pre
            .chars()
            .filter(|c| !matches!(c, '“' | '”' | '"'))
            .count()
            <= 4;
        let both = format!("{pre}{suf}");
        let label = if short || both.chars().count() <= 40 || t.shape == Shape::ChineseCount {
            both
        } else {
            pre
        };
        let label = self.with_whole_of_part(n, label);
        let label = self.with_things_counted_before(n, label);
        let label = self.with_events_before(n, label);
        let label = self.with_shared_verb(n, label);
        let label = self.with_shared_measure(n, label);
        let label = self.with_owners_counted_before(n, label);
        // A verb after the label's first word: labels of two chars or fewer hold none.
        let label = if label.chars().nth(2).is_some() {
            given(label)
        } else {
            label
        };
        event_held(t, label)
    }
}

/// `8项列各县市前三` → ``: what follows a count up to a rank (its verb and scope) is the rank's.
fn before_rank<'s>(n: &Number, suf: &'s str) -> &'s str {
    match n.next {
        Some(u) if u.shape == Shape::Rank => cut_before(suf, &[RANK_VERBS], 0),
        _ => suf,
    }
}

/// `初步安排的重点调度项目有66个` → `重点调度项目`: a clause of doing before `的` says which
/// things were picked, the noun after it what is counted.
fn without_relative_clause(pre: &str) -> String {
    if let Some((clause, noun)) = pre.rsplit_once('的') {
        let done = COUNT_VERBS
            .iter()
            .chain(CHOOSING_VERBS)
            .any(|v| clause.ends_with(v));
        if done && names_something(noun) {
            return noun.to_string();
        }
    }
    pre.to_string()
}

/// `日处理80吨污泥焚烧厂`: a capacity measures the facility named after it, and its owner's name
/// before it goes with it (`祥发油脂年产12500吨米糠油项目` → `祥发油脂米糠油项目年产`).
fn capacity_label(pre: &str, suf: &str) -> Option<String> {
    let cap = CAPACITY_WORDS.iter().find(|c| pre.ends_with(*c))?;
    let thing = match OWNER_HEADS
        .iter()
        .filter_map(|h| suf.find(h).map(|i| i + h.len()))
        .min()
    {
        Some(e) => &suf[..e],
        None => suf,
    };
    let owner = &pre[..pre.len() - cap.len()];
    let owner = if names_something(owner) && !verbs_only(owner) {
        owner
    } else {
        ""
    };
    names_something(thing).then(|| format!("{owner}{thing}{cap}"))
}

/// `为1467位老年人发放高龄补贴176万元`: an amount handed out is of what was handed out, from the
/// verb on (the words before it name who received it).
fn given(label: String) -> String {
    static FIRSTS: std::sync::OnceLock<CharSet> = std::sync::OnceLock::new();
    if !may_hold_any(&label, GIVING_VERBS, &FIRSTS) {
        return label;
    }
    match GIVING_VERBS.iter().filter_map(|v| label.find(v)).min() {
        Some(i) if i > 0 => label[i..].to_string(),
        _ => label,
    }
}

/// `推进核心区平房整院落退租、完成申请式退租` → `完成申请式退租`: of actions listed before a count,
/// each opening with its verb and naming its object, the count is of the last.
fn last_action(pre: &str) -> &str {
    let Some((first, last)) = pre.rsplit_once('、') else {
        return pre;
    };
    let acts = |s: &str| {
        PUSH_VERBS
            .iter()
            .chain(COUNT_VERBS)
            .chain(LABEL_LEAD_VERBS)
            .any(|v| s.starts_with(v))
    };
    // `新建、改扩建酒店10家`: verbs alone before `、` share the object after them.
    if acts(first) && !verbs_only(first) && acts(last) && names_something(last) {
        last
    } else {
        pre
    }
}

/// `市县两级组织开展政企早餐会200多次`: a count of events is of the event; the words before the
/// last verb of holding say who held it and are left out (the verb stays: `开展政企早餐会`).
fn event_held(t: &Token, label: String) -> String {
    let counter = t.unit.as_ref().and_then(|u| u.base.as_deref());
    if !counter.is_some_and(|c| EVENT_COUNTERS.contains(&c)) {
        return label;
    }
    let at = HOLDING_VERBS
        .iter()
        .filter_map(|v| label.rfind(v).map(|i| (i, v.len())))
        .max();
    match at {
        Some((i, len)) if i > 0 && names_something(&label[i + len..]) => label[i..].to_string(),
        _ => label,
    }
}

/// `投资` before a figure and a project named after it (`…投资`, `铅锌矿采选项目落地`) →
/// `铅锌矿采选项目投资`; `None` unless the words before end in an investment's head and the
/// words after name a project or a site.
fn invested_in(pre: &str, suf: &str) -> Option<String> {
    let head = INVESTMENT_HEADS.iter().find(|h| pre.ends_with(*h))?;
    // `铅锌矿采选项目落地`: what was done to the project after its name is no part of it.
    let end = OWNER_HEADS
        .iter()
        .filter_map(|h| suf.rfind(h).map(|i| i + h.len()))
        .max()?;
    let project = &suf[..end];
    names_something(project).then(|| format!("{project}{head}"))
}
