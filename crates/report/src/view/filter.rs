//! The filter (search plus facets) and what the view shows for it.
//!
//! Semantics: the part selection and the section restrict; `kinds` keeps cards with at least
//! one indicator of any selected kind (OR within kinds); `only_numbers` keeps cards with at
//! least one indicator; all of these AND together with the search. `card` does not restrict:
//! it names the card to focus (scroll to, expand).
//!
//! - `counts`: the [`FacetCounts`], how many cards each facet value would show.
//!
//! Here: [`PartSel`], [`Filter`] and what the view shows for it ([`apply`], [`apply_indexed`],
//! and [`evaluate`] with the counts in one search pass).

mod counts;

#[cfg(test)]
mod tests;

use counts::counts_from;
pub use counts::{facet_counts, facet_counts_indexed, FacetCounts};

use crate::model::{NumberKind, PartKind, Report};

use super::cards::{card_exists, Card};
use super::search::{rank, Hit, Query, SearchIndex};

/// Which part(s) to show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum PartSel {
    /// Every part.
    #[default]
    None,
    /// One part by its 1-based number (`part=2`).
    Index(usize),
    /// Every part of a kind (`part=plan`).
    Kind(PartKind),
}

impl PartSel {
    /// Whether a card in the part at 0-based index `part` is selected.
    pub fn matches(&self, report: &Report, part: usize) -> bool {
        match *self {
            PartSel::None => true,
            PartSel::Index(p) => part + 1 == p,
            PartSel::Kind(k) => report.parts.get(part).is_some_and(|p| p.kind == k),
        }
    }

    /// Whether anything is selected.
    pub fn is_none(&self) -> bool {
        *self == PartSel::None
    }
}

/// What the reader asked to see. The URL contract is [`super::parse_query`] and [`super::to_query`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// The search query as typed (`q=`).
    pub q: String,
    /// The part selection (`part=1` or `part=summary|plan|other`).
    pub parts: PartSel,
    /// One section, 1-based `(part, section)` (`section=1-2`).
    pub section: Option<(usize, usize)>,
    /// Indicator kinds (`kind=growth&kind=rate`): cards with any of them. Empty: no restriction.
    pub kinds: Vec<NumberKind>,
    /// Only cards with at least one indicator (`nums=1`).
    pub only_numbers: bool,
    /// The card to focus (`card=1-2-3`); does not restrict the list.
    pub card: Option<String>,
}

impl Filter {
    /// Whether it is the default (shows everything, focuses nothing).
    pub fn is_default(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether it narrows the list at all (search or facets; the focused card does not count).
    pub fn is_active(&self) -> bool {
        !Query::parse(&self.q).is_empty()
            || !self.parts.is_none()
            || self.section.is_some()
            || !self.kinds.is_empty()
            || self.only_numbers
    }

    /// A copy with everything that does not exist in `report` dropped: a part number beyond
    /// the report, a part kind no part has, a missing section, a missing card; and duplicate
    /// kinds.
    pub fn sanitize(&self, report: &Report) -> Filter {
        let parts = match self.parts {
            PartSel::Index(p) if p == 0 || p > report.parts.len() => PartSel::None,
            PartSel::Kind(k) if !report.parts.iter().any(|p| p.kind == k) => PartSel::None,
            other => other,
        };
        let section = self.section.filter(|&(p, s)| {
            p >= 1
                && s >= 1
                && report
                    .parts
                    .get(p - 1)
                    .is_some_and(|part| s <= part.sections.len())
        });
        let mut kinds = Vec::new();
        for k in &self.kinds {
            if !kinds.contains(k) {
                kinds.push(*k);
            }
        }
        Filter {
            q: self.q.clone(),
            parts,
            section,
            kinds,
            only_numbers: self.only_numbers,
            card: self.card.clone().filter(|c| card_exists(report, c)),
        }
    }

    /// A copy with `kind` added to or removed from `kinds`.
    pub fn toggle_kind(&self, kind: NumberKind) -> Filter {
        let mut f = self.clone();
        if let Some(i) = f.kinds.iter().position(|k| *k == kind) {
            f.kinds.remove(i);
        } else {
            f.kinds.push(kind);
        }
        f
    }

    fn section_ok(&self, card: &Card) -> bool {
        self.section.is_none_or(|s| card.section_key() == Some(s))
    }

    fn kinds_ok(&self, card: &Card) -> bool {
        self.kinds.is_empty() || self.kinds.iter().any(|k| card.has_kind(*k))
    }

    fn numbers_ok(&self, card: &Card) -> bool {
        !self.only_numbers || card.has_indicator()
    }

    /// Whether a card passes the facets (everything but the search).
    pub fn facets_match(&self, report: &Report, card: &Card) -> bool {
        self.parts.matches(report, card.part)
            && self.section_ok(card)
            && self.kinds_ok(card)
            && self.numbers_ok(card)
    }
}

/// The cards the view shows for `filter`. Builds a [`SearchIndex`] on the fly; per keystroke,
/// prefer [`apply_indexed`] with an index built once.
pub fn apply(report: &Report, cards: &[Card], filter: &Filter) -> Vec<Hit> {
    apply_indexed(report, cards, &SearchIndex::new(cards), filter)
}

/// The cards the view shows for `filter`: by relevance when the query has terms, else in
/// source order. `index` must have been built from `cards`.
pub fn apply_indexed(
    report: &Report,
    cards: &[Card],
    index: &SearchIndex,
    filter: &Filter,
) -> Vec<Hit> {
    let query = Query::parse(&filter.q);
    let mut hits: Vec<Hit> = cards
        .iter()
        .enumerate()
        .filter(|(_, c)| filter.facets_match(report, c))
        .filter_map(|(i, _)| index.hit(i, &query))
        .collect();
    if !query.is_empty() {
        rank(&mut hits);
    }
    hits
}

/// Everything the view needs for one filter, sharing one search pass: the hits (as
/// [`apply_indexed`]) and the facet counts (as [`facet_counts_indexed`]). Use this per keystroke.
pub fn evaluate(
    report: &Report,
    cards: &[Card],
    index: &SearchIndex,
    filter: &Filter,
) -> (Vec<Hit>, FacetCounts) {
    let query = Query::parse(&filter.q);
    let matched: Vec<bool> = (0..cards.len()).map(|i| index.matches(i, &query)).collect();
    let counts = counts_from(report, cards, filter, &matched);
    let mut hits: Vec<Hit> = cards
        .iter()
        .enumerate()
        .filter(|(i, c)| matched[*i] && filter.facets_match(report, c))
        .filter_map(|(i, _)| index.hit(i, &query))
        .collect();
    if !query.is_empty() {
        rank(&mut hits);
    }
    (hits, counts)
}
