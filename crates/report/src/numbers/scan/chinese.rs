//! Tokens in Chinese numerals or words: ordinals and ranks (`第二`, `第二十八`), ranks without
//! a position (`前列`, `靠前`, `首位`, `前三`), `零` of `零发生`, and counts (`三个`, `二十届`).
//!
//! - `ranks`: ordinals and ranks, with or without a position, and places in ranking lists;
//! - `counts`: counts in Chinese numerals and whether the text says they count something;
//! - `magnitudes`: a magnitude in words before a unit (`超百亿元`, `十万亩`);
//! - `shares`: percentages and fractions in words (`百分之九十五`, `五分之一`, `四成`);
//! - here: the choice by the token's first char, and `零`.

mod counts;
mod magnitudes;
mod ranks;
mod shares;

use super::numerals::is_cn_numeral;
use super::{number_token, Shape, Token};
use crate::numbers::context::{is_clause_sep, Context};
use crate::numbers::lexicon::{
    POLICY_FOLLOWING_VERBS, ZERO_BEFORE, ZERO_CLEARED, ZERO_THINGS, ZERO_VERBS,
};
use counts::{count, in_a_row};
use magnitudes::{after_bound, bound_magnitude};
use ranks::{ordinal, quote_ends_list, rank_place, top_places_in_words};
use shares::{fraction, percent_in_words, PERCENT_IN_WORDS};

/// Chinese-numeral tokens starting at `pos`; `prev_end` is the end of the previous token.
pub(super) fn scan_chinese(ctx: &Context, pos: usize, prev_end: usize) -> Option<Token> {
    let c = ctx.chars[pos];
    let quoted = ctx.in_quote[pos] || ctx.in_title[pos];
    if c == PERCENT_IN_WORDS[0] {
        if let Some(t) = percent_in_words(ctx, pos) {
            return Some(t);
        }
    }
    match c {
        '第' => ordinal(ctx, pos, quoted),
        '前' | '靠' | '首' | '榜' if !quoted => rank_place(ctx, pos),
        // `“确诊患者零死亡”`: a result quoted with its subject counts; `“动态清零”`, `“零事故”`
        // alone are the names of a policy or a campaign.
        '零' if !quoted || quoted_with_subject(ctx, pos) || quoted_result(ctx, pos) => {
            zero(ctx, pos)
        }
        // `近十年`, `共十二家`: else an ordinary count.
        '十' | '百' | '千' | '万' if !quoted && after_bound(ctx, pos) => {
            bound_magnitude(ctx, pos).or_else(|| count(ctx, pos, prev_end))
        }
        _ if !quoted && is_cn_numeral(c) => fraction(ctx, pos)
            .or_else(|| count(ctx, pos, prev_end))
            .or_else(|| top_places_in_words(ctx, pos)),
        // `入选“西部百强县”`: the quoted name of a ranking list, the place in it ending the quote.
        _ if is_cn_numeral(c) => in_a_row(ctx, pos)
            .or_else(|| top_places_in_words(ctx, pos).filter(|_| quote_ends_list(ctx, pos))),
        _ => None,
    }
}

/// `零` of `零发生`, `零事故`, and the result of `清零` (`村级债务已清零`: cleared to none);
/// not of `归零`, `为零`, `二零`.
fn zero(ctx: &Context, pos: usize) -> Option<Token> {
    let chars = &ctx.chars;
    let prev = pos.checked_sub(1).map(|p| chars[p]);
    let cleared = prev == Some(ZERO_CLEARED);
    if !cleared && prev.is_some_and(|p| is_cn_numeral(p) || ZERO_BEFORE.contains(p)) {
        return None;
    }
    let object = ZERO_THINGS.iter().chain(ZERO_VERBS);
    if !cleared && !object.into_iter().any(|w| ctx.starts_with_at(pos + 1, w)) {
        return None;
    }
    let mut t = number_token(pos, pos + 1, Shape::Zero, None);
    t.value = Some(0.0);
    Some(t)
}

/// Whether a quoted `零` has the subject of its result before it inside the quote, and a thing
/// after it (`“确诊患者零死亡、医护人员零感染”`).
fn quoted_with_subject(ctx: &Context, pos: usize) -> bool {
    let subject = pos.checked_sub(1).is_some_and(|p| {
        ctx.in_quote[p] && crate::text::is_cjk(ctx.chars[p]) && ctx.chars[p] != ZERO_CLEARED
    });
    subject && ZERO_THINGS.iter().any(|w| ctx.starts_with_at(pos + 1, w))
}

/// Whether a quoted `零` is a result stressed, its quote closing a clause (`实现“零感染”“零死亡”。`,
/// `确诊病例全部“清零”。`), not the name of a campaign or a policy that goes on (`“零关税”清单`,
/// `“清零行动”`, `“动态清零”总方针`, `坚持“动态清零”`).
fn quoted_result(ctx: &Context, pos: usize) -> bool {
    let Some(close) =
        (pos..ctx.chars.len()).find(|&q| !ctx.in_quote[q] || is_closing_quote(ctx.chars[q]))
    else {
        return false;
    };
    // The zero ends the quote, or the thing or verb after it does (`“清零行动”` goes on).
    let rest: String = ctx.chars[pos + 1..close].iter().collect();
    let ends = rest.is_empty() || ZERO_THINGS.iter().chain(ZERO_VERBS).any(|w| rest == *w);
    if !is_closing_quote(ctx.chars[close]) || !ends {
        return false;
    }
    let open = (0..pos)
        .rev()
        .find(|&p| matches!(ctx.chars[p], '“' | '"' | '「' | '‘'))
        .unwrap_or(0);
    if POLICY_FOLLOWING_VERBS
        .iter()
        .any(|v| ctx.ends_with_at(open, v))
    {
        return false;
    }
    match ctx.chars.get(close + 1) {
        None => true,
        Some(&c) => is_clause_sep(c) || matches!(c, '、' | '“' | '"' | '\n'),
    }
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '"' | '」' | '’')
}
