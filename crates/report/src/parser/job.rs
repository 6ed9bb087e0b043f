//! The structure parse as resumable per-line stages ([`StructureJob`]): lines, part headings,
//! items (parts, sections, paragraphs, the opening, subtitles), trailing chrome, metadata,
//! grouping (intros, topics, closings, units) and emitting ([`emit`]).
//!
//! Here: the stages, their work weights, the loop that runs them in slices, and the first
//! stage (splitting the lines). The later stages, one concern each:
//! - `part_headings`: pass 1, the part headings and the preamble's salutation and title;
//! - `items`: pass 2, what each line is (heading, subtitle, paragraph, opening);
//! - `chrome`: trailing page chrome, dropped;
//! - `preamble`: the metadata, and the kind of a part without a heading;
//! - `group`: sections' intros, topics and closings, and the units of a part without sections;
//! - `emit`: the report's parts, sections and blocks.

mod chrome;
mod emit;
mod group;
mod items;
mod part_headings;
mod preamble;

use super::lines::{self, Line, Span};
use super::{meta, ParseError};
use crate::model::{PartKind, Report};
use group::SectionPlan;

/// What a line is in the structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `一、title`.
    Part,
    /// A heading line without a numeral that starts a part (`2023年工作回顾`).
    BarePart,
    /// `——subtitle` right under a part heading.
    Subtitle,
    /// The first body line before any part heading: it opens a part without a heading.
    Opening,
    Section,
    Para,
}

/// The stages of [`StructureJob`], in order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    /// Splitting the input into lines.
    #[default]
    Lines,
    /// Pass 1: part headings, numbered in sequence.
    Parts,
    /// Pass 2: items from the first part (or, without parts, the first section) on.
    Items,
    /// Trailing page chrome after the last heading.
    Chrome,
    /// Metadata from the preamble.
    Meta,
    /// Lead phrases and addresses of every section's paragraphs.
    Group,
    /// Parts, sections, paragraphs and blocks.
    Emit,
    Done,
}

/// Work units per byte, per stage, so that a unit takes about the same time in every stage
/// and in [`crate::numbers::Extractor`] ([`NUMBERS_WEIGHT`]). Measured on a 10 MB synthetic
/// report (native, release): lines 1.1 ns per byte, part headings 0.2, items 0.4, grouping 0.4,
/// emitting 0.9–1.8, numbers about 50; a unit is about 1–2 ns.
const STAGE_WEIGHTS: [(Stage, usize); 7] = [
    (Stage::Lines, 1),
    (Stage::Parts, 1),
    (Stage::Items, 1),
    (Stage::Chrome, 1),
    (Stage::Meta, 1),
    (Stage::Group, 1),
    (Stage::Emit, 1),
];

/// Work units per byte of paragraph text in the number extractor.
pub(crate) const NUMBERS_WEIGHT: usize = 32;

/// Work units charged per line on top of its bytes (what every line costs, however short).
const PER_LINE: usize = 16;

/// Work units per byte of input for the whole structure parse.
pub(crate) const STRUCTURE_WEIGHT: usize = {
    let mut sum = 0;
    let mut i = 0;
    while i < STAGE_WEIGHTS.len() {
        sum += STAGE_WEIGHTS[i].1;
        i += 1;
    }
    sum
};

fn weight(stage: Stage) -> usize {
    STAGE_WEIGHTS
        .iter()
        .find(|(s, _)| *s == stage)
        .map_or(0, |(_, w)| *w)
}

/// The structure parse as resumable loops, so that [`crate::ParseJob`] can run it in slices:
/// [`StructureJob::step`] works for about a budget of work units and stops. Every stage reads
/// the lines (or items) once, in order, and keeps only indices and byte ranges between slices.
#[derive(Debug, Default)]
pub(crate) struct StructureJob {
    stage: Stage,
    /// Bytes done in the current stage (for progress).
    stage_bytes: usize,
    splitter: lines::Splitter,
    lines: Vec<Span>,
    /// The next line or item of the current stage.
    cursor: usize,
    // Pass 1.
    part_at: Vec<usize>,
    next_part: u32,
    /// Whether the last part heading names the government's own conduct or an appendix
    /// (`三、全面加强政府自身建设`): a heading after it that numbers from `一` again opens an annex.
    after_last_part: bool,
    /// The first salutation line (`各位代表：`) and the first title-shaped line.
    salutation: Option<usize>,
    first_title: Option<usize>,
    /// Whether a bare heading that names a review or a plan (`2019年工作回顾`) came, with a body
    /// line before and after it, before any title: the document has begun, and a later
    /// title-shaped line (`2020年工作安排`) heads a part, not the document.
    began_with_bare_part: bool,
    /// Whether a body line came before the current line of pass 1's preamble.
    body_seen: bool,
    // Pass 2.
    items: Vec<(usize, Kind)>,
    next_part_at: usize,
    in_part: bool,
    sections_in_part: u32,
    sections_in_prev: u32,
    last_heading: usize,
    /// The first line of the body: after the salutation, else after the title line, else the
    /// first part heading.
    body_start: usize,
    /// The line of a news page that says the document follows (`原文如下：`), when it comes before
    /// the document's title or salutation: the running text before it is content too.
    lead_end: Option<usize>,
    /// Whether the page's first line announces the document's full text (`…工作报告全文发布。`).
    announced: bool,
    /// Whether the speech has been closed (an address paragraph after the last part heading).
    closed: bool,
    /// How far a run `一是…`, `二是…` of paragraphs has been seen (for a text without headings).
    run_seen: u32,
    // Metadata.
    meta: meta::Reader,
    // Grouping: per part, its number of sections; per section, its plan.
    part_sections: Vec<usize>,
    sections: Vec<SectionPlan>,
    in_section: bool,
    /// Items that open a unit (`一是…`) of a part without section headings, in order, and
    /// the current part's run so far.
    unit_at: Vec<usize>,
    run: Vec<usize>,
    /// The current part's paragraphs that open with a heading sentence (`经济实力明显增强。…`):
    /// its units when it has no numbered run.
    heads: Vec<usize>,
    // Emitting.
    report: Report,
    implicit_kind: PartKind,
    /// The section being emitted: its index in `sections`, its bounds and the next paragraph.
    emit_section: Option<(usize, (usize, usize), usize)>,
    next_section: usize,
    /// Units being emitted in the current part: `Some(closed)` once the first unit opened.
    emit_units: Option<bool>,
    next_unit: usize,
    /// Whether the report has parts with a heading (so an opening part is named 开篇).
    has_headed_parts: bool,
}

