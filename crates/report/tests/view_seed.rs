//! The view layer on the seed report (public/reports/xinqiao-2024h1.txt).

use std::time::{Duration, Instant};

use report::view::{
    self, apply, facet_counts, highlight_segments, key_figures, parse_query, to_query, Card,
    Extras, Filter, PartSel, SearchIndex, SettingsOverrides, Theme,
};
use report::{BlockRole, Direction, NumberKind, PartKind, Report};

fn seed() -> Report {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/reports/xinqiao-2024h1.txt"
    );
    let text = std::fs::read_to_string(path).expect("seed report");
    report::parse(&text).expect("seed parses")
}

fn ids(cards: &[Card], hits: &[view::Hit]) -> Vec<String> {
    hits.iter().map(|h| cards[h.card].id.clone()).collect()
}

#[test]
fn cards_cover_every_paragraph() {
    let r = seed();
    let cards = view::cards(&r);
    let count = |role| cards.iter().filter(|c| c.role == role).count();
    assert_eq!(count(BlockRole::Topic), 32);
    assert_eq!(count(BlockRole::PartIntro), 2);
    assert_eq!(count(BlockRole::Closing), 2);
    assert_eq!(cards.len(), 32 + 2 + 2 + count(BlockRole::SectionIntro));
    assert_eq!(cards[0].id, "1-intro-1");
    assert_eq!(cards[1].id, "1-1-1");
    assert!(cards.iter().any(|c| c.id == "1-closing-2"));
    assert!(cards.iter().any(|c| c.id == "2-intro-1"));
    // Every number of a paragraph is on its card, and only there.
    let on_cards: usize = cards.iter().map(|c| c.numbers.len()).sum();
    let in_paragraphs = r
        .numbers
        .iter()
        .filter(|n| {
            !matches!(
                r.blocks[n.block].role,
                BlockRole::PartTitle | BlockRole::SectionTitle
            )
        })
        .count();
    assert_eq!(on_cards, in_paragraphs);
    for c in &cards {
        assert_eq!(c.text, r.block_text(&r.blocks[c.block]));
        for &n in &c.numbers {
            assert_eq!(r.numbers[n].block, c.block);
            assert!(c.text.contains(&r.numbers[n].raw));
        }
        let want: Vec<NumberKind> = NumberKind::ALL
            .into_iter()
            .filter(|k| {
                c.numbers
                    .iter()
                    .any(|&n| r.numbers[n].is_indicator && r.numbers[n].kind == Some(*k))
            })
            .collect();
        assert_eq!(c.kinds, want);
    }
    let first = &cards[1];
    assert_eq!(first.title.as_deref(), Some("经济指标持续向好"));
    assert!(first.kinds.contains(&NumberKind::Growth));
}

#[test]
fn search_matches_plain_contains() {
    let r = seed();
    let cards = view::cards(&r);
    for q in [
        "养老",
        "亿元",
        "329.73",
        "企业",
        "第二",
        "PM2.5",
        "全区排名",
    ] {
        let f = Filter {
            q: q.into(),
            ..Filter::default()
        };
        let mut got = ids(&cards, &apply(&r, &cards, &f));
        let want: Vec<String> = cards
            .iter()
            .filter(|c| c.text.contains(q))
            .map(|c| c.id.clone())
            .collect();
        assert!(!want.is_empty(), "{q}");
        got.sort();
        let mut want_sorted = want.clone();
        want_sorted.sort();
        assert_eq!(got, want_sorted, "{q}");
    }
    // Ranges point at the term in the original text.
    let hits = apply(
        &r,
        &cards,
        &Filter {
            q: "养老".into(),
            ..Filter::default()
        },
    );
    for h in &hits {
        let text = &cards[h.card].text;
        let segs = highlight_segments(text, &h.ranges);
        assert_eq!(
            segs.iter().map(|(s, _)| s.as_str()).collect::<String>(),
            *text
        );
        assert!(segs.iter().filter(|(_, m)| *m).all(|(s, _)| s == "养老"));
        assert_eq!(
            segs.iter().filter(|(_, m)| *m).count(),
            text.matches("养老").count()
        );
    }
    // Relevance: sorted by score, ties in source order.
    assert!(hits
        .windows(2)
        .all(|w| w[0].score > w[1].score || (w[0].score == w[1].score && w[0].card < w[1].card)));
}

