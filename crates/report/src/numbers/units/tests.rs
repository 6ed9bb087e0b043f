//! The units' tests: formatting, parsing and shifting decimals, and matching units.

use super::*;

#[test]
fn plain_numbers_drop_trailing_zeros() {
    assert_eq!(format_plain(132.0), "132");
    assert_eq!(format_plain(-0.25), "-0.25");
    assert_eq!(format_plain(-0.0), "0");
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

#[test]
fn format_fixed_rounds_halves_up() {
    assert_eq!(format_fixed(329.7349, 2), "329.73");
    assert_eq!(format_fixed(1.67, 2), "1.67");
    assert_eq!(format_fixed(10.0, 1), "10.0");
    assert_eq!(format_fixed(2.5, 0), "3");
    assert_eq!(format_fixed(-2.5, 0), "-3");
    assert_eq!(format_fixed(-0.001, 2), "0.00");
    assert_eq!(format_fixed(0.05, 1), "0.1");
    assert_eq!(format_fixed(7.0, 3), "7.000");
    assert!(format_fixed(1e300, 2).bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(format_fixed(f64::NAN, 2), "NaN");
}

proptest::proptest! {
    /// Away from halves, the same text as `format!("{x:.N}")`.
    #[test]
    fn format_fixed_matches_std(x in -1e9f64..1e9, decimals in 0u32..4) {
        let scaled = x.abs() * 10f64.powi(decimals as i32);
        proptest::prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
        let want = format!("{x:.*}", decimals as usize);
        let want = if want.trim_start_matches('-').trim_matches(&['0', '.'][..]).is_empty() {
            want.trim_start_matches('-').to_string()
        } else {
            want
        };
        proptest::prop_assert_eq!(format_fixed(x, decimals), want);
    }
}

#[test]
fn parse_decimal_reads_plain_decimals_only() {
    assert_eq!(parse_decimal("329.73"), Some(329.73));
    assert_eq!(parse_decimal("32973000000"), Some(32973000000.0));
    assert_eq!(parse_decimal("0.000123"), Some(0.000123));
    assert_eq!(parse_decimal("-5"), Some(-5.0));
    assert_eq!(parse_decimal("+2.5"), Some(2.5));
    assert_eq!(parse_decimal(".5"), Some(0.5));
    assert_eq!(parse_decimal("1.50000000000000000000"), Some(1.5));
    assert_eq!(parse_decimal("15000000000000000000000"), Some(1.5e22));
    assert_eq!(parse_decimal("5."), Some(5.0));
    for bad in [
        "", ".", "-", "1,000", "1e5", "inf", "NaN", "1.2.3", "１２", " 1",
    ] {
        assert_eq!(parse_decimal(bad), None, "{bad:?}");
    }
    assert_eq!(
        parse_decimal(&"9".repeat(400)),
        None,
        "overflow is not a value"
    );
    let long = parse_decimal("12345678901234567890123.456").unwrap();
    assert!((long / 1.2345678901234568e22 - 1.0).abs() < 1e-15);
}

proptest::proptest! {
    /// Up to 15 significant digits the value is the correctly rounded one, as `str::parse`
    /// gives; beyond, within a few units in the last place.
    #[test]
    fn parse_decimal_matches_str_parse(
        int in 0u64..1_000_000_000_000_000,
        frac in "[0-9]{0,22}",
        zeros in 0usize..12,
        neg: bool,
    ) {
        let s = format!("{}{int}.{frac}{}", if neg { "-" } else { "" }, "0".repeat(zeros));
        let want: f64 = s.parse().unwrap();
        let got = parse_decimal(&s).unwrap();
        let significant = s.trim_start_matches(&['-', '0', '.'][..]).trim_end_matches(&['0', '.'][..]).replace('.', "");
        if significant.len() <= 15 {
            proptest::prop_assert_eq!(got, want, "{}", s);
        } else {
            proptest::prop_assert!((got - want).abs() <= want.abs() * 4.0 * f64::EPSILON, "{}: {} vs {}", s, got, want);
        }
    }
}

#[test]
fn longest_unit_wins() {
    let m = match_unit(&chars("个百分点,"), 0).unwrap();
    assert_eq!(m.unit.written, "个百分点");
    let m = match_unit(&chars("个月交通"), 0).unwrap();
    assert_eq!(m.unit.written, "个月");
    let m = match_unit(&chars("万平方米产业"), 0).unwrap();
    assert_eq!(m.unit.written, "万平方米");
    assert_eq!(m.unit.base.as_deref(), Some("平方米"));
    assert_eq!(m.unit.exp, 4);
    let m = match_unit(&chars("千米;"), 0).unwrap();
    assert_eq!(m.unit.written, "千米");
    assert_eq!(m.unit.exp, 0);
}

#[test]
fn a_unit_per_unit_keeps_the_magnitude_of_the_unit_it_is_per() {
    let m = match_unit(&chars("吨标准煤/万元，"), 0).unwrap();
    assert_eq!(m.unit.written, "吨标准煤/万元");
    assert_eq!(m.unit.base.as_deref(), Some("吨标准煤/万元"));
    assert_eq!(m.unit.exp, 0);
    let m = match_unit(&chars("万元/亩"), 0).unwrap();
    assert_eq!(m.unit.base.as_deref(), Some("元/亩"));
    assert_eq!(m.unit.exp, 4);
}

#[test]
fn approx_words_are_not_units() {
    let m = match_unit(&chars("余人次"), 0).unwrap();
    assert_eq!(m.unit.written, "人次");
    assert_eq!(m.len, 3);
    assert_eq!(m.approx, Some((0, "余")));
    let m = match_unit(&chars("万余平方米"), 0).unwrap();
    assert_eq!(m.unit.written, "万平方米");
    assert_eq!(m.approx, Some((1, "余")));
    assert!(match_unit(&chars("余下"), 0).is_none());
    assert!(match_unit(&chars("隐患房屋"), 0).is_none());
}

#[test]
fn old_weights_colonies_and_orders_are_units_and_群众_is_a_noun() {
    // `烟叶产量达到9.5万担`, `巩固4.2万群中蜂`: the 担 of leaf tobacco, colonies of bees.
    let m = match_unit(&chars("万担。"), 0).unwrap();
    assert_eq!((m.unit.written.as_str(), m.unit.exp), ("万担", 4));
    let m = match_unit(&chars("万群中蜂"), 0).unwrap();
    assert_eq!(m.unit.base.as_deref(), Some("群"));
    // `惠及10万群众`: people, counted in 万.
    let m = match_unit(&chars("万群众"), 0).unwrap();
    assert_eq!(m.unit.written, "万");
    // `以旧换新2万单`: orders; `200单位` are bodies.
    assert_eq!(
        match_unit(&chars("万单、"), 0).unwrap().unit.written,
        "万单"
    );
    assert!(match_unit(&chars("单位"), 0).is_none());
    // `30大件、70小件民生实事`: the big and small items of a list of works.
    assert_eq!(
        match_unit(&chars("小件民生"), 0).unwrap().unit.written,
        "小件"
    );
    // `办理业务2585笔`: transactions; `笔试` is an exam.
    assert_eq!(match_unit(&chars("笔。"), 0).unwrap().unit.written, "笔");
    assert!(match_unit(&chars("笔试"), 0).is_none());
}

#[test]
fn magnitude_alone() {
    let m = match_unit(&chars("万市民"), 0).unwrap();
    assert_eq!(m.unit.written, "万");
    assert_eq!(m.unit.base, None);
}

#[test]
fn shifting_is_exact() {
    assert_eq!(shift_decimal("329.73", 8), "32973000000");
    assert_eq!(
        parse_decimal(&shift_decimal("329.73", 8)),
        Some(32973000000.0)
    );
    assert_eq!(shift_decimal("1.67", 4), "16700");
    assert_eq!(shift_decimal("15.01", 4), "150100");
    assert_eq!(shift_decimal("0.123456", 4), "01234.56");
    assert_eq!(shift_decimal("62.7", 4), "627000");
    assert_eq!(shift_decimal("12", 0), "12");
    assert_eq!(parse_decimal(&shift_decimal("0.123456", 4)), Some(1234.56));
}
