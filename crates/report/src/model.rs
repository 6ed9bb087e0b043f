//! The report model: what the parser produces and what every other layer reads.
//!
//! The serialized form (field names, `snake_case` enum values) is a public contract documented in
//! `crates/report/report.schema.json`; other tools read it, so renaming a field is a breaking change.

use serde::{Deserialize, Serialize};

/// A parsed work report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The report's title, e.g. `深圳市宝安区新桥街道办事处2024年上半年工作总结和下半年工作计划`.
    pub title: Option<String>,
    /// Who issued it (`信息来源` / `发文单位`), when the text names it.
    pub publisher: Option<String>,
    /// When it was published: `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD` as the text gives it; `YYYY`
    /// alone when only the year is known from outside the text ([`crate::track::period::assume_year`]).
    pub published: Option<String>,
    /// The original web page, when the text names one (`来源URL：`): `http(s)` only
    /// ([`crate::link::web_link`]).
    pub source_url: Option<String>,
    /// The top-level parts (`一、` `二、` …), in order.
    pub parts: Vec<Part>,
    /// Every numeric mention in the content, in text order.
    pub numbers: Vec<NumberMention>,
    /// Every piece of content (headings and paragraphs) in source order, with its position in the
    /// input text. Derived from `parts`; not serialized.
    #[serde(skip)]
    pub blocks: Vec<Block>,
}

/// A top-level part of the report, such as `一、上半年工作总结`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// The part's Chinese numeral as written (`一`, `二`, … `十一`).
    pub number: String,
    /// The heading text after `一、`.
    pub title: String,
    /// Whether it reviews work done, plans work to do, or neither.
    pub kind: PartKind,
    /// Paragraphs before the first section.
    pub intro: Vec<String>,
    /// The line under the heading that completes it (`——稳中求进、提质增效`, without the dash).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The sections (`（一）` …), in order.
    pub sections: Vec<Section>,
    /// Paragraphs after the last section that belong to the part rather than to that section.
    pub closing: Vec<String>,
}

/// What a part is about.
impl Part {
    /// How the part is named everywhere (table of contents, exports, charts): `一、上半年工作总结`,
    /// or the title alone for a part without a numeral (`开篇`, `名词解释`).
    ///
    /// ```
    /// let p = report::Part { number: "一".into(), title: "工作回顾".into(), ..Default::default() };
    /// assert_eq!(p.label(), "一、工作回顾");
    /// ```
    pub fn label(&self) -> String {
        if self.number.is_empty() {
            self.title.clone()
        } else {
            format!("{}、{}", self.number, self.title)
        }
    }
}

impl Section {
    /// How the section is named everywhere: `（一）经济发展`.
    pub fn label(&self) -> String {
        format!("（{}）{}", self.number, self.title)
    }
}

/// What a part of the report is: a review, a plan, or neither.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// A review of work done (工作总结, 工作回顾, 完成情况 …).
    Summary,
    /// Work planned (工作计划, 工作安排, 目标任务 …).
    Plan,
    /// Anything else.
    #[default]
    Other,
}

impl PartKind {
    /// The value used in JSON and URLs: `summary`, `plan` or `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            PartKind::Summary => "summary",
            PartKind::Plan => "plan",
            PartKind::Other => "other",
        }
    }
}

/// A section of a part, such as `（一）上半年,坚持主动服务、强化培育,经济发展实现新提升`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The section's Chinese numeral as written (`一`, `二`, …).
    pub number: String,
    /// The heading up to its first `。` (without it).
    pub title: String,
    /// Body text on the heading line after the title, and paragraphs before the first topic that
    /// open no topic of their own.
    pub intro: Vec<String>,
    /// The section's paragraphs.
    pub topics: Vec<Topic>,
}

/// One paragraph of a section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    /// The paragraph's lead phrase (`经济指标持续向好`), or `None` when it opens without one.
    pub title: Option<String>,
    /// The whole paragraph, lead phrase included, verbatim but trimmed.
    pub text: String,
}

/// Which list of the report a [`Block`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockRole {
    /// A part's heading title (`Part::title`).
    PartTitle,
    /// The subtitle line under a part heading.
    PartSubtitle,
    /// `Part::intro[index]`.
    PartIntro,
    /// A section's heading title (`Section::title`).
    SectionTitle,
    /// `Section::intro[index]`.
    SectionIntro,
    /// `Section::topics[index].text`.
    Topic,
    /// `Part::closing[index]`.
    Closing,
}

/// One piece of content located in the source text: a heading or a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Which list it is in.
    pub role: BlockRole,
    /// 0-based index of its part in `Report::parts`.
    pub part: usize,
    /// 0-based index of its section in `Part::sections`, for section titles, intros and topics.
    pub section: Option<usize>,
    /// 0-based index within its list (0 for titles).
    pub index: usize,
    /// Position of the block's first character in the input, in `char`s.
    pub offset: usize,
    /// Length of the block's text in `char`s.
    pub len: usize,
}

