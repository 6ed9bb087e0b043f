//! The preamble's metadata (title, publisher, date, source), and the kind of a part without a
//! heading of its own, from the title and the text's first lines.

use super::super::opening::{names_a_document, reads_as_plan, AFTER_TARGETS, TARGETS_AT_START};
use super::super::past::REVIEW_OPENERS;
use super::super::plan::{lead_on_chosen_pledges, leads_to_the_plan, opens_plan};
use super::super::{title_kind, ParseError};
use super::StructureJob;
use crate::model::{PartKind, Report};

impl StructureJob {
    pub(super) fn read_meta(
        &mut self,
        text: &str,
        budget: usize,
    ) -> (usize, Result<bool, ParseError>) {
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
        let opening_lines = || {
            self.items
                .iter()
                .take(TARGETS_AT_START + 1)
                .map(|&(i, _)| self.lines[i].line(text).text)
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
        // A title that names no document (`紧扣产城融合`, a heading's slogan) is none.
        let untitled = meta.title.as_deref().is_none_or(|t| !names_a_document(t));
        let untitled_plan = untitled && reads_as_plan(text);
        self.implicit_kind = match meta.title.as_deref().map_or(PartKind::Other, title_kind) {
            PartKind::Plan if opens(REVIEW_OPENERS) => PartKind::Summary,
            PartKind::Other
                if first_lines().any(|l| opens_plan(l) || leads_to_the_plan(l))
                    || lead_on_chosen_pledges(first_lines(), opening_lines())
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
}
