//! The URL contract's tests: origins, percent-encoding, parsing (lenient) and writing back.

#[test]
fn settings_messages_come_only_from_the_hosts_or_the_framing_page() {
    let hosts = vec!["https://a.cn".to_string()];
    assert!(origin_allowed("https://a.cn", &hosts, ""));
    assert!(!origin_allowed("https://b.cn", &hosts, "https://b.cn/x"));
    assert!(origin_allowed(
        "https://b.cn",
        &[],
        "https://b.cn/x/y.html?q#f"
    ));
    assert!(origin_allowed(
        "http://127.0.0.1:81",
        &[],
        "http://127.0.0.1:81"
    ));
    assert!(!origin_allowed("https://b.cn", &[], ""));
    assert!(!origin_allowed("null", &[], "null"));
    assert!(!origin_allowed(
        "https://b.cn",
        &[],
        "https://b.cn.evil.cn/"
    ));
}

use super::*;

#[test]
fn encodes_and_decodes() {
    assert_eq!(percent_encode("养老"), "%E5%85%BB%E8%80%81");
    assert_eq!(percent_encode("a b&c=d+%"), "a+b%26c%3Dd%2B%25");
    assert_eq!(
        percent_decode("%E5%85%BB%e8%80%81+x").as_deref(),
        Some("养老 x")
    );
    assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
    assert_eq!(percent_decode("%zz%4").as_deref(), Some("%zz%4"));
    assert_eq!(percent_decode("%FF"), None);
    assert_eq!(percent_decode("养老").as_deref(), Some("养老"));
}

#[test]
fn parses_everything() {
    let (f, s, e) = parse_query(
        "?q=%E5%85%BB%E8%80%81&part=plan&section=2-3&kind=growth&kind=RATE,rank&nums=1&card=1-2-3\
         &font=3&theme=eyecare&elder=1&speech=off&rate=1&cursor=yes&guide=0&report=xinqiao-2024h1&embed=1&view=charts\
         &chart=a&chart=b&host=HTTPS%3A%2F%2FPortal.gov.cn%2F,http://127.0.0.1:8080&host=https://x.cn&downloads=0",
    );
    assert_eq!(
        f,
        Filter {
            q: "养老".into(),
            parts: PartSel::Kind(PartKind::Plan),
            section: Some((2, 3)),
            kinds: vec![NumberKind::Growth, NumberKind::Rate, NumberKind::Rank],
            only_numbers: true,
            card: Some("1-2-3".into()),
        }
    );
    assert_eq!(
        s,
        SettingsOverrides {
            font: Some(3),
            theme: Some(Theme::Eyecare),
            elder: Some(true),
            speech: Some(false),
            rate: Some(1),
            cursor: Some(true),
            guide: Some(false),
        }
    );
    assert_eq!(
        e,
        Extras {
            report: Some("xinqiao-2024h1".into()),
            embed: true,
            view: Some("charts".into()),
            chart: vec!["a".into(), "b".into()],
            host: vec![
                "https://portal.gov.cn".into(),
                "http://127.0.0.1:8080".into(),
                "https://x.cn".into()
            ],
            downloads: Some(false),
        }
    );
    assert_eq!(parse_query("part=2").0.parts, PartSel::Index(2));
    assert_eq!(parse_query("q=养老 服务").0.q, "养老 服务");
    assert_eq!(parse_query("https://x.gov.cn/r/?q=a#top").0.q, "a");
}

#[test]
fn ignores_malformed() {
    let (f, s, e) = parse_query(
        "part=0&part=-1&section=1&section=a-b&section=0-1&kind=size&nums=maybe&card=1-x-3\
         &font=9&font=0&theme=sepia&elder=2&speech=x&rate=4&rate=0&cursor=big&guide=2&embed=&view=table&q=&q=%FF&zzz=1&=&&&%&chart=\
         &host=portal.gov.cn&host=https://a.cn/path&host=javascript:x&host=https://&downloads=2",
    );
    assert!(f.is_default(), "{f:?}");
    assert!(s.is_empty());
    assert_eq!(e, Extras::default());
    // First valid occurrence wins.
    let (f, s, _) = parse_query("part=x&part=2&part=3&font=7&font=2&font=4");
    assert_eq!(f.parts, PartSel::Index(2));
    assert_eq!(s.font, Some(2));
    // Nothing at all.
    assert!(parse_query("").0.is_default());
    assert!(parse_query("?").0.is_default());
}

#[test]
fn writes_non_defaults_in_stable_order() {
    let f = Filter {
        q: "养老".into(),
        ..Filter::default()
    };
    assert_eq!(
        to_query(&f, &SettingsOverrides::default(), &Extras::default()),
        "q=%E5%85%BB%E8%80%81"
    );
    assert_eq!(
        to_query(
            &Filter::default(),
            &SettingsOverrides::default(),
            &Extras::default()
        ),
        ""
    );
    let f = Filter {
        q: "a b".into(),
        parts: PartSel::Index(1),
        section: Some((1, 2)),
        kinds: vec![NumberKind::Rate, NumberKind::Growth],
        only_numbers: true,
        card: Some("1-2-intro-1".into()),
    };
    let s = SettingsOverrides {
        font: Some(2),
        theme: Some(Theme::Dark),
        elder: Some(false),
        speech: Some(true),
        rate: Some(3),
        cursor: Some(true),
        guide: Some(false),
    };
    let e = Extras {
        report: Some("r1".into()),
        embed: true,
        view: Some("all".into()),
        chart: vec!["x".into()],
        host: vec!["https://a.cn".into(), "http://b.cn:81".into()],
        downloads: Some(false),
    };
    let q = to_query(&f, &s, &e);
    assert_eq!(
        q,
        "report=r1&q=a+b&part=1&section=1-2&kind=rate&kind=growth&nums=1&card=1-2-intro-1\
         &view=all&chart=x&font=2&theme=dark&elder=0&speech=1&rate=3&cursor=1&guide=0&embed=1\
         &host=https%3A%2F%2Fa.cn%2Chttp%3A%2F%2Fb.cn%3A81&downloads=0"
    );
    assert_eq!(parse_query(&q), (f, s, e));
}
