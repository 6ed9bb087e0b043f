//! Percentages and fractions in words: `百分之九十五`, `百分百`, `五分之一`, `四成`, `一半`.

use crate::numbers::context::Context;
use crate::numbers::lexicon::{FRACTION_OF, HALF, POST, TENTH};
use crate::numbers::scan::numerals::{numeral_run, parse_cn_numeral};
use crate::numbers::scan::{number_token, plain_unit, Shape, Token};

/// How a percentage is written in words: `百分之` before the value, `百分百` for the whole.
pub(super) const PERCENT_IN_WORDS: [char; 3] = ['百', '分', '之'];
const WHOLE_PERCENT: &str = "百分百";

/// `百分之九十五`, `增长百分之30`, `百分百签约`, `百分之百`: a percentage written in words, a
/// value in `%` as `95%` is.
pub(super) fn percent_in_words(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let whole = |end: usize| {
        let mut t = number_token(pos, end, Shape::Number, None);
        t.value = Some(100.0);
        t
    };
    let mut t = if ctx.starts_with_at(pos, WHOLE_PERCENT) {
        whole(pos + WHOLE_PERCENT.chars().count())
    } else {
        let at = pos + PERCENT_IN_WORDS.len();
        if chars.get(pos..at) != Some(&PERCENT_IN_WORDS[..]) {
            return None;
        }
        let digits = chars[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == '.')
            .count();
        if digits > 0 {
            let written: String = chars[at..at + digits].iter().collect();
            number_token(pos, at + digits, Shape::Number, Some(written))
        } else {
            let e = numeral_run(chars, at);
            let value = parse_cn_numeral(&chars[at..e]).filter(|&v| v <= 100)?;
            if value == 100 && e == at + 1 {
                whole(e)
            } else {
                let mut t = number_token(pos, e, Shape::Number, None);
                t.value = Some(value as f64);
                t
            }
        }
    };
    t.value?;
    t.unit = Some(plain_unit("%"));
    Some(t)
}

/// `占全省的五分之一`, `占比接近一半`: a fraction in words written as a share, a ratio with its
/// value (0.2, 0.5).
pub(super) fn fraction(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    // `三产占GDP比重接近一半`: a half.
    if ctx.starts_with_at(pos, HALF) && crate::numbers::scan::arabic::written_as_share(ctx, pos) {
        let mut t = number_token(pos, pos + HALF.chars().count(), Shape::Ratio, None);
        t.value = Some(0.5);
        return Some(t);
    }
    let e = numeral_run(chars, pos);
    // `占全年税收收入超四成`, `七成以上`: tenths (`成`) written as a share, one numeral.
    let tenth_end = e + 1;
    if e == pos + 1
        && chars.get(e) == Some(&TENTH)
        && !chars.get(tenth_end).is_some_and(|&c| {
            crate::text::is_cjk(c) && !POST.iter().any(|w| ctx.starts_with_at(tenth_end, w))
        })
        && crate::numbers::scan::arabic::written_as_share(ctx, pos)
    {
        let tenths = parse_cn_numeral(&chars[pos..e]).filter(|&v| (1..=9).contains(&v))?;
        let mut t = number_token(pos, tenth_end, Shape::Ratio, None);
        t.value = Some(tenths as f64 / 10.0);
        return Some(t);
    }
    if !ctx.starts_with_at(e, FRACTION_OF)
        || !crate::numbers::scan::arabic::written_as_share(ctx, pos)
    {
        return None;
    }
    let num_at = e + FRACTION_OF.chars().count();
    let end = numeral_run(chars, num_at);
    let den = parse_cn_numeral(&chars[pos..e])?;
    let num = parse_cn_numeral(chars.get(num_at..end)?)?;
    if den == 0 || num > den {
        return None;
    }
    let mut t = number_token(pos, end, Shape::Ratio, None);
    t.value = Some(num as f64 / den as f64);
    Some(t)
}
