//! Text → [`Report`](crate::model::Report) structure (metadata, parts, sections, paragraphs).
//! Numbers are added by [`crate::numbers`].
//!
//! # How a text is read
//!
//! The input is split into lines at `\n`, `\r\n` or a lone `\r`; every line is trimmed of blank
//! characters (ASCII whitespace, U+3000, U+00A0, a BOM) and blank lines are dropped. Each
//! remaining line is one paragraph. All positions are counted in `char`s of the exact input
//! while splitting (one pass), so every [`Block`] points into the input as given.
//!
//! - **Parts** are lines `一、title` with a short title (at most 40 chars, no sentence break
//!   inside) whose numeral continues the sequence: the first is `一`, the next `二`, and so on.
//!   A line such as `一、…` in the middle of a list, whose numeral does not continue the
//!   sequence, is an ordinary paragraph; so are `一是…` and lines starting with digits.
//! - **Sections** are lines `（一）title` or `(一)title` (either parenthesis, mixed too) inside a
//!   part, numbered from `一` in each part (or continuing the previous part's numbering). The
//!   title runs up to the first `。` (or the end of the line); the rest of the line is the
//!   section's first intro paragraph. A title longer than 60 chars is not a heading.
//! - **Paragraphs** of a part before its first section are the part's `intro`. A section's
//!   paragraphs are topics; a topic's title is its lead phrase (see [`lead_phrase`]),
//!   or `None`. When some paragraphs of a section have a lead phrase, the ones before the first
//!   of them are the section's `intro`, and in the last section of a part the ones after the
//!   last of them are the part's `closing`. A paragraph in the last section that addresses the
//!   audience (`各位代表…`, `同志们…`) also starts the part's closing.
//! - **Part kind**: `summary` when the title names a review (总结, 回顾, 过去, 完成情况 …), `plan`
//!   when it names a plan (计划, 安排, 目标, 任务 …), whichever word comes first; else `other`.
//!   A part read as a plan by the text's title or lead, not by a heading of its own (a news
//!   report of a plan), may still hold paragraphs on the year past (`此前，…2025年全区实现…`):
//!   their figures are read as a review's ([`reports_the_past`]).
//!
//! # Chrome and preamble
//!
//! Everything before the first part heading is preamble: web-page chrome, scraper headers, the
//! title, the delivery line, `各位代表：`. It is never content; [`meta`] reads the title,
//! publisher, date and source from it. One exception: a news page that gives its own account of
//! a document, then a line that says the document follows (`原文如下：`, `以下为报告全文：`) and the
//! document's title or salutation: the running text of the account is content (it reports the
//! document, figures and all), the marker, title and salutation are preamble. After the last part, trailing lines are dropped as page
//! chrome when they have its shape: short (at most 20 chars) with no sentence punctuation
//! (`责任编辑`, `：吴丽芳`, `版权所有`, an ICP number, `Baidu`), a breadcrumb with `>`/`»`, or a
//! `©` line. Dropping stops at the first line that reads as a sentence or has the shape of a heading, so a glossary of notes
//! after the report (`名词解释`, `[1]…`) stays, as the last part's closing: no paragraph of the
//! report is ever lost.
//!
//! # Errors and degenerate input
//!
//! Blank input is [`ParseError::Empty`]. Input with no part heading but with section headings
//! (a short report of `（一）…` sections only) becomes one implicit part with number `""` and
//! title `""` (no title block), starting at the first section, its kind read from the report
//! title. Input with neither is [`ParseError::NoStructure`]. The parser never panics and runs in
//! time linear in the input.
//!
//! # Modules
//!
//! - `lines`: the input split into trimmed lines that remember where they are;
//! - `heading`: heading lines (`一、…`, `（一）…`) and topic lead phrases;
//! - `shapes`: the shapes of lines that carry structure without a numeral (a salutation, a bare
//!   part heading, a subtitle, a numbered run);
//! - `meta`: the title, publisher, date and source in the preamble;
//! - `kind`: a part's kind from its title ([`part_kind`], [`title_kind`]) and the plan's period
//!   ([`plan_period`]);
//! - `plan`: where the coming period's plan starts ([`plan_start`]);
//! - `past`: what reports a time past ([`reports_the_past`], [`opens_review`]);
//! - `opening`: whether a text's opening reads as a plan without a title that says so;
//! - `job`: the structure parse as resumable stages ([`StructureJob`]).
//!
//! Here: [`ParseError`], the title of an opening part and [`is_address`].

mod heading;
mod job;
mod kind;
mod lines;
mod meta;
mod opening;
mod past;
mod plan;
mod shapes;

#[cfg(test)]
use crate::model::Report;
use std::fmt;

pub(crate) use job::{StructureJob, NUMBERS_WEIGHT, STRUCTURE_WEIGHT};

pub use heading::lead_phrase;
pub use kind::{part_kind, plan_period, title_kind};
pub(crate) use past::{opens_review, reports_the_past};
pub(crate) use plan::{latest_year, plan_start, restates_a_pledge};
pub(crate) use shapes::sequence_marker;
pub use shapes::{shorten, unit_title};

/// Why a text could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The text is empty or only whitespace.
    Empty,
    /// No part heading (`一、…`) was found.
    NoStructure,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "the text is empty"),
            ParseError::NoStructure => write!(
                f,
                "no report structure: no part heading such as '一、…' (or section heading such as '（一）…') was found"
            ),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parses the structure of a report (everything but `numbers`): the parser's own tests.
#[cfg(test)]
pub(crate) fn parse_structure(text: &str) -> Result<Report, ParseError> {
    let mut job = StructureJob::default();
    loop {
        if let (_, Some(result)) = job.step(text, usize::MAX) {
            return result;
        }
    }
}

/// The title of a part without a heading that opens a report whose other parts have one.
pub const OPENING_TITLE: &str = "开篇";

/// Whether a paragraph opens by addressing the audience (`各位代表！…`).
pub fn is_address(text: &str) -> bool {
    shapes::ADDRESSES.iter().any(|a| text.starts_with(a))
}

#[cfg(test)]
mod tests;
