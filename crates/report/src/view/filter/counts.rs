//! The facet counts: for each facet value, how many cards the view would show with it selected.

use super::Filter;
use crate::model::{NumberKind, PartKind, Report};
use crate::view::cards::Card;
use crate::view::search::{Query, SearchIndex};

/// For each facet value: how many cards the view would show if that value were selected
/// (toggled on), all other parts of the filter unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Cards shown by the filter as it is.
    pub total: usize,
    /// Per part, `(1-based part number, count)` with `parts = Index(n)`, for every part.
    pub parts: Vec<(usize, usize)>,
    /// Per part kind present in the report (summary, plan, other order), with `parts = Kind(k)`.
    pub part_kinds: Vec<(PartKind, usize)>,
    /// With no part selection.
    pub all_parts: usize,
    /// Per section, `((part, section) 1-based, count)` with `section = Some(..)`, for every
    /// section in order.
    pub sections: Vec<((usize, usize), usize)>,
    /// With no section selected.
    pub all_sections: usize,
    /// Per kind in [`NumberKind::ALL`] order, with `kinds` that kind alone: the cards with an
    /// indicator of that kind under the other filters, whichever kinds are selected (with 目标
    /// selected, 增长 still counts the cards with a growth, not the targets again).
    pub kinds: Vec<(NumberKind, usize)>,
    /// With `kinds` empty.
    pub all_kinds: usize,
    /// With `only_numbers = true`.
    pub only_numbers: usize,
    /// With `only_numbers = false`.
    pub any_numbers: usize,
}

impl FacetCounts {
    /// The count for part number `n` (1-based), 0 when it does not exist.
    pub fn part(&self, n: usize) -> usize {
        self.parts
            .iter()
            .find(|(p, _)| *p == n)
            .map_or(0, |(_, c)| *c)
    }

    /// The count for part kind `k`, 0 when no part has it.
    pub fn part_kind(&self, k: PartKind) -> usize {
        self.part_kinds
            .iter()
            .find(|(p, _)| *p == k)
            .map_or(0, |(_, c)| *c)
    }

    /// The count for section `(part, section)` (1-based), 0 when it does not exist.
    pub fn section(&self, key: (usize, usize)) -> usize {
        self.sections
            .iter()
            .find(|(s, _)| *s == key)
            .map_or(0, |(_, c)| *c)
    }

    /// The count for kind `k`.
    pub fn kind(&self, k: NumberKind) -> usize {
        self.kinds
            .iter()
            .find(|(p, _)| *p == k)
            .map_or(0, |(_, c)| *c)
    }
}

/// Facet counts for `filter`. Builds a [`SearchIndex`] on the fly; per keystroke, prefer
/// [`evaluate`].
pub fn facet_counts(report: &Report, cards: &[Card], filter: &Filter) -> FacetCounts {
    facet_counts_indexed(report, cards, &SearchIndex::new(cards), filter)
}

/// Facet counts for `filter`, in one pass over the cards. `index` must have been built from
/// `cards`.
pub fn facet_counts_indexed(
    report: &Report,
    cards: &[Card],
    index: &SearchIndex,
    filter: &Filter,
) -> FacetCounts {
    let query = Query::parse(&filter.q);
    let matched: Vec<bool> = (0..cards.len()).map(|i| index.matches(i, &query)).collect();
    counts_from(report, cards, filter, &matched)
}

/// Facet counts given which cards match the search (`matched[i]` for `cards[i]`).
pub(super) fn counts_from(
    report: &Report,
    cards: &[Card],
    filter: &Filter,
    matched: &[bool],
) -> FacetCounts {
    let part_kinds: Vec<PartKind> = [PartKind::Summary, PartKind::Plan, PartKind::Other]
        .into_iter()
        .filter(|k| report.parts.iter().any(|p| p.kind == *k))
        .collect();
    let mut out = FacetCounts {
        parts: (1..=report.parts.len()).map(|n| (n, 0)).collect(),
        part_kinds: part_kinds.iter().map(|k| (*k, 0)).collect(),
        sections: report
            .parts
            .iter()
            .enumerate()
            .flat_map(|(p, part)| (0..part.sections.len()).map(move |s| ((p + 1, s + 1), 0)))
            .collect(),
        kinds: NumberKind::ALL.iter().map(|k| (*k, 0)).collect(),
        ..FacetCounts::default()
    };
    // Index of each part's first section in `out.sections`.
    let mut section_base = Vec::with_capacity(report.parts.len());
    let mut acc = 0;
    for part in &report.parts {
        section_base.push(acc);
        acc += part.sections.len();
    }
    for (i, card) in cards.iter().enumerate() {
        if !matched.get(i).copied().unwrap_or(false) {
            continue;
        }
        let part_ok = filter.parts.matches(report, card.part);
        let section_ok = filter.section_ok(card);
        let kinds_ok = filter.kinds_ok(card);
        let numbers_ok = filter.numbers_ok(card);
        if section_ok && kinds_ok && numbers_ok {
            out.all_parts += 1;
            if let Some(slot) = out.parts.get_mut(card.part) {
                slot.1 += 1;
            }
            if let Some(kind) = report.parts.get(card.part).map(|p| p.kind) {
                if let Some(slot) = out.part_kinds.iter_mut().find(|(k, _)| *k == kind) {
                    slot.1 += 1;
                }
            }
        }
        if part_ok && kinds_ok && numbers_ok {
            out.all_sections += 1;
            if let (Some(s), Some(base)) = (card.section, section_base.get(card.part)) {
                if let Some(slot) = out.sections.get_mut(base + s) {
                    slot.1 += 1;
                }
            }
        }
        if part_ok && section_ok && numbers_ok {
            out.all_kinds += 1;
            for slot in out.kinds.iter_mut() {
                if card.has_kind(slot.0) {
                    slot.1 += 1;
                }
            }
        }
        if part_ok && section_ok && kinds_ok {
            out.any_numbers += 1;
            if card.has_indicator() {
                out.only_numbers += 1;
            }
            if numbers_ok {
                out.total += 1;
            }
        }
    }
    out
}
