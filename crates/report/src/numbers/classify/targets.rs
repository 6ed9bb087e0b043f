//! The kind a reader sees: every indicator of a plan part is a target, and so is one in a
//! sentence that states targets (`主要预期目标为：`) or sets them out about (`左右`).

use super::Class;
use crate::model::{NumberKind, PartKind};
use crate::numbers::context::Context;
use crate::numbers::lexicon::{
    AIM_TO_REACH, APPROXIMATE_AFTER, ESTIMATE_WORDS, EXPECTED_CHANGE_WORDS, NOT_AIM_BEFORE,
    TARGET_LIST_NOUNS, TARGET_NOUN, TARGET_NOUN_STATEMENTS, TARGET_STATEMENT_WORDS,
};
use crate::numbers::scan::Token;

/// The kind a reader sees: in a plan part every indicator is a target, whatever its shape
/// (`增长5.5%左右`, `排名靠前`, `新建学校3所`), and so is one in a sentence that states targets
/// ([`TargetStatements`]); elsewhere the shape's kind. The plan part decides
/// last, so the growth, rate and rank rules (and the labels, which read the shape) never
/// pre-empt it.
pub fn reader_kind(class: &Class, part: PartKind, stated_target: bool) -> Option<NumberKind> {
    match (class.is_indicator, part) {
        (true, PartKind::Plan) => Some(NumberKind::Target),
        (true, _) if stated_target => Some(NumberKind::Target),
        _ => class.kind,
    }
}

/// How far back (in chars) a statement of targets is looked for.
const MAX_TARGET_STATEMENT_CHARS: usize = 400;

/// Where a block's statements of targets ([`TARGET_STATEMENT_WORDS`], [`TARGET_NOUN`] and one of
/// [`TARGET_NOUN_STATEMENTS`]) end, found in one pass,
/// so that each number asks only whether one stands in its sentence before it.
/// A statement followed by a colon (`主要预期目标是：`) sets out a list that may run over several
/// sentences of the paragraph (`…增长8%。城镇新增就业110万人。`); one without, only its own.
pub struct TargetStatements(Vec<(usize, bool)>);

impl TargetStatements {
    pub fn new(ctx: &Context) -> TargetStatements {
        let noun = TARGET_NOUN.chars().count();
        let targets = ctx.find_all(TARGET_NOUN);
        let stated = targets.iter().filter_map(|&i| {
            let at = i + noun;
            TARGET_NOUN_STATEMENTS
                .iter()
                .find(|w| ctx.starts_with_at(at, w))
                .map(|w| at + w.chars().count())
        });
        // `肇庆市要实现GDP增长5%左右`: an aim to reach (not `主要实现`, `需要实现`).
        let aimed = ctx
            .find_all(AIM_TO_REACH)
            .into_iter()
            .filter(|&i| i == 0 || !NOT_AIM_BEFORE.contains(&ctx.chars[i - 1]))
            .map(|i| i + AIM_TO_REACH.chars().count());
        // `主要预期目标：…`: the list's noun, then its colon (found with `目标`).
        let listed = targets.iter().filter_map(|&i| {
            let e = i + noun;
            let named = TARGET_LIST_NOUNS.iter().any(|w| ctx.ends_with_at(e, w));
            (named && matches!(ctx.chars.get(e), Some('：' | ':'))).then_some(e)
        });
        let mut ends: Vec<(usize, bool)> = TARGET_STATEMENT_WORDS
            .iter()
            .chain(EXPECTED_CHANGE_WORDS)
            .flat_map(|w| {
                let n = w.chars().count();
                ctx.find_all(w).into_iter().map(move |i| i + n)
            })
            .chain(stated)
            .chain(listed)
            .chain(aimed)
            // `确保了…`: what was ensured, a review's words.
            .filter(|&e| ctx.chars.get(e) != Some(&'了'))
            .map(|e| (e, matches!(ctx.chars.get(e), Some('：' | ':'))))
            .collect();
        crate::sort::sort_by_key(&mut ends, |&(e, _)| e as u64);
        TargetStatements(ends)
    }

    /// Whether the sentence before `pos` states targets. The sentence runs to a full stop or a
    /// line's end, not to `；`: a list of targets is one sentence of clauses split by `；`.
    pub fn before(&self, ctx: &Context, pos: usize) -> bool {
        let k = self.0.partition_point(|&(e, _)| e <= pos);
        let Some(&(end, colon)) = k.checked_sub(1).and_then(|k| self.0.get(k)) else {
            return false;
        };
        // Bounded: a list of targets after its statement is a few hundred chars.
        let stops = |c: &char| match c {
            '。' | '!' | '！' | '?' | '？' => !colon,
            '\n' | '\r' => true,
            _ => false,
        };
        pos - end <= MAX_TARGET_STATEMENT_CHARS
            && !ctx.chars[end..pos.min(ctx.chars.len())].iter().any(stops)
    }
}

/// For each token, whether its sentence sets out targets by approximating them: two or more
/// indicators written with `左右` (`实现地区总值增长8%左右，地方一般公共预算收入增长7%左右`, a
/// news report's account of the year's targets), and no word of an estimate (`预计全年增长5%左右`:
/// a review's). A review gives what was reached, exactly.
pub fn approximate_targets(ctx: &Context, tokens: &[Token], classes: &[Class]) -> Vec<bool> {
    let sentence = |t: &Token| ctx.clause_sentence[ctx.clause[t.start]];
    let sentences = ctx.clause_sentence.last().map_or(0, |&s| s + 1);
    // Indicators written with `左右`, per sentence: one pass over the tokens.
    let mut about = vec![0usize; sentences];
    for (t, class) in tokens.iter().zip(classes) {
        if class.is_indicator && ctx.starts_with_at(t.end, APPROXIMATE_AFTER) {
            about[sentence(t)] += 1;
        }
    }
    let mut targets: Vec<bool> = about
        .iter()
        .map(|&n| n >= MIN_APPROXIMATE_TARGETS)
        .collect();
    if !targets.contains(&true) {
        return vec![false; tokens.len()];
    }
    // One pass over the clauses: a sentence with a word of an estimate is a review's, and so
    // are the items of a list that goes on after it at a `；` (`预计全年实现地区生产总值增长3.2%
    // 左右；…；城乡居民人均可支配收入分别增长4%左右和6%左右`).
    let mut estimated: Option<usize> = None;
    for (c, &(s, e)) in ctx.clause_range.iter().enumerate() {
        let sentence = ctx.clause_sentence[c];
        let goes_on = estimated.is_some_and(|prev| {
            prev + 1 == sentence
                && c > 0
                && ctx
                    .chars
                    .get(ctx.clause_range[c - 1].1)
                    .is_some_and(|&x| matches!(x, '；' | ';'))
        });
        if estimated != Some(sentence) {
            estimated = None;
        }
        if goes_on || ESTIMATE_WORDS.iter().any(|w| ctx.slice(s, e).contains(w)) {
            estimated = Some(sentence);
            targets[sentence] = false;
        }
    }
    tokens.iter().map(|t| targets[sentence(t)]).collect()
}

/// How many indicators of a sentence written with `左右` make it a statement of targets.
const MIN_APPROXIMATE_TARGETS: usize = 2;
