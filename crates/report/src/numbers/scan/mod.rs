//! The tokenizer: finds every numeric token of a block, with its raw span, value and unit.
//!
//! - `numerals`: reading digits, decimals and Chinese numerals;
//! - `arabic`: tokens that start with a digit (numbers, years, dates, compounds, `第3名`);
//! - `chinese`: tokens in Chinese numerals or words (`第二`, `前列`, `零发生`, `三个`);
//! - here: the token types, the scan over a block, and what it fixes once every token is found.

mod arabic;
mod chinese;
mod numerals;

#[cfg(test)]
mod tests;

pub use numerals::{is_cn_numeral, is_digit, parse_cn_numeral};

use super::context::{is_clause_sep, Context};
use super::lexicon::{
    DATE_LIST_JOINERS, IN_A_ROW_WORDS, ITEM_COUNTERS, ITEM_JOINERS, LIST_NAME_ENDS,
    PLACE_LEVEL_CHARS, PLACING_VERB_COMPOUNDS, RANK_COUNTERS, RANK_PLACE_KINDS, RANK_PLACE_VERBS,
    RANK_SCOPES,
};
use super::units::{self, Unit};

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

fn has_rank_scope(ctx: &Context, pos: usize) -> bool {
    RANK_SCOPES.iter().any(|w| ctx.ends_with_at(pos, w))
}

/// Whether a ranking verb places a subject among places of a kind right before `pos`
/// (`保持中心城区第一`, `居全市6县市第一`): the places' word ends the text before, and a
/// ranking verb stands a few chars before it in the same clause.
pub(super) fn place_scope(ctx: &Context, pos: usize) -> bool {
    let kind_len = RANK_PLACE_KINDS
        .iter()
        .find(|w| ctx.ends_with_at(pos, w))
        .map(|w| w.chars().count())
        .or_else(|| numbered_places(ctx, pos));
    kind_len.is_some_and(|len| placed(ctx, pos - len))
}

/// `增速五城区第一`, `全省同类开发区第四`: places of a kind, counted or in a whole scope, right
/// before a position that ends its phrase (`end`, before any counter) rank it with no verb.
pub(super) fn among_places_of_a_kind(ctx: &Context, pos: usize, end: usize) -> bool {
    let chars = &ctx.chars;
    let end = end + usize::from(chars.get(end).is_some_and(|c| RANK_COUNTERS.contains(c)));
    if chars.get(end).is_some_and(|&c| crate::text::is_cjk(c)) {
        return false;
    }
    let kind = RANK_PLACE_KINDS.iter().find(|w| ctx.ends_with_at(pos, w));
    let scoped = kind.is_some_and(|w| {
        let at = pos - w.chars().count();
        has_rank_scope(ctx, at)
            || at
                .checked_sub(1)
                .is_some_and(|p| is_cn_numeral(chars[p]) || is_digit(chars[p]))
    });
    scoped
        || numbered_places(ctx, pos).is_some()
        || kind.is_some_and(|w| after_a_rank(ctx, pos - w.chars().count()))
}

/// `总量保持全市第二，中心城区第一`: places of a kind opening a clause right after one that ends
/// in a position rank among them too (the same subject, another scope).
fn after_a_rank(ctx: &Context, at: usize) -> bool {
    let chars = &ctx.chars;
    if at == 0 || ctx.clause_start(at) != at || !matches!(chars[at - 1], '，' | ',' | '、') {
        return false;
    }
    let mut p = at - 1;
    if p > 0 && RANK_COUNTERS.contains(&chars[p - 1]) {
        p -= 1;
    }
    let numerals = chars[..p]
        .iter()
        .rev()
        .take_while(|&&c| is_cn_numeral(c) || is_digit(c))
        .count();
    numerals > 0 && p > numerals && chars[p - numerals - 1] == '第'
}

