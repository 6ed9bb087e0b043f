//! Text → [`Report`] structure (metadata, parts, sections, paragraphs). Numbers are added by
//! [`crate::numbers`].
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
//!
//! # Chrome and preamble
//!
//! Everything before the first part heading is preamble: web-page chrome, scraper headers, the
//! title, the delivery line, `各位代表：`. It is never content; [`meta`] reads the title,
//! publisher, date and source from it. After the last part, trailing lines are dropped as page
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

mod heading;
mod lines;
mod meta;
mod shapes;

use crate::model::{Block, BlockRole, Part, PartKind, Report, Section, Topic};
use lines::{Line, Span};
use std::fmt;

pub use heading::lead_phrase;
pub use shapes::{heading_sentence, shorten, unit_title};

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

/// Words that mark a review part, and a plan part.
const SUMMARY_WORDS: &[&str] = &[
    "总结",
    "回顾",
    "过去",
    "完成情况",
    "执行情况",
    "工作情况",
    "成绩",
    "成就",
    "进展",
];
const PLAN_WORDS: &[&str] = &[
    "计划",
    "安排",
    "目标",
    "任务",
    "重点工作",
    "打算",
    "思路",
    "规划",
    "展望",
    "部署",
    "今后",
    "下一步",
    "未来",
];
/// Longest trailing line that can be page chrome.
const MAX_CHROME: usize = 20;

/// The kind of a part from its title.
pub fn part_kind(title: &str) -> PartKind {
    let first = |words: &[&str]| words.iter().filter_map(|w| title.find(w)).min();
    match (first(SUMMARY_WORDS), first(PLAN_WORDS)) {
        (Some(s), Some(p)) if p < s => PartKind::Plan,
        (Some(_), _) => PartKind::Summary,
        (None, Some(_)) => PartKind::Plan,
        (None, None) => PartKind::Other,
    }
}

/// Words of a plan part's title that come after the period it plans for
/// (`下半年|工作计划`, `2022年|主要目标任务`, `今后五年|发展目标`).
const AFTER_PERIOD: &[&str] = &[
    "工作",
    "主要",
    "重点",
    "发展",
    "目标",
    "任务",
    "计划",
    "安排",
    "的",
    "经济社会",
    "打算",
];
/// Longest period phrase (`“十四五”时期`).
const MAX_PERIOD: usize = 10;

/// The period the report's plan is for, from its plan parts' titles (`下半年工作计划` →
/// `下半年`; `今后五年发展目标` and `2017年重点工作任务` → `今后五年和2017年`), or `None`
/// when no plan part names one.
///
/// ```
/// let r = report::parse("一、2023年工作回顾\n（一）甲\n做了。\n二、2024年主要目标任务\n（一）乙\n要做。\n").unwrap();
/// assert_eq!(report::parser::plan_period(&r).as_deref(), Some("2024年"));
/// ```
pub fn plan_period(report: &Report) -> Option<String> {
    let mut periods: Vec<&str> = Vec::new();
    for part in report.parts.iter().filter(|p| p.kind == PartKind::Plan) {
        let title = part.title.as_str();
        let end = AFTER_PERIOD
            .iter()
            .filter_map(|w| title.find(w))
            .min()
            .unwrap_or(title.len());
        let period = title[..end].trim_end_matches('和');
        let n = period.chars().count();
        if n > 0 && n <= MAX_PERIOD && !periods.contains(&period) {
            periods.push(period);
        }
    }
    (!periods.is_empty()).then(|| periods.join("和"))
}

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

/// What deciding a section's intro, topics and closing needs to know about its paragraphs.
#[derive(Debug, Clone, Copy, Default)]
struct SectionPlan {
    /// How many paragraphs follow its heading.
    paras: usize,
    /// The first and the last paragraph with a lead phrase.
    first_lead: Option<usize>,
    last_lead: Option<usize>,
    /// The first paragraph after the last lead phrase that addresses the audience.
    address: Option<usize>,
}

