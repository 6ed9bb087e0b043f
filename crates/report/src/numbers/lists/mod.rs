//! Lists of values that share one subject (`城乡居民人均可支配收入分别达到41000元、23000元，分别
//! 增长5.8%、8.1%`): each value gets its own part of the subject, in order, and a list of
//! growths describes a list of levels item by item.
//!
//! - `subject`: a list's shared label split into its items' subjects (a pair word, a list at
//!   the label's start), the label's own wording kept for each;
//! - `items`: the items of the list a subject is, and the words they share (a head, a
//!   measure, a tail only the last item writes);
//! - `periods`: a run after a list of periods of the year, and the ranks right after it;
//! - `earlier`: a run after `分别` that takes its subjects from earlier in the sentence (its
//!   levels, a list in the clause before, a level of government's share, figures it ranks).
//!
//! Here: [`split`], and the runs of values written as a list that it splits.

mod earlier;
mod items;
mod periods;
mod subject;

use super::classify::Class;
use super::context::Context;
use super::lexicon::{LIST_SEPARATORS, POST};
use super::scan::Token;
use crate::model::NumberKind;
use earlier::{
    rank_by_earlier_items, split_by_earlier_levels, split_by_earlier_subjects,
    split_by_level_shares,
};
use periods::{rank_by_periods, split_by_periods};
use subject::split_subject_with;

/// One label and `relates_to` per token, as [`super::label::labels`] gives them.
pub type Labels = Vec<(Option<String>, Option<usize>)>;

/// Runs of two or more indicators of one kind and one label, in one sentence, written as a
/// list (`2.36万元和1.53万元`, `5.8%、8.1%`): `(first, last)` token indices.
fn runs(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &Labels,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let mut e = k;
        while e + 1 < tokens.len() && continues(ctx, tokens, classes, labels, e) {
            e += 1;
        }
        if e > k {
            out.push((k, e));
        }
        k = e + 1;
    }
    out
}

/// Whether token `j + 1` is the next item of a list whose item `j` is.
fn continues(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &Labels,
    j: usize,
) -> bool {
    let (a, b) = (&classes[j], &classes[j + 1]);
    if !a.is_indicator || !b.is_indicator || a.kind != b.kind || labels[j].0.is_none() {
        return false;
    }
    // A bare later item may have only the subject, without the first item's wording.
    let (Some(first), Some(next)) = (&labels[j].0, &labels[j + 1].0) else {
        return false;
    };
    // `分别增长9%、31%`: after `分别` the values are items of one list, whatever words a later
    // one found for itself.
    if !first.starts_with(next.as_str()) && !first.contains("分别") {
        return false;
    }
    let mut between = ctx.slice(tokens[j].end, tokens[j + 1].start);
    // `6%左右和6%以上`: a bound after an item is that item's.
    for w in POST {
        between = between.strip_prefix(w).unwrap_or(between);
    }
    let between = between.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // `分别年均增长22.2%，16%`: after `分别` a comma may part the values too.
    LIST_SEPARATORS.contains(&between)
        // `分别增长4.4%5.9%5.8%`: a copy that lost the separators between a list's values.
        || (first.contains("分别") && matches!(between, "，" | "," | ""))
}

/// Splits the shared label of every list run by [`split_subject`], and points each growth,
/// rate or rank of a run that describes a run of as many levels at its own level.
pub fn split(ctx: &Context, tokens: &[Token], classes: &[Class], labels: &mut Labels) {
    let runs = runs(ctx, tokens, classes, labels);
    for &(a, b) in &runs {
        let n = b - a + 1;
        let Some(label) = labels[a].0.clone() else {
            continue;
        };
        for item in &mut labels[a + 1..=b] {
            item.0 = Some(label.clone());
        }
        let one_unit = tokens[a..=b]
            .windows(2)
            .all(|w| w[0].unit.as_ref().map(|u| &u.base) == w[1].unit.as_ref().map(|u| &u.base));
        if let Some(parts) = split_subject_with(&label, n, one_unit) {
            for (k, part) in (a..=b).zip(parts) {
                labels[k].0 = Some(part);
            }
        }
        // `分别增长5.8%、8.1%` after `41000元、23000元`: all point at the last level.
        let describes = matches!(
            classes[a].kind,
            Some(NumberKind::Growth | NumberKind::Rate | NumberKind::Rank)
        );
        let target = labels[a].1;
        // A later value may have found no level of its own: the first one's run is theirs.
        if !describes
            || target.is_none()
            || (a..=b).any(|k| labels[k].1.is_some_and(|r| Some(r) != target))
        {
            continue;
        }
        let t = target.unwrap_or(0);
        if let Some(&(la, lb)) = runs.iter().find(|&&(_, lb)| lb == t) {
            if lb - la + 1 == n {
                for (k, level) in (a..=b).zip(la..=lb) {
                    labels[k].1 = Some(level);
                }
            }
        }
    }
    for &(a, b) in &runs {
        split_by_earlier_levels(ctx, tokens, classes, labels, (a, b));
        split_by_earlier_subjects(ctx, tokens, labels, (a, b));
        if split_by_periods(ctx, tokens, labels, (a, b)) {
            rank_by_periods(ctx, tokens, classes, labels, &runs, (a, b));
        }
        rank_by_earlier_items(ctx, tokens, classes, labels, &runs, (a, b));
        split_by_level_shares(ctx, tokens, classes, labels, (a, b));
    }
}
