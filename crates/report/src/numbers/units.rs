//! The unit vocabulary and exact 万/亿 expansion.
//!
//! A unit as written is an optional magnitude (`万`, `亿`, `万亿`, `千万`, `百万`) followed by an
//! optional base unit from [`BASE_UNITS`] (`1.67万宗` → `万宗`, base `宗`). Only the magnitude is
//! expanded into the base value; every other unit (`千米`, `公顷`, `%`) is kept as written.

/// Magnitude prefixes and their powers of ten, longest first; in traditional characters too
/// (`3350億元`, `540萬元`), as reports reprinted in Hong Kong or Taiwan write them.
const MAGNITUDES: &[(&str, u32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("千万", 7),
    ("千萬", 7),
    ("百万", 6),
    ("百萬", 6),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
];

/// Base units and measure words, built from the seed report and the corpus. Matching is longest
/// first, so the order here does not matter.
pub const BASE_UNITS: &[&str] = &[
    // ratios
    "个百分点",
    "百分点",
    "%",
    "％",
    "‰",
    // area, volume, length, mass, energy
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "平米",
    "千米",
    "公里",
    "米",
    "公顷",
    "亩",
    "蒸吨",
    // energy use counted in coal of standard heat (`0.34吨标准煤/万元`)
    "吨标准煤",
    "吨标煤",
    "吨",
    "标箱",
    "重量箱",
    // logs of edible fungi (`食用菌110万棒`)
    "棒",
    "千克",
    "公斤",
    "斤",
    "微克/立方米",
    // per-unit values (`12.3万元/人`, `1500元/亩`)
    "元/人",
    "元/亩",
    "元/平方米",
    "元/吨",
    "元/月",
    "元/年",
    "吨/日",
    "立方米/日",
    "千瓦时",
    "千瓦",
    "兆瓦",
    // power in Latin letters (`单晶拉棒产能达到96GW`)
    "GW",
    "MW",
    "kW",
    "GWh",
    "kWh",
    "千伏",
    "度",
    // money
    "美元",
    "元",
    // people, organisations, things counted
    "人次",
    // `加强针近10万剂次`: doses given.
    "剂次",
    // `获赠锦旗114面、感谢信901封`, `社区党校课程100余堂`: banners, letters, lessons.
    "面",
    "封",
    "堂",
    // `配送文艺指导不少于1800课时`: hours of teaching.
    "课时",
    "学时",
    "人",
    "家次",
    "家",
    "户次",
    "户",
    "个",
    "项次",
    "项",
    "宗",
    "件次",
    "件",
    "条",
    "场次",
    "场",
    "次",
    "座",
    "株",
    "棵",
    "对",
    "所",
    "名",
    "批次",
    "批",
    "处",
    "份",
    "册",
    "张",
    "辆次",
    "车次",
    "辆",
    "台",
    "台套",
    "套",
    "栋",
    "幢",
    "眼",
    "头只",
    "头",
    "只",
    "羽",
    "片",
    "种",
    "块",
    // departments (`等4部门联合表彰`), before the counter `部`
    "部门",
    "部",
    "位",
    "间",
    "床",
    "支",
    "架次",
    "架",
    "艘次",
    "艘",
    // cases (`3例确诊患者`)
    "例",
    "口",
    "盏",
    "根",
    "本",
    "篇",
    "期",
    "轮",
    "届",
    "组",
    "队",
    "起",
    "大类",
    "类",
    "幅",
    "枚",
    "层",
    "标准箱",
    "分",
    // multiples and time
    "倍",
    "岁",
    "周岁",
    "天",
    "个月",
    // quarters (`连续4个季度获评`)
    "个季度",
    // working days (`压缩至5个工作日`)
    "个工作日",
    "工作日",
    "小时",
    "分钟",
    "周年",
    "年",
];

/// A unit as written after a number, split into its magnitude and its base unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The unit as written, without any `余`/`多` inside it (`万平方米`).
    pub written: String,
    /// The base unit (`平方米`), or `None` when only a magnitude is written (`30万`).
    pub base: Option<String>,
    /// The power of ten of the magnitude (`万` → 4), 0 when there is none.
    pub exp: u32,
}

/// The result of matching a unit at some position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitMatch {
    /// The unit.
    pub unit: Unit,
    /// How many chars were consumed, `余`/`多` included.
    pub len: usize,
    /// The `余` or `多` written between the number and the unit (or inside it), with its offset
    /// relative to the match start.
    pub approx: Option<(usize, &'static str)>,
}

