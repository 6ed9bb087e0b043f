//! Emitting: one item at a time into the report's parts, sections and blocks, in source order.

use super::super::kind::NEITHER_PART_WORDS;
use super::super::lines::Line;
use super::super::{heading, is_address, part_kind, shapes, ParseError, OPENING_TITLE};
use super::{Kind, StructureJob};
use crate::model::{Block, BlockRole, Part, PartKind, Section, Topic};

impl StructureJob {
    pub(super) fn emit(&mut self, text: &str, budget: usize) -> (usize, Result<bool, ParseError>) {
        let bytes = self.items_loop(text, budget, |job, kind, line| job.emit_item(kind, line));
        (bytes, Ok(self.cursor == self.items.len()))
    }

    /// Adds one item to the report, one line at a time (the blocks come out in source order).
    fn emit_item(&mut self, kind: Kind, line: Line<'_>) {
        match kind {
            Kind::Part => {
                if let Some(h) = heading::part_heading(&line) {
                    self.open_part(h.number, &h.title, true);
                }
            }
            Kind::BarePart => self.open_part("", &line, true),
            Kind::Opening => {
                self.open_part("", &line, false);
                self.emit_para(line);
            }
            Kind::Subtitle => {
                let Some(pi) = self.report.parts.len().checked_sub(1) else {
                    return;
                };
                let Some(sub) = shapes::subtitle(&line) else {
                    return;
                };
                let skipped = line.text.len() - sub.len();
                if let Some(piece) = line.rest(skipped) {
                    let b = block(BlockRole::PartSubtitle, pi, None, 0, &piece);
                    self.report.blocks.push(b);
                    self.report.parts[pi].subtitle = Some(piece.text.to_string());
                }
            }
            Kind::Section => self.emit_section_heading(line),
            Kind::Para => self.emit_para(line),
        }
    }

    /// Starts a part: with a heading (`title` is its title line), or without one (an opening
    /// before the first heading, or the one part of a report with sections only).
    fn open_part(&mut self, number: &str, title: &Line<'_>, headed: bool) {
        let report = &mut self.report;
        let pi = report.parts.len();
        let part = if headed {
            report
                .blocks
                .push(block(BlockRole::PartTitle, pi, None, 0, title));
            Part {
                number: number.to_string(),
                title: title.text.to_string(),
                kind: match part_kind(title.text) {
                    // `某镇2025年工作要点` then `一、凝心聚力谋发展`: in a document whose title
                    // names a plan, a part that names neither is of the plan; so is one after a
                    // plan part (`二、2023年工作安排` then `三、突出大干项目`): the rest of the
                    // report is the year's work, but for the government's own conduct and an
                    // appendix (`加强政府自身建设`, `附则`).
                    PartKind::Other
                        if self.implicit_kind == PartKind::Plan
                            || (report.parts.iter().any(|p| p.kind == PartKind::Plan)
                                && !NEITHER_PART_WORDS.iter().any(|w| title.text.contains(w))) =>
                    {
                        PartKind::Plan
                    }
                    kind => kind,
                },
                ..Part::default()
            }
        } else if self.has_headed_parts {
            // The opening of a plan (by its title, or opening `今年要…`) is of the plan.
            Part {
                title: OPENING_TITLE.to_string(),
                kind: match self.implicit_kind {
                    PartKind::Plan => PartKind::Plan,
                    _ => PartKind::Other,
                },
                ..Part::default()
            }
        } else {
            Part {
                kind: self.implicit_kind,
                ..Part::default()
            }
        };
        report.parts.push(part);
        self.emit_section = None;
        self.emit_units = None;
    }

