//! A parse that runs in steps, so that a browser can parse a large text between frames
//! (issue 8: a 10 MB text must not freeze the page).
//!
//! [`ParseJob::step`] works for about a budget of *work units* and returns; the caller (a timer
//! loop in the app) calls it again until it returns [`Step::Done`]. [`crate::parse`] is the same
//! job run to completion, so a stepped parse yields exactly the report `parse` does.
//!
//! ```
//! use report::{ParseJob, Step};
//!
//! let text = "关于2024年工作的报告\n一、上半年工作总结\n（一）经济发展\n经济指标持续向好。产值329.73亿元。\n";
//! let mut job = ParseJob::new(text);
//! let report = loop {
//!     match job.step(report::job::RECOMMENDED_BUDGET) {
//!         Step::Progress { done, total } => assert!(done <= total), // show progress, yield
//!         Step::Done(result) => break result.unwrap(),
//!     }
//! };
//! assert_eq!(report, report::parse(text).unwrap());
//! ```
//!
//! # Work units
//!
//! A unit is about the time the number extractor needs for one byte of paragraph text (the
//! slowest part per byte); the line split and the structure passes are charged fewer units per
//! byte, in proportion to their cost, so a step of a given budget takes about the same time in
//! every stage. The whole parse of a text of `n` bytes is at most [`ParseJob::total`] units:
//! `done` grows monotonically towards it and jumps to it at the end.
//!
//! The unit of work that is never split is one line in the structure stages and one paragraph
//! (block) in the number extractor: a step may overrun its budget by the cost of one paragraph,
//! which for real reports is a few kilobytes (a text that is one 10 MB line is parsed in one
//! step of its number extraction).

use crate::model::Report;
use crate::numbers::Extractor;
use crate::parser::{ParseError, StructureJob, NUMBERS_WEIGHT, STRUCTURE_WEIGHT};
use crate::variants::Variants;

/// A budget for [`ParseJob::step`] (and [`crate::input::LenientJob::step`]): 2^20 units, about
/// 32 KB of paragraphs for the number extractor or 1 MB for the line split. On a 10 MB
/// synthetic report (`cargo bench -p report --bench steps`, native release build, the shared
/// 2-core machine of `BENCHMARKS.md`): 366 steps, median 0.7 ms, longest 1.6 ms; in the browser
/// (wasm, roughly 2× slower) about 3 ms at most, well inside a frame. A quarter of it gives four
/// times the steps at about a quarter of the time each (longest 0.5 ms); the whole parse costs
/// the same either way (stepping adds no measurable time).
pub const RECOMMENDED_BUDGET: usize = 1 << 20;

/// Units of work of a parse of `bytes` bytes of text.
pub(crate) fn total_units(bytes: usize) -> usize {
    (STRUCTURE_WEIGHT + NUMBERS_WEIGHT).saturating_mul(bytes.max(1))
}

/// What a step did: more to do, or the finished result.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<T> {
    /// Work remains. `done <= total`, and `done` never decreases from one step to the next.
    Progress {
        /// Units of work done so far.
        done: usize,
        /// Units of work of the whole job.
        total: usize,
    },
    /// The job is finished; this is returned once.
    Done(T),
}

/// Where the job is.
#[derive(Debug)]
enum State {
    Structure(Box<StructureJob>),
    Numbers(Box<(Report, Extractor)>),
    Finished(Option<Result<Report, ParseError>>),
}

/// A parse that runs in steps, so a browser can parse a large text between frames: the same
/// result as [`crate::parse`] (which runs one to completion), including every warning derived
/// from the report.
///
/// `T` is the text: a `String`, an `Arc<str>`, a `&str`, anything that is `AsRef<str>`; the job
/// keeps it until it is done ([`ParseJob::into_text`] gives it back).
#[derive(Debug)]
pub struct ParseJob<T = String> {
    text: T,
    /// A simplified copy of a text in traditional characters, read in its place
    /// ([`crate::variants`]).
    simplified: Option<Box<(String, Variants)>>,
    state: State,
    /// Units done before the current state (the structure's units once numbers run).
    done: usize,
}

