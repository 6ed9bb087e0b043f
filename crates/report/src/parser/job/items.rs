//! Pass 2: what each line from the first part (or section) on is: a part heading, numbered or
//! bare, a subtitle, a section heading, a paragraph, or the opening of a part without a heading.

use super::super::lines::Line;
use super::super::{heading, is_address, shapes, ParseError};
use super::chrome::counts_things;
use super::{Kind, StructureJob};

impl StructureJob {
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

    pub(super) fn items(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
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
                job.push_opening(text, i);
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

    /// Opens a part without a heading at line `i`, a body line outside any part: the opening
    /// (or the list right before it), then the paragraphs up to line `i`.
    fn push_opening(&mut self, text: &str, i: usize) {
        // `·新增人才公寓房源242间`: the items of a list right before the first line of
        // running text are body too, however short.
        let mut first = i;
        while first > self.body_start.max(1) && {
            let prev = self.lines[first - 1].line(text);
            let t = prev.text.trim_start();
            crate::numbers::lexicon::LIST_ITEM_MARKS
                .iter()
                .any(|m| t.starts_with(m))
                || counts_things(t)
        } {
            first -= 1;
        }
        self.items.push((first, Kind::Opening));
        for j in first + 1..=i {
            self.items.push((j, Kind::Para));
        }
        self.in_part = true;
    }
}
