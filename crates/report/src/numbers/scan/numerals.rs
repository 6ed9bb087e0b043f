//! Reading numbers: ASCII and full-width digits, decimals, and Chinese numerals.

/// ASCII or full-width decimal digit.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn ascii_digit(c: char) -> char {
    if ('０'..='９').contains(&c) {
        char::from(b'0' + (c as u32 - '０' as u32) as u8)
    } else {
        c
    }
}

fn is_point(c: char) -> bool {
    c == '.' || c == '．'
}

/// A Chinese numeral char (`零〇一二两三…十百千万`).
pub fn is_cn_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
    )
}

/// Parses a Chinese numeral such as `二十八` (28), `十二` (12), `一百零五` (105).
pub fn parse_cn_numeral(s: &[char]) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<u64> = None;
    for &c in s {
        let d = match c {
            '零' | '〇' => Some(0),
            '一' => Some(1),
            '二' | '两' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        if let Some(d) = d {
            digit = Some(d);
            continue;
        }
        let mult = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10000,
            _ => return None,
        };
        if mult == 10000 {
            section += digit.take().unwrap_or(0);
            total = (total + section).checked_mul(mult)?;
            section = 0;
        } else {
            section += digit.take().unwrap_or(1) * mult;
        }
    }
    Some(total + section + digit.unwrap_or(0))
}

/// The end of the run of Chinese numeral chars starting at `from`.
pub(super) fn numeral_run(chars: &[char], from: usize) -> usize {
    let mut e = from;
    while e < chars.len() && is_cn_numeral(chars[e]) {
        e += 1;
    }
    e
}

/// Reads a plain decimal number at `pos`: digits, optionally `.` and more digits.
/// Returns the normalized string and the end index.
pub(super) fn read_decimal(chars: &[char], pos: usize) -> (String, usize) {
    let mut i = pos;
    let mut s = String::new();
    while i < chars.len() && is_digit(chars[i]) {
        s.push(ascii_digit(chars[i]));
        i += 1;
    }
    // `1,256家`, `12,345,678元`: thousands separated by ASCII commas (groups of exactly three
    // digits after a first group of one to three).
    if (1..=3).contains(&s.len()) {
        while chars.get(i) == Some(&',')
            && (i + 1..i + 4).all(|k| chars.get(k).is_some_and(|&c| c.is_ascii_digit()))
            && !chars.get(i + 4).is_some_and(|&c| c.is_ascii_digit())
        {
            s.extend(&chars[i + 1..i + 4]);
            i += 4;
        }
    }
    if i + 1 < chars.len() && is_point(chars[i]) && is_digit(chars[i + 1]) {
        s.push('.');
        i += 1;
        while i < chars.len() && is_digit(chars[i]) {
            s.push(ascii_digit(chars[i]));
            i += 1;
        }
    }
    (s, i)
}

pub(super) fn is_year_digits(d: &str) -> bool {
    d.len() == 4 && (d.starts_with("19") || d.starts_with("20"))
}
