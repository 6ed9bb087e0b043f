//! Gaps in percentage points to a benchmark (`增长15.9%，高于全省1.3个百分点`): each one is a gap
//! in the growth or rate before it, named with the benchmark (`…增长高于全省`). Runs after the
//! lists are split ([`super::lists::split`]), so the growths have their own labels.

use super::classify::Class;
use super::context::Context;
use super::lexicon::{BENCHMARK_LEADS, GROWTH_RATE_WORDS, ITEM_JOINERS};
use super::lists::Labels;
use super::scan::Token;
use crate::model::NumberKind;

/// Relates every gap of the block to the growth or rate it compares. The gaps of a list
/// (`高于全省15.4个和7.4个百分点`) go item by item with as many growths before them
/// (`分别增长24.6%和18.1%`), else all compare the nearest one; a list of benchmarks as long as
/// the gaps' (`分别高于全国、全省4.3个和2.3个百分点`) gives each gap its own.
pub fn relate(ctx: &Context, tokens: &[Token], classes: &[Class], labels: &mut Labels) {
    let is_gap = |k: usize| {
        classes[k].is_indicator
            && matches!(
                classes[k].kind,
                Some(NumberKind::Amount | NumberKind::Target)
            )
            && is_point_unit(&tokens[k])
    };
    let joined = |a: usize| {
        let between = ctx.slice(tokens[a].end, tokens[a + 1].start);
        is_gap(a)
            && is_gap(a + 1)
            && ctx.clause[tokens[a].start] == ctx.clause[tokens[a + 1].start]
            && (between == "、" || ITEM_JOINERS.contains(&between))
    };
    let n = tokens.len().min(classes.len()).min(labels.len());
    let mut first = 0;
    while first < n {
        if !is_gap(first) {
            first += 1;
            continue;
        }
        let mut last = first;
        while last + 1 < n && joined(last) {
            last += 1;
        }
        relate_run(ctx, tokens, classes, labels, (first, last));
        first = last + 1;
    }
}

/// One run of gaps, `first..=last`, when the first follows a benchmark lead.
fn relate_run(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    labels: &mut Labels,
    (first, last): (usize, usize),
) {
    let lead = ctx.slice(classes[first].seg_start, tokens[first].start);
    let Some((rate_word, lead, verb_len)) = benchmark_lead(lead) else {
        subject_before_benchmarks(lead, labels, (first, last));
        return;
    };
    let sentence = |k: usize| ctx.clause_sentence[ctx.clause[tokens[k].start]];
    // The growths or rates right before the run, back to another kind of figure.
    let mut compared = Vec::new();
    // Near: a bound keeps a sentence of thousands of figures linear.
    for j in (first.saturating_sub(MAX_LOOK_BACK)..first).rev() {
        if sentence(j) != sentence(first) {
            break;
        }
        if !classes[j].is_indicator {
            continue;
        }
        match classes[j].kind {
            Some(NumberKind::Growth | NumberKind::Rate) => compared.push(j),
            _ => break,
        }
    }
    compared.reverse();
    let Some(&nearest) = compared.last() else {
        return;
    };
    let len = last - first + 1;
    let (verb, places) = lead.split_at(verb_len);
    let places = benchmark_places(places, last - first + 1);
    for (pos, k) in (first..=last).enumerate() {
        let target = if compared.len() == len {
            compared[pos]
        } else {
            nearest
        };
        let Some(measure) = labels[target].0.clone() else {
            continue;
        };
        let measure = match rate_word {
            Some(w) => format!("{}{w}", super::label::growth_subject(&measure)),
            None => measure,
        };
        let lead = if len > 1 && places.len() == len {
            format!("{verb}{}", places[pos])
        } else {
            lead.to_string()
        };
        labels[k] = (Some(format!("{measure}{lead}")), Some(target));
    }
}

/// `城镇化率分别高于全国、全区16.6、15.5个百分点`: a run of gaps whose subject is written
/// before the benchmarks, a benchmark for each gap: each gap names its own.
fn subject_before_benchmarks(lead: &str, labels: &mut Labels, (first, last): (usize, usize)) {
    let len = last - first + 1;
    let Some(at) = BENCHMARK_LEADS.iter().filter_map(|w| lead.find(w)).min() else {
        return;
    };
    let subject = lead[..at].trim().trim_end_matches("分别");
    let Some((_, rest, verb_len)) = benchmark_lead(&lead[at..]) else {
        return;
    };
    let (verb, places) = rest.split_at(verb_len);
    let places = benchmark_places(places, len);
    if len < 2 || places.len() != len || !super::label::names_something(subject) {
        return;
    }
    for (pos, k) in (first..=last).enumerate() {
        labels[k].0 = Some(format!("{subject}{verb}{}", places[pos]));
    }
}

/// The words before a gap, read as a growth's rate word if any (`增长6.2%，增速分别高于全国、全省…`:
/// the gaps are in the rate), then the benchmark lead without `分别` and the byte length of its
/// verb (`高于`); `None` when they open with no benchmark lead.
pub fn benchmark_lead(lead: &str) -> Option<(Option<&'static str>, &str, usize)> {
    let lead = lead.trim();
    let rate_word = GROWTH_RATE_WORDS
        .iter()
        .find(|w| lead.starts_with(*w))
        .copied();
    let lead = rate_word.map_or(lead, |w| &lead[w.len()..]);
    let lead = lead.trim_start_matches("分别");
    let verb_len = BENCHMARK_LEADS
        .iter()
        .filter(|w| lead.starts_with(*w))
        .map(|w| w.len())
        .max()?;
    Some((rate_word, lead, verb_len))
}

/// The benchmarks of a run of `len` gaps, in order: a list (`全国、全省`, `全国和全省`), or
/// whole places written one after the other (`分别高于全国全省5.9和2.9个百分点`).
fn benchmark_places(places: &str, len: usize) -> Vec<&str> {
    let listed: Vec<&str> = places.split(['、', '和']).collect();
    if listed.len() == len || len < 2 {
        return listed;
    }
    // `全国全省`: places of two chars, each a whole (`全…`).
    let bytes: Vec<usize> = places.char_indices().map(|(i, _)| i).collect();
    if bytes.len() != 2 * len {
        return listed;
    }
    let chunks: Vec<&str> = (0..len)
        .map(|k| {
            let end = bytes.get(2 * k + 2).copied().unwrap_or(places.len());
            &places[bytes[2 * k]..end]
        })
        .collect();
    if chunks.iter().all(|c| c.starts_with('全')) {
        chunks
    } else {
        listed
    }
}

/// How many tokens back a gap looks for the growths it compares.
const MAX_LOOK_BACK: usize = 32;

/// Whether `t` is in percentage points, the unit of a gap.
fn is_point_unit(t: &Token) -> bool {
    t.unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(super::classify::is_point_unit)
}
