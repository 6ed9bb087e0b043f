//! Text → [`Report`] structure (metadata, parts, sections, paragraphs). Numbers are added by
//! [`crate::numbers`].
//!
//! # How a text is read
//!
//! The input is split into lines at `\n`, `\r\n` or a lone `\r`; every line is trimmed of blank
//! characters (ASCII whitespace, U+3000, U+00A0, a BOM) and blank lines are dropped. Each
//! remaining line is one paragraph. All positions are counted in `char`s of the exact input
//! while splitting (one pass), so every [`Block`] points into the input as given.
//!
//! - **Parts** are lines `一、title` with a short title (at most 40 chars, no sentence break
//!   inside) whose numeral continues the sequence: the first is `一`, the next `二`, and so on.
//!   A line such as `一、…` in the middle of a list, whose numeral does not continue the
//!   sequence, is an ordinary paragraph; so are `一是…` and lines starting with digits.
//! - **Sections** are lines `（一）title` or `(一)title` (either parenthesis, mixed too) inside a
//!   part, numbered from `一` in each part (or continuing the previous part's numbering). The
//!   title runs up to the first `。` (or the end of the line); the rest of the line is the
//!   section's first intro paragraph. A title longer than 60 chars is not a heading.
//! - **Paragraphs** of a part before its first section are the part's `intro`. A section's
//!   paragraphs are topics; a topic's title is its lead phrase (see [`lead_phrase`]),
//!   or `None`. When some paragraphs of a section have a lead phrase, the ones before the first
//!   of them are the section's `intro`, and in the last section of a part the ones after the
//!   last of them are the part's `closing`. A paragraph in the last section that addresses the
//!   audience (`各位代表…`, `同志们…`) also starts the part's closing.
//! - **Part kind**: `summary` when the title names a review (总结, 回顾, 过去, 完成情况 …), `plan`
//!   when it names a plan (计划, 安排, 目标, 任务 …), whichever word comes first; else `other`.
//!
//! # Chrome and preamble
//!
//! Everything before the first part heading is preamble: web-page chrome, scraper headers, the
//! title, the delivery line, `各位代表：`. It is never content; [`meta`] reads the title,
//! publisher, date and source from it. After the last part, trailing lines are dropped as page
//! chrome when they have its shape: short (at most 20 chars) with no sentence punctuation
//! (`责任编辑`, `：吴丽芳`, `版权所有`, an ICP number, `Baidu`), a breadcrumb with `>`/`»`, or a
//! `©` line. Dropping stops at the first line that reads as a sentence or has the shape of a heading, so a glossary of notes
//! after the report (`名词解释`, `[1]…`) stays, as the last part's closing: no paragraph of the
//! report is ever lost.
//!
//! # Errors and degenerate input
//!
//! Blank input is [`ParseError::Empty`]. Input with no part heading but with section headings
//! (a short report of `（一）…` sections only) becomes one implicit part with number `""` and
//! title `""` (no title block), starting at the first section, its kind read from the report
//! title. Input with neither is [`ParseError::NoStructure`]. The parser never panics and runs in
//! time linear in the input.

mod heading;
mod lines;
mod meta;

use crate::model::{Block, BlockRole, Part, PartKind, Report, Section, Topic};
use heading::Heading;
use lines::Line;
use std::fmt;

pub use heading::lead_phrase;

/// Why a text could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The text is empty or only whitespace.
    Empty,
    /// No part heading (`一、…`) was found.
    NoStructure,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "the text is empty"),
            ParseError::NoStructure => write!(
                f,
                "no report structure: no part heading such as '一、…' (or section heading such as '（一）…') was found"
            ),
        }
    }
}

impl std::error::Error for ParseError {}

/// Words that mark a review part, and a plan part.
const SUMMARY_WORDS: &[&str] = &[
    "总结",
    "回顾",
    "过去",
    "完成情况",
    "执行情况",
    "工作情况",
    "成绩",
    "成就",
    "进展",
];
const PLAN_WORDS: &[&str] = &[
    "计划",
    "安排",
    "目标",
    "任务",
    "重点工作",
    "打算",
    "思路",
    "规划",
    "展望",
    "部署",
    "今后",
    "下一步",
    "未来",
];
/// Openings of a paragraph that addresses the audience.
const ADDRESSES: &[&str] = &["各位代表", "同志们", "各位委员", "各位来宾"];
/// Longest trailing line that can be page chrome.
const MAX_CHROME: usize = 20;