impl SectionPlan {
    /// Where the section's intro paragraphs end and its topics end (the rest, in a part's last
    /// section, is the part's closing).
    fn bounds(&self, last_in_part: bool) -> (usize, usize) {
        let intro_end = self.first_lead.unwrap_or(0);
        if !last_in_part {
            return (intro_end, self.paras);
        }
        let trailing = self.last_lead.map_or(0, |i| i + 1);
        let topics_end = match (self.first_lead, self.address) {
            (Some(_), Some(a)) => a.min(trailing),
            (Some(_), None) => trailing,
            (None, Some(a)) => a,
            (None, None) => self.paras,
        };
        (intro_end, topics_end.max(intro_end))
    }
}

/// Whether a trailing line has the shape of page chrome.
fn is_trailing_chrome(line: &Line<'_>) -> bool {
    let t = line.text;
    if t.contains('©') {
        return true;
    }
    if t.contains(&['>', '＞', '»'][..]) && !t.contains('。') {
        return true;
    }
    line.len <= MAX_CHROME && !t.contains(crate::text::is_sentence_punct)
}

/// Parses the structure of a report (everything but `numbers`).
pub fn parse_structure(text: &str) -> Result<Report, ParseError> {
    let mut job = StructureJob::default();
    loop {
        if let (_, Some(result)) = job.step(text, usize::MAX) {
            return result;
        }
    }
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
    /// The first salutation line (`各位代表：`) and the first title-shaped line.
    salutation: Option<usize>,
    first_title: Option<usize>,
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

    fn part_headings(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let end = self.lines.len();
        let bytes = self.lines_loop(text, budget, end, |job, i, line| {
            if let Some(h) = heading::part_heading(&line) {
                if h.value == job.next_part {
                    job.part_at.push(i);
                    job.next_part += 1;
                    return;
                }
            }
            if job.part_at.is_empty() {
                if job.salutation.is_none() && shapes::is_salutation(&line) {
                    job.salutation = Some(i);
                }
                if job.first_title.is_none() && meta::title_candidate(line.text).is_some() {
                    job.first_title = Some(i);
                }
            }
        });
        if self.cursor < end {
            return (bytes, Ok(false));
        }
        let first_part = self.part_at.first().copied().unwrap_or(0);
        self.body_start = match (self.salutation, self.first_title) {
            (Some(s), _) => s + 1,
            (None, Some(t)) => t + 1,
            (None, None) => first_part,
        };
        (bytes, Ok(true))
    }

    /// Whether line `i` is a heading without a numeral that starts a part: a bare heading
    /// followed by a body line, in the body (not the first line), and outside the numbered parts (before the first,
    /// or after the last once the speech has closed: `名词解释`).
    fn starts_bare_part(&self, text: &str, i: usize, line: &Line<'_>) -> bool {
        // The first line of a text is its title's place, never a part heading.
        if i == 0 || i < self.body_start || !shapes::is_bare_heading(line) {
            return false;
        }
        let placed = match (self.part_at.first(), self.part_at.last()) {
            (Some(&first), Some(&last)) => i < first || (i > last && self.closed),
            _ => true,
        };
        placed
            && self
                .lines
                .get(i + 1)
                .is_some_and(|next| shapes::is_body_line(&next.line(text)))
    }

    fn items(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let end = self.lines.len();
        let bytes = self.lines_loop(text, budget, end, |job, i, line| {
            let numbered = job.part_at.get(job.next_part_at) == Some(&i);
            if numbered || job.starts_bare_part(text, i, &line) {
                if numbered {
                    job.next_part_at += 1;
                }
                job.last_heading = job.items.len();
                job.items
                    .push((i, if numbered { Kind::Part } else { Kind::BarePart }));
                job.in_part = true;
                job.sections_in_prev = job.sections_in_part;
                job.sections_in_part = 0;
                job.has_headed_parts = true;
                return;
            }
            if job.part_at.last().is_some_and(|&l| i > l) && is_address(line.text) {
                job.closed = true;
            }
            let implicit = job.part_at.is_empty();
            let after_heading = job.items.last().is_some_and(|&(at, kind)| {
                matches!(kind, Kind::Part | Kind::BarePart) && at + 1 == i
            });
            if after_heading && shapes::subtitle(&line).is_some() {
                job.items.push((i, Kind::Subtitle));
                return;
            }
            if let Some(h) = heading::section_heading(&line) {
                let continues = h.value == job.sections_in_part + 1
                    || (job.sections_in_part == 0
                        && job.sections_in_prev > 0
                        && h.value == job.sections_in_prev + 1);
                if continues && (job.in_part || implicit) {
                    job.in_part = true;
                    job.sections_in_part = h.value;
                    job.last_heading = job.items.len();
                    job.items.push((i, Kind::Section));
                    return;
                }
            }
            if job.in_part && job.run_seen < 2 {
                // A text without headings still has structure if it numbers its paragraphs.
                let n = shapes::sequence_marker(line.text).map_or(0, |(n, _)| n);
                if n == job.run_seen + 1 {
                    job.run_seen = n;
                }
            }
            if job.in_part {
                job.items.push((i, Kind::Para));
            } else if i >= job.body_start && shapes::is_body_line(&line) {
                job.items.push((i, Kind::Opening));
                job.in_part = true;
            }
        });
        if self.cursor < end {
            return (bytes, Ok(false));
        }
        let headed = self
            .items
            .iter()
            .any(|&(_, k)| matches!(k, Kind::Part | Kind::BarePart | Kind::Section));
        if !headed && self.run_seen < 2 {
            return (bytes, Err(ParseError::NoStructure));
        }
        (bytes, Ok(true))
    }

    fn chrome(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let mut bytes = 0;
        while self.items.len() > self.last_heading + 1 {
            if bytes >= budget.max(1) {
                return (bytes, Ok(false));
            }
            let Some(&(i, Kind::Para)) = self.items.last() else {
                break;
            };
            let span = self.lines[i];
            bytes += span.bytes() + PER_LINE;
            let line = span.line(text);
            if is_trailing_chrome(&line)
                && heading::part_heading(&line).is_none()
                && heading::section_heading(&line).is_none()
            {
                self.items.pop();
            } else {
                break;
            }
        }
        (bytes, Ok(true))
    }

    fn read_meta(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let first_line = self.items.first().map_or(0, |&(i, _)| i);
        let bytes = self.lines_loop(text, budget, first_line, |job, _, line| {
            job.meta.line(&line);
        });
        if self.cursor < first_line {
            return (bytes, Ok(false));
        }
        let meta = std::mem::take(&mut self.meta).finish();
        self.implicit_kind = meta.title.as_deref().map_or(PartKind::Other, part_kind);
        self.report = Report {
            title: meta.title,
            publisher: meta.publisher,
            published: meta.published,
            source_url: meta.source_url,
            ..Report::default()
        };
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

    fn group(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let bytes = self.items_loop(text, budget, |job, kind, line| match kind {
            Kind::Part | Kind::BarePart | Kind::Opening => {
                job.end_run();
                job.part_sections.push(0);
                job.in_section = false;
            }
            Kind::Subtitle => {}
            Kind::Section => {
                if job.part_sections.is_empty() {
                    job.part_sections.push(0);
                }
                if let Some(n) = job.part_sections.last_mut() {
                    *n += 1;
                }
                job.sections.push(SectionPlan::default());
                job.in_section = true;
            }
            Kind::Para => {
                let Some(plan) = job.sections.last_mut().filter(|_| job.in_section) else {
                    job.extend_run(line.text);
                    return;
                };
                let j = plan.paras;
                plan.paras += 1;
                if heading::lead_phrase(line.text).is_some() {
                    plan.first_lead.get_or_insert(j);
                    plan.last_lead = Some(j);
                    plan.address = None;
                } else if plan.address.is_none() && is_address(line.text) {
                    plan.address = Some(j);
                }
            }
        });
        if self.cursor < self.items.len() {
            return (bytes, Ok(false));
        }
        self.end_run();
        (bytes, Ok(true))
    }

    /// Adds the paragraph at the cursor to the current part's run of units when it continues
    /// it (`一是…`, then `二是…`; `最后，…` closes any run).
    fn extend_run(&mut self, text: &str) {
        let Some((n, _)) = shapes::sequence_marker(text) else {
            if shapes::heading_sentence(text).is_some() && !is_address(text) {
                self.heads.push(self.cursor);
            }
            return;
        };
        let next = self.run.len() as u32 + 1;
        let closes = n == 0 && !self.run.is_empty();
        if n == next || closes {
            self.run.push(self.cursor);
        }
    }

    /// Ends the current part's run: a part without section headings whose paragraphs number
    /// at least two units (`一是…`, `二是…`), or else open with at least two heading sentences,
    /// gets them as sections.
    fn end_run(&mut self) {
        let run = std::mem::take(&mut self.run);
        let heads = std::mem::take(&mut self.heads);
        let sectionless = self.part_sections.last().is_none_or(|&n| n == 0);
        if !sectionless {
            return;
        }
        if run.len() >= 2 {
            self.unit_at.extend(run);
        } else if heads.len() >= 2 {
            self.unit_at.extend(heads);
        }
    }

    fn emit(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let bytes = self.items_loop(text, budget, |job, kind, line| job.emit_item(kind, line));
        (bytes, Ok(self.cursor == self.items.len()))
    }

    /// Adds one item to the report, one line at a time (the blocks come out in source order).
    fn emit_item(&mut self, kind: Kind, line: Line<'_>) {
        match kind {
            Kind::Part => {
                if let Some(h) = heading::part_heading(&line) {
                    self.open_part(h.number, &h.title, true);
                }
            }
            Kind::BarePart => self.open_part("", &line, true),
            Kind::Opening => {
                self.open_part("", &line, false);
                self.emit_para(line);
            }
            Kind::Subtitle => {
                let Some(pi) = self.report.parts.len().checked_sub(1) else {
                    return;
                };
                let Some(sub) = shapes::subtitle(&line) else {
                    return;
                };
                let skipped = line.text.len() - sub.len();
                if let Some(piece) = line.rest(skipped) {
                    let b = block(BlockRole::PartSubtitle, pi, None, 0, &piece);
                    self.report.blocks.push(b);
                    self.report.parts[pi].subtitle = Some(piece.text.to_string());
                }
            }
            Kind::Section => self.emit_section_heading(line),
            Kind::Para => self.emit_para(line),
        }
    }

    /// Starts a part: with a heading (`title` is its title line), or without one (an opening
    /// before the first heading, or the one part of a report with sections only).
    fn open_part(&mut self, number: &str, title: &Line<'_>, headed: bool) {
        let report = &mut self.report;
        let pi = report.parts.len();
        let part = if headed {
            report
                .blocks
                .push(block(BlockRole::PartTitle, pi, None, 0, title));
            Part {
                number: number.to_string(),
                title: title.text.to_string(),
                kind: part_kind(title.text),
                ..Part::default()
            }
        } else if self.has_headed_parts {
            Part {
                title: OPENING_TITLE.to_string(),
                ..Part::default()
            }
        } else {
            Part {
                kind: self.implicit_kind,
                ..Part::default()
            }
        };
        report.parts.push(part);
        self.emit_section = None;
        self.emit_units = None;
    }

    fn emit_section_heading(&mut self, line: Line<'_>) {
        let Some(h) = heading::section_heading(&line) else {
            return;
        };
        if self.report.parts.is_empty() {
            self.report.parts.push(Part {
                kind: self.implicit_kind,
                ..Part::default()
            });
        }
        let report = &mut self.report;
        let pi = report.parts.len() - 1;
        let part = &mut report.parts[pi];
        let si = part.sections.len();
        report
            .blocks
            .push(block(BlockRole::SectionTitle, pi, Some(si), 0, &h.title));
        let mut section = Section {
            number: h.number.to_string(),
            title: h.title.text.to_string(),
            ..Section::default()
        };
        if let Some(body) = &h.body {
            report
                .blocks
                .push(block(BlockRole::SectionIntro, pi, Some(si), 0, body));
            section.intro.push(body.text.to_string());
        }
        part.sections.push(section);
        let plan = self
            .sections
            .get(self.next_section)
            .copied()
            .unwrap_or_default();
        let last = self.part_sections.get(pi).is_some_and(|&n| n == si + 1);
        self.emit_section = Some((self.next_section, plan.bounds(last), 0));
        self.next_section += 1;
    }

    /// Adds a paragraph to the current part: to its intro, its current section, or its
    /// closing; a paragraph that opens a unit (`一是…`) opens a section of its own.
    fn emit_para(&mut self, line: Line<'_>) {
        let Some(pi) = self.report.parts.len().checked_sub(1) else {
            return;
        };
        if self.unit_at.get(self.next_unit) == Some(&self.cursor) {
            self.next_unit += 1;
            self.open_unit(pi, &line);
            return;
        }
        let report = &mut self.report;
        let part = &mut report.parts[pi];
        let text = line.text.to_string();
        let role = match (&mut self.emit_section, &mut self.emit_units) {
            (_, Some(closed)) => {
                *closed = *closed || is_address(line.text);
                if *closed {
                    BlockRole::Closing
                } else {
                    BlockRole::Topic
                }
            }
            (None, None) => BlockRole::PartIntro,
            (Some((_, (intro_end, topics_end), j)), None) => {
                let role = if *j < *intro_end {
                    BlockRole::SectionIntro
                } else if *j < *topics_end {
                    BlockRole::Topic
                } else {
                    BlockRole::Closing
                };
                *j += 1;
                role
            }
        };
        let si = part.sections.len().checked_sub(1);
        let (section, index) = match role {
            BlockRole::PartIntro => (None, part.intro.len()),
            BlockRole::Closing => (None, part.closing.len()),
            BlockRole::SectionIntro => (si, si.map_or(0, |s| part.sections[s].intro.len())),
            _ => (si, si.map_or(0, |s| part.sections[s].topics.len())),
        };
        report.blocks.push(block(role, pi, section, index, &line));
        match (role, si) {
            (BlockRole::PartIntro, _) => part.intro.push(text),
            (BlockRole::SectionIntro, Some(s)) => part.sections[s].intro.push(text),
            (BlockRole::Topic, Some(s)) => part.sections[s].topics.push(Topic {
                title: heading::lead_phrase(line.text).map(str::to_string),
                text,
            }),
            _ => part.closing.push(text),
        }
    }

    /// Opens a section for a unit of a part without section headings: numbered by its place in
    /// the run, titled by the unit's lead clause, the paragraph its first topic.
    fn open_unit(&mut self, pi: usize, line: &Line<'_>) {
        let part = &mut self.report.parts[pi];
        let si = part.sections.len();
        let title = shapes::unit_title(line.text)
            .or_else(|| shapes::heading_sentence(line.text).map(str::to_string))
            .unwrap_or_default();
        part.sections.push(Section {
            number: crate::text::chinese_numeral(si as u32 + 1),
            title: title.clone(),
            intro: Vec::new(),
            topics: vec![Topic {
                title: Some(title),
                text: line.text.to_string(),
            }],
        });
        self.report
            .blocks
            .push(block(BlockRole::Topic, pi, Some(si), 0, line));
        self.emit_units = Some(false);
    }
}

/// The title of a part without a heading that opens a report whose other parts have one.
pub const OPENING_TITLE: &str = "开篇";

fn block(role: BlockRole, part: usize, section: Option<usize>, index: usize, line: &Line) -> Block {
    Block {
        role,
        part,
        section,
        index,
        offset: line.offset,
        len: line.len,
    }
}

/// Whether a paragraph opens by addressing the audience (`各位代表！…`).
pub fn is_address(text: &str) -> bool {
    shapes::ADDRESSES.iter().any(|a| text.starts_with(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_blocks(input: &str, r: &Report) {
        for b in &r.blocks {
            let s: String = input.chars().skip(b.offset).take(b.len).collect();
            assert_eq!(s, r.block_text(b), "{b:?}");
        }
    }

    #[test]
    fn errors() {
        assert_eq!(parse_structure(""), Err(ParseError::Empty));
        assert_eq!(
            parse_structure(" \r\n\u{3000}\u{feff}"),
            Err(ParseError::Empty)
        );
        assert_eq!(
            parse_structure("只有一句话。\n没有结构"),
            Err(ParseError::NoStructure)
        );
        assert_eq!(
            parse_structure("二、不从一开始\n"),
            Err(ParseError::NoStructure)
        );
    }

    #[test]
    fn small_report() {
        let input = "\u{feff}关于2024年工作的报告\r\n一、上半年工作总结\r\n总的来说,还不错。\r\n（一）经济发展。稳中有进。\r\n经济指标持续向好。产值增长。\r\n2016年，全县增长。\r\n此外,还有其他。\r\n二、下半年工作计划\r\n(一)抓发展\r\n抓一产。种地。\r\n三、附则\r\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.title.as_deref(), Some("关于2024年工作的报告"));
        assert_eq!(r.parts.len(), 3);
        let p = &r.parts[0];
        assert_eq!(
            (p.number.as_str(), p.title.as_str(), p.kind),
            ("一", "上半年工作总结", PartKind::Summary)
        );
        assert_eq!(p.intro, ["总的来说,还不错。"]);
        let s = &p.sections[0];
        assert_eq!((s.number.as_str(), s.title.as_str()), ("一", "经济发展"));
        assert_eq!(s.intro, ["稳中有进。"]);
        assert_eq!(s.topics.len(), 1);
        assert_eq!(s.topics[0].title.as_deref(), Some("经济指标持续向好"));
        assert_eq!(p.closing, ["2016年，全县增长。", "此外,还有其他。"]);
        assert_eq!(r.parts[1].kind, PartKind::Plan);
        assert_eq!(r.parts[1].sections[0].title, "抓发展");
        assert_eq!(r.parts[2].kind, PartKind::Other);
        let roles: Vec<_> = r.blocks.iter().map(|b| b.role).collect();
        use BlockRole::*;
        assert_eq!(
            roles,
            [
                PartTitle,
                PartIntro,
                SectionTitle,
                SectionIntro,
                Topic,
                Closing,
                Closing,
                PartTitle,
                SectionTitle,
                Topic,
                PartTitle
            ]
        );
    }

    #[test]
    fn numbering_must_continue() {
        let input = "一、总结\n内容。\n一、不是标题\n（二）不是小节\n（一）小节\n一是抓发展。\n（三）也不是\n二、计划\n（二）接着编号\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.parts.len(), 2);
        assert_eq!(
            r.parts[0].intro,
            ["内容。", "一、不是标题", "（二）不是小节"]
        );
        assert_eq!(r.parts[0].sections.len(), 1);
        assert_eq!(r.parts[0].sections[0].topics.len(), 1);
        assert_eq!(r.parts[0].closing, ["（三）也不是"]);
        assert_eq!(r.parts[1].sections[0].number, "二");
    }

    #[test]
    fn inline_marks_are_not_headings() {
        let input = "一、工作回顾\n2016年，全县生产总值完成96.3亿元。\n主要做了以下工作：（一）抓发展；（二）抓民生。\n一是抓发展。二、抓民生。\n（一）真正的小节\n内容。\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.parts.len(), 1);
        assert_eq!(r.parts[0].intro.len(), 3);
        assert_eq!(r.parts[0].sections.len(), 1);
        assert_eq!(r.parts[0].sections[0].title, "真正的小节");
    }

    #[test]
    fn sections_without_parts() {
        let input = "2024年工作总结\n前言。\n（一）第一件事\n做了。\n（二）第二件事\n也做了。\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.parts.len(), 1);
        assert_eq!(r.parts[0].number, "");
        assert_eq!(r.parts[0].kind, PartKind::Summary);
        assert_eq!(r.parts[0].intro, ["前言。"]);
        assert_eq!(r.parts[0].sections.len(), 2);
        assert_eq!(r.blocks[0].role, BlockRole::PartIntro);
    }

    #[test]
    fn trailing_chrome_and_addresses() {
        let input = "一、工作回顾\n（一）甲\n没有标题的段落,一。\n各位代表！我们要努力。\n名词解释\n[1]某某：即某某。\n（责任编辑：某某）\n版权所有\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        let p = &r.parts[0];
        assert_eq!(p.sections[0].topics.len(), 1);
        assert_eq!(p.closing, ["各位代表！我们要努力。"]);
        // Notes after the speech are a part of their own, under their bare heading.
        let notes = &r.parts[1];
        assert_eq!(
            (notes.number.as_str(), notes.title.as_str()),
            ("", "名词解释")
        );
        assert_eq!(notes.intro, ["[1]某某：即某某。"]);
    }

    #[test]
    fn kinds() {
        assert_eq!(part_kind("上半年工作总结"), PartKind::Summary);
        assert_eq!(part_kind("下半年工作计划"), PartKind::Plan);
        assert_eq!(part_kind("“十二五”时期和2015年工作回顾"), PartKind::Summary);
        assert_eq!(
            part_kind("“十三五”经济社会发展的主要目标和任务"),
            PartKind::Plan
        );
        assert_eq!(part_kind("过去五年主要工作"), PartKind::Summary);
        assert_eq!(part_kind("今后五年发展目标"), PartKind::Plan);
        assert_eq!(part_kind("2017年重点工作任务"), PartKind::Plan);
        assert_eq!(part_kind("附则"), PartKind::Other);
    }
}
