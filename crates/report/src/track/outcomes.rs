//! The figure a review gives for a target, and the status that follows.
//!
//! A figure is the target's outcome when it names the same indicator (by [`indicator::key`]:
//! synonyms, same scope) with the same measure in the same unit family. The same indicator on
//! another basis (`按可比口径`), scope, measure or unit, or a related indicator defined otherwise,
//! is recorded as `not_comparable` with that figure; nothing else is ever borrowed.

use super::figure::Figure;
use super::indicator::{self, Key};
use super::lexicon::ADDITION;
use super::{Basis, Comparator, Measure, Outcome, Status, Target};

/// How alike two names must be to be taken for one thing ([`indicator::likeness`]).
const LIKENESS: f64 = 0.5;

/// How far short an about target in percent may fall and still be 基本达成.
const ABOUT_MARGIN: f64 = 0.5;

/// Looks up `target`'s outcome in the review's `figures` and sets its status. `neighbours` are
/// the keys of the other targets stated in the same sentence: of several figures for the same
/// thing, the one stated beside most of them is taken (`城镇新增就业5650人，城镇登记失业率3.9%`
/// over `新增营业面积10万平方米，新增就业3000人` for `新增就业5700人，城镇登记失业率4%以内`).
pub fn settle(target: &mut Target, figures: &[Figure], neighbours: &[Key]) {
    let key = indicator::key(&target.indicator);
    let unit = base_unit(&target.unit);
    // A name that only says what kind of figure it is names nothing to look up.
    let bare = indicator::is_bare(&target.indicator) && !indicator::is_known(&target.indicator);
    let found = (!bare)
        .then(|| {
            find(&key, target.measure, &unit, figures, neighbours)
                .or_else(|| find_alike(&target.indicator, target.measure, &unit, figures))
        })
        .flatten();
    let Some((figure, basis)) = found else {
        target.status = Status::NotReported;
        target.outcome = None;
        return;
    };
    let basis = basis
        .or_else(|| figure.basis())
        .or_else(|| stock_for_addition(&target.indicator, figure));
    target.status = match basis {
        Some(_) => Status::NotComparable,
        None => status(target, figure),
    };
    target.outcome = Some(Outcome {
        raw: figure.raw.clone(),
        offset: figure.offset,
        value: figure.value,
        unit: figure.unit.clone(),
        basis,
        estimate: figure.is_estimate(),
        sentence: figure.sentence.clone(),
        number: figure.index,
        at: figure.at,
    });
}

/// The best figure for a key, measure and unit: the same thing first, then the same thing on
/// another footing (with why).
fn find<'a>(
    key: &Key,
    measure: Measure,
    unit: &str,
    figures: &'a [Figure],
    neighbours: &[Key],
) -> Option<(&'a Figure, Option<Basis>)> {
    let same = |f: &&Figure| f.key == *key;
    let beside = |f: &Figure| {
        let keys = figures
            .iter()
            .filter(|g| g.sentence == f.sentence)
            .map(|g| &g.key);
        keys.filter(|k| neighbours.contains(k)).count()
    };
    let same_head = |f: &&Figure| f.key.head == key.head && f.key.scope != key.scope;
    let related =
        |f: &&Figure| indicator::related(&f.key.head, &key.head) && f.key.scope == key.scope;
    let fits = |f: &&Figure| f.measure == measure && f.unit_family() == unit;
    first_best(figures.iter().filter(same).filter(fits), beside)
        .map(|(f, _)| (f, None))
        .or_else(|| {
            let f = figures.iter().filter(same).find(|f| f.measure == measure)?;
            Some((f, Some(Basis::Unit)))
        })
        .or_else(|| {
            Some((
                figures.iter().filter(same_head).find(fits)?,
                Some(Basis::Scope),
            ))
        })
        .or_else(|| {
            Some((
                figures.iter().filter(related).find(fits)?,
                Some(Basis::Definition),
            ))
        })
        .or_else(|| {
            let other =
                |f: &&Figure| f.measure != measure && is_growth_or_level(f.measure, measure);
            Some((
                figures.iter().filter(same).find(other)?,
                Some(Basis::Measure),
            ))
        })
}