    fn emit_section_heading(&mut self, line: Line<'_>) {
        let Some(h) = heading::section_heading(&line) else {
            return;
        };
        if self.report.parts.is_empty() {
            self.report.parts.push(Part {
                kind: self.implicit_kind,
                ..Part::default()
            });
        }
        let report = &mut self.report;
        let pi = report.parts.len() - 1;
        let part = &mut report.parts[pi];
        let si = part.sections.len();
        report
            .blocks
            .push(block(BlockRole::SectionTitle, pi, Some(si), 0, &h.title));
        let mut section = Section {
            number: h.number.to_string(),
            title: h.title.text.to_string(),
            ..Section::default()
        };
        if let Some(body) = &h.body {
            report
                .blocks
                .push(block(BlockRole::SectionIntro, pi, Some(si), 0, body));
            section.intro.push(body.text.to_string());
        }
        part.sections.push(section);
        let plan = self
            .sections
            .get(self.next_section)
            .copied()
            .unwrap_or_default();
        let last = self.part_sections.get(pi).is_some_and(|&n| n == si + 1);
        self.emit_section = Some((self.next_section, plan.bounds(last), 0));
        self.next_section += 1;
    }

    /// Adds a paragraph to the current part: to its intro, its current section, or its
    /// closing; a paragraph that opens a unit (`一是…`) opens a section of its own.
    fn emit_para(&mut self, line: Line<'_>) {
        let Some(pi) = self.report.parts.len().checked_sub(1) else {
            return;
        };
        if self.unit_at.get(self.next_unit) == Some(&self.cursor) {
            self.next_unit += 1;
            self.open_unit(pi, &line);
            return;
        }
        let report = &mut self.report;
        let part = &mut report.parts[pi];
        let text = line.text.to_string();
        let role = match (&mut self.emit_section, &mut self.emit_units) {
            (_, Some(closed)) => {
                *closed = *closed || is_address(line.text);
                if *closed {
                    BlockRole::Closing
                } else {
                    BlockRole::Topic
                }
            }
            (None, None) => BlockRole::PartIntro,
            (Some((_, (intro_end, topics_end), j)), None) => {
                let role = if *j < *intro_end {
                    BlockRole::SectionIntro
                } else if *j < *topics_end {
                    BlockRole::Topic
                } else {
                    BlockRole::Closing
                };
                *j += 1;
                role
            }
        };
        let si = part.sections.len().checked_sub(1);
        let (section, index) = match role {
            BlockRole::PartIntro => (None, part.intro.len()),
            BlockRole::Closing => (None, part.closing.len()),
            BlockRole::SectionIntro => (si, si.map_or(0, |s| part.sections[s].intro.len())),
            _ => (si, si.map_or(0, |s| part.sections[s].topics.len())),
        };
        report.blocks.push(block(role, pi, section, index, &line));
        match (role, si) {
            (BlockRole::PartIntro, _) => part.intro.push(text),
            (BlockRole::SectionIntro, Some(s)) => part.sections[s].intro.push(text),
            (BlockRole::Topic, Some(s)) => part.sections[s].topics.push(Topic {
                title: heading::lead_phrase(line.text).map(str::to_string),
                text,
            }),
            _ => part.closing.push(text),
        }
    }

    /// Opens a section for a unit of a part without section headings: numbered by its place in
    /// the run, titled by the unit's lead clause, the paragraph its first topic.
    fn open_unit(&mut self, pi: usize, line: &Line<'_>) {
        let part = &mut self.report.parts[pi];
        let si = part.sections.len();
        let title = shapes::unit_title(line.text)
            .or_else(|| shapes::heading_sentence(line.text).map(str::to_string))
            .unwrap_or_default();
        part.sections.push(Section {
            number: crate::text::chinese_numeral(si as u32 + 1),
            title: title.clone(),
            intro: Vec::new(),
            topics: vec![Topic {
                title: Some(title),
                text: line.text.to_string(),
            }],
        });
        self.report
            .blocks
            .push(block(BlockRole::Topic, pi, Some(si), 0, line));
        self.emit_units = Some(false);
    }
}

fn block(role: BlockRole, part: usize, section: Option<usize>, index: usize, line: &Line) -> Block {
    Block {
        role,
        part,
        section,
        index,
        offset: line.offset,
        len: line.len,
    }
}
