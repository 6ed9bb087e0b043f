//! Labels (what a number measures, in the clause's own words) and `relates_to` links.
//!
//! - `words`: the lexicon's lists as the rules read them (built once; removing their words);
//! - `edges`: what opens or ends a label without naming anything (connectors, time words,
//!   light verbs, generic heads, cut-off marks);
//! - `frame`: a time or comparison frame between a subject and its number;
//! - `around`: what the text around one number says (the words before and after it, the owner
//!   of a generic head, the base of a multiple, an earlier clause's subject);
//! - `labeler`: [`labels`], one number after the other, in named steps (`labeler::amount`: the
//!   steps of an amount's or target's label, with `labeler::elsewhere`, `labeler::parts` and
//!   `labeler::items`; `labeler::rank`: a rank's; `labeler::related`: what a number without a
//!   subject of its own describes).

mod around;
mod edges;
mod frame;
mod labeler;
mod words;

#[cfg(test)]
mod tests;

pub(super) use edges::strip_words;
pub use edges::{from_list_count, growth_subject, without_inner_adverbs, without_statement_lead};
pub(super) use words::joined;
pub use words::names_something;

use super::classify::Class;
use super::context::Context;
use super::scan::Token;

/// Computes the label and the `relates_to` (an index into `tokens`) of every token. `topic`
/// is the block's topic title: the last fallback for a number whose sentence names nothing.
pub fn labels(
    ctx: &Context,
    tokens: &[Token],
    classes: &[Class],
    topic: Option<&str>,
) -> Vec<(Option<String>, Option<usize>)> {
    let mut labeler = labeler::Labeler::new(ctx, tokens, classes, topic);
    for k in 0..tokens.len().min(classes.len()) {
        labeler.push(k);
    }
    labeler.out
}
