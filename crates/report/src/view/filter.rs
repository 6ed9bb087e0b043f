//! The filter (search plus facets) and what the view shows for it.
//!
//! Semantics: the part selection and the section restrict; `kinds` keeps cards with at least
//! one indicator of any selected kind (OR within kinds); `only_numbers` keeps cards with at
//! least one indicator; all of these AND together with the search. `card` does not restrict:
//! it names the card to focus (scroll to, expand).

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
fn counts_from(report: &Report, cards: &[Card], filter: &Filter, matched: &[bool]) -> FacetCounts {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::cards::{cards, tests::sample};

    fn ids(cs: &[Card], hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| cs[h.card].id.clone()).collect()
    }

    #[test]
    fn facets_restrict() {
        let r = sample();
        let cs = cards(&r);
        let all = apply(&r, &cs, &Filter::default());
        assert_eq!(all.len(), cs.len());
        let f = Filter {
            parts: PartSel::Kind(PartKind::Plan),
            ..Filter::default()
        };
        assert_eq!(ids(&cs, &apply(&r, &cs, &f)), ["2-1-1"]);
        let f = Filter {
            parts: PartSel::Index(1),
            section: Some((1, 2)),
            ..Filter::default()
        };
        assert_eq!(ids(&cs, &apply(&r, &cs, &f)), ["1-2-intro-1", "1-2-1"]);
        let f = Filter {
            kinds: vec![NumberKind::Rank, NumberKind::Target],
            ..Filter::default()
        };
        assert_eq!(ids(&cs, &apply(&r, &cs, &f)), ["1-2-1", "2-1-1"]);
        let f = Filter {
            only_numbers: true,
            ..Filter::default()
        };
        assert_eq!(
            ids(&cs, &apply(&r, &cs, &f)),
            ["1-1-1", "1-1-2", "1-2-1", "2-1-1"]
        );
        let f = Filter {
            q: "企业".into(),
            only_numbers: true,
            parts: PartSel::Index(1),
            ..Filter::default()
        };
        assert_eq!(ids(&cs, &apply(&r, &cs, &f)), ["1-1-2"]);
        // The focused card does not restrict.
        let f = Filter {
            card: Some("1-1-1".into()),
            ..Filter::default()
        };
        assert_eq!(apply(&r, &cs, &f).len(), cs.len());
    }

    #[test]
    fn relevance_order_when_searching() {
        let r = sample();
        let cs = cards(&r);
        let f = Filter {
            q: "企业".into(),
            ..Filter::default()
        };
        assert_eq!(ids(&cs, &apply(&r, &cs, &f)), ["1-1-2", "2-1-1"]);
    }

    fn check_counts(r: &Report, cs: &[Card], f: &Filter) {
        let c = facet_counts(r, cs, f);
        let n = |g: Filter| apply(r, cs, &g).len();
        assert_eq!(c.total, n(f.clone()));
        for (p, count) in &c.parts {
            assert_eq!(
                *count,
                n(Filter {
                    parts: PartSel::Index(*p),
                    ..f.clone()
                }),
                "part {p} {f:?}"
            );
        }
        for (k, count) in &c.part_kinds {
            assert_eq!(
                *count,
                n(Filter {
                    parts: PartSel::Kind(*k),
                    ..f.clone()
                })
            );
        }
        assert_eq!(
            c.all_parts,
            n(Filter {
                parts: PartSel::None,
                ..f.clone()
            })
        );
        for (s, count) in &c.sections {
            assert_eq!(
                *count,
                n(Filter {
                    section: Some(*s),
                    ..f.clone()
                }),
                "section {s:?} {f:?}"
            );
        }
        assert_eq!(
            c.all_sections,
            n(Filter {
                section: None,
                ..f.clone()
            })
        );
        for (k, count) in &c.kinds {
            let alone = Filter {
                kinds: vec![*k],
                ..f.clone()
            };
            assert_eq!(*count, n(alone), "kind {k:?} {f:?}");
        }
        assert_eq!(
            c.all_kinds,
            n(Filter {
                kinds: vec![],
                ..f.clone()
            })
        );
        assert_eq!(
            c.only_numbers,
            n(Filter {
                only_numbers: true,
                ..f.clone()
            })
        );
        assert_eq!(
            c.any_numbers,
            n(Filter {
                only_numbers: false,
                ..f.clone()
            })
        );
    }

    #[test]
    fn counts_match_apply() {
        let r = sample();
        let cs = cards(&r);
        let filters = [
            Filter::default(),
            Filter {
                q: "企业".into(),
                ..Filter::default()
            },
            Filter {
                parts: PartSel::Index(1),
                kinds: vec![NumberKind::Amount],
                ..Filter::default()
            },
            Filter {
                parts: PartSel::Kind(PartKind::Plan),
                only_numbers: true,
                ..Filter::default()
            },
            Filter {
                section: Some((1, 1)),
                kinds: vec![NumberKind::Growth, NumberKind::Rank],
                ..Filter::default()
            },
            Filter {
                q: "养老 服务".into(),
                only_numbers: true,
                ..Filter::default()
            },
        ];
        let index = SearchIndex::new(&cs);
        for f in &filters {
            check_counts(&r, &cs, f);
            let (hits, counts) = evaluate(&r, &cs, &index, f);
            assert_eq!(hits, apply(&r, &cs, f));
            assert_eq!(counts, facet_counts(&r, &cs, f));
        }
        let c = facet_counts(&r, &cs, &Filter::default());
        assert_eq!(c.part(1), 6);
        assert_eq!(c.part(3), 0);
        assert_eq!(c.part_kind(PartKind::Plan), 1);
        assert_eq!(c.section((1, 2)), 2);
        assert_eq!(c.kind(NumberKind::Amount), 3);
    }

    #[test]
    fn a_kind_counts_its_own_cards_whatever_kinds_are_selected() {
        let r = sample();
        let cs = cards(&r);
        let none = facet_counts(&r, &cs, &Filter::default());
        for k in NumberKind::ALL {
            let chosen = facet_counts(
                &r,
                &cs,
                &Filter {
                    kinds: vec![k],
                    ..Filter::default()
                },
            );
            assert_eq!(chosen.kinds, none.kinds, "with {k:?} chosen");
        }
    }

    #[test]
    fn sanitize_drops_what_does_not_exist() {
        let r = sample();
        let f = Filter {
            q: "x".into(),
            parts: PartSel::Index(99),
            section: Some((1, 3)),
            kinds: vec![NumberKind::Rate, NumberKind::Rate],
            only_numbers: true,
            card: Some("1-1-9".into()),
        };
        let s = f.sanitize(&r);
        assert_eq!(
            s,
            Filter {
                q: "x".into(),
                kinds: vec![NumberKind::Rate],
                only_numbers: true,
                ..Filter::default()
            }
        );
        let f = Filter {
            parts: PartSel::Index(2),
            section: Some((1, 2)),
            card: Some("1-2-intro-1".into()),
            ..Filter::default()
        };
        assert_eq!(f.sanitize(&r), f);
        let f = Filter {
            parts: PartSel::Kind(PartKind::Other),
            ..Filter::default()
        };
        assert_eq!(f.sanitize(&r).parts, PartSel::None);
        let f = Filter {
            parts: PartSel::Index(0),
            section: Some((0, 1)),
            ..Filter::default()
        };
        assert!(f.sanitize(&r).is_default());
    }
}