/// `位居六区第1`, `全市9县第一`: a number of places of one level right before `pos` is a kind of
/// place; returns its length in chars.
fn numbered_places(ctx: &Context, pos: usize) -> Option<usize> {
    let before = ctx.slice(pos.saturating_sub(MAX_PLACE_SCOPE), pos);
    let len = numbered_places_len(before)?;
    Some(before[before.len() - len..].chars().count())
}

/// The length in bytes of a number of places of one level that ends `s` (`六区`, `9县`), if it
/// ends with one: the scope of a rank, no subject.
pub fn numbered_places_len(s: &str) -> Option<usize> {
    // `八县(市)`: the places' other level in brackets.
    let bare = match s.strip_suffix([')', '）']) {
        Some(open) => open
            .rfind(['(', '（'])
            .map(|o| &open[..o])
            .filter(|b| s[b.len()..].chars().count() <= MAX_LEVEL_NOTE_CHARS)?,
        None => s,
    };
    let rest = bare.strip_suffix(PLACE_LEVEL_CHARS)?;
    let kept = rest.trim_end_matches(|c: char| is_cn_numeral(c) || is_digit(c));
    (kept.len() < rest.len()).then_some(s.len() - kept.len())
}

/// The most chars of a bracketed note of places' other level (`(市、区)`).
const MAX_LEVEL_NOTE_CHARS: usize = 6;

/// `跻身全国百强县。`, `入选“西部百强县”`, `跻身“中国城市GDP百强榜”`: after a ranking list's
/// `强` (at `at`), the kind of place it ranks, the list's `榜` and a closing quote still leave the
/// place at its phrase's end; returns where the phrase goes on.
pub(super) fn after_a_list_name(ctx: &Context, at: usize) -> usize {
    let chars = &ctx.chars;
    let closing = |i: &mut usize| {
        while chars
            .get(*i)
            .is_some_and(|c| matches!(c, '”' | '"' | '」' | '』'))
        {
            *i += 1;
        }
    };
    // `百强县”`, `“十强”县`, `百强名单`: the quote may close before or after the level.
    let mut i = at;
    closing(&mut i);
    if chars.get(i).is_some_and(|c| PLACE_LEVEL_CHARS.contains(c)) {
        i += 1;
    }
    if let Some(w) = LIST_NAME_ENDS.iter().find(|w| ctx.starts_with_at(i, w)) {
        i += w.chars().count();
    }
    closing(&mut i);
    i
}

/// Whether a ranking verb stands a few chars before `pos` in its clause (`均居全市`, `保持`).
pub(super) fn placed(ctx: &Context, pos: usize) -> bool {
    placed_within(ctx, pos, MAX_PLACE_SCOPE)
}

/// [`placed`] with a placing verb at most `max` chars before `pos` (`入围2022中国建制县高质量发展
/// 百强`: a ranking list's name may be long).
pub(super) fn placed_within(ctx: &Context, pos: usize, max: usize) -> bool {
    let from = ctx.clause_start(pos).max(pos.saturating_sub(max));
    let before = ctx.slice(from, pos);
    RANK_PLACE_VERBS.iter().any(|v| before.contains(v))
}

/// `数量居潍坊第一`, `4项列第一`, `走在潍坊前列`: a placing verb right before a position, or a
/// short name (a place, a list; after a whole scope: `居全国经开区第二`) between them, when the position ends its phrase (`end`, after
/// its counter: not `列入第一批`) and the verb is no part of another word (`居民`, `安排`).
pub(super) fn placed_near(ctx: &Context, pos: usize, end: usize) -> bool {
    let chars = &ctx.chars;
    let end = end + usize::from(chars.get(end).is_some_and(|c| RANK_COUNTERS.contains(c)));
    if chars.get(end).is_some_and(|&c| crate::text::is_cjk(c)) {
        return false;
    }
    // The verb's two chars, a whole scope's two and the name.
    let from = ctx
        .clause_start(pos)
        .max(pos.saturating_sub(MAX_PLACE_NAME + 4));
    RANK_PLACE_VERBS.iter().any(|v| {
        let len = v.chars().count();
        (from..pos.saturating_sub(len - 1)).rev().any(|at| {
            // `排名4项第一`: a count of the items placed there is no part of the name.
            let between = without_item_count(&chars[at + len..pos]);
            // `位居全国经开区第二`: a whole scope (`全国`) before the name is no part of it.
            let name = match between {
                ['全', _, name @ ..] => name,
                _ => between,
            };
            ctx.starts_with_at(at, v)
                && name.len() <= MAX_PLACE_NAME
                && between.iter().all(|&c| crate::text::is_cjk(c))
                && !PLACING_VERB_COMPOUNDS.iter().any(|w| {
                    w.find(v).is_some_and(|i| {
                        let lead = w[..i].chars().count();
                        at >= lead && ctx.starts_with_at(at - lead, w)
                    })
                })
        })
    })
}

