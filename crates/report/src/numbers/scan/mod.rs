//! The tokenizer: finds every numeric token of a block, with its raw span, value and unit.
//!
//! - `numerals`: reading digits, decimals and Chinese numerals;
//! - `arabic`: tokens that start with a digit (numbers, years, dates, compounds, `第3名`);
//! - `chinese`: tokens in Chinese numerals or words (`第二`, `前列`, `零发生`, `三个`);
//! - `places`: where a rank places what it ranks (a scope, a placing verb, places of a kind);
//! - `fixes`: what the scan fixes once every token is found;
//! - here: the token types, the scan over a block, and the making of a token.

mod arabic;
mod chinese;
mod fixes;
mod numerals;
mod places;

#[cfg(test)]
mod tests;

pub use numerals::{is_cn_numeral, is_digit, parse_cn_numeral};
pub use places::numbered_places_len;
pub(crate) use places::MAX_PLACE_NAME;

use super::context::Context;
use super::lexicon::IN_A_ROW_WORDS;
use super::units::{self, Unit};
use fixes::{
    absorb_period_words, mark_date_lists, mark_day_ranges, merge_unit_ranges, places_without_di,
    ranked_lists, share_list_units,
};

/// What a token looks like, before classification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A plain Arabic number, maybe with a unit (`329.73亿元`, `12`).
    Number,
    /// A year: `2024年`, or a bare 19xx/20xx with no unit.
    Year,
    /// A month or a date: `4月`, `1月23日`.
    Date,
    /// A name-like compound written as one token: `3+1+N`, `6·30`, `PM2.5`, `5G`.
    Name,
    /// A range: `3-5家`, `30－50项`.
    Range,
    /// A ratio: `9.2:69.5:21.3`.
    Ratio,
    /// A product: `2×66万千瓦`.
    Product,
    /// A footnote marker: the `1` of `^[1]`.
    Footnote,
    /// A ranking: `第二` after `全区`/`排名`, `前列`, `靠前`, `第3名`.
    Rank,
    /// An ordinal: `第七批`, `第三届`, `第二十八`, `二十届`.
    Ordinal,
    /// A Chinese-numeral count in a metric clause: `三个`.
    ChineseCount,
    /// `零` of `零发生`.
    Zero,
}

/// One numeric token of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Char index of the raw text's start in the block.
    pub start: usize,
    /// Char index just past the raw text.
    pub end: usize,
    /// Its shape.
    pub shape: Shape,
    /// The number as a plain ASCII decimal string (`329.73`), when it has a single value.
    pub digits: Option<String>,
    /// The number's value.
    pub value: Option<f64>,
    /// The unit written after it.
    pub unit: Option<Unit>,
    /// `余`/`多` written between the number and its unit, with its char index in the block.
    pub approx: Option<(usize, &'static str)>,
}

impl Token {
    /// Whether this is a streak in a row (`十连丰`, `“九连冠”`): a quantity, quoted or not.
    pub fn is_in_a_row(&self) -> bool {
        self.unit
            .as_ref()
            .is_some_and(|u| IN_A_ROW_WORDS.contains(&u.written.as_str()))
    }

    /// The value with 万/亿 expanded, computed on the digit string.
    pub fn base_value(&self) -> Option<f64> {
        let exp = self.unit.as_ref().map_or(0, |u| u.exp);
        match &self.digits {
            Some(d) => units::parse_decimal(&units::shift_decimal(d, exp)),
            // A Chinese numeral's value is a whole number: exact in f64 at these sizes.
            None => self.value.map(|v| v * 10f64.powi(exp as i32)),
        }
    }
}

/// Finds every numeric token in the block, in text order and non-overlapping.
pub fn scan(ctx: &Context) -> Vec<Token> {
    let chars = &ctx.chars;
    let n = chars.len();
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if is_digit(c) {
            let mut t = arabic::scan_arabic(ctx, i);
            let prev_end = tokens.last().map_or(0, |t| t.end);
            if t.start < prev_end {
                t.start = prev_end.min(i);
            }
            i = t.end.max(i + 1);
            tokens.push(t);
            continue;
        }
        // Only these chars start a Chinese token (see `scan_chinese`).
        if !matches!(c, '第' | '前' | '靠' | '首' | '榜' | '零') && !is_cn_numeral(c) {
            i += 1;
            continue;
        }
        if let Some(t) = chinese::scan_chinese(ctx, i, tokens.last().map_or(0, |t| t.end)) {
            i = t.end.max(i + 1);
            tokens.push(t);
            continue;
        }
        i += 1;
    }
    mark_date_lists(ctx, &mut tokens);
    mark_day_ranges(ctx, &mut tokens);
    absorb_period_words(ctx, &mut tokens);
    merge_unit_ranges(ctx, &mut tokens);
    share_list_units(ctx, &mut tokens);
    places_without_di(ctx, &mut tokens);
    ranked_lists(ctx, &mut tokens);
    tokens
}

fn number_token(start: usize, end: usize, shape: Shape, digits: Option<String>) -> Token {
    let value = digits.as_deref().and_then(units::parse_decimal);
    Token {
        start,
        end,
        shape,
        digits,
        value,
        unit: None,
        approx: None,
    }
}

fn plain_unit(u: &str) -> Unit {
    Unit {
        written: u.to_string(),
        base: Some(u.to_string()),
        exp: 0,
    }
}

fn attach_unit(ctx: &Context, t: &mut Token) {
    // Text copied out of a PDF often has a space between a number and its unit (`394.8 亿元`):
    // one space before a unit does not part them.
    let at = match ctx.chars.get(t.end) {
        Some(' ' | '\u{3000}' | '\u{a0}') if units::match_unit(&ctx.chars, t.end + 1).is_some() => {
            t.end + 1
        }
        _ => t.end,
    };
    if let Some(m) = units::match_unit(&ctx.chars, at) {
        t.approx = m.approx.map(|(o, a)| (at + o, a));
        t.end = at + m.len;
        t.unit = Some(m.unit);
    }
}
