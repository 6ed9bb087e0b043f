//! The unit vocabulary and exact 万/亿 expansion.
//!
//! A unit as written is an optional magnitude (`万`, `亿`, `万亿`, `千万`, `百万`) followed by an
//! optional base unit from [`BASE_UNITS`] (`1.67万宗` → `万宗`, base `宗`). Only the magnitude is
//! expanded into the base value; every other unit (`千米`, `公顷`, `%`) is kept as written.
//!
//! - `vocabulary`: the magnitudes, the base units and the unit-and-char pairs that are nouns;
//! - `decimal`: exact decimal text: shifting the point by a magnitude, formatting and parsing
//!   without core's float printing and parsing.
//!
//! Here: [`Unit`], [`UnitMatch`] and matching a unit written after a number ([`match_unit`],
//! [`match_base`]).

mod decimal;
mod vocabulary;

#[cfg(test)]
mod tests;

pub use decimal::{format_fixed, format_plain, parse_decimal, shift_decimal};
pub use vocabulary::BASE_UNITS;
use vocabulary::{MAGNITUDES, UNIT_NOUNS};

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
