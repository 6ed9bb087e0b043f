//! 纯文本 (`view=text`): the report as its headings and paragraphs in reading order, and nothing
//! else: no cards, titles made up for them, charts or marks. What a reader who wants the text
//! alone gets, as on the 纯文本 view of a government site's 无障碍 toolbar.
//!
//! ```
//! use report::view::{plain, Plain};
//! let text = "一、工作回顾\n——稳中求进\n过去一年成效明显。\n（一）经济发展。产值增长4.1%。\n";
//! let report = report::parse(text).unwrap();
//! assert_eq!(
//!     plain(&report),
//!     [
//!         Plain::Part("一、工作回顾——稳中求进".into()),
//!         Plain::Paragraph("过去一年成效明显。".into()),
//!         Plain::Section("（一）经济发展".into()),
//!         Plain::Paragraph("产值增长4.1%。".into()),
//!     ]
//! );
//! ```

use crate::model::{BlockRole, Report};

/// One piece of the plain view, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plain {
    /// A part's heading (`一、上半年工作总结`), with its subtitle line (`——…`) when it has one.
    Part(String),
    /// A section's heading (`（一）经济发展`).
    Section(String),
    /// A paragraph, as the report has it.
    Paragraph(String),
}

/// The report's headings and paragraphs, in the order the text has them. A part without a
/// heading of its own (the opening before the first `一、`) gives its paragraphs only.
pub fn plain(report: &Report) -> Vec<Plain> {
    let mut out = Vec::with_capacity(report.blocks.len());
    for block in &report.blocks {
        let part = &report.parts[block.part];
        match block.role {
            BlockRole::PartTitle => {
                let label = part.label();
                if label.is_empty() {
                    continue;
                }
                let subtitle = part.subtitle.as_deref().map(|s| format!("——{s}"));
                out.push(Plain::Part(label + subtitle.as_deref().unwrap_or("")));
            }
            // With its part's heading.
            BlockRole::PartSubtitle => {}
            BlockRole::SectionTitle => {
                if let Some(s) = block.section.and_then(|s| part.sections.get(s)) {
                    out.push(Plain::Section(s.label()));
                }
            }
            BlockRole::PartIntro
            | BlockRole::SectionIntro
            | BlockRole::Topic
            | BlockRole::Closing => {
                out.push(Plain::Paragraph(report.block_text(block).to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every paragraph of the report comes once, in text order, whatever list it is in (a
    /// part's intro, a section's intro, a topic, a part's closing).
    #[test]
    fn every_paragraph_once_in_order() {
        let text = "关于工作的报告\n各位代表：\n一、工作回顾\n总体情况良好。\n（一）经济发展\n\
                    经济指标持续向好。\n（二）民生保障\n新增学位1200个。\n以上成绩来之不易。\n\
                    二、工作计划\n（一）稳增长\n力争增长6%。\n";
        let report = crate::parse(text).unwrap();
        let lines = plain(&report);
        let paragraphs: Vec<&str> = lines
            .iter()
            .filter_map(|l| match l {
                Plain::Paragraph(p) => Some(p.as_str()),
                _ => None,
            })
            .collect();
        for p in [
            "总体情况良好。",
            "经济指标持续向好。",
            "新增学位1200个。",
            "力争增长6%。",
        ] {
            assert_eq!(
                paragraphs.iter().filter(|x| x.contains(p)).count(),
                1,
                "{p}: {lines:?}"
            );
        }
        let pos = |needle: &str| lines.iter().position(|l| format!("{l:?}").contains(needle));
        assert!(pos("一、工作回顾") < pos("（一）经济发展"));
        assert!(pos("（二）民生保障") < pos("二、工作计划"));
        assert!(pos("二、工作计划") < pos("力争增长6%"));
    }
}