/// `4项` at the end of `chars` taken off (`排名4项第一`: how many items hold the position).
pub(super) fn without_item_count(chars: &[char]) -> &[char] {
    match chars.split_last() {
        Some((c, rest)) if ITEM_COUNTERS.contains(c) => {
            let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 {
                &rest[..rest.len() - digits]
            } else {
                chars
            }
        }
        _ => chars,
    }
}

/// The most chars of a name between a placing verb and a position (`居潍坊第一`).
pub(crate) const MAX_PLACE_NAME: usize = 4;

/// The most chars between a ranking verb and the position it names (`居全市6县市第一`).
const MAX_PLACE_SCOPE: usize = 10;

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
    absorb_period_words(ctx, &mut tokens);
    merge_unit_ranges(ctx, &mut tokens);
    share_list_units(ctx, &mut tokens);
    places_without_di(ctx, &mut tokens);
    ranked_lists(ctx, &mut tokens);
    tokens
}

/// `位居全国百强县投资潜力第3、新型城镇化质量第4`: a `第N` in a list right after a rank, only a
/// short name between them, is a rank too.
fn ranked_lists(ctx: &Context, tokens: &mut [Token]) {
    for k in 1..tokens.len() {
        let (prev, t) = (&tokens[k - 1], &tokens[k]);
        if prev.shape != Shape::Rank || t.shape != Shape::Ordinal || ctx.chars[t.start] != '第' {
            continue;
        }
        let between = ctx.slice(prev.end, t.start);
        let Some(name) = between.strip_prefix('、') else {
            continue;
        };
        let short = (1..=MAX_RANKED_NAME).contains(&name.chars().count());
        if short
            && name
                .chars()
                .all(|c| !is_clause_sep(c) && !c.is_ascii_digit())
        {
            let t = &mut tokens[k];
            t.shape = Shape::Rank;
            t.unit = Some(plain_unit("名"));
            if ctx
                .chars
                .get(t.end)
                .is_some_and(|c| RANK_COUNTERS.contains(c))
            {
                t.end += 1;
            }
        }
    }
}

/// The longest name between two ranks of a list (`、新型城镇化质量第4`), in chars.
const MAX_RANKED_NAME: usize = 12;

/// `跃居全国高新区23和29位`: a place counted without `第`, after a placing verb and a scope, is
/// a rank (`29位` alone counts people: `为80位创业大学生…`; right after a verb of change,
/// `上升3位`, it is the places moved).
fn places_without_di(ctx: &Context, tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        let counter = t.unit.as_ref().and_then(|u| u.written.chars().next());
        let is_place = t.shape == Shape::Number
            && t.unit
                .as_ref()
                .is_some_and(|u| u.written.chars().count() == 1)
            && counter.is_some_and(|c| RANK_COUNTERS.contains(&c))
            && t.value
                .is_some_and(|v| v.fract() == 0.0 && (1.0..=1000.0).contains(&v));
        // `排名上升3位`, `比上年度再进2位`: places moved by, a change of the rank.
        let moved = || {
            super::lexicon::growth_verbs()
                .iter()
                .any(|(v, _)| ctx.ends_with_at(t.start, v))
        };
        if is_place && placed_in_scope(ctx, t.start) && !moved() {
            t.shape = Shape::Rank;
            t.unit = Some(plain_unit("名"));
        }
    }
}

