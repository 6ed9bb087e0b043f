//! Parsing in steps: a report's text becomes a [`Report`] in slices of a few milliseconds,
//! between which the browser paints and handles input.

use report::input::{self, Problem};
use report::Report;

/// A report the reader opened, parsed.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The file name, or `粘贴的文本`.
    pub name: String,
    /// The decoded text.
    pub text: String,
    /// The parsed report.
    pub report: Report,
    /// Notices to show with it (large text, no structure).
    pub problems: Vec<Problem>,
}

/// How long one slice of a stepped parse may run before the page gets a turn (ms): under a
/// frame, so typing and scrolling stay smooth while a large text parses.
#[cfg(not(feature = "worker-parse"))]
const SLICE_MS: f64 = 12.0;

/// Parses a text the reader opened, in slices (the page stays responsive);
/// `progress(done, total)` runs between slices.
pub async fn parse_opened(
    name: String,
    text: String,
    progress: impl FnMut(usize, usize) + 'static,
) -> Result<Opened, Problem> {
    let (report, problems) = parse_in_steps(&text, progress).await?;
    Ok(Opened {
        name,
        text,
        report,
        problems,
    })
}

/// Parses `text` like [`report::input::parse_lenient`] (the same [`report::input::LenientJob`],
/// so the same report), in slices of about [`SLICE_MS`] between which the browser paints and
/// handles input: a 10 MB text never freezes the page.
#[cfg(not(feature = "worker-parse"))]
pub(super) async fn parse_in_steps(
    text: &str,
    progress: impl FnMut(usize, usize) + 'static,
) -> input::Lenient {
    parse_in_slices(text, report::job::RECOMMENDED_BUDGET, SLICE_MS, progress).await
}

/// Parses `text` like [`report::input::parse_lenient`] in the parse worker: the page's thread
/// does no parsing at all.
#[cfg(feature = "worker-parse")]
pub(super) async fn parse_in_steps(
    text: &str,
    progress: impl FnMut(usize, usize) + 'static,
) -> input::Lenient {
    crate::browser::parse_worker::parse(text, progress).await
}

/// [`parse_in_steps`] with steps of `budget` work units and slices of about `slice_ms`.
pub(crate) async fn parse_in_slices(
    text: &str,
    budget: usize,
    slice_ms: f64,
    mut progress: impl FnMut(usize, usize),
) -> input::Lenient {
    let mut job = input::LenientJob::new(text);
    loop {
        let started = js_sys::Date::now();
        loop {
            match job.step(budget) {
                report::Step::Done(result) => return result,
                report::Step::Progress { done, total } => {
                    if js_sys::Date::now() - started >= slice_ms {
                        progress(done, total);
                        break;
                    }
                }
            }
        }
        crate::browser::yield_now().await;
    }
}
