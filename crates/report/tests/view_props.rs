//! Properties of the view layer: URL round trip, highlighting, normalization.

use proptest::prelude::*;
use report::view::{
    highlight_segments, normalize, parse_query, percent_decode, percent_encode, to_query, Extras,
    Filter, PartSel, SettingsOverrides, Theme,
};
use report::{NumberKind, PartKind};

fn part_sel() -> impl Strategy<Value = PartSel> {
    prop_oneof![
        Just(PartSel::None),
        (1usize..50).prop_map(PartSel::Index),
        prop_oneof![
            Just(PartKind::Summary),
            Just(PartKind::Plan),
            Just(PartKind::Other)
        ]
        .prop_map(PartSel::Kind),
    ]
}

fn card_id() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (1usize..20, 1usize..20, 1usize..20).prop_map(|(p, s, t)| Some(format!("{p}-{s}-{t}"))),
        (1usize..20, 1usize..20).prop_map(|(p, i)| Some(format!("{p}-intro-{i}"))),
        (1usize..20, 1usize..20, 1usize..20)
            .prop_map(|(p, s, i)| Some(format!("{p}-{s}-intro-{i}"))),
        (1usize..20, 1usize..20).prop_map(|(p, i)| Some(format!("{p}-closing-{i}"))),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ]{0,8}",
        "[养老服务亿元万 &=%+#?,;/．３２９　]{0,8}",
        any::<String>(),
    ]
}

fn filter() -> impl Strategy<Value = Filter> {
    (
        text(),
        part_sel(),
        prop::option::of((1usize..30, 1usize..30)),
        prop::sample::subsequence(NumberKind::ALL.to_vec(), 0..=5).prop_shuffle(),
        any::<bool>(),
        card_id(),
    )
        .prop_map(|(q, parts, section, kinds, only_numbers, card)| Filter {
            q,
            parts,
            section,
            kinds,
            only_numbers,
            card,
        })
}

fn overrides() -> impl Strategy<Value = SettingsOverrides> {
    (
        prop::option::of(1u8..=4),
        prop::option::of(prop::sample::select(Theme::ALL.to_vec())),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(1u8..=3),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
    )
        .prop_map(
            |(font, theme, elder, speech, rate, cursor, guide)| SettingsOverrides {
                font,
                theme,
                elder,
                speech,
                rate,
                cursor,
                guide,
            },
        )
}

fn extras() -> impl Strategy<Value = Extras> {
    (
        prop::option::of(text().prop_filter("non-empty", |s| !s.is_empty())),
        any::<bool>(),
        prop::option::of(
            prop::sample::select(vec!["cards", "charts", "all"]).prop_map(String::from),
        ),
        prop::collection::vec(text().prop_filter("non-empty", |s| !s.is_empty()), 0..3),
        prop::sample::subsequence(
            vec![
                "https://portal.gov.cn",
                "http://127.0.0.1:8080",
                "https://www.baoan.gov.cn",
            ],
            0..3,
        ),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(report, embed, view, chart, host, downloads)| Extras {
            report,
            embed,
            view,
            chart,
            host: host.into_iter().map(String::from).collect(),
            downloads,
        })
}

proptest! {
    #[test]
    fn url_round_trip(f in filter(), s in overrides(), e in extras()) {
        let q = to_query(&f, &s, &e);
        prop_assert!(q.is_ascii());
        prop_assert_eq!(parse_query(&q), (f.clone(), s, e.clone()));
        prop_assert_eq!(parse_query(&format!("?{q}")), (f, s, e));
    }

    #[test]
    fn parse_never_panics(s in any::<String>()) {
        let (f, o, e) = parse_query(&s);
        // Whatever was parsed writes back to something that parses to the same thing.
        let q = to_query(&f, &o, &e);
        prop_assert_eq!(parse_query(&q), (f, o, e));
    }

    #[test]
    fn percent_round_trip(s in any::<String>()) {
        prop_assert_eq!(percent_decode(&percent_encode(&s)), Some(s));
    }

    #[test]
    fn normalize_keeps_char_count(s in any::<String>()) {
        prop_assert_eq!(normalize(&s).chars().count(), s.chars().count());
    }

    #[test]
    fn segments_rebuild_text(s in text(), ranges in prop::collection::vec((0usize..12, 0usize..12), 0..4)) {
        let ranges: Vec<_> = ranges.into_iter().map(|(a, b)| a..b).collect();
        let segs = highlight_segments(&s, &ranges);
        prop_assert_eq!(segs.iter().map(|(t, _)| t.as_str()).collect::<String>(), s);
        prop_assert!(segs.iter().all(|(t, _)| !t.is_empty()));
        prop_assert!(segs.windows(2).all(|w| w[0].1 != w[1].1));
    }
}
