//! Property tests: the extractor never panics and its offsets always point at its raw text.

use proptest::prelude::*;
use report::{extract, scan_block, BlockContext};
use report::{Block, BlockRole, Part, PartKind, Report, Section, Topic};

/// Builds a report whose text is `paragraphs` joined by newlines, one topic per paragraph.
fn report_from(paragraphs: &[String]) -> (String, Report) {
    report_of_kind(paragraphs, PartKind::Plan)
}

/// As [`report_from`], in a part of the given kind (rules differ between reviews and plans).
fn report_of_kind(paragraphs: &[String], kind: PartKind) -> (String, Report) {
    let mut text = String::new();
    let mut report = Report::default();
    let mut section = Section::default();
    let mut blocks = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        let offset = text.chars().count();
        text.push_str(p);
        text.push('\n');
        section.topics.push(Topic {
            title: None,
            text: p.clone(),
        });
        blocks.push(Block {
            role: BlockRole::Topic,
            part: 0,
            section: Some(0),
            index: i,
            offset,
            len: p.chars().count(),
        });
    }
    report.parts.push(Part {
        number: "一".into(),
        title: "工作计划".into(),
        kind,
        sections: vec![section],
        ..Default::default()
    });
    report.blocks = blocks;
    (text, report)
}

fn check(text: &str, report: &Report) -> Result<(), TestCaseError> {
    let numbers = extract(report);
    let chars: Vec<char> = text.chars().collect();
    let mut last = 0;
    for (i, m) in numbers.iter().enumerate() {
        prop_assert!(!m.raw.is_empty());
        let at: String = chars
            .iter()
            .skip(m.offset)
            .take(m.raw.chars().count())
            .collect();
        prop_assert_eq!(&at, &m.raw);
        prop_assert!(m.offset >= last);
        last = m.offset;
        if let Some(r) = m.relates_to {
            prop_assert!(r < i);
        }
        for v in [m.value, m.base_value].into_iter().flatten() {
            prop_assert!(v.is_finite());
        }
    }
    Ok(())
}

/// Text drawn from the characters numbers are made of, plus arbitrary ones.
fn paragraph() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("第".to_string()),
        Just("零".to_string()),
        Just("亿".to_string()),
        Just("万".to_string()),
        Just("余".to_string()),
        Just("%".to_string()),
        Just("、".to_string()),
        Just(",".to_string()),
        Just("。".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("《".to_string()),
        Just("全区".to_string()),
        Just("同比增长".to_string()),
        Just("个百分点".to_string()),
        Just("累计".to_string()),
        Just("预计超".to_string()),
        Just("以上".to_string()),
        Just("以下".to_string()),
        Just("左右".to_string()),
        Just("前".to_string()),
        Just("位".to_string()),
        Just("之首".to_string()),
        Just("分别".to_string()),
        Just("百分之".to_string()),
        Just("百分百".to_string()),
        Just("目标是".to_string()),
        Just("要实现".to_string()),
        Just("保持".to_string()),
        Just("下降到".to_string()),
        Just("一是".to_string()),
        Just("等政策".to_string()),
        Just("占".to_string()),
        Just("的比重".to_string()),
        Just("（".to_string()),
        Just("）".to_string()),
        Just("；".to_string()),
        Just("：".to_string()),
        Just("*".to_string()),
        Just(" ".to_string()),
        Just("\u{3000}".to_string()),
        "[0-9０-９.．·+×:/\\-—~]{1,6}",
        "[一二三四五六七八九十两个家项名]{1,4}",
        "[a-zA-Z]{1,3}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn offsets_always_point_at_raw(paragraphs in prop::collection::vec(paragraph(), 1..5)) {
        let (text, report) = report_from(&paragraphs);
        check(&text, &report)?;
    }

    #[test]
    fn offsets_always_point_at_raw_in_a_review(paragraphs in prop::collection::vec(paragraph(), 1..5)) {
        let (text, report) = report_of_kind(&paragraphs, PartKind::Summary);
        check(&text, &report)?;
    }

    #[test]
    fn arbitrary_strings_never_panic(paragraphs in prop::collection::vec(any::<String>(), 1..4)) {
        let (text, report) = report_from(&paragraphs);
        check(&text, &report)?;
    }

    #[test]
    fn huge_numbers_never_overflow(digits in "[1-9][0-9]{0,400}", frac in "[0-9]{0,30}", unit in "(亿|万|万亿|千万)?(元|人次)?") {
        let p = if frac.is_empty() { format!("产值{digits}{unit}。") } else { format!("产值{digits}.{frac}{unit}。") };
        let (text, report) = report_from(&[p]);
        check(&text, &report)?;
    }
}

#[test]
fn listed_four_character_item_at_the_end_of_the_text() {
    // A rank word in a four-character item whose listed neighbour would run past the end of the
    // text (`全区第万、`): the neighbour is looked for within the text, never beyond it.
    for p in [
        "全区第万、",
        "全区第一、",
        "、全区第一",
        "全区第一、全",
        "走在前列、",
    ] {
        for kind in [PartKind::Plan, PartKind::Summary] {
            let (text, report) = report_of_kind(&[p.to_string()], kind);
            check(&text, &report).unwrap();
        }
    }
}

#[test]
fn giant_yi_value_is_finite() {
    let ms = scan_block(
        "产值99999999999999999999999亿元,增长99999999999999999999999%。",
        &BlockContext::default(),
    );
    assert_eq!(ms.len(), 2);
    assert_eq!(ms[0].base_value, Some(9999999999999999999999900000000.0));
    assert!(ms[0].value.is_some());
    let long = "9".repeat(500);
    let ms = scan_block(&format!("产值{long}亿元"), &BlockContext::default());
    assert_eq!(ms.len(), 1);
    assert_eq!(
        ms[0].value, None,
        "beyond f64: no value rather than infinity"
    );
}