/// Whether a ranking verb and then a rank scope (`跃居全国`) stand a few chars before `pos`.
pub(super) fn placed_in_scope(ctx: &Context, pos: usize) -> bool {
    let from = ctx
        .clause_start(pos)
        .max(pos.saturating_sub(2 * MAX_PLACE_SCOPE));
    let before = ctx.slice(from, pos);
    RANK_PLACE_VERBS.iter().any(|v| {
        before
            .find(v)
            .is_some_and(|i| RANK_SCOPES.iter().any(|s| before[i..].contains(s)))
    })
}

/// `高于全国、全省4.3个和2.3个百分点`: a list writes its unit's counter after each value and the
/// rest of the unit once, after the last: the earlier values have the whole unit.
/// `分别提高6.4和2.1个百分点`: a bare number before them has the whole unit too; so has a
/// value with its magnitude alone (`0.15万、2万头`).
fn share_list_units(ctx: &Context, tokens: &mut [Token]) {
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        let Some(ub) = &b.unit else {
            continue;
        };
        let cut = match &a.unit {
            Some(ua) => {
                let counter_once = ua.written.chars().count() == 1 && ua.exp == 0 && ub.exp == 0;
                // `肉牛、生猪年出栏量分别达0.15万、2万头`: the magnitude after each value, the
                // counter once.
                let magnitude_each = ua.base.is_none() && ua.exp > 0 && ub.exp == ua.exp;
                ub.written.len() > ua.written.len()
                    && ub.written.starts_with(&ua.written)
                    && (counter_once || magnitude_each)
            }
            None => a.shape == Shape::Number && b.shape == Shape::Number,
        };
        let between = ctx.slice(a.end, b.start);
        if cut && (between == "、" || ITEM_JOINERS.contains(&between)) {
            tokens[k].unit = tokens[k + 1].unit.clone();
        }
    }
}

/// `5%-6%`, `3万人～4万人`: a range with the same unit on both ends is one range, as `5-6%` is.
fn merge_unit_ranges(ctx: &Context, tokens: &mut Vec<Token>) {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for b in tokens.drain(..) {
        if let Some(a) = out.last_mut() {
            let joined = b.start == a.end + 1
                && matches!(ctx.chars[a.end], '-' | '－' | '—' | '–' | '~' | '～');
            let same_unit = a.unit.is_some()
                && a.unit.as_ref().map(|u| &u.written) == b.unit.as_ref().map(|u| &u.written);
            if joined && same_unit && a.shape == Shape::Number && b.shape == Shape::Number {
                let mut t = number_token(a.start, b.end, Shape::Range, None);
                t.unit = b.unit;
                *a = t;
                continue;
            }
        }
        out.push(b);
    }
    *tokens = out;
}

/// `2021年度`, `3月份`: the word that makes a year or month a period is part of it.
fn absorb_period_words(ctx: &Context, tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        let next = ctx.chars.get(t.end).copied();
        let last = t.end.checked_sub(1).map(|p| ctx.chars[p]);
        let absorbs = matches!(
            (t.shape, last, next),
            (Shape::Year, Some('年'), Some('度')) | (Shape::Date, Some('月'), Some('份'))
        );
        if absorbs {
            t.end += 1;
        }
    }
}

/// `2、3月`: numbers listed before a month are months too.
fn mark_date_lists(ctx: &Context, tokens: &mut [Token]) {
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        if a.shape != Shape::Number || a.unit.is_some() || b.shape != Shape::Date {
            continue;
        }
        let between = ctx.slice(a.end, b.start);
        let small = a.value.is_some_and(|v| (1.0..=12.0).contains(&v));
        if small && DATE_LIST_JOINERS.contains(&between) {
            tokens[k].shape = Shape::Date;
        }
    }
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