#[test]
fn search_full_width_and_multiple_terms() {
    let r = seed();
    let cards = view::cards(&r);
    let hits = apply(
        &r,
        &cards,
        &Filter {
            q: "３２９.７３".into(),
            ..Filter::default()
        },
    );
    assert_eq!(ids(&cards, &hits), ["1-1-1"]);
    let chars: Vec<char> = cards[hits[0].card].text.chars().collect();
    let r0 = hits[0].ranges[0].clone();
    assert_eq!(chars[r0].iter().collect::<String>(), "329.73");
    // Full-width space between terms; AND semantics.
    let hits = apply(
        &r,
        &cards,
        &Filter {
            q: "养老　驿站".into(),
            ..Filter::default()
        },
    );
    assert!(!hits.is_empty());
    for h in &hits {
        let t = &cards[h.card].text;
        assert!(t.contains("养老") && t.contains("驿站"));
    }
    let pm = apply(
        &r,
        &cards,
        &Filter {
            q: "ｐｍ２.５".into(),
            ..Filter::default()
        },
    );
    assert_eq!(pm.len(), 1);
}

#[test]
fn facets_on_the_seed() {
    let r = seed();
    let cards = view::cards(&r);
    let plan = apply(
        &r,
        &cards,
        &Filter {
            parts: PartSel::Kind(PartKind::Plan),
            ..Filter::default()
        },
    );
    assert!(!plan.is_empty());
    assert!(plan.iter().all(|h| cards[h.card].part == 1));
    assert_eq!(plan.len(), cards.iter().filter(|c| c.part == 1).count());
    let growth = apply(
        &r,
        &cards,
        &Filter {
            kinds: vec![NumberKind::Growth],
            ..Filter::default()
        },
    );
    assert!(!growth.is_empty());
    for h in &growth {
        let c = &cards[h.card];
        assert!(c
            .numbers
            .iter()
            .any(|&n| r.numbers[n].is_indicator && r.numbers[n].kind == Some(NumberKind::Growth)));
    }
    let s = apply(
        &r,
        &cards,
        &Filter {
            section: Some((1, 2)),
            ..Filter::default()
        },
    );
    assert_eq!(ids(&cards, &s), ["1-2-1", "1-2-2"]);
}

