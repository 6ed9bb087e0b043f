//! Cards: one per paragraph of the report (topics, part and section intros, closings; never
//! headings), in source order, each with a positional id that links can point to.

use std::borrow::Cow;

use crate::model::{Block, BlockRole, NumberKind, Report};

/// One paragraph of the report as the app shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// Positional id, all numbers 1-based: `1-2-3` (part 1, section 2, topic 3), `1-intro-1`
    /// (part intro), `1-2-intro-1` (section intro), `1-closing-2` (part closing).
    pub id: String,
    /// 0-based index of its part in `Report::parts`.
    pub part: usize,
    /// 0-based index of its section in `Part::sections`, for topics and section intros.
    pub section: Option<usize>,
    /// Which list of the report the paragraph is in: `Topic`, `PartIntro`, `SectionIntro` or
    /// `Closing`.
    pub role: BlockRole,
    /// The paragraph's own title, from its words: a topic's lead phrase, a unit's lead clause,
    /// the term a note explains (see `headings::own_title`).
    pub title: Option<String>,
    /// What the card is titled: its own title, else one by the rules of `view::headings`
    /// (the section's title, `第一部分导语`, …); never empty, never 概述 or 段落.
    pub heading: String,
    /// The whole paragraph as stored in the model.
    pub text: String,
    /// Index into `Report::blocks` of the paragraph's block.
    pub block: usize,
    /// Indices into `Report::numbers` of every mention in this paragraph, in text order.
    pub numbers: Vec<usize>,
    /// The kinds of the paragraph's indicators (`is_indicator`), each once, in
    /// [`NumberKind::ALL`] order.
    pub kinds: Vec<NumberKind>,
}

impl Card {
    /// Whether the paragraph has at least one indicator.
    pub fn has_indicator(&self) -> bool {
        !self.kinds.is_empty()
    }

    /// Whether the paragraph has an indicator of `kind`.
    pub fn has_kind(&self, kind: NumberKind) -> bool {
        self.kinds.contains(&kind)
    }

    /// The 1-based (part, section) pair this card belongs to, if it is in a section.
    pub fn section_key(&self) -> Option<(usize, usize)> {
        self.section.map(|s| (self.part + 1, s + 1))
    }
}

/// The id of a part (0-based index) as used in card ids and URLs: `0` → `"1"`.
pub fn part_id(part: usize) -> String {
    (part + 1).to_string()
}

/// The id of a section (0-based part and section indices): `(0, 1)` → `"1-2"`.
pub fn section_id(part: usize, section: usize) -> String {
    format!("{}-{}", part + 1, section + 1)
}

/// The id of the paragraph at `block`, or `None` for headings.
pub fn block_card_id(block: &Block) -> Option<String> {
    let p = block.part + 1;
    let i = block.index + 1;
    let s = block.section.unwrap_or(0) + 1;
    match block.role {
        BlockRole::PartTitle | BlockRole::PartSubtitle | BlockRole::SectionTitle => None,
        BlockRole::PartIntro => Some(format!("{p}-intro-{i}")),
        BlockRole::Closing => Some(format!("{p}-closing-{i}")),
        BlockRole::SectionIntro => Some(format!("{p}-{s}-intro-{i}")),
        BlockRole::Topic => Some(format!("{p}-{s}-{i}")),
    }
}

/// The report's blocks: `Report::blocks`, or when that is empty (a report read back from JSON,
/// where blocks are not serialized) the same list derived from `parts`, without offsets.
pub fn blocks_of(report: &Report) -> Cow<'_, [Block]> {
    if !report.blocks.is_empty() || report.parts.is_empty() {
        return Cow::Borrowed(&report.blocks);
    }
    let mut out = Vec::new();
    let block = |role, part, section, index| Block {
        role,
        part,
        section,
        index,
        offset: 0,
        len: 0,
    };
    for (pi, part) in report.parts.iter().enumerate() {
        out.push(block(BlockRole::PartTitle, pi, None, 0));
        if part.subtitle.is_some() {
            out.push(block(BlockRole::PartSubtitle, pi, None, 0));
        }
        for i in 0..part.intro.len() {
            out.push(block(BlockRole::PartIntro, pi, None, i));
        }
        for (si, section) in part.sections.iter().enumerate() {
            out.push(block(BlockRole::SectionTitle, pi, Some(si), 0));
            for i in 0..section.intro.len() {
                out.push(block(BlockRole::SectionIntro, pi, Some(si), i));
            }
            for i in 0..section.topics.len() {
                out.push(block(BlockRole::Topic, pi, Some(si), i));
            }
        }
        for i in 0..part.closing.len() {
            out.push(block(BlockRole::Closing, pi, None, i));
        }
    }
    Cow::Owned(out)
}