fn starts_with_at(chars: &[char], pos: usize, word: &str) -> bool {
    for (i, c) in (pos..).zip(word.chars()) {
        if chars.get(i) != Some(&c) {
            return false;
        }
    }
    true
}

/// The longest base unit starting at `pos`, with its length in chars.
pub fn match_base(chars: &[char], pos: usize) -> Option<(&'static str, usize)> {
    // Per first char, its units with their lengths in chars, longest first: built once.
    type Buckets = Vec<(char, Vec<(&'static str, usize)>)>;
    static UNITS: std::sync::OnceLock<Buckets> = std::sync::OnceLock::new();
    let units = UNITS.get_or_init(|| {
        let mut v: Vec<(char, &'static str, usize)> = BASE_UNITS
            .iter()
            .filter_map(|u| Some((u.chars().next()?, *u, u.chars().count())))
            .collect();
        crate::sort::sort_by_key(&mut v, |&(c, _, n)| {
            u64::from(c) << 32 | (u32::MAX - n as u32) as u64
        });
        let mut buckets: Buckets = Vec::new();
        for (c, u, n) in v {
            match buckets.last_mut() {
                Some((b, list)) if *b == c => list.push((u, n)),
                _ => buckets.push((c, vec![(u, n)])),
            }
        }
        buckets
    });
    let &first = chars.get(pos)?;
    let k = units.binary_search_by_key(&first, |(c, _)| *c).ok()?;
    units[k]
        .1
        .iter()
        .find(|&&(u, n)| {
            starts_with_at(chars, pos, u)
                && !UNIT_NOUNS
                    .iter()
                    .any(|&(w, c)| w == u && chars.get(pos + n) == Some(&c))
        })
        .copied()
}

/// A unit and the char after it that together make a noun, not a unit and its thing
/// (`7400多万人口`: population, counted in 万; `5000家庭`, `户籍人口`). Not `个体`: `3个体育公园`.
const UNIT_NOUNS: &[(&str, char)] = &[("人", '口'), ("家", '庭'), ("户", '籍')];

fn match_magnitude(chars: &[char], pos: usize) -> Option<(&'static str, u32, usize)> {
    // Every magnitude opens with one of these: one test before the list.
    if !chars
        .get(pos)
        .is_some_and(|c| matches!(c, '万' | '亿' | '千' | '百' | '萬' | '億'))
    {
        return None;
    }
    MAGNITUDES
        .iter()
        .find(|(m, _)| starts_with_at(chars, pos, m))
        .map(|(m, e)| (*m, *e, m.chars().count()))
}

fn match_approx(chars: &[char], pos: usize) -> Option<&'static str> {
    match chars.get(pos) {
        Some('余') => Some("余"),
        Some('多') => Some("多"),
        _ => None,
    }
}

/// Matches a unit written at `pos` (right after a number): `[余|多] [magnitude] [余|多] [base]`.
/// `余`/`多` only count when a magnitude or base unit follows them.
pub fn match_unit(chars: &[char], pos: usize) -> Option<UnitMatch> {
    let mut i = pos;
    let mut approx = None;
    if let Some(a) = match_approx(chars, i) {
        if match_magnitude(chars, i + 1).is_some() || match_base(chars, i + 1).is_some() {
            approx = Some((i - pos, a));
            i += 1;
        }
    }
    let mut written = String::new();
    let mut exp = 0;
    if let Some((m, e, n)) = match_magnitude(chars, i) {
        // `千米` is a base unit, never `千` + `米`; magnitudes here never clash with it.
        written.push_str(m);
        exp = e;
        i += n;
        if approx.is_none() {
            if let Some(a) = match_approx(chars, i) {
                if match_base(chars, i + 1).is_some() {
                    approx = Some((i - pos, a));
                    i += 1;
                }
            }
        }
    }
    let base = match_base(chars, i).map(|(b, n)| {
        i += n;
        let mut b = b.to_string();
        // A value per unit of another (`76亿元/平方公里`, `4.9亿元/栋`): the base is per that unit.
        // A magnitude of the other unit (`0.34吨标准煤/万元`) is part of it, never expanded.
        if !b.contains('/') && chars.get(i) == Some(&'/') {
            let (mag, at) = match match_magnitude(chars, i + 1) {
                Some((m, _, n)) => (m, i + 1 + n),
                None => ("", i + 1),
            };
            if let Some((per, m)) = match_base(chars, at).filter(|(per, _)| !per.contains('/')) {
                b = format!("{b}/{mag}{per}");
                i = at + m;
            }
        }
        b
    });
    if let Some(b) = &base {
        written.push_str(b);
    }
    if written.is_empty() {
        return None;
    }
    Some(UnitMatch {
        unit: Unit { written, base, exp },
        len: i - pos,
        approx,
    })
}

/// Shifts the decimal point of a plain decimal string (`329.73`) `exp` places to the right
/// (`exp` 8 → `32973000000`), exactly, on the digits.
pub fn shift_decimal(digits: &str, exp: u32) -> String {
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits, ""),
    };
    let exp = exp as usize;
    let mut out = String::with_capacity(int.len() + exp.max(frac.len()) + 1);
    out.push_str(int);
    if frac.len() <= exp {
        out.push_str(frac);
        out.extend(std::iter::repeat_n('0', exp - frac.len()));
    } else {
        out.push_str(&frac[..exp]);
        out.push('.');
        out.push_str(&frac[exp..]);
    }
    out
}

