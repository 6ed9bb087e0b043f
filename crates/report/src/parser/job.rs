//! The structure parse as resumable per-line stages ([`StructureJob`]): lines, part headings,
//! items (parts, sections, paragraphs, the opening, subtitles), trailing chrome, metadata,
//! grouping (intros, topics, closings, units) and emitting ([`emit`]).

mod emit;

use super::kind::NEITHER_PART_WORDS;
use super::lines::{self, Line, Span};
use super::opening::{reads_as_plan, AFTER_TARGETS, TARGETS_AT_START};
use super::past::REVIEW_OPENERS;
use super::plan::{leads_to_the_plan, opens_plan};
use super::{heading, is_address, meta, part_kind, shapes, title_kind, ParseError};
use crate::model::{PartKind, Report};

/// Longest trailing line that can be page chrome.
const MAX_CHROME: usize = 20;
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
    line.len <= MAX_CHROME && !t.contains(crate::text::is_sentence_punct) && !counts_things(t)
}

/// First chars of units of size a list's line may count in (`公里`, `亩`, `平方米`, `吨`, `元`).
const LIST_SIZE_CHARS: &[char] = &['公', '亩', '平', '米', '吨', '元'];

/// Whether a line counts things (`建成乡村健身广场200个`, `新增学位1.5万个`): a line of a list
/// of tasks or results, content however short, not chrome (`浏览次数：1234`, `共5页`).
fn counts_things(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.windows(2).enumerate().any(|(i, w)| {
        let digit = w[0].is_ascii_digit();
        // `新增100张养老床位`, `新改建农村公路600公里`: any counter or measure of size.
        let unit = crate::numbers::lexicon::COUNTERS.contains(w[1])
            || LIST_SIZE_CHARS.contains(&w[1])
            || (matches!(w[1], '万' | '亿')
                && chars.get(i + 2).is_some_and(|c| !c.is_ascii_digit()));
        digit && unit
    })
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

    fn part_headings(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let end = self.lines.len();
        let bytes = self.lines_loop(text, budget, end, |job, i, line| {
            if let Some(h) = heading::part_heading(&line) {
                // An excerpt may start at a later part (`二、2025年发展目标任务`, the plan
                // copied alone): a first heading past `一` starts the parts when its title
                // names a review or a plan.
                let excerpt_starts =
                    job.part_at.is_empty() && part_kind(h.title.text) != PartKind::Other;
                // `一、方便市民出行` after `三、全面加强政府自身建设`: the report is over, the list
                // after it (a plan's 民生实事) is an annex, a part of its own.
                let annex = h.value == 1 && job.after_last_part;
                if h.value == job.next_part || excerpt_starts || annex {
                    job.part_at.push(i);
                    job.next_part = h.value + 1;
                    job.after_last_part =
                        NEITHER_PART_WORDS.iter().any(|w| h.title.text.contains(w));
                    return;
                }
            }
            if job.part_at.is_empty() {
                if job.salutation.is_none() && shapes::is_salutation(&line) {
                    job.salutation = Some(i);
                }
                if job.first_title.is_none() && meta::title_candidate(line.text).is_some() {
                    job.first_title = Some(i);
                    // `2026年平顶山市政府工作报告全文发布。`, then the page's account of it, then
                    // the document: its title ends the account.
                    if i > 0 && job.lead_end.is_none() && job.announced {
                        job.lead_end = Some(i);
                    }
                }
                if i == 0 && shapes::announces_full_text(&line) {
                    job.announced = true;
                }
                if job.lead_end.is_none() && shapes::is_full_text_marker(&line) {
                    job.lead_end = Some(i);
                }
            }
        });
        if self.cursor < end {
            return (bytes, Ok(false));
        }
        // `宗加镇2010年政府工作总结及` / `2011年工作计划`: a title broken after its joiner goes on
        // on the next line, which is no part heading.
        let title_end = self.first_title.map(|t| {
            let broken = meta::continues_title(self.lines[t].line(text).text)
                && self
                    .lines
                    .get(t + 1)
                    .is_some_and(|next| meta::title_candidate(next.line(text).text).is_some());
            t + usize::from(broken)
        });
        self.body_start = match (self.salutation, title_end) {
            (Some(s), _) => s + 1,
            (None, Some(t)) => t + 1,
            (None, None) => 0,
        };
        self.lead_end = self.lead_end.filter(|&m| m < self.body_start);
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
            // The marker, the document's title and salutation after a news page's account.
            if job.lead_end.is_some_and(|m| m <= i && i < job.body_start) {
                return;
            }
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
            } else if (i >= job.body_start || job.lead_end.is_some()) && shapes::is_body_line(&line)
            {
                // `·新增人才公寓房源242间`: the items of a list right before the first line of
                // running text are body too, however short.
                let mut first = i;
                while first > job.body_start.max(1) && {
                    let prev = job.lines[first - 1].line(text);
                    let t = prev.text.trim_start();
                    crate::numbers::lexicon::LIST_ITEM_MARKS
                        .iter()
                        .any(|m| t.starts_with(m))
                        || counts_things(t)
                } {
                    first -= 1;
                }
                job.items.push((first, Kind::Opening));
                for j in first + 1..=i {
                    job.items.push((j, Kind::Para));
                }
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
        // After a news page's account (`原文如下：`), the document's own title and salutation.
        let first_line = match self.lead_end {
            Some(m) => self
                .items
                .iter()
                .find(|&&(i, _)| i > m)
                .map_or(m, |&(i, _)| i),
            None => self.items.first().map_or(0, |&(i, _)| i),
        };
        let bytes = self.lines_loop(text, budget, first_line, |job, _, line| {
            job.meta.line(&line);
        });
        if self.cursor < first_line {
            return (bytes, Ok(false));
        }
        let meta = std::mem::take(&mut self.meta).finish();
        // `秦灶街道2021年工作计划` that opens `今年以来，…取得扎实成效`: a plan's title on a review
        // of the year so far.
        // `今年要全力抓好十件大事：` opening a text without a title that names either: the plan.
        // The first line counts, though it stands where a title would; so do the first two
        // paragraphs (the first may be a headline: `罗星：全面奏响…`, then `2023年，罗星街道将…`).
        let first_lines = || {
            std::iter::once(0)
                .chain(self.items.iter().take(2).map(|&(i, _)| i))
                .map(|i| self.lines[i].line(text).text)
        };
        let opens = |words: &[&str]| {
            first_lines().any(|line| words.iter().any(|w| line.trim_start().starts_with(w)))
        };
        // An excerpt that starts inside a plan's list of targets: `为实现上述目标，…` follows soon.
        let after_targets = self.items.iter().take(TARGETS_AT_START + 1).any(|&(i, _)| {
            let line = self.lines[i].line(text);
            AFTER_TARGETS
                .iter()
                .any(|w| line.text.trim_start().starts_with(w))
        });
        // A text without a title that opens with aims is an excerpt from a plan; under a report's
        // title (`某区2025年政府工作报告`), the same words open the whole report, review and all.
        let untitled_plan = meta.title.is_none() && reads_as_plan(text);
        self.implicit_kind = match meta.title.as_deref().map_or(PartKind::Other, title_kind) {
            PartKind::Plan if opens(REVIEW_OPENERS) => PartKind::Summary,
            PartKind::Other
                if first_lines().any(|l| opens_plan(l) || leads_to_the_plan(l))
                    || after_targets
                    || untitled_plan =>
            {
                PartKind::Plan
            }
            kind => kind,
        };
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
}
