//! # report
//!
//! The pure-Rust core of Report Explorer (报告速览): it turns the plain text of a Chinese
//! government work report into a [`Report`]: metadata, parts, sections, topic paragraphs, and
//! every numeric mention classified and traced to its position in the text.
//!
//! No web dependency: the same code runs natively (the `report` CLI, tests, benchmarks) and in
//! the browser app.
//!
//! ```
//! let text = "关于2024年工作的报告\n一、上半年工作总结\n（一）经济发展\n经济指标持续向好。产值329.73亿元，同比增长4.1%。\n";
//! let report = report::parse(text).unwrap();
//! assert_eq!(report.parts[0].sections[0].topics[0].title.as_deref(), Some("经济指标持续向好"));
//! ```

#![warn(missing_docs)]

pub mod charts;
#[cfg(feature = "cli")]
pub mod eval;
pub mod export;
pub mod input;
pub mod job;
pub mod link;
pub mod manifest;
pub mod model;
mod numbers;
mod parser;
mod sort;
pub mod speech;
pub mod text;
pub mod track;
pub mod variants;
pub mod view;
pub mod warnings;
pub mod wire;

pub use job::{ParseJob, Step};
pub use model::*;
pub use numbers::{extract, scan_block, BlockContext};
pub use parser::{plan_period, ParseError, OPENING_TITLE};

/// Parses a report's text: structure first, then every number in it.
///
/// Accepts `\n`, `\r\n` and lone `\r` line ends, a leading BOM, and any mix of ASCII and
/// full-width punctuation. Fails only when the text is empty or has no recognizable structure.
///
/// This is a [`ParseJob`] run to completion: the browser runs the same job in slices.
pub fn parse(text: &str) -> Result<Report, ParseError> {
    ParseJob::new(text).run()
}