impl StructureJob {
    /// Work done so far, in units, out of `STRUCTURE_WEIGHT * text.len()`.
    pub(crate) fn done(&self, text_len: usize) -> usize {
        let mut done = 0;
        for &(stage, w) in &STAGE_WEIGHTS {
            if stage < self.stage {
                done += w * text_len;
            } else if stage == self.stage {
                let bytes = match stage {
                    Stage::Lines => self.splitter.position(),
                    _ => self.stage_bytes,
                };
                done += w * bytes.min(text_len);
            }
        }
        done
    }

    fn next_stage(&mut self, stage: Stage) {
        self.stage = stage;
        self.stage_bytes = 0;
        self.cursor = 0;
    }

    /// Works on `text` (the same text at every call) for about `budget` units. Returns the
    /// units spent and, once the structure is complete, the result.
    pub(crate) fn step(
        &mut self,
        text: &str,
        budget: usize,
    ) -> (usize, Option<Result<Report, ParseError>>) {
        let mut spent = 0;
        while spent < budget {
            let left = budget - spent;
            let w = weight(self.stage).max(1);
            let (bytes, finished) = match self.stage {
                Stage::Lines => self.split(text, left / w),
                Stage::Parts => self.part_headings(text, left / w),
                Stage::Items => self.items(text, left / w),
                Stage::Chrome => self.chrome(text, left / w),
                Stage::Meta => self.read_meta(text, left / w),
                Stage::Group => self.group(text, left / w),
                Stage::Emit => self.emit(text, left / w),
                Stage::Done => return (spent, Some(Ok(std::mem::take(&mut self.report)))),
            };
            spent = spent.saturating_add(bytes.saturating_mul(w).max(1));
            self.stage_bytes = self.stage_bytes.saturating_add(bytes);
            match finished {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    self.next_stage(Stage::Done);
                    return (spent, Some(Err(e)));
                }
            }
            let next = match self.stage {
                Stage::Lines => Stage::Parts,
                Stage::Parts => Stage::Items,
                Stage::Items => Stage::Chrome,
                Stage::Chrome => Stage::Meta,
                Stage::Meta => Stage::Group,
                Stage::Group => Stage::Emit,
                Stage::Emit | Stage::Done => Stage::Done,
            };
            self.next_stage(next);
        }
        (spent, None)
    }

    /// Runs a per-line loop over `self.lines[self.cursor..end]` for about `budget` bytes.
    /// Returns the bytes charged and whether the loop reached `end`.
    fn lines_loop(
        &mut self,
        text: &str,
        budget: usize,
        end: usize,
        mut f: impl FnMut(&mut Self, usize, Line<'_>),
    ) -> usize {
        let mut bytes = 0;
        while self.cursor < end && bytes < budget.max(1) {
            let i = self.cursor;
            let span = self.lines[i];
            bytes += span.bytes() + PER_LINE;
            f(self, i, span.line(text));
            self.cursor += 1;
        }
        bytes
    }

    fn split(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let bytes = self.splitter.run(text, budget, &mut self.lines);
        if !self.splitter.is_done() {
            return (bytes, Ok(false));
        }
        // Blank input (every char blank) is exactly input without a non-blank line.
        if self.lines.is_empty() {
            return (bytes, Err(ParseError::Empty));
        }
        self.next_part = 1;
        (bytes, Ok(true))
    }

    /// Runs `f` over `self.items[self.cursor..]` for about `budget` bytes; returns the bytes
    /// charged.
    fn items_loop(
        &mut self,
        text: &str,
        budget: usize,
        mut f: impl FnMut(&mut Self, Kind, Line<'_>),
    ) -> usize {
        let mut bytes = 0;
        while self.cursor < self.items.len() && bytes < budget.max(1) {
            let (i, kind) = self.items[self.cursor];
            let span = self.lines[i];
            bytes += span.bytes() + PER_LINE;
            f(self, kind, span.line(text));
            self.cursor += 1;
        }
        bytes
    }
}