/// `x` with exactly `decimals` decimal places (at most 9), halves rounded away from zero
/// (四舍五入): `format_fixed(329.7349, 2)` → `329.73`, `format_fixed(2.5, 0)` → `3`.
///
/// What `format!("{x:.2}")` gives, apart from halves (which it rounds to even), without
/// bringing `core`'s exact float formatting into the wasm (BENCHMARKS.md, "Seventh session").
/// Values too large for integer arithmetic are written in whole units.
pub fn format_fixed(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals.min(9));
    let scaled = (x.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= 9e15 {
        // Beyond what a report writes: whole units (saturating), never core's float printing.
        let sign = if x < 0.0 { "-" } else { "" };
        return if x.is_nan() {
            "NaN".to_string()
        } else {
            format!("{sign}{}", x.abs().round() as u64)
        };
    }
    let scaled = scaled as u64;
    let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
    let (int, frac) = (scaled / scale, scaled % scale);
    if decimals == 0 {
        format!("{sign}{int}")
    } else {
        let width = decimals.min(9) as usize;
        format!("{sign}{int}.{frac:0width$}")
    }
}

/// `x` with up to six decimals and no trailing zeros: `132.0` → `132`, `0.25` → `0.25`
/// (what `x.to_string()` gives for the numbers of a report, without core's float printing).
pub fn format_plain(x: f64) -> String {
    let s = format_fixed(x, 6);
    if !s.contains('.') {
        return s;
    }
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Parses a plain decimal string (`329.73`, `-5`, `.5`) to a finite `f64`; `None` for anything
/// else (overflow, exponents, `inf` included).
///
/// Up to 15 significant digits with at most 22 decimal places (every number a report writes) the
/// result is the correctly rounded value, the same as `str::parse` gives: an exact integer
/// mantissa times or divided by an exact power of ten is one rounding. Longer strings are within
/// a few units in the last place. Not `str::parse`: its correctly rounded algorithm brings a 10 KB
/// table of powers of five into the wasm (BENCHMARKS.md, "Seventh session").
pub fn parse_decimal(digits: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (negative, body) = match digits.as_bytes().first() {
        Some(b'-') => (true, &digits[1..]),
        Some(b'+') => (false, &digits[1..]),
        _ => (false, digits),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut exp: i32 = 0;
    let mut inexact = false;
    for (i, b) in int.bytes().chain(frac.bytes()).enumerate() {
        if !b.is_ascii_digit() {
            return None;
        }
        let fractional = i >= int.len();
        if mantissa < 100_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            exp -= i32::from(fractional);
        } else {
            inexact |= b != b'0';
            exp += i32::from(!fractional);
        }
    }
    while mantissa != 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        exp += 1;
    }
    let m = mantissa as f64;
    let value = if !inexact && mantissa <= 1 << 53 && exp.unsigned_abs() < POW10.len() as u32 {
        let p = POW10[exp.unsigned_abs() as usize];
        if exp < 0 {
            m / p
        } else {
            m * p
        }
    } else {
        m * 10f64.powi(exp)
    };
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
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
}
