//! Parse warnings: what the parser found unusual in a report, or could not find where a work
//! report usually has it (`第1部分第2小节没有识别到段落`). Shown to whoever opened the report so
//! they can check the text.
//!
//! ```
//! let text = "关于2024年工作的报告\n一、上半年工作总结\n（一）经济发展\n（二）社会民生\n产值329.73亿元，同比增长4.1%。\n二、下半年工作计划\n抓好落实。\n";
//! let report = report::parse(text).unwrap();
//! let messages: Vec<String> = report::warnings::warnings(&report).into_iter().map(|w| w.message).collect();
//! assert_eq!(messages, ["没有识别到发布日期", "第1部分第1小节没有识别到段落"]);
//! ```

use crate::model::Report;
use crate::parser::OPENING_TITLE;

/// What a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    /// No title line was recognized.
    NoTitle,
    /// No publication date was recognized.
    NoDate,
    /// Only one part (many reports have a review and a plan).
    OnePart,
    /// Parts whose headings carry no numeral (`2023年工作回顾` alone on a line): found by the
    /// shape of the line, so worth a check.
    BareHeadings,
    /// A section (1-based part, section) without paragraphs.
    SectionWithoutParagraphs(usize, usize),
    /// A part (1-based) without any paragraph at all.
    EmptyPart(usize),
    /// No numbers anywhere.
    NoNumbers,
    /// Numbers, but none is an indicator (all years, dates, ordinals).
    NoIndicators,
}

/// One warning: its kind and the Chinese sentence shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// What it is about.
    pub kind: WarningKind,
    /// `第3部分没有识别到小节`.
    pub message: String,
}

impl Warning {
    fn new(kind: WarningKind) -> Warning {
        let message = match kind {
            WarningKind::NoTitle => "没有识别到报告标题".to_string(),
            WarningKind::NoDate => "没有识别到发布日期".to_string(),
            WarningKind::OnePart => "只识别到一个部分".to_string(),
            WarningKind::BareHeadings => {
                "部分标题没有“一、”这样的序号，已按单独成行的短标题分出部分".to_string()
            }
            WarningKind::SectionWithoutParagraphs(p, s) => {
                format!("第{p}部分第{s}小节没有识别到段落")
            }
            WarningKind::EmptyPart(p) => format!("第{p}部分没有识别到正文"),
            WarningKind::NoNumbers => "没有识别到任何数字".to_string(),
            WarningKind::NoIndicators => {
                "没有识别到指标（识别到的数字都是年份、日期或序号）".to_string()
            }
        };
        Warning { kind, message }
    }
}

/// The warnings for a parsed report, in reading order: metadata first, then parts and
/// sections in order, then numbers. Empty for a well-formed report such as the seed.
pub fn warnings(report: &Report) -> Vec<Warning> {
    let mut out = Vec::new();
    if report.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        out.push(Warning::new(WarningKind::NoTitle));
    }
    if report.published.is_none() {
        out.push(Warning::new(WarningKind::NoDate));
    }
    let opening = |p: &crate::model::Part| p.number.is_empty() && p.title == OPENING_TITLE;
    if report.parts.iter().filter(|p| !opening(p)).count() == 1 {
        out.push(Warning::new(WarningKind::OnePart));
    }
    if report
        .parts
        .iter()
        .any(|p| p.number.is_empty() && !p.title.is_empty() && !opening(p))
    {
        out.push(Warning::new(WarningKind::BareHeadings));
    }
    for (pi, part) in report.parts.iter().enumerate() {
        let p = pi + 1;
        let has_text = !part.intro.is_empty()
            || !part.closing.is_empty()
            || part
                .sections
                .iter()
                .any(|s| !s.intro.is_empty() || !s.topics.is_empty());
        if !has_text {
            out.push(Warning::new(WarningKind::EmptyPart(p)));
            continue;
        }
        for (si, section) in part.sections.iter().enumerate() {
            if section.topics.is_empty() && section.intro.is_empty() {
                out.push(Warning::new(WarningKind::SectionWithoutParagraphs(
                    p,
                    si + 1,
                )));
            }
        }
    }
    if report.numbers.is_empty() {
        out.push(Warning::new(WarningKind::NoNumbers));
    } else if !report.numbers.iter().any(|n| n.is_indicator) {
        out.push(Warning::new(WarningKind::NoIndicators));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<WarningKind> {
        warnings(&crate::parse(text).unwrap())
            .into_iter()
            .map(|w| w.kind)
            .collect()
    }

    #[test]
    fn the_seed_has_none() {
        let seed = include_str!("../../../public/reports/xinqiao-2024h1.txt");
        assert_eq!(kinds(seed), vec![]);
    }

    #[test]
    fn corpus_reports_parse_with_few_warnings() {
        for text in [
            include_str!("../tests/data/corpus/hebei_province_2022.txt"),
            include_str!("../tests/data/corpus/baoding_city_2022.txt"),
        ] {
            let w = kinds(text);
            assert!(w.len() <= 3, "{w:?}");
            assert!(!w.contains(&WarningKind::NoNumbers));
        }
    }

    #[test]
    fn finds_what_is_missing() {
        let text = "一、上半年工作总结\n（一）经济发展\n（二）社会民生\n全年新增托位340个。\n\
                    二、下半年工作计划\n抓好落实。\n三、其他\n（一）一些事\n继续推进。\n";
        let w = warnings(&crate::parse(text).unwrap());
        let messages: Vec<&str> = w.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "没有识别到报告标题",
                "没有识别到发布日期",
                "第1部分第1小节没有识别到段落",
            ]
        );
    }

    #[test]
    fn bare_part_headings_are_worth_a_check() {
        let text = "政府工作报告\n各位代表：\n现在，我代表区政府作报告。\n2023年工作回顾\n全年新增托位340个。\n\
                    2024年主要任务\n新增托位400个。\n";
        let r = crate::parse(text).unwrap();
        let titles: Vec<&str> = r.parts.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["开篇", "2023年工作回顾", "2024年主要任务"]);
        let w = kinds(text);
        assert!(w.contains(&WarningKind::BareHeadings), "{w:?}");
        assert!(!w.contains(&WarningKind::OnePart), "{w:?}");
        // Numbered headings are what the reader expects: no warning.
        assert!(!kinds(include_str!(
            "../tests/data/corpus/hailar_district_2014.txt"
        ))
        .contains(&WarningKind::BareHeadings));
    }

    #[test]
    fn numbers_and_parts() {
        let w = kinds("标题\n一、总结\n（一）事情\n事情做得很好。\n");
        assert!(w.contains(&WarningKind::OnePart));
        assert!(w.contains(&WarningKind::NoNumbers));
        let w = kinds(
            "标题\n一、总结\n（一）事情\n2024年事情做得很好。\n二、计划\n（一）事情\n继续做。\n",
        );
        assert!(!w.contains(&WarningKind::OnePart));
        assert!(
            w.contains(&WarningKind::NoIndicators) || !w.contains(&WarningKind::NoNumbers),
            "{w:?}"
        );
    }

    #[test]
    fn messages_name_part_and_section() {
        assert_eq!(
            Warning::new(WarningKind::SectionWithoutParagraphs(1, 2)).message,
            "第1部分第2小节没有识别到段落"
        );
    }
}
