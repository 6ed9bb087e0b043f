//! A single number: a year, a month or a date, else a number with its unit (and its sign).

use super::Read;
use crate::numbers::context::Context;
use crate::numbers::scan::numerals::{is_digit, is_year_digits, read_decimal};
use crate::numbers::scan::{attach_unit, number_token, plain_unit, Shape, Token};
use crate::numbers::units;

/// A single number: a year, a month or date, else a number with its unit.
pub(super) fn plain_number(ctx: &Context, r: Read) -> Token {
    let chars = &ctx.chars;
    let (start, end) = (r.start, r.end);
    let digits = r.digits;
    let mut t = number_token(start, end, Shape::Number, Some(digits.clone()));
    // Years.
    if is_year_digits(&digits) {
        if chars.get(end) == Some(&'年') {
            t.shape = Shape::Year;
            t.end += 1;
            t.unit = Some(plain_unit("年"));
            return t;
        }
        // `封山育林 2000 亩`: a unit after one space (a PDF's copy) measures it, as right after.
        let spaced = matches!(chars.get(end), Some(' ' | '\u{3000}' | '\u{a0}'))
            && chars.get(end + 1) != Some(&'年')
            && units::match_unit(chars, end + 1).is_some();
        if units::match_unit(chars, end).is_none() && !spaced {
            t.shape = Shape::Year;
            return t;
        }
    }
    // Months and dates.
    if chars.get(end) == Some(&'月')
        && !digits.contains('.')
        && t.value.is_some_and(|v| (1.0..=12.0).contains(&v))
    {
        t.shape = Shape::Date;
        t.end += 1;
        if t.end < chars.len() && is_digit(chars[t.end]) {
            let (_, e) = read_decimal(chars, t.end);
            if matches!(chars.get(e), Some('日') | Some('号')) {
                t.end = e + 1;
                t.value = None;
                t.digits = None;
            }
        }
        if t.digits.is_some() {
            t.unit = Some(plain_unit("月"));
        }
        return t;
    }
    attach_unit(ctx, &mut t);
    // `营业收入增幅-11.9%`, `分别增长5.6%、-24.4%`: a minus sign after words or a list's
    // separator (not a range's dash after a number) before a percentage makes it a fall.
    let percent = t
        .unit
        .as_ref()
        .and_then(|u| u.base.as_deref())
        .is_some_and(|b| b == "%" || crate::numbers::classify::is_point_unit(b));
    let minus = start.checked_sub(1).filter(|&m| {
        MINUS_SIGNS.contains(&chars[m])
            && m > 0
            && (crate::text::is_cjk(chars[m - 1]) || SIGNED_AFTER.contains(&chars[m - 1]))
    });
    if let (Some(m), true) = (minus, percent) {
        t.start = m;
        t.digits = Some(format!("-{digits}"));
        t.value = t.value.map(|v| -v);
    }
    // `12正1负`: the sign word belongs to the count.
    if t.unit.is_none() && matches!(chars.get(t.end), Some('正') | Some('负')) {
        t.end += 1;
    }
    t
}

/// Separators after which a minus sign is a sign (`5.6%、-24.4%`), not a range's dash.
const SIGNED_AFTER: &[char] = &['、', '，', ',', '；', ';', '：', ':', '（', '('];

/// Signs of a negative number: the hyphen, its full-width form and the minus sign.
const MINUS_SIGNS: &[char] = &['-', '－', '−'];