/// The kind of a part from its title.
pub fn part_kind(title: &str) -> PartKind {
    let first = |words: &[&str]| words.iter().filter_map(|w| title.find(w)).min();
    match (first(SUMMARY_WORDS), first(PLAN_WORDS)) {
        (Some(s), Some(p)) if p < s => PartKind::Plan,
        (Some(_), _) => PartKind::Summary,
        (None, Some(_)) => PartKind::Plan,
        (None, None) => PartKind::Other,
    }
}

/// What a line is in the structure.
enum Item<'a> {
    Part(Heading<'a>),
    Section(Heading<'a>),
    Para(Line<'a>),
}

/// A part being built, with the positions of everything in it.
struct RawPart<'a> {
    heading: Option<Heading<'a>>,
    intro: Vec<Line<'a>>,
    sections: Vec<RawSection<'a>>,
}

struct RawSection<'a> {
    heading: Heading<'a>,
    paras: Vec<Line<'a>>,
}

/// Whether a trailing line has the shape of page chrome.
fn is_trailing_chrome(line: &Line<'_>) -> bool {
    let t = line.text;
    if t.contains('©') {
        return true;
    }
    if t.contains(['>', '＞', '»']) && !t.contains('。') {
        return true;
    }
    line.len <= MAX_CHROME && !t.contains(crate::text::is_sentence_punct)
}

