//! The filter's tests: facets, relevance order, counts against `apply`, sanitizing.

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
