//! Small text helpers shared by the parser and the number extractor.

/// Whitespace the report format trims: ASCII whitespace, the full-width space U+3000,
/// the no-break space U+00A0, and a stray BOM.
pub fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' || c == '\u{feff}'
}

/// Trims [`is_blank_char`] characters from both ends.
pub fn trim_blank(s: &str) -> &str {
    s.trim_matches(is_blank_char)
}

/// Trims [`is_blank_char`] characters from both ends and also returns how many `char`s were
/// removed at the start, so a caller can keep a char offset in step.
pub fn trim_blank_counted(s: &str) -> (&str, usize) {
    let start = s.trim_start_matches(is_blank_char);
    let skipped = s[..s.len() - start.len()].chars().count();
    (start.trim_end_matches(is_blank_char), skipped)
}

/// Sentence punctuation (ASCII or full-width) that ends or splits a clause: `。！？；，` and
/// their ASCII forms. A line with none of these reads as a label, not a sentence.
pub fn is_sentence_punct(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '，' | '!' | '?' | ';' | ',' | '．'
    )
}

/// A comma, semicolon or colon, ASCII or full-width.
pub fn is_clause_punct(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | ':' | '：')
}

/// A colon, ASCII or full-width.
pub fn is_colon(c: char) -> bool {
    c == ':' || c == '：'
}

/// The value of a Chinese numeral from `一` to `九十九` as used in headings (`十一`, `二十`),
/// or `None`.
pub fn chinese_numeral_value(s: &str) -> Option<u32> {
    fn digit(c: char) -> Option<u32> {
        Some(match c {
            '一' => 1,
            '二' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    }
    let chars: Vec<char> = s.chars().take(4).collect();
    match chars.as_slice() {
        [d] => digit(*d).or(if *d == '十' { Some(10) } else { None }),
        ['十', d] => digit(*d).map(|d| 10 + d),
        [t, '十'] => digit(*t).filter(|&t| t > 1).map(|t| t * 10),
        [t, '十', d] => {
            let t = digit(*t).filter(|&t| t > 1)?;
            digit(*d).map(|d| t * 10 + d)
        }
        _ => None,
    }
}

/// A number from 1 to 99 written as a heading numeral (`1` → `一`, `12` → `十二`, `20` →
/// `二十`); other numbers in digits.
///
/// ```
/// assert_eq!(report::text::chinese_numeral(12), "十二");
/// assert_eq!(report::text::chinese_numeral(21), "二十一");
/// ```
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => DIGITS[n as usize].to_string(),
        10..=19 => format!("十{}", DIGITS[(n % 10) as usize]),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            DIGITS[(n % 10) as usize]
        ),
        _ => n.to_string(),
    }
}

/// Whether `c` is a CJK ideograph (the unified block and extension A): a char of a word.
pub fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Whether `c` is one of the characters that make up a Chinese numeral (`一`…`九`, `十`).
pub fn is_chinese_numeral_char(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_all_blank_kinds() {
        assert_eq!(trim_blank("\u{feff}\u{3000} a b\u{a0}\r\t"), "a b");
        assert_eq!(trim_blank_counted("\u{3000}\u{3000}ab  "), ("ab", 2));
        assert_eq!(trim_blank_counted(""), ("", 0));
    }

    #[test]
    fn numerals() {
        for (s, v) in [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("十九", 19),
            ("二十", 20),
            ("二十三", 23),
            ("九十九", 99),
        ] {
            assert_eq!(chinese_numeral_value(s), Some(v), "{s}");
        }
        for s in ["", "零", "一十", "十十", "一二", "二十十", "十一一", "a"] {
            assert_eq!(chinese_numeral_value(s), None, "{s}");
        }
    }
}
