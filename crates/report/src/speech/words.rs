//! Numbers in words: `329.73` → 三百二十九点七三, `2024` as a year → 二〇二四.

use super::lexicon::{DIGITS, GROUPS, PLACES, POINT, YEAR_DIGITS};

/// A group of up to four digits (`0 < n < 10000`) in words, with 零 where places are skipped
/// inside it (`1005` → 一千零五). `two` says a leading 2 of the thousands as 两.
fn group(n: u64, two: bool) -> String {
    let mut out = String::new();
    let mut zero = false;
    for place in (0..4).rev() {
        let d = (n / 10u64.pow(place)) % 10;
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push(DIGITS[0]);
            zero = false;
        }
        if d == 2 && place == 3 && two {
            out.push('两');
        } else {
            out.push(DIGITS[d as usize]);
        }
        out.push_str(PLACES[place as usize]);
    }
    out
}

/// A whole number in words, as a person says it: `10` → 十, `110` → 一百一十, `20300` →
/// 两万零三百, `100000000` → 一亿. `None` beyond 万亿 (such a run is a code, said digit by digit).
///
/// ```
/// use report::speech::words::integer;
/// assert_eq!(integer(0).as_deref(), Some("零"));
/// assert_eq!(integer(12).as_deref(), Some("十二"));
/// assert_eq!(integer(329).as_deref(), Some("三百二十九"));
/// assert_eq!(integer(20300).as_deref(), Some("两万零三百"));
/// assert_eq!(integer(100_000_005).as_deref(), Some("一亿零五"));
/// ```
pub fn integer(n: u64) -> Option<String> {
    if n == 0 {
        return Some(DIGITS[0].to_string());
    }
    if n >= 10u64.pow(16) {
        return None;
    }
    let groups: Vec<u64> = (0..4).map(|g| (n / 10u64.pow(4 * g)) % 10_000).collect();
    let top = (0..4).rev().find(|&g| groups[g] > 0)?;
    let mut out = String::new();
    let mut zero = false;
    for g in (0..=top).rev() {
        let v = groups[g];
        if v == 0 {
            zero = true;
            continue;
        }
        // A skipped place between groups is said once: 一万零五, 一亿零三百万.
        if g < top && (zero || v < 1000) {
            out.push(DIGITS[0]);
        }
        zero = false;
        // 两 for a 2 that leads a group said with its unit (两万, 两亿) or the thousands.
        let words = if v == 2 && g > 0 {
            "两".to_string()
        } else {
            group(v, true)
        };
        out.push_str(&words);
        out.push_str(GROUPS[g]);
    }
    // 一十二 is said 十二 at the head of a number.
    if out.starts_with("一十") {
        out.remove(0);
    }
    Some(out)
}

/// Digits said one by one (`2024` → 二〇二四), for years and codes.
pub fn digit_by_digit(digits: &str) -> String {
    digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| YEAR_DIGITS[d as usize])
        .collect()
}

/// A number written with ASCII digits, an optional decimal part and thousands commas
/// (`329.73`, `12,345`) in words; digit by digit when it is no quantity (a leading zero, more
/// than sixteen digits).
///
/// ```
/// use report::speech::words::number;
/// assert_eq!(number("329.73"), "三百二十九点七三");
/// assert_eq!(number("0.5"), "零点五");
/// assert_eq!(number("12,345"), "一万两千三百四十五");
/// assert_eq!(number("2"), "二");
/// assert_eq!(number("0755"), "〇七五五");
/// ```
pub fn number(digits: &str) -> String {
    let plain: String = digits.chars().filter(|c| *c != ',').collect();
    let (whole, fraction) = match plain.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (plain.as_str(), None),
    };
    let code = whole.len() > 1 && whole.starts_with('0');
    let Some(mut out) = whole
        .parse::<u64>()
        .ok()
        .filter(|_| !code)
        .and_then(integer)
    else {
        return digit_by_digit(&plain);
    };
    if let Some(f) = fraction.filter(|f| !f.is_empty()) {
        out.push_str(POINT);
        out.extend(
            f.chars()
                .filter_map(|c| c.to_digit(10))
                .map(|d| DIGITS[d as usize]),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_skip_zeros_once_and_say_ten_plainly() {
        let cases = [
            (10, "十"),
            (15, "十五"),
            (110, "一百一十"),
            (1005, "一千零五"),
            (1050, "一千零五十"),
            (2000, "两千"),
            (10_000, "一万"),
            (10_500, "一万零五百"),
            (22_000, "两万两千"),
            (200_000, "二十万"),
            (1_000_000, "一百万"),
            (103_000_000, "一亿零三百万"),
            (200_000_000, "两亿"),
            (1_234_567_890, "十二亿三千四百五十六万七千八百九十"),
        ];
        for (n, words) in cases {
            assert_eq!(integer(n).as_deref(), Some(words), "{n}");
        }
    }

    #[test]
    fn codes_and_overlong_runs_are_said_digit_by_digit() {
        assert_eq!(number("007"), "〇〇七");
        assert_eq!(
            number("12345678901234567"),
            "一二三四五六七八九〇一二三四五六七"
        );
    }
}