/// Parses the structure of a report (everything but `numbers`).
pub fn parse_structure(text: &str) -> Result<Report, ParseError> {
    if crate::text::trim_blank(text).is_empty() {
        return Err(ParseError::Empty);
    }
    let lines = lines::split_lines(text);

    // Pass 1: part headings, numbered in sequence.
    let mut part_at = Vec::new();
    let mut next = 1;
    for (i, line) in lines.iter().enumerate() {
        if let Some(h) = heading::part_heading(line) {
            if h.value == next {
                part_at.push((i, h));
                next += 1;
            }
        }
    }

    // Pass 2: items from the first part (or, without parts, the first section) on.
    let mut items: Vec<(usize, Item)> = Vec::new();
    let mut part_iter = part_at.iter().peekable();
    let mut in_part = false;
    let mut sections_in_part = 0u32;
    let mut sections_in_prev = 0u32;
    let implicit = part_at.is_empty();
    for (i, line) in lines.iter().enumerate() {
        if let Some(&&(pi, h)) = part_iter.peek() {
            if pi == i {
                part_iter.next();
                items.push((i, Item::Part(h)));
                in_part = true;
                sections_in_prev = sections_in_part;
                sections_in_part = 0;
                continue;
            }
        }
        if let Some(h) = heading::section_heading(line) {
            let continues = h.value == sections_in_part + 1
                || (sections_in_part == 0
                    && sections_in_prev > 0
                    && h.value == sections_in_prev + 1);
            if continues && (in_part || implicit) {
                if !in_part {
                    in_part = true;
                }
                sections_in_part = h.value;
                items.push((i, Item::Section(h)));
                continue;
            }
        }
        if in_part {
            items.push((i, Item::Para(*line)));
        }
    }
    let Some(&(first_index, _)) = items.first() else {
        return Err(ParseError::NoStructure);
    };

    // Trailing page chrome after the last heading.
    let last_heading = items
        .iter()
        .rposition(|(_, it)| !matches!(it, Item::Para(_)))
        .unwrap_or(0);
    while items.len() > last_heading + 1 {
        match items.last() {
            Some((_, Item::Para(line)))
                if is_trailing_chrome(line)
                    && heading::part_heading(line).is_none()
                    && heading::section_heading(line).is_none() =>
            {
                items.pop();
            }
            _ => break,
        }
    }

    let meta = meta::extract(&lines[..first_index]);

    // Pass 3: group into parts and sections.
    let mut raw_parts: Vec<RawPart> = Vec::new();
    for (_, item) in items {
        match item {
            Item::Part(h) => raw_parts.push(RawPart {
                heading: Some(h),
                intro: Vec::new(),
                sections: Vec::new(),
            }),
            Item::Section(h) => {
                if raw_parts.is_empty() {
                    raw_parts.push(RawPart {
                        heading: None,
                        intro: Vec::new(),
                        sections: Vec::new(),
                    });
                }
                if let Some(p) = raw_parts.last_mut() {
                    p.sections.push(RawSection {
                        heading: h,
                        paras: Vec::new(),
                    });
                }
            }
            Item::Para(line) => {
                if let Some(p) = raw_parts.last_mut() {
                    match p.sections.last_mut() {
                        Some(s) => s.paras.push(line),
                        None => p.intro.push(line),
                    }
                }
            }
        }
    }

    let implicit_kind = meta.title.as_deref().map_or(PartKind::Other, part_kind);
    let mut report = Report {
        title: meta.title,
        publisher: meta.publisher,
        published: meta.published,
        source_url: meta.source_url,
        ..Report::default()
    };
    for (pi, raw) in raw_parts.into_iter().enumerate() {
        build_part(&mut report, pi, raw, implicit_kind);
    }
    Ok(report)
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

fn is_address(text: &str) -> bool {
    ADDRESSES.iter().any(|a| text.starts_with(a))
}

/// Turns a raw part into a [`Part`] and its blocks, in source order.
fn build_part(report: &mut Report, pi: usize, raw: RawPart<'_>, implicit_kind: PartKind) {
    let mut part = Part::default();
    let blocks = &mut report.blocks;
    match raw.heading {
        Some(h) => {
            part.number = h.number.to_string();
            part.title = h.title.text.to_string();
            part.kind = part_kind(h.title.text);
            blocks.push(block(BlockRole::PartTitle, pi, None, 0, &h.title));
        }
        None => part.kind = implicit_kind,
    }
    for line in &raw.intro {
        blocks.push(block(
            BlockRole::PartIntro,
            pi,
            None,
            part.intro.len(),
            line,
        ));
        part.intro.push(line.text.to_string());
    }
    let n_sections = raw.sections.len();
    let mut closing_lines: &[Line] = &[];
    for (si, raw_section) in raw.sections.iter().enumerate() {
        let h = &raw_section.heading;
        let mut section = Section {
            number: h.number.to_string(),
            title: h.title.text.to_string(),
            ..Section::default()
        };
        blocks.push(block(BlockRole::SectionTitle, pi, Some(si), 0, &h.title));
        let mut intro: Vec<&Line> = h.body.iter().collect();

        let paras = &raw_section.paras;
        let leads: Vec<Option<&str>> = paras.iter().map(|l| heading::lead_phrase(l.text)).collect();
        let first_lead = leads.iter().position(Option::is_some);
        let intro_end = first_lead.unwrap_or(0);
        let mut topics_end = paras.len();
        if si + 1 == n_sections {
            let trailing = leads.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
            let address =
                (intro_end.max(trailing)..paras.len()).find(|&i| is_address(paras[i].text));
            topics_end = match (first_lead, address) {
                (Some(_), Some(a)) => a.min(trailing),
                (Some(_), None) => trailing,
                (None, Some(a)) => a,
                (None, None) => paras.len(),
            };
            topics_end = topics_end.max(intro_end);
            closing_lines = &paras[topics_end..];
        }
        intro.extend(paras[..intro_end].iter());
        for line in intro {
            blocks.push(block(
                BlockRole::SectionIntro,
                pi,
                Some(si),
                section.intro.len(),
                line,
            ));
            section.intro.push(line.text.to_string());
        }
        for (line, lead) in paras[intro_end..topics_end].iter().zip(&leads[intro_end..]) {
            blocks.push(block(
                BlockRole::Topic,
                pi,
                Some(si),
                section.topics.len(),
                line,
            ));
            section.topics.push(Topic {
                title: lead.map(str::to_string),
                text: line.text.to_string(),
            });
        }
        part.sections.push(section);
    }
    for line in closing_lines {
        blocks.push(block(
            BlockRole::Closing,
            pi,
            None,
            part.closing.len(),
            line,
        ));
        part.closing.push(line.text.to_string());
    }
    report.parts.push(part);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_blocks(input: &str, r: &Report) {
        for b in &r.blocks {
            let s: String = input.chars().skip(b.offset).take(b.len).collect();
            assert_eq!(s, r.block_text(b), "{b:?}");
        }
    }

    #[test]
    fn errors() {
        assert_eq!(parse_structure(""), Err(ParseError::Empty));
        assert_eq!(
            parse_structure(" \r\n\u{3000}\u{feff}"),
            Err(ParseError::Empty)
        );
        assert_eq!(
            parse_structure("只有一句话。\n没有结构"),
            Err(ParseError::NoStructure)
        );
        assert_eq!(
            parse_structure("二、不从一开始\n"),
            Err(ParseError::NoStructure)
        );
    }

    #[test]
    fn small_report() {
        let input = "\u{feff}关于2024年工作的报告\r\n一、上半年工作总结\r\n总的来说,还不错。\r\n（一）经济发展。稳中有进。\r\n经济指标持续向好。产值增长。\r\n2016年，全县增长。\r\n此外,还有其他。\r\n二、下半年工作计划\r\n(一)抓发展\r\n抓一产。种地。\r\n三、附则\r\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.title.as_deref(), Some("关于2024年工作的报告"));
        assert_eq!(r.parts.len(), 3);
        let p = &r.parts[0];
        assert_eq!(
            (p.number.as_str(), p.title.as_str(), p.kind),
            ("一", "上半年工作总结", PartKind::Summary)
        );
        assert_eq!(p.intro, ["总的来说,还不错。"]);
        let s = &p.sections[0];
        assert_eq!((s.number.as_str(), s.title.as_str()), ("一", "经济发展"));
        assert_eq!(s.intro, ["稳中有进。"]);
        assert_eq!(s.topics.len(), 1);
        assert_eq!(s.topics[0].title.as_deref(), Some("经济指标持续向好"));
        assert_eq!(p.closing, ["2016年，全县增长。", "此外,还有其他。"]);
        assert_eq!(r.parts[1].kind, PartKind::Plan);
        assert_eq!(r.parts[1].sections[0].title, "抓发展");
        assert_eq!(r.parts[2].kind, PartKind::Other);
        let roles: Vec<_> = r.blocks.iter().map(|b| b.role).collect();
        use BlockRole::*;
        assert_eq!(
            roles,
            [
                PartTitle,
                PartIntro,
                SectionTitle,
                SectionIntro,
                Topic,
                Closing,
                Closing,
                PartTitle,
                SectionTitle,
                Topic,
                PartTitle
            ]
        );
    }

    #[test]
    fn numbering_must_continue() {
        let input = "一、总结\n内容。\n一、不是标题\n（二）不是小节\n（一）小节\n一是抓发展。\n（三）也不是\n二、计划\n（二）接着编号\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.parts.len(), 2);
        assert_eq!(
            r.parts[0].intro,
            ["内容。", "一、不是标题", "（二）不是小节"]
        );
        assert_eq!(r.parts[0].sections.len(), 1);
        assert_eq!(r.parts[0].sections[0].topics.len(), 1);
        assert_eq!(r.parts[0].closing, ["（三）也不是"]);
        assert_eq!(r.parts[1].sections[0].number, "二");
    }

    #[test]
    fn inline_marks_are_not_headings() {
        let input = "一、工作回顾\n2016年，全县生产总值完成96.3亿元。\n主要做了以下工作：（一）抓发展；（二）抓民生。\n一是抓发展。二、抓民生。\n（一）真正的小节\n内容。\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.parts.len(), 1);
        assert_eq!(r.parts[0].intro.len(), 3);
        assert_eq!(r.parts[0].sections.len(), 1);
        assert_eq!(r.parts[0].sections[0].title, "真正的小节");
    }

    #[test]
    fn sections_without_parts() {
        let input = "2024年工作总结\n前言。\n（一）第一件事\n做了。\n（二）第二件事\n也做了。\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        assert_eq!(r.parts.len(), 1);
        assert_eq!(r.parts[0].number, "");
        assert_eq!(r.parts[0].kind, PartKind::Summary);
        assert_eq!(r.parts[0].sections.len(), 2);
        assert_eq!(r.blocks[0].role, BlockRole::SectionTitle);
    }

    #[test]
    fn trailing_chrome_and_addresses() {
        let input = "一、工作回顾\n（一）甲\n没有标题的段落,一。\n各位代表！我们要努力。\n名词解释\n[1]某某：即某某。\n（责任编辑：某某）\n版权所有\n";
        let r = parse_structure(input).unwrap();
        check_blocks(input, &r);
        let p = &r.parts[0];
        assert_eq!(p.sections[0].topics.len(), 1);
        assert_eq!(
            p.closing,
            ["各位代表！我们要努力。", "名词解释", "[1]某某：即某某。"]
        );
    }

    #[test]
    fn kinds() {
        assert_eq!(part_kind("上半年工作总结"), PartKind::Summary);
        assert_eq!(part_kind("下半年工作计划"), PartKind::Plan);
        assert_eq!(part_kind("“十二五”时期和2015年工作回顾"), PartKind::Summary);
        assert_eq!(
            part_kind("“十三五”经济社会发展的主要目标和任务"),
            PartKind::Plan
        );
        assert_eq!(part_kind("过去五年主要工作"), PartKind::Summary);
        assert_eq!(part_kind("今后五年发展目标"), PartKind::Plan);
        assert_eq!(part_kind("2017年重点工作任务"), PartKind::Plan);
        assert_eq!(part_kind("附则"), PartKind::Other);
    }
}