#[test]
fn facet_counts_equal_applied_sizes() {
    let r = seed();
    let cards = view::cards(&r);
    let filters = [
        Filter::default(),
        Filter {
            q: "企业".into(),
            ..Filter::default()
        },
        Filter {
            q: "万平方米".into(),
            parts: PartSel::Index(1),
            ..Filter::default()
        },
        Filter {
            kinds: vec![NumberKind::Rank, NumberKind::Rate],
            ..Filter::default()
        },
        Filter {
            section: Some((2, 1)),
            only_numbers: true,
            ..Filter::default()
        },
        Filter {
            parts: PartSel::Kind(PartKind::Summary),
            kinds: vec![NumberKind::Growth],
            ..Filter::default()
        },
    ];
    for f in &filters {
        let c = facet_counts(&r, &cards, f);
        let n = |g: Filter| apply(&r, &cards, &g).len();
        assert_eq!(c.total, n(f.clone()));
        for (p, count) in &c.parts {
            assert_eq!(
                *count,
                n(Filter {
                    parts: PartSel::Index(*p),
                    ..f.clone()
                })
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
        assert_eq!(c.sections.len(), 11);
        for (s, count) in &c.sections {
            assert_eq!(
                *count,
                n(Filter {
                    section: Some(*s),
                    ..f.clone()
                })
            );
        }
        // A kind counts what the list shows with that kind alone and the other filters kept.
        for (k, count) in &c.kinds {
            let alone = Filter {
                kinds: vec![*k],
                ..f.clone()
            };
            assert_eq!(*count, n(alone), "kind {k:?} {f:?}");
        }
        assert_eq!(
            c.only_numbers,
            n(Filter {
                only_numbers: true,
                ..f.clone()
            })
        );
        assert_eq!(
            c.all_parts,
            n(Filter {
                parts: PartSel::None,
                ..f.clone()
            })
        );
        assert_eq!(
            c.all_sections,
            n(Filter {
                section: None,
                ..f.clone()
            })
        );
        assert_eq!(
            c.all_kinds,
            n(Filter {
                kinds: vec![],
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
}

#[test]
fn url_round_trip_and_leniency() {
    let r = seed();
    let (f, s, e) = parse_query(
        "?q=%E5%85%BB%E8%80%81&part=plan&kind=growth&kind=rank&nums=1&theme=dark&font=2",
    );
    assert_eq!(f.q, "养老");
    assert_eq!(f.parts, PartSel::Kind(PartKind::Plan));
    assert_eq!(s.theme, Some(Theme::Dark));
    let q = to_query(&f, &s, &e);
    assert_eq!(
        q,
        "q=%E5%85%BB%E8%80%81&part=plan&kind=growth&kind=rank&nums=1&font=2&theme=dark"
    );
    assert_eq!(parse_query(&q), (f, s, e));

    // Malformed and unknown parameters are ignored; the rest still applies.
    let (f, s, e) = parse_query(
        "q=%E5%85%BB%E8%80%81&part=99&section=9-9&kind=bogus&card=7-7-7&font=99&x=%ZZ&&=1",
    );
    assert_eq!(f.q, "养老");
    assert_eq!(s, SettingsOverrides::default());
    assert_eq!(e, Extras::default());
    let clean = f.sanitize(&r);
    assert_eq!(
        clean,
        Filter {
            q: "养老".into(),
            ..Filter::default()
        }
    );
    let cards = view::cards(&r);
    assert_eq!(
        apply(&r, &cards, &clean).len(),
        cards.iter().filter(|c| c.text.contains("养老")).count()
    );
    // Existing references survive sanitizing.
    let (f, _, _) = parse_query("part=2&section=1-6&card=1-closing-2");
    assert_eq!(f.sanitize(&r), f);
}

#[test]
fn key_figures_follow_the_rules() {
    let r = seed();
    let cards = view::cards(&r);
    let figs = key_figures(&r, &cards, 8);
    assert_eq!(figs.len(), 8);
    let first = &figs[0];
    assert_eq!(first.label, "规上工业累计产值");
    assert_eq!(first.value_text, "329.73亿元");
    assert_eq!(first.growth, Some((Direction::Up, "4.1%".to_string())));
    assert_eq!(first.growth_text().as_deref(), Some("▲4.1%"));
    assert_eq!(first.card_id, "1-1-1");
    let mut numbers: Vec<usize> = figs.iter().map(|f| f.number).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), figs.len());
    for f in &figs {
        let n = &r.numbers[f.number];
        assert!(n.is_indicator);
        assert_eq!(n.part, PartKind::Summary);
        assert_eq!(n.raw, f.value_text);
        let card = cards.iter().find(|c| c.id == f.card_id).unwrap();
        assert!(card.numbers.contains(&f.number));
    }
    // More room: amounts come in, one per section.
    let many = key_figures(&r, &cards, 30);
    assert!(many.iter().any(|f| f.kind == NumberKind::Amount));
    assert!(many.len() <= 30);
}

/// 100 copies of the seed's cards: one search + facet count pass stays fast.
#[test]
fn fast_enough_on_a_big_report() {
    let r = seed();
    let base = view::cards(&r);
    let cards: Vec<Card> = (0..100).flat_map(|_| base.iter().cloned()).collect();
    let start = Instant::now();
    let index = SearchIndex::new(&cards);
    let built = start.elapsed();
    let start = Instant::now();
    let mut total = 0;
    for q in ["养", "养老", "养老 服务", "329.73", "企业 万元", ""] {
        let f = Filter {
            q: q.into(),
            only_numbers: true,
            ..Filter::default()
        };
        let (hits, counts) = view::evaluate(&r, &cards, &index, &f);
        assert_eq!(hits.len(), counts.total);
        total += hits.len();
    }
    let per_keystroke = start.elapsed() / 6;
    eprintln!(
        "{} cards: index {built:?}, per keystroke {per_keystroke:?} ({total})",
        cards.len()
    );
    // Generous: debug builds on a shared machine.
    assert!(
        per_keystroke < Duration::from_millis(250),
        "{per_keystroke:?}"
    );
}
