//! The lines a speech is delivered with: the delivery line's date (`——2016年2月19日在…会议上`)
//! and the speaker line's publisher (`…人民政府区长 某某`); and the dates these and keyed fields
//! write.

use crate::text::{is_blank_char, is_colon, is_sentence_punct};

/// Reads up to `max` ASCII or full-width digits from the front of `s`.
fn digits(s: &str, max: usize) -> Option<(u32, &str)> {
    let mut value = 0u32;
    let mut n = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        if n == max {
            return None;
        }
        value = value * 10 + d;
        n += 1;
        end = i + c.len_utf8();
    }
    (n > 0).then(|| (value, &s[end..]))
}

/// Parses a date (and an optional `HH:MM` time) at the start of `s`: `2024-10-22 15:41`,
/// `2017/02/23`, `2016年2月19日`. Returns the normalized form and the rest of `s`.
pub(super) fn parse_date(s: &str) -> Option<(String, &str)> {
    let (year, rest) = digits(s, 4)?;
    if !(1000..=9999).contains(&year) || s.len() - rest.len() < 4 {
        return None;
    }
    let (chinese, rest) = match rest.chars().next()? {
        '年' => (true, &rest['年'.len_utf8()..]),
        c @ ('-' | '/' | '.' | '－' | '／' | '．') => (false, &rest[c.len_utf8()..]),
        _ => return None,
    };
    let (month, rest) = digits(rest, 2)?;
    let rest = if chinese {
        rest.strip_prefix('月')?
    } else {
        rest.strip_prefix(&['-', '/', '.', '－', '／', '．'][..])?
    };
    let (day, mut rest) = digits(rest, 2)?;
    if chinese {
        rest = rest.strip_prefix(&['日', '号'][..])?;
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    // An optional time.
    let t = rest.trim_start_matches(&[' ', 'T', '\u{3000}', '\u{a0}'][..]);
    if let Some((hour, r)) = digits(t, 2) {
        if let Some(r) = r.strip_prefix(is_colon) {
            if let Some((minute, r)) = digits(r, 2) {
                if hour < 24 && minute < 60 {
                    return Some((format!("{date}T{hour:02}:{minute:02}"), r));
                }
            }
        }
    }
    Some((date, rest))
}

/// The date of a speech's delivery line: `——2016年2月19日在…会议上`, `（2016年2月19日在…）`,
/// or `2017年2月23日在…`.
pub(super) fn delivery_date(s: &str) -> Option<String> {
    let body = s.trim_start_matches(&['—', '―', '-', '－', '─', '–'][..]);
    let dashed = body.len() < s.len();
    let body = crate::text::trim_blank(body);
    let bracketed = body.strip_prefix(&['（', '('][..]);
    let body = bracketed.unwrap_or(body);
    let (date, rest) = parse_date(body)?;
    let date = date.get(..10)?.to_string();
    let rest = crate::text::trim_blank(rest);
    if dashed || bracketed.is_some() || rest.starts_with('在') {
        Some(date)
    } else {
        None
    }
}

/// The publisher named by a speaker line such as `海拉尔区人民政府区长　　杜联合`.
pub(super) fn speaker_publisher(s: &str) -> Option<String> {
    const ORG: &str = "人民政府";
    if s.chars().count() > 40 || s.contains(is_sentence_punct) {
        return None;
    }
    let i = s.find(ORG)?;
    let org = &s[..i + ORG.len()];
    let role = s[i + ORG.len()..].split(is_blank_char).next()?;
    if role.ends_with('长') || role.ends_with("主席") || role.ends_with("主任") {
        Some(org.to_string())
    } else {
        None
    }
}
