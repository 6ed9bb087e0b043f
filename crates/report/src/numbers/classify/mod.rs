//! Classification of tokens: indicator or not, kind, direction, basis and qualifiers.
//!
//! - `qualifiers`: a number's bounding words (`累计`, `超过`, `以上`, `左右`), where its segment's
//!   core ends, and the string a reader sees;
//! - `indicator`: what is no indicator (a year, a name, a number that names something, an
//!   anniversary, a radius concept, what [`super::filters`] finds);
//! - `kind`: an indicator's kind (a growth, a rank, a rate, else an amount), and the ratios,
//!   indexes and multiples that make a rate;
//! - `growth`: a growth's direction, by its verb, its unit or the change written after it;
//! - `periods`: a growth rate's values over the periods of a year or after a streak;
//! - `targets`: the kind a reader sees, and the sentences that state targets.
//!
//! Here: [`Class`], [`classify`], and the units and bracketed references the modules above
//! share.

mod growth;
mod indicator;
mod kind;
mod periods;
mod qualifiers;
mod targets;

pub use growth::change_word_after_value;
pub use kind::is_multiple_of;
pub(crate) use periods::MAX_PERIOD_LIST_CHARS;
pub use qualifiers::qualifier_string;
pub use targets::{approximate_targets, reader_kind, TargetStatements};

use indicator::is_not_indicator;
use kind::decide_kind;
use qualifiers::qualifiers;

use crate::model::{Direction, NumberKind};
use crate::numbers::context::Context;
use crate::numbers::scan::{Shape, Token};

/// What the classifier decides about one token.
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    /// Whether it is an indicator (not a year, date, name, ordinal or concept name).
    pub is_indicator: bool,
    /// Its kind, for indicators.
    pub kind: Option<NumberKind>,
    /// For growths.
    pub direction: Option<Direction>,
    /// For growths: `同比` or `环比`.
    pub basis: Option<&'static str>,
    /// Bounding words with their char positions in the block, in source order.
    pub qualifiers: Vec<(usize, &'static str)>,
    /// Start of the token's segment: its clause start, or the end of the previous token of the
    /// same clause.
    pub seg_start: usize,
    /// End of the part of the segment before the number that is not a bounding word.
    pub core_end: usize,
}

/// Units of a level (`rate`).
fn is_rate_unit(u: &str) -> bool {
    matches!(u, "%" | "％" | "‰")
}

/// Units that only measure changes (`个百分点`).
pub fn is_point_unit(u: &str) -> bool {
    matches!(u, "个百分点" | "百分点")
}

/// `完成预期目标(5100万元)139.3%`, `比上年同期(5181万元)增长37.2%`: a value alone in brackets
/// right after a word gives the value of what the word names (the target, the same period); the
/// number after the brackets is said of the clause's words as if the brackets were not there.
pub fn reference_in_brackets(ctx: &Context, t: &Token) -> bool {
    t.start >= 2
        && matches!(ctx.chars[t.start - 1], '(' | '（')
        && crate::text::is_cjk(ctx.chars[t.start - 2])
        && ctx
            .chars
            .get(t.end)
            .is_some_and(|c| matches!(c, ')' | '）'))
}

/// `收入完成7130万元(当年度因…减收近7600万元)，同口径增长12.7%`: a number inside brackets
/// its clause opened after an earlier number, closed before the clause ends, is an aside about
/// that number; what follows the brackets is of the number before them.
pub fn in_bracketed_aside(ctx: &Context, t: &Token) -> bool {
    let (start, end) = ctx.clause_range[ctx.clause[t.start]];
    let opened = (start..t.start)
        .rev()
        .map(|i| ctx.chars[i])
        .take_while(|c| !matches!(c, ')' | '）'))
        .any(|c| matches!(c, '(' | '（'));
    opened && (t.end..end).any(|i| matches!(ctx.chars[i], ')' | '）'))
}

/// Classifies token `k` of `tokens` by its shape and wording, given the classes of the tokens
/// before it ([`reader_kind`] then applies the part).
pub fn classify(ctx: &Context, tokens: &[Token], k: usize, done: &[Class]) -> Class {
    let t = &tokens[k];
    let clause_start = ctx.clause_start(t.start);
    // A name with digits is a word of the segment (`新建5G基站2.2万个`), not a number that
    // ends one.
    let prev_same_clause = (0..k)
        .rev()
        .find(|&p| {
            tokens[p].shape != Shape::Name
                && !(t.shape == Shape::Rank && super::filters::ranked_group(ctx, tokens, p))
                && !reference_in_brackets(ctx, &tokens[p])
        })
        .filter(|&p| {
            tokens[p].end > clause_start && ctx.clause[tokens[p].start] == ctx.clause[t.start]
        });
    // After a previous number of the clause, the text up to the first `、` still belongs to that
    // number's list item (`完成1家托育中心、8家服务点`); not after a time opening the clause
    // (`2024年地区生产总值、工业增加值增速…`: the list is this number's subject).
    let seg_start = prev_same_clause.map_or(clause_start, |p| {
        let from = tokens[p].end.max(clause_start);
        let timed = matches!(tokens[p].shape, Shape::Year | Shape::Date)
            && ctx.chars.get(from).is_some_and(|&c| c != '、');
        (from..t.start)
            .find(|&i| ctx.chars[i] == '、')
            .filter(|_| !timed)
            .map_or(from, |i| i + 1)
    });
    let (qualifiers, core_end) = qualifiers(ctx, tokens, t, seg_start, prev_same_clause);
    let mut class = Class {
        is_indicator: true,
        kind: None,
        direction: None,
        basis: None,
        qualifiers,
        seg_start,
        core_end,
    };
    if is_not_indicator(ctx, tokens, k) {
        class.is_indicator = false;
        class.qualifiers.clear();
        return class;
    }
    decide_kind(ctx, tokens, k, done, prev_same_clause, &mut class);
    class
}
