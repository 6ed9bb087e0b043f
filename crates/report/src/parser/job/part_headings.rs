//! Pass 1: the part headings, numbered in sequence (an excerpt's first part and an annex's may
//! start elsewhere), and in the preamble before them the salutation, the title and the end of a
//! news page's lead; then where the body starts.

use super::super::kind::NEITHER_PART_WORDS;
use super::super::lines::Line;
use super::super::{heading, meta, part_kind, shapes, ParseError};
use super::StructureJob;
use crate::model::PartKind;

impl StructureJob {
    pub(super) fn part_headings(
        &mut self,
        text: &str,
        budget: usize,
    ) -> (usize, Result<bool, ParseError>) {
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
                if job.first_title.is_none() && !job.began_with_bare_part {
                    job.began_with_bare_part =
                        job.body_seen && job.bare_part_heading(text, i, &line);
                    job.body_seen |= shapes::is_body_line(&line);
                }
                if job.first_title.is_none()
                    && !job.began_with_bare_part
                    && meta::title_candidate(line.text).is_some()
                {
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

    /// `4月27日，…作政府工作报告。` / `2019年工作回顾` / `2019年，全市…`: after a news page's
    /// lead (a body line before it), a bare heading naming a review or a plan, with a body line
    /// after it, opens a part.
    fn bare_part_heading(&self, text: &str, i: usize, line: &Line<'_>) -> bool {
        shapes::is_bare_heading(line)
            && part_kind(line.text.trim()) != PartKind::Other
            && self
                .lines
                .get(i + 1..(i + 3).min(self.lines.len()))
                .and_then(|next| {
                    next.iter()
                        .map(|l| l.line(text))
                        .find(|l| !l.text.trim().is_empty())
                })
                .is_some_and(|next| shapes::is_body_line(&next))
    }
}
