//! Compounds written as one token: footnote markers (`[1]`), fractions written as shares
//! (`1/5`), names (`PM2.5`, `3+1+N`), ranges, ratios, products and spans of months.

use super::Read;
use crate::numbers::context::Context;
use crate::numbers::lexicon::{RATIO_COLONS, SHARE_WHOLES};
use crate::numbers::scan::numerals::is_year_digits;
use crate::numbers::scan::{attach_unit, number_token, plain_unit, Shape, Token};
use crate::numbers::units;

/// Brackets around a footnote's number (`[1]`, `［1］`, `〔1〕`).
const FOOTNOTE_BRACKETS: &[(char, char)] = &[('[', ']'), ('［', '］'), ('〔', '〕')];

/// A footnote marker, a fraction, a name, or several numbers joined: the token, else `None`
/// for a single number.
pub(super) fn compound(ctx: &Context, r: &Read) -> Option<Token> {
    let chars = &ctx.chars;
    let (start, end) = (r.start, r.end);
    // Footnote marker `[1]`, `〔1〕`.
    let bracketed = start > 0
        && FOOTNOTE_BRACKETS
            .iter()
            .any(|&(o, c)| chars[start - 1] == o && chars.get(end) == Some(&c));
    if bracketed && r.groups == 1 {
        return Some(number_token(
            start,
            end,
            Shape::Footnote,
            Some(r.digits.clone()),
        ));
    }
    // `占全省的1/5`: a fraction is a share.
    if r.joiners == "/" && r.groups == 2 && !r.prefix_letters() && !r.letters_after {
        if let Some(t) = fraction(ctx, start, end) {
            return Some(t);
        }
    }
    if r.prefix_letters()
        || r.letters_after
        || r.joiners.contains(&['·', '•', '・', '+', '＋', '/'][..])
    {
        let d = (r.groups == 1).then(|| r.digits.clone());
        return Some(number_token(start, end, Shape::Name, d));
    }
    if r.groups == 1 {
        return None;
    }
    several_numbers(ctx, r)
}

/// Several numbers joined (`3-5家`, `9.2:69.5:21.3`, `2×66万千瓦`, `1-10月`): a ratio, a
/// product, a span of years or months, a time of day, else a range, with its value and unit.
fn several_numbers(ctx: &Context, r: &Read) -> Option<Token> {
    let chars = &ctx.chars;
    let (start, end) = (r.start, r.end);
    let shape = if r.joiners.contains(RATIO_COLONS) {
        Shape::Ratio
    } else if r.joiners.contains('×') {
        Shape::Product
    } else if is_year_digits(&r.digits) {
        Shape::Year
    } else {
        Shape::Range
    };
    // `2×66万千瓦`: the product is the total (132万千瓦).
    let product = (shape == Shape::Product && r.joiners == "×")
        .then(|| {
            let (a, b) = ctx.slice(start, end).split_once('×')?;
            let v = units::parse_decimal(a)? * units::parse_decimal(b)?;
            Some(units::format_plain(v))
        })
        .flatten();
    // `1-10月`, `1—9月份`: a span of months is a date.
    let months = shape == Shape::Range
        && chars.get(end) == Some(&'月')
        && ctx
            .slice(start, end)
            .split(|c: char| !c.is_ascii_digit())
            .all(|m| m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)));
    if months {
        let end = end + 1 + usize::from(chars.get(end + 1) == Some(&'份'));
        return Some(number_token(start, end, Shape::Date, None));
    }
    // `2016-03-09 19:29:46`: a time of day (a page's dateline) is a date, no ratio.
    if shape == Shape::Ratio && is_clock_time(ctx.slice(start, end)) && after_a_date(ctx, start) {
        return Some(number_token(start, end, Shape::Date, None));
    }
    let mut t = number_token(start, end, shape, product);
    if shape == Shape::Year {
        if chars.get(end) == Some(&'年') {
            t.end += 1;
            t.unit = Some(plain_unit("年"));
        }
    } else if shape != Shape::Ratio {
        attach_unit(ctx, &mut t);
    }
    // `城乡居民收入比1.94:1`: a ratio to one is its first term.
    if shape == Shape::Ratio && r.groups == 2 {
        let text = ctx.slice(start, end);
        let to_one = text
            .rsplit(RATIO_COLONS)
            .next()
            .is_some_and(|last| last == "1");
        if to_one {
            t.value = units::parse_decimal(&r.digits);
        }
    }
    Some(t)
}

/// Whether a date or the word for a time stands right before `start` (`2016-03-09 `,
/// `3月9日 `, `时间：`): what makes `19:29` a time, not a ratio (`产业结构为12:45:43`).
fn after_a_date(ctx: &Context, start: usize) -> bool {
    let before = ctx.slice(start.saturating_sub(12), start);
    let before = before.trim_end_matches([' ', '\u{3000}', ':', '：']);
    before.ends_with(TIME_WORD)
        || before.ends_with('日')
        || (before.ends_with(|c: char| c.is_ascii_digit()) && before.contains(['-', '/']))
}

/// The word that names a time (`时间：2016-03-09 19:29:46`).
const TIME_WORD: &str = "时间";

/// Whether `text` is a time of day: hours, then minutes (and seconds) of two digits each
/// (`19:29`, `08:05:46`), within a day.
fn is_clock_time(text: &str) -> bool {
    let parts: Vec<&str> = text.split(RATIO_COLONS).collect();
    let whole = |p: &str, max: u32| p.parse::<u32>().is_ok_and(|v| v <= max);
    (2..=3).contains(&parts.len())
        && parts[0].len() <= 2
        && whole(parts[0], 23)
        && parts[1..].iter().all(|p| p.len() == 2 && whole(p, 59))
}

/// Whether a fraction at `start` is written as a share: after `占…的`, `的`, or `占`, or right
/// after the whole it is a part of (`达到全省总量1/6`, `相当于全市1/3`).
pub(in crate::numbers::scan) fn written_as_share(ctx: &Context, start: usize) -> bool {
    let before = ctx.slice(ctx.clause_start(start), start);
    before.ends_with('的')
        || before.ends_with('占')
        || before.contains('占')
        || SHARE_WHOLES.iter().any(|w| before.ends_with(w))
}

/// `1/5` written as a share (see [`written_as_share`]): a ratio with its value (0.2).
fn fraction(ctx: &Context, start: usize, end: usize) -> Option<Token> {
    if !written_as_share(ctx, start) {
        return None;
    }
    let (num, den) = ctx.slice(start, end).split_once('/')?;
    let (num, den) = (units::parse_decimal(num)?, units::parse_decimal(den)?);
    if den == 0.0 || num > den || num.fract() != 0.0 || den.fract() != 0.0 {
        return None;
    }
    let mut t = number_token(start, end, Shape::Ratio, None);
    t.value = Some(num / den);
    Some(t)
}
