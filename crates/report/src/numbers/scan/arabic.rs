//! Tokens that start with a digit: plain numbers with their units, years, months and dates,
//! compounds written as one token (`3+1+N`, `3-5家`, `9.2:69.5:21.3`, `2×66万千瓦`, `PM2.5`),
//! footnote markers, fractions written as shares, and `第3名`.
//!
//! - `compounds`: footnote markers, fractions written as shares, names and numbers joined;
//! - `ranks`: `第3名`, `前20名`, `15强` and ordinals (`第14次`);
//! - `items`: a list's item number (`1.`, `2、`, `（3）`), no quantity;
//! - `plain`: a single number: a year, a month or date, else a number with its unit;
//! - here: reading the digits and what is glued to them, and the choice among the above.

mod compounds;
mod items;
mod plain;
mod ranks;

pub(super) use compounds::written_as_share;

use super::numerals::{is_digit, read_decimal};
use super::{number_token, Shape, Token};
use crate::numbers::context::Context;
use crate::numbers::lexicon::RATIO_COLONS;
use crate::numbers::units;
use compounds::compound;
use items::enumerator_end;
use plain::plain_number;
use ranks::{ordinal, ranking_list, top_places};

/// The digits at a position and what is glued to them, before a shape is decided.
struct Read {
    /// Where the token starts: at the first digit, or at Latin letters glued before it.
    start: usize,
    /// Where the first digit is.
    pos: usize,
    /// Just past the digits, joiners and letters glued after them.
    end: usize,
    /// The first number as a plain ASCII decimal string.
    digits: String,
    /// How many numbers the joiners join (1 for a plain number).
    groups: usize,
    /// The joiners between them (`+`, `-`, `:`, `×`, `/` …), in order.
    joiners: String,
    /// Whether Latin letters follow (`5G`).
    letters_after: bool,
}

impl Read {
    /// Whether Latin letters come before the digits (`PM2.5`, `G4`).
    fn prefix_letters(&self) -> bool {
        self.start < self.pos
    }
}

/// The token that starts with the digit at `pos`.
pub(super) fn scan_arabic(ctx: &Context, pos: usize) -> Token {
    let r = read(ctx, pos);
    if let Some(t) = compound(ctx, &r) {
        return t;
    }
    // `第3名`, `第14次`.
    if r.start > 0 && ctx.chars[r.start - 1] == '第' {
        return ordinal(ctx, r);
    }
    if let Some(t) = top_places(ctx, &r) {
        return t;
    }
    if let Some(end) = enumerator_end(ctx, &r) {
        let digits = ctx.slice(r.pos, end).to_string();
        return number_token(r.start, end, Shape::Ordinal, Some(digits));
    }
    if let Some(t) = ranking_list(ctx, &r) {
        return t;
    }
    plain_number(ctx, r)
}

/// Reads the digits at `pos` with the letters, joiners and further numbers glued to them.
fn read(ctx: &Context, pos: usize) -> Read {
    let chars = &ctx.chars;
    let n = chars.len();
    // Latin letters glued before the number make it a name (`PM2.5`, `G4`).
    let mut start = pos;
    while start > 0 && chars[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    let (digits, mut end) = read_decimal(chars, pos);
    let mut groups = 1;
    let mut joiners = String::new();
    // Compounds written as one token.
    while let Some(&j) = chars.get(end) {
        let next = chars.get(end + 1).copied();
        let joins_digit = next.is_some_and(is_digit);
        let joins_letter = next.is_some_and(|c| c.is_ascii_alphabetic());
        let ok = match j {
            '·' | '•' | '・' | '×' | '/' | '-' | '－' | '—' | '–' | '~' | '～' => {
                joins_digit
            }
            c if RATIO_COLONS.contains(&c) => joins_digit,
            '+' | '＋' => joins_digit || joins_letter,
            _ => false,
        };
        if !ok {
            break;
        }
        joiners.push(j);
        end += 1;
        if joins_digit {
            let (_, e) = read_decimal(chars, end);
            end = e;
            groups += 1;
        } else {
            while end < n && chars[end].is_ascii_alphabetic() {
                end += 1;
            }
        }
    }
    // Latin letters glued after it (`5G`, `4A`, `3+1+N` handled above); not a unit written in
    // them (`96GW`), which the unit reader takes.
    let mut letters_after = false;
    let letters_from = end;
    while end < n && chars[end].is_ascii_alphabetic() {
        end += 1;
        letters_after = true;
    }
    let unit_in_letters = || {
        let letters: String = chars[letters_from..end].iter().collect();
        crate::numbers::units::BASE_UNITS.contains(&letters.as_str())
    };
    if letters_after && groups == 1 && unit_in_letters() {
        end = letters_from;
        letters_after = false;
    }
    // `GDP2917.85亿元`: a measure's abbreviation before a figure with its unit names what the
    // figure measures, no name (`PM2.5`, `G4` are).
    let abbreviation = pos - start >= MIN_MEASURE_ABBREVIATION
        && chars[start..pos].iter().all(char::is_ascii_uppercase);
    if abbreviation && groups == 1 && !letters_after && units::match_unit(chars, end).is_some() {
        start = pos;
    }
    Read {
        start,
        pos,
        end,
        digits,
        groups,
        joiners,
        letters_after,
    }
}

/// The fewest capitals of a measure's abbreviation (`GDP`, `CPI`) glued before its figure.
const MIN_MEASURE_ABBREVIATION: usize = 3;