/// For a name no synonym covers, the figure of the same measure and unit whose name is most
/// alike ([`indicator::likeness`] at least [`LIKENESS`]).
fn find_alike<'a>(
    name: &str,
    measure: Measure,
    unit: &str,
    figures: &'a [Figure],
) -> Option<(&'a Figure, Option<Basis>)> {
    if indicator::is_known(name) || indicator::is_bare(name) {
        return None;
    }
    let alike = figures
        .iter()
        .filter(|f| {
            f.measure == measure
                && f.unit_family() == unit
                && !indicator::is_known(&f.name)
                && !indicator::is_bare(&f.name)
        })
        .filter(|f| indicator::likeness(name, &f.name) >= LIKENESS);
    first_best(alike, |f| indicator::likeness(name, &f.name)).map(|(f, _)| (f, None))
}

/// A target that adds to a stock (`新增高新技术企业100家`) set against the whole stock
/// (`高新技术企业达到1306家`): a figure defined otherwise.
fn stock_for_addition(name: &str, figure: &Figure) -> Option<Basis> {
    let adds = |s: &str| ADDITION.iter().any(|w| s.contains(w));
    (adds(name) && !indicator::is_known(name) && !adds(&figure.name) && !adds(&figure.before))
        .then_some(Basis::Definition)
}

/// The first figure with the greatest score, and the score.
fn first_best<'a, S: PartialOrd + Copy>(
    figures: impl Iterator<Item = &'a Figure>,
    score: impl Fn(&Figure) -> S,
) -> Option<(&'a Figure, S)> {
    figures.fold(None, |best, f| {
        let s = score(f);
        match best {
            Some((_, b)) if b >= s => best,
            _ => Some((f, s)),
        }
    })
}

/// A level reported where the target was a growth (or the other way round) is the same
/// thing on another footing; a rate and a growth are not.
fn is_growth_or_level(a: Measure, b: Measure) -> bool {
    matches!(
        (a, b),
        (Measure::Growth, Measure::Level) | (Measure::Level, Measure::Growth)
    )
}

/// The unit without 万/亿 (`亿元` → `元`), as the figures carry it.
pub(crate) fn base_unit(unit: &str) -> String {
    let u = unit.trim_start_matches(['万', '亿']);
    if u.is_empty() {
        unit.to_string()
    } else {
        u.to_string()
    }
}

pub(crate) fn multiplier(unit: &str) -> f64 {
    let mut m = 1.0;
    for c in unit.chars() {
        m *= match c {
            '万' => 1e4,
            '亿' => 1e8,
            _ => break,
        };
    }
    m
}

/// Met, about met or missed: the outcome's value against the target's, both with 万/亿
/// expanded.
fn status(target: &Target, outcome: &Figure) -> Status {
    let t = target.value * multiplier(&target.unit);
    let o = outcome.base_value;
    let eps = 1e-9 * t.abs().max(1.0);
    let lower_is_better = target.comparator == Comparator::AtMost
        || (target.measure == Measure::Growth && target.value < 0.0);
    let met = if lower_is_better {
        o <= t + eps
    } else {
        o + eps >= t
    };
    if met {
        return Status::Met;
    }
    let percent = matches!(target.unit.as_str(), "%" | "个百分点");
    let short = (o - t).abs();
    if target.comparator == Comparator::About && percent && short <= ABOUT_MARGIN + eps {
        Status::MetAbout
    } else {
        Status::Missed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_units_drop_the_magnitude() {
        assert_eq!(base_unit("亿元"), "元");
        assert_eq!(base_unit("万平方米"), "平方米");
        assert_eq!(base_unit("%"), "%");
        assert_eq!(base_unit("万"), "万");
        assert_eq!(multiplier("亿元"), 1e8);
        assert_eq!(multiplier("元"), 1.0);
    }
}