impl Report {
    /// The title to show: the report's own, else `工作报告`.
    pub fn display_title(&self) -> String {
        self.title.clone().unwrap_or_else(|| "工作报告".into())
    }

    /// The text of a block, as stored in the model.
    pub fn block_text(&self, block: &Block) -> &str {
        let part = &self.parts[block.part];
        match block.role {
            BlockRole::PartTitle => &part.title,
            BlockRole::PartSubtitle => part.subtitle.as_deref().unwrap_or(""),
            BlockRole::PartIntro => &part.intro[block.index],
            BlockRole::Closing => &part.closing[block.index],
            BlockRole::SectionTitle => &part.sections[block.section.unwrap_or(0)].title,
            BlockRole::SectionIntro => {
                &part.sections[block.section.unwrap_or(0)].intro[block.index]
            }
            BlockRole::Topic => &part.sections[block.section.unwrap_or(0)].topics[block.index].text,
        }
    }
}

/// What a numeric mention measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A quantity done, counted or summed (`329.73亿元`, `2509家次`, `连续7个月`).
    Amount,
    /// A change (`同比增长4.1%`, `环比下降68.43%`, `提高2个百分点`).
    Growth,
    /// A level (`完成率68.2%`, `化解率96.68%`).
    Rate,
    /// A ranking (`全区第二`, `全市排名第一`, `前列`).
    Rank,
    /// A number a plan part commits to (`新增托位340个以上`).
    Target,
}

impl NumberKind {
    /// All kinds, in the order the interface lists them.
    pub const ALL: [NumberKind; 5] = [
        NumberKind::Growth,
        NumberKind::Rate,
        NumberKind::Rank,
        NumberKind::Target,
        NumberKind::Amount,
    ];

    /// The Chinese name the interface, the charts and the CSV export show (`增长`).
    pub fn name(self) -> &'static str {
        match self {
            NumberKind::Growth => "增长",
            NumberKind::Rate => "比率",
            NumberKind::Rank => "排名",
            NumberKind::Target => "目标",
            NumberKind::Amount => "数量",
        }
    }

    /// The value used in JSON and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Amount => "amount",
            NumberKind::Growth => "growth",
            NumberKind::Rate => "rate",
            NumberKind::Rank => "rank",
            NumberKind::Target => "target",
        }
    }

    /// Parses the JSON/URL value.
    pub fn parse(s: &str) -> Option<NumberKind> {
        NumberKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Which way a growth goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 增长, 提高, 上升 …
    Up,
    /// 下降, 减少, 降低 …
    Down,
}

/// One numeric mention in the content, classified and normalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// The mention's own text as written (`329.73亿元`, `第二`, `12·4`).
    pub raw: String,
    /// The number as written (`1.67万宗` → 1.67); `None` when it has no single value (`前列`, `12·4`).
    pub value: Option<f64>,
    /// The unit written right after the number (`万宗`), or `None`.
    pub unit: Option<String>,
    /// `value` with 万/亿 expanded (`1.67万宗` → 16700).
    pub base_value: Option<f64>,
    /// `unit` without 万/亿 (`宗`).
    pub base_unit: Option<String>,
    /// What it measures; `None` for non-indicators.
    pub kind: Option<NumberKind>,
    /// For growths: up or down.
    pub direction: Option<Direction>,
    /// For growths: `同比`, `环比`, or `None`.
    pub basis: Option<String>,
    /// Bounding words of its clause joined with `+` (`累计+超`), or `None`.
    pub qualifier: Option<String>,
    /// A short phrase in the clause's own words naming what is measured.
    pub label: Option<String>,
    /// For a growth, rate or rank describing another number of the same clause: that number's
    /// index in `Report::numbers`.
    pub relates_to: Option<usize>,
    /// `false` for years, dates, names, ordinals and concept names that contain digits.
    pub is_indicator: bool,
    /// 0-based position of `raw` in the input text, in `char`s.
    pub offset: usize,
    /// The kind of the part it is in.
    pub part: PartKind,
    /// 1-based index of the part it is in.
    pub part_index: usize,
    /// 1-based index of its section within the part, or `None`.
    pub section: Option<usize>,
    /// The title of the topic it is in, or `None`.
    pub topic: Option<String>,
    /// Index into `Report::blocks` of the block it is in. Not serialized.
    #[serde(skip)]
    pub block: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_title_is_the_reports_own_else_a_generic_one() {
        let mut r = Report::default();
        assert_eq!(r.display_title(), "工作报告");
        r.title = Some("2022年河北省政府工作报告".into());
        assert_eq!(r.display_title(), "2022年河北省政府工作报告");
    }
}
