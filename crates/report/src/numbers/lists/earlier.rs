//! A run after `分别` that still shares one label takes its subjects, in order, from earlier in
//! its sentence: the levels it describes, a list that makes up the clause before it, the wholes
//! a level of government's shares are of, or the figures its ranks rank.

use super::items::{list_items, shared_tail};
use super::Labels;
use crate::model::NumberKind;
use crate::numbers::classify::Class;
use crate::numbers::context::Context;
use crate::numbers::label::{growth_subject, joined, strip_words};
use crate::numbers::lexicon::{
    GOVERNMENT_LEVELS, GROWTH_DOWN, GROWTH_UP, ITEM_BY_ITEM_WORDS, LABEL_SCOPES,
    LIST_PREDICATE_ADVERBS, PLACING_VERBS, PUSH_VERBS, TOPIC_PREDICATES, TOP_PLACE_CHARS,
};
use crate::numbers::scan::Token;

/// `完成财政总收入364.1亿元、一般公共预算收入204.7亿元，市级分别为198.4亿元、124.1亿元`: a run of
/// amounts after a level of government and `分别` is that level's share of the sentence's last
/// levels as many as it has items, in their units, in order (`市级财政总收入`).
pub(super) fn split_by_level_shares(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let s = tokens[a].start;
    let lead = ctx.slice(ctx.clause_start(s), s).trim();
    let Some(level) = lead.split_once("分别").and_then(|(before, _)| {
        GOVERNMENT_LEVELS
            .iter()
            .filter(|l| before.ends_with(*l))
            .max_by_key(|l| l.len())
    }) else {
        return;
    };
    if classes[a].kind != Some(NumberKind::Amount) {
        return;
    }
    let sentence = |k: usize| ctx.clause_sentence[ctx.clause[tokens[k].start]];
    let unit = |k: usize| tokens[k].unit.as_ref().map(|u| u.base.clone());
    let wholes: Vec<usize> = (0..a)
        .rev()
        .take(4 * n + 4)
        .take_while(|&j| sentence(j) == sentence(a))
        .filter(|&j| classes[j].is_indicator && classes[j].kind == Some(NumberKind::Amount))
        .take(n)
        .collect();
    if wholes.len() != n
        || (a..=b)
            .zip(wholes.iter().rev())
            .any(|(k, &j)| unit(k) != unit(j))
    {
        return;
    }
    for (k, &j) in (a..=b).zip(wholes.iter().rev()) {
        let Some(whole) = labels[j].0.clone() else {
            return;
        };
        // `全县财政总收入` → `县级财政总收入`: the level replaces the whole's scope.
        let whole = LABEL_SCOPES
            .iter()
            .find_map(|sc| whole.strip_prefix(sc))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(&whole);
        labels[k].0 = Some(format!("{level}{whole}"));
    }
}

/// `规模以上工业增加值增长8.1%、固定资产投资增长10.5%、社会消费品零售总额增长9.5%，分别居全省第4、
/// 第2、第2位`: a run of ranks after `分别` right after as many figures of their own subjects, in
/// its sentence, ranks them in order: each rank is its figure's subject's (`固定资产投资全省排名`).
pub(super) fn rank_by_earlier_items(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    runs: &[(usize, usize)],
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let Some(first) = a.checked_sub(n) else {
        return;
    };
    // Items of their own subjects, not one list's values (ranked by [`rank_by_periods`]).
    if runs.iter().any(|&(ra, rb)| ra < a && rb >= first) {
        return;
    }
    let sentence = |k: usize| ctx.clause_sentence[ctx.clause[tokens[k].start]];
    let lead = ctx.slice(tokens[a - 1].end, tokens[a].start);
    let items_ok = (first..a).all(|k| {
        classes[k].is_indicator
            && classes[k].kind != Some(NumberKind::Rank)
            && sentence(k) == sentence(a)
            && labels[k].0.is_some()
    });
    if classes[a].kind != Some(NumberKind::Rank) || !lead.contains("分别") || !items_ok {
        return;
    }
    let subjects: Vec<String> = (first..a)
        .filter_map(|k| labels[k].0.as_deref())
        .map(growth_subject)
        .collect();
    if subjects.iter().any(String::is_empty)
        || subjects.windows(2).any(|w| w[0] == w[1])
        || (first > 0 && sentence(first - 1) == sentence(a) && classes[first - 1].is_indicator)
    {
        return;
    }
    // `分别居全省第`, `分别排在全市前`: the scope after the verb of placing.
    let after = lead.rsplit("分别").next().unwrap_or_default();
    let after = PLACING_VERBS
        .iter()
        .find_map(|v| after.strip_prefix(v))
        .unwrap_or(after);
    let scope = after
        .strip_prefix('在')
        .unwrap_or(after)
        .trim_end_matches(['第', '前']);
    for ((k, level), subject) in (a..=b).zip(first..a).zip(subjects) {
        labels[k] = (Some(format!("{subject}{scope}排名")), Some(level));
    }
}