impl<T: AsRef<str>> ParseJob<T> {
    /// A job that will parse `text`. Does no work yet.
    pub fn new(text: T) -> Self {
        let simplified = crate::variants::simplify(text.as_ref()).map(Box::new);
        ParseJob {
            text,
            simplified,
            state: State::Structure(Box::default()),
            done: 0,
        }
    }

    /// The text being parsed.
    pub fn text(&self) -> &str {
        self.text.as_ref()
    }

    /// The text, back.
    pub fn into_text(self) -> T {
        self.text
    }

    /// Units of work of the whole job (for a progress bar: `done / total`).
    pub fn total(&self) -> usize {
        total_units(self.text().len())
    }

    /// Units of work done so far.
    pub fn done(&self) -> usize {
        let len = self.text().len();
        let done = match &self.state {
            State::Structure(job) => job.done(len),
            State::Numbers(n) => {
                self.done + NUMBERS_WEIGHT.saturating_mul(n.1.bytes_done().min(len))
            }
            State::Finished(_) => self.total(),
        };
        done.min(self.total())
    }

    /// Whether [`ParseJob::step`] has returned [`Step::Done`] (or is about to).
    pub fn is_finished(&self) -> bool {
        matches!(self.state, State::Finished(_))
    }

    /// Works for about `budget` units (at least a line or a paragraph) and returns the progress,
    /// or the result once the parse is complete: `Ok(report)`, or the [`ParseError`] `parse`
    /// would return. After `Done`, further calls only report full progress.
    pub fn step(&mut self, budget: usize) -> Step<Result<Report, ParseError>> {
        let budget = budget.max(1);
        let mut spent = 0usize;
        loop {
            let text = match &self.simplified {
                Some(copy) => copy.0.as_str(),
                None => self.text.as_ref(),
            };
            match &mut self.state {
                State::Structure(job) => {
                    let (units, result) = job.step(text, budget.saturating_sub(spent));
                    spent = spent.saturating_add(units);
                    match result {
                        None => {}
                        Some(Ok(report)) => {
                            self.done = STRUCTURE_WEIGHT.saturating_mul(text.len());
                            self.state = State::Numbers(Box::new((report, Extractor::default())));
                        }
                        Some(Err(e)) => self.state = State::Finished(Some(Err(e))),
                    }
                }
                State::Numbers(n) => {
                    let (report, extractor) = &mut **n;
                    if !extractor.is_done(report) {
                        let left = budget.saturating_sub(spent) / NUMBERS_WEIGHT;
                        let bytes = extractor.step(report, left);
                        spent = spent.saturating_add(bytes.saturating_mul(NUMBERS_WEIGHT).max(1));
                    }
                    if extractor.is_done(report) {
                        let finished = State::Finished(None);
                        if let State::Numbers(n) = std::mem::replace(&mut self.state, finished) {
                            let (mut report, extractor) = *n;
                            report.numbers = extractor.finish();
                            if let Some(copy) = &self.simplified {
                                crate::variants::restore(&mut report, self.text.as_ref(), &copy.1);
                            }
                            self.state = State::Finished(Some(Ok(report)));
                        }
                    }
                }
                State::Finished(result) => {
                    return match result.take() {
                        Some(r) => Step::Done(r),
                        None => {
                            let total = self.total();
                            Step::Progress { done: total, total }
                        }
                    };
                }
            }
            if spent >= budget {
                return Step::Progress {
                    done: self.done(),
                    total: self.total(),
                };
            }
        }
    }

    /// Runs the job to completion.
    pub fn run(mut self) -> Result<Report, ParseError> {
        loop {
            if let Step::Done(result) = self.step(usize::MAX) {
                return result;
            }
        }
    }
}
