//! The lenient parse ([`parse_lenient`], [`LenientJob`]): the text checked, parsed as given, and
//! when it has no structure parsed again as one part behind [`FALLBACK_HEADING`].

use super::{check_text, Problem};
use crate::job::{ParseJob, Step};
use crate::model::{NumberKind, PartKind, Report};
use crate::parser::ParseError;

/// The heading put in front of a text without structure, so that it reads as one part.
pub const FALLBACK_HEADING: &str = "一、全文\n";

/// A text without headings is one part; a title that says what it is (`2015年预期总目标`,
/// `下半年工作计划`, `2024年为民办实事项目`) gives the part its kind, and in a plan every indicator is a target.
fn the_title_says_the_part(report: &mut Report, title: &str) {
    let kind = crate::parser::title_kind(title);
    if report.parts.len() != 1 || report.parts[0].kind != PartKind::Other || kind == PartKind::Other
    {
        return;
    }
    report.parts[0].kind = kind;
    for n in &mut report.numbers {
        n.part = kind;
        if kind == PartKind::Plan && n.is_indicator {
            n.kind = Some(NumberKind::Target);
        }
    }
}

/// Parses a reader's text, showing whatever can be shown: text without part or section
/// headings is read as one part titled `全文` (its first short line, if any, as the title), so
/// its paragraphs and numbers still appear. Returns the report and the problems to tell the
/// reader about (notices, never fatal), or the fatal problem.
///
/// This is a [`LenientJob`] run to completion: the browser runs the same job in slices.
pub fn parse_lenient(text: &str) -> Result<(Report, Vec<Problem>), Problem> {
    LenientJob::new(text).run()
}

/// What [`parse_lenient`] returns.
pub type Lenient = Result<(Report, Vec<Problem>), Problem>;

/// Where a [`LenientJob`] is.
#[derive(Debug)]
enum LenientState<T> {
    /// Nothing done yet: the text is checked in the first step.
    Start(T),
    /// Parsing the text as given.
    Parse(ParseJob<T>),
    /// Parsing the text behind [`FALLBACK_HEADING`]; `title` is the text's first short line.
    Fallback {
        job: ParseJob<String>,
        title: Option<String>,
        /// Units done when the fallback started.
        base: usize,
    },
    Finished(Option<Lenient>),
}

/// [`parse_lenient`] in steps, like [`ParseJob`] (see [`crate::job`] for budgets and progress):
/// what the app runs on a reader's text, between frames.
#[derive(Debug)]
pub struct LenientJob<T = String> {
    state: LenientState<T>,
    problems: Vec<Problem>,
    /// Units of the whole job: those of a [`ParseJob`] on the text. A fallback parse is scaled
    /// into what is left of it, so progress stays monotonic.
    total: usize,
}

impl<T: AsRef<str>> LenientJob<T> {
    /// A job that will parse `text` leniently. Does no work yet.
    pub fn new(text: T) -> Self {
        let total = crate::job::total_units(text.as_ref().len());
        LenientJob {
            state: LenientState::Start(text),
            problems: Vec::new(),
            total,
        }
    }

    /// Units of work of the whole job.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Units of work done so far (monotonic, at most [`LenientJob::total`]).
    pub fn done(&self) -> usize {
        match &self.state {
            LenientState::Start(_) => 0,
            LenientState::Parse(job) => job.done().min(self.total),
            LenientState::Fallback { job, base, .. } => {
                let left = self.total.saturating_sub(*base) as u128;
                let scaled = job.done() as u128 * left / job.total().max(1) as u128;
                base.saturating_add(scaled as usize).min(self.total)
            }
            LenientState::Finished(_) => self.total,
        }
    }

    /// Works for about `budget` units and returns the progress, or what [`parse_lenient`]
    /// returns once done. After `Done`, further calls only report full progress.
    pub fn step(&mut self, budget: usize) -> Step<Lenient> {
        let state = std::mem::replace(&mut self.state, LenientState::Finished(None));
        self.state = match state {
            LenientState::Start(text) => match check_text(text.as_ref()) {
                Err(p) => LenientState::Finished(Some(Err(p))),
                Ok(notices) => {
                    self.problems = notices;
                    let mut job = ParseJob::new(text);
                    match job.step(budget) {
                        Step::Progress { .. } => LenientState::Parse(job),
                        Step::Done(result) => self.parsed(job, result),
                    }
                }
            },
            LenientState::Parse(mut job) => match job.step(budget) {
                Step::Progress { .. } => LenientState::Parse(job),
                Step::Done(result) => self.parsed(job, result),
            },
            LenientState::Fallback {
                mut job,
                title,
                base,
            } => match job.step(budget) {
                Step::Progress { .. } => LenientState::Fallback { job, title, base },
                Step::Done(result) => {
                    let result = result.map_err(|_| Problem::NoParagraphs).map(|mut r| {
                        if let Some(t) = &title {
                            the_title_says_the_part(&mut r, t);
                        }
                        if r.title.is_none() {
                            r.title = title;
                        }
                        self.problems.push(Problem::NoStructure);
                        r
                    });
                    self.finish(result)
                }
            },
            LenientState::Finished(Some(result)) => return Step::Done(result),
            LenientState::Finished(None) => {
                return Step::Progress {
                    done: self.total,
                    total: self.total,
                }
            }
        };
        match &mut self.state {
            LenientState::Finished(result) => match result.take() {
                Some(r) => Step::Done(r),
                None => Step::Progress {
                    done: self.total,
                    total: self.total,
                },
            },
            _ => Step::Progress {
                done: self.done(),
                total: self.total,
            },
        }
    }

    /// After the parse of the text as given.
    fn parsed(&mut self, job: ParseJob<T>, result: Result<Report, ParseError>) -> LenientState<T> {
        match result {
            Ok(r) => self.finish(Ok(r)),
            Err(ParseError::Empty) => LenientState::Finished(Some(Err(Problem::Empty))),
            Err(ParseError::NoStructure) => {
                // No structure is known after the cheap passes: the fallback gets the rest.
                let base = job.done().min(self.total);
                let text = job.text();
                let mut wrapped = String::with_capacity(text.len() + FALLBACK_HEADING.len());
                wrapped.push_str(FALLBACK_HEADING);
                wrapped.push_str(text);
                let title = text
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .filter(|l| l.chars().count() <= 40)
                    .map(str::to_string);
                LenientState::Fallback {
                    job: ParseJob::new(wrapped),
                    title,
                    base,
                }
            }
        }
    }

    /// The last check: a report without any paragraph cannot be shown.
    fn finish(&mut self, result: Result<Report, Problem>) -> LenientState<T> {
        let result = result.and_then(|report| {
            let paragraphs = report.parts.iter().any(|p| {
                !p.intro.is_empty()
                    || !p.closing.is_empty()
                    || p.sections
                        .iter()
                        .any(|s| !s.intro.is_empty() || !s.topics.is_empty())
            });
            if paragraphs {
                Ok((report, std::mem::take(&mut self.problems)))
            } else {
                Err(Problem::NoParagraphs)
            }
        });
        LenientState::Finished(Some(result))
    }

    /// Runs the job to completion.
    pub fn run(mut self) -> Lenient {
        loop {
            if let Step::Done(result) = self.step(usize::MAX) {
                return result;
            }
        }
    }
}