/// Every paragraph of the report as a [`Card`], in source order.
pub fn cards(report: &Report) -> Vec<Card> {
    let blocks = blocks_of(report);
    let mut by_block: Vec<Vec<usize>> = vec![Vec::new(); blocks.len()];
    for (i, n) in report.numbers.iter().enumerate() {
        if let Some(list) = by_block.get_mut(n.block) {
            list.push(i);
        }
    }
    let mut out = Vec::new();
    for (bi, block) in blocks.iter().enumerate() {
        let Some(id) = block_card_id(block) else {
            continue;
        };
        let text = report.block_text(block);
        let title = match block.role {
            BlockRole::Topic => report.parts[block.part].sections[block.section.unwrap_or(0)]
                .topics[block.index]
                .title
                .clone(),
            _ => None,
        }
        .or_else(|| super::headings::own_title(text));
        let heading = super::headings::heading(
            report,
            block.role,
            block.part,
            block.section,
            title.as_deref(),
            text,
        );
        let numbers = std::mem::take(&mut by_block[bi]);
        let kinds = NumberKind::ALL
            .into_iter()
            .filter(|k| {
                numbers.iter().any(|&n| {
                    let m = &report.numbers[n];
                    m.is_indicator && m.kind == Some(*k)
                })
            })
            .collect();
        out.push(Card {
            id,
            part: block.part,
            section: block.section,
            role: block.role,
            title,
            heading,
            text: text.to_string(),
            block: bi,
            numbers,
            kinds,
        });
    }
    out
}

/// Whether a card id (`1-2-3`, `1-intro-1`, `1-2-intro-1`, `1-closing-2`) names a paragraph of
/// the report.
pub fn card_exists(report: &Report, id: &str) -> bool {
    let Some(parsed) = parse_card_id(id) else {
        return false;
    };
    let Some(part) = parsed.part.checked_sub(1).and_then(|p| report.parts.get(p)) else {
        return false;
    };
    let within = |len: usize, i: usize| i >= 1 && i <= len;
    match parsed.kind {
        CardIdKind::PartIntro(i) => within(part.intro.len(), i),
        CardIdKind::Closing(i) => within(part.closing.len(), i),
        CardIdKind::SectionIntro(s, i) => s
            .checked_sub(1)
            .and_then(|s| part.sections.get(s))
            .is_some_and(|sec| within(sec.intro.len(), i)),
        CardIdKind::Topic(s, i) => s
            .checked_sub(1)
            .and_then(|s| part.sections.get(s))
            .is_some_and(|sec| within(sec.topics.len(), i)),
    }
}

/// A card id taken apart (all numbers 1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardId {
    /// The part number.
    pub part: usize,
    /// What it points to within the part.
    pub kind: CardIdKind,
}

/// What a [`CardId`] points to within its part (all numbers 1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardIdKind {
    /// `P-intro-I`.
    PartIntro(usize),
    /// `P-closing-I`.
    Closing(usize),
    /// `P-S-intro-I`.
    SectionIntro(usize, usize),
    /// `P-S-I`.
    Topic(usize, usize),
}

impl std::fmt::Display for CardId {
    /// The canonical id: `1-2-3`, `1-intro-1`, `1-2-intro-1`, `1-closing-2`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = self.part;
        match self.kind {
            CardIdKind::PartIntro(i) => write!(f, "{p}-intro-{i}"),
            CardIdKind::Closing(i) => write!(f, "{p}-closing-{i}"),
            CardIdKind::SectionIntro(s, i) => write!(f, "{p}-{s}-intro-{i}"),
            CardIdKind::Topic(s, i) => write!(f, "{p}-{s}-{i}"),
        }
    }
}

