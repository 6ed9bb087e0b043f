//! A run after `分别` whose clause lists as many periods of the year (`一季度、上半年…分别增长`):
//! each value is of its period, and the ranks right after the run rank them in order.

use super::Labels;
use crate::model::NumberKind;
use crate::numbers::classify::Class;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{RANK_SCOPES, YEAR_PERIODS};
use crate::numbers::scan::Token;

/// `一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%`: a run after `分别` whose
/// clause lists as many periods of the year before one subject takes the periods in order.
pub(super) fn split_by_periods(
    ctx: &Context,
    tokens: &[Token],
    labels: &mut Labels,
    (a, b): (usize, usize),
) -> bool {
    let n = b - a + 1;
    let s = tokens[a].start;
    let from = (s.saturating_sub(MAX_PERIOD_LIST_CHARS)..s)
        .rev()
        .find(|&i| {
            matches!(
                ctx.chars[i],
                '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n'
            )
        })
        .map_or(s.saturating_sub(MAX_PERIOD_LIST_CHARS), |i| i + 1);
    let lead = ctx.slice(from, s).trim();
    if !lead.contains("分别") {
        return false;
    }
    let items: Vec<&str> = lead.split('、').collect();
    let Some((last, periods)) = items.split_last() else {
        return false;
    };
    let Some(p) = YEAR_PERIODS.iter().find(|p| last.starts_with(**p)) else {
        return false;
    };
    let rest = last[p.len()..].replace("分别", "");
    if items.len() != n || !periods.iter().all(|i| YEAR_PERIODS.contains(i)) || rest.is_empty() {
        return false;
    }
    for (k, period) in (a..=b).zip(periods.iter().chain([p])) {
        labels[k].0 = Some(format!("{period}{rest}"));
    }
    true
}

/// `…分别增长6.7%、6.6%，分别排全区第2、第1位`: the ranks of as many items right after a run
/// split by periods rank its items in order (`一季度全市GDP增长全区排名`).
pub(super) fn rank_by_periods(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    runs: &[(usize, usize)],
    (a, b): (usize, usize),
) {
    let Some(&(ra, rb)) = runs.iter().find(|&&(ra, _)| ra == b + 1) else {
        return;
    };
    let same_sentence = ctx.clause_sentence[ctx.clause[tokens[ra].start]]
        == ctx.clause_sentence[ctx.clause[tokens[a].start]];
    if rb - ra != b - a || classes[ra].kind != Some(NumberKind::Rank) || !same_sentence {
        return;
    }
    for (k, level) in (ra..=rb).zip(a..=b) {
        let Some(rank) = labels[k].0.as_deref() else {
            continue;
        };
        let scope = RANK_SCOPES
            .iter()
            .filter(|s| s.starts_with('全'))
            .filter_map(|s| rank.rfind(s))
            .max()
            .map_or("排名", |i| &rank[i..]);
        if let Some(item) = labels[level].0.clone() {
            labels[k].0 = Some(format!("{item}{scope}"));
        }
    }
}

/// The most chars of a list of periods and its subject before a run (`一季度、上半年、前三季度、
/// 全年全市GDP分别增长`).
const MAX_PERIOD_LIST_CHARS: usize = 60;
