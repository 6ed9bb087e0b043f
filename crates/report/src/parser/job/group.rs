//! Grouping: per section, which paragraphs are its intro, its topics and the part's closing
//! ([`SectionPlan`]); per part without sections, the paragraphs that open its units (`一是…`,
//! or heading sentences).

use super::super::{heading, is_address, shapes, ParseError};
use super::{Kind, StructureJob};

/// What deciding a section's intro, topics and closing needs to know about its paragraphs.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct SectionPlan {
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
    pub(super) fn bounds(&self, last_in_part: bool) -> (usize, usize) {
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

impl StructureJob {
    pub(super) fn group(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
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
}
