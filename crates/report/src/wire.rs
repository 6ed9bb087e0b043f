//! A parse's whole result as JSON, to move it between threads (the explorer parses in a worker)
//! or from a build step to the page (the bundled report, parsed ahead). Unlike the public
//! schema (`report.schema.json`), it keeps what the schema leaves out: the blocks with their
//! places in the text, and the block of every number; decoding gives back the same [`Report`].
//!
//! ```
//! let text = "某区工作报告\n一、工作回顾\n全年地区生产总值增长6.5%。\n二、明年安排\n增长6%左右。";
//! let parsed = report::input::parse_lenient(text);
//! let json = report::wire::encode(&parsed);
//! assert_eq!(report::wire::decode(&json), Some(parsed));
//! ```

use serde::{Deserialize, Serialize};

use crate::input::{Lenient, Problem};
use crate::model::{Block, Report};

/// The report with the parts the schema leaves out.
#[derive(Serialize, Deserialize)]
struct Whole {
    report: Report,
    blocks: Vec<Block>,
    /// `NumberMention::block` of each number, in order.
    number_blocks: Vec<usize>,
    problems: Vec<Problem>,
}

/// What a parse gave: the report and its notices, or why there is none.
#[derive(Serialize, Deserialize)]
enum Wire {
    Parsed(Box<Whole>),
    Failed(Problem),
}

/// `result` as JSON.
pub fn encode(result: &Lenient) -> String {
    let wire = match result {
        Ok((report, problems)) => Wire::Parsed(Box::new(Whole {
            number_blocks: report.numbers.iter().map(|n| n.block).collect(),
            blocks: report.blocks.clone(),
            report: report.clone(),
            problems: problems.clone(),
        })),
        Err(p) => Wire::Failed(p.clone()),
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

/// The result [`encode`] wrote; `None` for anything else.
pub fn decode(json: &str) -> Option<Lenient> {
    match serde_json::from_str::<Wire>(json).ok()? {
        Wire::Parsed(w) => {
            let mut w = *w;
            if w.number_blocks.len() != w.report.numbers.len() {
                return None;
            }
            for (n, b) in w.report.numbers.iter_mut().zip(w.number_blocks) {
                n.block = b;
            }
            w.report.blocks = w.blocks;
            Some(Ok((w.report, w.problems)))
        }
        Wire::Failed(p) => Some(Err(p)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_report_and_a_failure_round_trip() {
        let text = include_str!("../../../public/reports/xinqiao-2024h1.txt");
        let parsed = crate::input::parse_lenient(text);
        assert!(parsed.is_ok());
        assert_eq!(decode(&encode(&parsed)), Some(parsed));
        let failed: Lenient = Err(Problem::TooLarge(99));
        assert_eq!(decode(&encode(&failed)), Some(failed));
        assert_eq!(decode("{}"), None);
        assert_eq!(decode("not json"), None);
    }
}
