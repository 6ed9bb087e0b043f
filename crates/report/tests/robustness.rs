//! Any input: no panic, the block invariant, bounded (linear) time on pathological input.

use proptest::prelude::*;
use report::{parse, Direction, NumberKind, Report};

fn assert_blocks(input: &str, r: &Report) {
    let chars: Vec<char> = input.chars().collect();
    let mut last_end = 0;
    for b in &r.blocks {
        assert!(b.offset >= last_end);
        assert!(b.offset + b.len <= chars.len());
        let got: String = chars[b.offset..b.offset + b.len].iter().collect();
        assert_eq!(got, r.block_text(b));
        last_end = b.offset + b.len;
    }
}

fn check(input: &str) {
    if let Ok(r) = parse(input) {
        assert_blocks(input, &r);
        assert!(!r.parts.is_empty());
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("一、".to_string()),
        Just("二、".to_string()),
        Just("十一、".to_string()),
        Just("（一）".to_string()),
        Just("(二)".to_string()),
        Just("（三)".to_string()),
        Just("。".to_string()),
        Just("，".to_string()),
        Just(",".to_string()),
        Just("：".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("\u{3000}".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{feff}".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("工作总结".to_string()),
        Just("计划".to_string()),
        Just("各位代表！".to_string()),
        Just("——2016年2月19日在".to_string()),
        Just("标题：".to_string()),
        Just("信息提供日期:2024-10-22 15:41".to_string()),
        Just("经济指标持续向好".to_string()),
        Just("[1]".to_string()),
        Just(">".to_string()),
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string_never_panics(s in "\\PC*") {
        check(&s);
    }

    #[test]
    fn any_chars_never_panic(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn heading_soup_keeps_the_invariant(pieces in proptest::collection::vec(piece(), 0..80)) {
        let s: String = pieces.concat();
        check(&s);
    }
}

#[test]
fn one_megabyte_of_section_marks() {
    let s = "(一)".repeat(1 << 18);
    check(&s);
    let s = "（一）".repeat(1 << 17) + "\n";
    check(&s);
    let lines = "(一)\n".repeat(1 << 17);
    check(&lines);
    let lines = format!("一、总结\n{}", "(一)标题。正文\n".repeat(1 << 16));
    let r = parse(&lines).unwrap();
    assert_eq!(r.parts[0].sections.len(), 1);
}

#[test]
fn ten_thousand_part_headings() {
    let s = "一、\n".repeat(10_000);
    check(&s);
    let s = "一、总结\n".repeat(10_000);
    let r = parse(&s).unwrap();
    assert_eq!(r.parts.len(), 1);
    assert_eq!(r.parts[0].intro.len(), 9_999);
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let s: String = (0..10_000)
        .map(|i| format!("{}、标题{i}\n", numerals[i % 10]))
        .collect();
    check(&s);
}

#[test]
fn long_lines_and_unbalanced_quotes() {
    let s = format!(
        "一、总结\n“{}\n（一）“标题\n{}。\n",
        "未闭合的引号".repeat(50_000),
        "长".repeat(200_000)
    );
    check(&s);
    let s = "\r".repeat(100_000) + "一、总结" + &"\r".repeat(100_000);
    check(&s);
}

#[test]
fn one_long_clause_of_numbers() {
    // Numbers in one clause with no punctuation: each number's label lookups are searches, not
    // scans of the clause, so this is linear (it took seconds when they scanned).
    for unit in ["增长5%", "产值5亿元同比增长5%", "全区第二"] {
        let s = format!("一、总结\n{}\n", unit.repeat(20_000));
        let r = parse(&s).unwrap();
        assert!(r.numbers.len() >= 20_000);
        assert_blocks(&s, &r);
    }
}

#[test]
fn short_clauses_then_a_clause_of_bare_numbers() {
    // A label of last resort is the number's own stretch of its clause, not the whole clause:
    // for `1个、2个、…` that was every other number, once per number (5,000 numbers: 245 MB of
    // labels; 20,000: 4 GB). And the subject borrowed from the sentence's earlier clauses is
    // looked up once per clause, not walked back to once per number (that took 16 s here).
    let n = 5_000;
    let numbers: Vec<String> = (0..n).map(|i| format!("{i}个")).collect();
    let s = format!(
        "一、总结\n（一）测试\n{}{}。\n",
        "甲，".repeat(n),
        numbers.join("、")
    );
    let r = parse(&s).unwrap();
    assert_eq!(r.numbers.len(), n);
    let label_chars: usize = r
        .numbers
        .iter()
        .filter_map(|m| m.label.as_ref())
        .map(|l| l.chars().count())
        .sum();
    assert!(label_chars <= 10 * n, "labels total {label_chars} chars");
    assert_blocks(&s, &r);
}

#[test]
fn runs_without_punctuation_before_numbers_keep_labels_short() {
    // Each became every number's label, or grew each label by the one before it: the output was
    // quadratic (160 KB of text gave 2.4 GB of labels). Labels take at most 80 chars before the
    // number (`label::MAX_PREFIX_CHARS`) and are dropped past 120 (`label::MAX_LABEL_CHARS`).
    let n = 4_000;
    for (what, body) in [
        (
            "growth words, then numbers",
            format!("{}{}", "增长".repeat(n), "5%".repeat(n)),
        ),
        (
            "shares, then clauses of numbers",
            format!("{}{}", "占比".repeat(n), "1%，".repeat(n)),
        ),
        ("a run of from-to frames", "由1亿元增加到2亿元".repeat(n)),
    ] {
        let s = format!("一、总结\n（一）测试\n{body}\n");
        let r = parse(&s).unwrap();
        assert!(r.numbers.len() >= n, "{what}");
        for m in &r.numbers {
            let chars = m.label.as_ref().map_or(0, |l| l.chars().count());
            assert!(chars <= 120, "{what}: a label of {chars} chars");
        }
        assert_blocks(&s, &r);
    }
}

#[test]
fn one_long_run_of_comparison_frames() {
    // Comparison frames with no punctuation between them: each number looks for its frame's
    // opener (`比`, `较`) only among the last chars before it (`label::MAX_FRAME_CHARS`), not
    // among every earlier opener of the clause, each time reading the rest of the clause (that
    // was cubic: 8 KB took seconds, 64 KB would take most of an hour).
    for unit in ["比上年增长5%", "较去年同期增长5%", "同比增长5%"] {
        let n = (64 << 10) / unit.len();
        let s = format!("一、总结\n{}\n", unit.repeat(n));
        let r = parse(&s).unwrap();
        assert_eq!(r.numbers.len(), n, "{unit}");
        let wording = unit.trim_end_matches("5%");
        for m in &r.numbers {
            assert_eq!(m.kind, Some(NumberKind::Growth), "{unit}");
            assert_eq!(m.direction, Some(Direction::Up), "{unit}");
            assert_eq!(m.label.as_deref(), Some(wording), "{unit}");
        }
        assert_blocks(&s, &r);
    }
    // With a subject before the run, a frame takes what stands before its opener as its subject
    // only up to `label::MAX_FRAME_SUBJECT` chars: labels stay short instead of growing with the
    // clause (the output was quadratic).
    let s = format!("一、总结\n工业产值{}\n", "比上年增长5%".repeat(3855));
    let r = parse(&s).unwrap();
    assert_eq!(r.numbers.len(), 3855);
    assert_eq!(r.numbers[0].label.as_deref(), Some("工业产值比上年增长"));
    for m in &r.numbers {
        assert_eq!(m.kind, Some(NumberKind::Growth));
        assert!(m.label.as_ref().unwrap().chars().count() <= 130);
    }
}

#[test]
fn long_clauses_of_multiples_comparisons_and_streaks_stay_linear() {
    // Each number looks back or ahead a bounded stretch of its clause (a base, a comparison,
    // what a streak is of): without the bound, every number of a long clause read the whole
    // clause before or after it.
    for unit in [
        "是上年的1倍",
        "比上年增加1人",
        "连续1年第一",
        "投资1亿元的",
        "1家企业产值",
        // A list of a rate's values at periods, and figures set about sentence after sentence:
        // each looks back a bounded stretch for the rate or counts its sentence once.
        "上半年1%、",
        "增长1%左右。",
    ] {
        let n = (64 << 10) / unit.len();
        let s = format!("一、总结\n{}\n", unit.repeat(n));
        let r = parse(&s).unwrap();
        assert!(r.numbers.len() >= n, "{unit}: {}", r.numbers.len());
        for m in &r.numbers {
            let len = m.label.as_deref().map_or(0, |l| l.chars().count());
            assert!(len <= 130, "{unit}: a label of {len} chars");
        }
        assert_blocks(&s, &r);
    }
}

#[test]
fn a_paragraph_of_twenty_thousand_growths_gets_its_view_in_linear_time() {
    // One paragraph of 20,000 growths (the hostile corpus's `dense-growth`): the key figures
    // look for the report's `主要指标` sentence once per paragraph, not once per number, which
    // grew with the square of the paragraph and froze the page. Cards, index and strip are each
    // one pass.
    let growths: Vec<String> = (0..20_000)
        .map(|i| format!("指标{}增长{}.{}%", i + 1, i % 20, i % 10))
        .collect();
    let s = format!("一、工作回顾\n{}。\n", growths.join("，"));
    let r = parse(&s).unwrap();
    let cards = report::view::cards(&r);
    assert_eq!(cards.len(), 1);
    let index = report::view::SearchIndex::new(&cards);
    let figures = report::view::key_figures(&r, &cards, 6);
    assert!(!figures.is_empty());
    assert!(figures.iter().all(|f| f.card_id == cards[0].id));
    let hits = report::view::evaluate(&r, &cards, &index, &Default::default());
    assert_eq!(hits.0.len(), 1);
}

#[test]
fn a_report_in_traditional_characters_keeps_its_own_text() {
    // Read through a simplified copy: every block and number is the text's own, as written.
    let s = "某區人民政府工作報告\n一、過去一年工作回顧\n（一）經濟運行穩中向好\n全區地區生產總值達到120億元，同比增長6.5%，居全市第二。\n二、今年工作安排\n新建學校3所，力爭實現財政總收入增長5%。\n";
    let r = parse(s).unwrap();
    assert_blocks(s, &r);
    assert_eq!(r.parts[0].title, "過去一年工作回顧");
    assert_eq!(r.parts[1].kind, report::PartKind::Plan);
    let find = |raw: &str| r.numbers.iter().find(|n| n.raw == raw).unwrap();
    assert_eq!(find("120億元").base_value, Some(12_000_000_000.0));
    assert_eq!(
        find("6.5%").label.as_deref(),
        Some("全區地區生產總值同比增長")
    );
    assert_eq!(find("第二").kind, Some(NumberKind::Rank));
    assert_eq!(find("3所").kind, Some(NumberKind::Target));
}