/// Parses a card id's syntax (`1-2-3`, `1-intro-1`, `1-2-intro-1`, `1-closing-2`); numbers
/// must be plain ASCII digits and at least 1.
pub fn parse_card_id(id: &str) -> Option<CardId> {
    fn num(s: &str) -> Option<usize> {
        if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok().filter(|&n| n >= 1)
    }
    let parts: Vec<&str> = id.split('-').collect();
    let kind = match parts.as_slice() {
        [_, "intro", i] => CardIdKind::PartIntro(num(i)?),
        [_, "closing", i] => CardIdKind::Closing(num(i)?),
        [_, s, "intro", i] => CardIdKind::SectionIntro(num(s)?, num(i)?),
        [_, s, i] => CardIdKind::Topic(num(s)?, num(i)?),
        _ => return None,
    };
    Some(CardId {
        part: num(parts[0])?,
        kind,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Direction, NumberMention, Part, PartKind, Section, Topic};

    pub(crate) fn mention(raw: &str, block: usize, kind: Option<NumberKind>) -> NumberMention {
        NumberMention {
            raw: raw.to_string(),
            value: None,
            unit: None,
            base_value: None,
            base_unit: None,
            kind,
            direction: if kind == Some(NumberKind::Growth) {
                Some(Direction::Up)
            } else {
                None
            },
            basis: None,
            qualifier: None,
            label: None,
            relates_to: None,
            is_indicator: kind.is_some(),
            offset: 0,
            part: PartKind::Summary,
            part_index: 1,
            section: None,
            topic: None,
            block,
        }
    }

    /// A hand-built report: part 1 (summary) with an intro, two sections (the second with an
    /// intro) and a closing; part 2 (plan) with one section. Blocks are derived from parts.
    pub(crate) fn sample() -> Report {
        let topic = |t: &str, text: &str| Topic {
            title: Some(t.to_string()),
            text: text.to_string(),
        };
        let mut r = Report {
            parts: vec![
                Part {
                    number: "一".into(),
                    title: "上半年工作总结".into(),
                    kind: PartKind::Summary,
                    intro: vec!["上半年各项工作取得成效。".into()],
                    sections: vec![
                        Section {
                            number: "一".into(),
                            title: "经济发展".into(),
                            intro: vec![],
                            topics: vec![
                                topic(
                                    "经济指标向好",
                                    "经济指标向好。产值329.73亿元，同比增长4.1%。",
                                ),
                                topic("企业服务", "企业服务。走访企业2509家次。"),
                            ],
                        },
                        Section {
                            number: "二".into(),
                            title: "民生保障".into(),
                            intro: vec!["民生保障持续加强。".into()],
                            topics: vec![topic(
                                "养老服务",
                                "养老服务。建成养老驿站24家，排名全区第二。",
                            )],
                        },
                    ],
                    closing: vec!["总体看，成绩来之不易。".into()],
                    ..Part::default()
                },
                Part {
                    number: "二".into(),
                    title: "下半年工作计划".into(),
                    kind: PartKind::Plan,
                    intro: vec![],
                    sections: vec![Section {
                        number: "一".into(),
                        title: "推动经济".into(),
                        intro: vec![],
                        topics: vec![topic("招商", "招商。新增企业100家以上，推动ＡＩ产业发展。")],
                    }],
                    closing: vec![],
                    ..Part::default()
                },
            ],
            ..Report::default()
        };
        r.blocks = blocks_of(&r).into_owned();
        // Block indices: 0 P1 title, 1 P1 intro, 2 S1 title, 3 topic 1-1-1, 4 topic 1-1-2,
        // 5 S2 title, 6 S2 intro, 7 topic 1-2-1, 8 closing, 9 P2 title, 10 S title, 11 topic 2-1-1.
        r.numbers = vec![
            mention("2024", 1, None),
            mention("329.73亿元", 3, Some(NumberKind::Amount)),
            mention("4.1%", 3, Some(NumberKind::Growth)),
            mention("2509家次", 4, Some(NumberKind::Amount)),
            mention("24家", 7, Some(NumberKind::Amount)),
            mention("第二", 7, Some(NumberKind::Rank)),
            mention("100家", 11, Some(NumberKind::Target)),
        ];
        r
    }

    #[test]
    fn cards_in_source_order_with_ids() {
        let r = sample();
        let cs = cards(&r);
        let ids: Vec<&str> = cs.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "1-intro-1",
                "1-1-1",
                "1-1-2",
                "1-2-intro-1",
                "1-2-1",
                "1-closing-1",
                "2-1-1"
            ]
        );
        assert_eq!(cs[1].title.as_deref(), Some("经济指标向好"));
        assert_eq!(cs[1].block, 3);
        assert_eq!(cs[1].numbers, [1, 2]);
        assert_eq!(cs[1].kinds, [NumberKind::Growth, NumberKind::Amount]);
        assert_eq!(cs[0].numbers, [0]);
        assert!(cs[0].kinds.is_empty() && !cs[0].has_indicator());
        assert_eq!(cs[3].role, BlockRole::SectionIntro);
        assert_eq!(cs[3].section, Some(1));
        assert_eq!(cs[3].section_key(), Some((1, 2)));
        assert_eq!(cs[5].section, None);
        assert_eq!(cs[6].part, 1);
        for c in &cs {
            assert_eq!(c.text, r.block_text(&r.blocks[c.block]));
            assert!(card_exists(&r, &c.id), "{}", c.id);
        }
    }

    #[test]
    fn derived_blocks_match_when_missing() {
        let r = sample();
        let mut stripped = r.clone();
        stripped.blocks.clear();
        assert_eq!(cards(&stripped), cards(&r));
    }

    #[test]
    fn ids() {
        assert_eq!(part_id(0), "1");
        assert_eq!(section_id(0, 1), "1-2");
        let r = sample();
        for bad in [
            "",
            "0-1-1",
            "1-3-1",
            "1-1-3",
            "3-1-1",
            "1-intro-2",
            "2-intro-1",
            "1-closing-0",
            "1-2-intro-2",
            "a-b-c",
            "1-1",
            "1-1-1-1",
            "+1-1-1",
        ] {
            assert!(!card_exists(&r, bad), "{bad}");
        }
        assert_eq!(
            parse_card_id("12-3-intro-4"),
            Some(CardId {
                part: 12,
                kind: CardIdKind::SectionIntro(3, 4)
            })
        );
        for id in ["1-2-3", "1-intro-1", "1-2-intro-1", "1-closing-2"] {
            assert_eq!(parse_card_id(id).unwrap().to_string(), id);
        }
        assert_eq!(parse_card_id("01-2-03").unwrap().to_string(), "1-2-3");
    }
}