/// `企业退休人员基本养老金、城镇低保标准和环卫工人工资再次提高，月人均分别提高221元、90元和300元`: a
/// run after `分别` that still shares one label takes its subjects, in order, from a list of as
/// many items that makes up the clause before it, in the same sentence.
pub(super) fn split_by_earlier_subjects(
    ctx: &Context,
    tokens: &[Token],
    labels: &mut Labels,
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let Some(label) = labels[a].0.clone() else {
        return;
    };
    let s = tokens[a].start;
    let c = ctx.clause[s];
    let lead = ctx.slice(ctx.clause_start(s), s);
    let shared = (a..=b).all(|k| labels[k].0.as_deref() == Some(label.as_str()));
    if !shared || !lead.contains("分别") || c == 0 {
        return;
    }
    if ctx.clause_sentence[c - 1] != ctx.clause_sentence[c] {
        return;
    }
    let (start, end) = ctx.clause_range[c - 1];
    let mut clause = ctx.slice(start, end).trim();
    // `绿色能源、生物医药产业增速明显`: what the clause says of its items follows the last one.
    let last = clause.rfind('、').map_or(0, |i| i + '、'.len_utf8());
    if let Some(i) = TOPIC_PREDICATES
        .iter()
        .filter_map(|w| clause[last..].find(w))
        .filter(|&i| i > 0)
        .min()
    {
        clause = &clause[..last + i];
    }
    // The clause's own predicate (`再次提高`) follows its last item.
    loop {
        let before = clause.len();
        for w in GROWTH_UP
            .iter()
            .chain(GROWTH_DOWN)
            .chain(LIST_PREDICATE_ADVERBS)
        {
            clause = clause.strip_suffix(w).unwrap_or(clause);
        }
        if clause.len() == before {
            break;
        }
    }
    // `加大生姜、杨梅种植面积`: the verb that opens the clause is no part of its first item.
    let clause = strip_words(clause, PUSH_VERBS, &[]);
    let Some(items) = list_items(clause, n) else {
        return;
    };
    if items.iter().any(|i| i.chars().count() > 16) {
        return;
    }
    let wording = label.replace("分别", "");
    // `绿色能源、生物医药产业`: a head only the last item writes is every item's.
    let tail = shared_tail(&items, true);
    for (k, item) in (a..=b).zip(items) {
        let tail = if k < b { tail.as_str() } else { "" };
        // `…杨梅种植面积，累计实现种植面积分别为…`: the measure the items end in, said again
        // by the run's own words, is said once.
        labels[k].0 = Some(joined(&format!("{item}{tail}"), &wording));
    }
}

/// `存款余额152.2亿元，贷款余额55.3亿元，分别是2011年的1.75倍和1.8倍`, `A完成…，B完成…，分别增长
/// 5%、6%`: a run of growths or rates after `分别` that still shares one label describes the
/// sentence's last levels as many as it has items, in order, each in its level's words. A run
/// of ranks (`收入241.5亿元，增长6.4%，分居全省第4、第3位`) ranks the sentence's last figures,
/// whatever their kind; after places in ranking lists (`跻身…十快县、…十强县，分别居第一、第七位`),
/// their places in those lists.
pub(super) fn split_by_earlier_levels(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    (a, b): (usize, usize),
) {
    let n = b - a + 1;
    let ranks = classes[a].kind == Some(NumberKind::Rank);
    let describes = ranks || matches!(classes[a].kind, Some(NumberKind::Growth | NumberKind::Rate));
    let Some(label) = labels[a].0.clone() else {
        return;
    };
    let shared = (a..=b).all(|k| labels[k].0.as_deref() == Some(label.as_str()));
    // A bounded look back (`分别` stands right before its values), so a long clause stays linear.
    let s = tokens[a].start;
    let lead = ctx.slice(ctx.clause_start(s).max(s.saturating_sub(16)), s);
    if !describes || !shared || !ITEM_BY_ITEM_WORDS.iter().any(|w| lead.contains(w)) {
        return;
    }
    let sentence = |k: usize| ctx.clause_sentence[ctx.clause[tokens[k].start]];
    // Levels are near: a bound keeps a sentence of thousands of lists linear.
    let levels: Vec<usize> = (0..a)
        .rev()
        .take(4 * n + 4)
        .take_while(|&j| sentence(j) == sentence(a))
        .filter(|&j| {
            classes[j].is_indicator
                && match classes[j].kind {
                    Some(NumberKind::Amount | NumberKind::Target) => true,
                    Some(NumberKind::Growth | NumberKind::Rate | NumberKind::Rank) => ranks,
                    _ => false,
                }
        })
        .take(n)
        .collect();
    if levels.len() != n {
        return;
    }
    let subjects: Vec<String> = levels
        .iter()
        .rev()
        .map(|&j| labels[j].0.clone().unwrap_or_default())
        .collect();
    // `跻身…“十快”县、综合“十强”县，分别居第一、第七位`: positions in the ranking lists just
    // entered rank what those places ranked.
    let in_a_list = |j: usize| {
        let t = &tokens[j];
        classes[j].kind == Some(NumberKind::Rank)
            && ctx.chars[t.end - 1..t.end]
                .iter()
                .any(|c| TOP_PLACE_CHARS.contains(c))
    };
    if levels
        .iter()
        .any(|&j| classes[j].kind == Some(NumberKind::Rank))
    {
        if !levels.iter().all(|&j| in_a_list(j)) {
            return;
        }
        if subjects.iter().any(String::is_empty) {
            return;
        }
        for ((k, subject), level) in (a..=b).zip(subjects).zip(levels.iter().rev()) {
            labels[k] = (Some(subject), Some(*level));
        }
        return;
    }
    // The run's label is a level's words (the last one's, or for ranks the one they were
    // given) and the run's own wording.
    let Some(wording) = subjects
        .iter()
        .filter(|s| !s.is_empty() && label.starts_with(s.as_str()))
        .max_by_key(|s| s.len())
        .and_then(|s| label.strip_prefix(s.as_str()))
    else {
        return;
    };
    if subjects.iter().any(String::is_empty) {
        return;
    }
    // Each value has its own level now: `分别` no longer applies.
    let wording = wording.replace("分别", "");
    for ((k, subject), level) in (a..=b).zip(&subjects).zip(levels.iter().rev()) {
        labels[k] = (Some(format!("{subject}{wording}")), Some(*level));
    }
}
