//! The input module's unit tests: encodings, binary files, problems and their messages, the
//! lenient parse.

use super::encoding::BINARY_SIGNATURES;
use super::*;
use crate::model::{NumberKind, PartKind};

const SEED: &str = include_str!("../../../../public/reports/xinqiao-2024h1.txt");

#[test]
fn sniffs_encodings() {
    assert_eq!(sniff(SEED.as_bytes()), Encoding::Utf8);
    assert_eq!(sniff("\u{feff}一、总结".as_bytes()), Encoding::Utf8);
    // 政府 in GBK, with ASCII and a four-byte GB18030 sequence.
    assert_eq!(
        sniff(&[0xD5, 0xFE, 0xB8, 0xAE, b'a', 0x81, 0x30, 0x81, 0x30]),
        Encoding::Gb18030
    );
    assert_eq!(sniff(&[0xFF, 0xFE, b'a', 0]), Encoding::Utf16Le);
    assert_eq!(sniff(&[0xFE, 0xFF, 0, b'a']), Encoding::Utf16Be);
    assert_eq!(sniff(b""), Encoding::Empty);
    assert_eq!(sniff(" \r\n\t\u{3000}".as_bytes()), Encoding::Empty);
    assert_eq!(sniff(b"%PDF-1.4\n\x00\x01"), Encoding::Binary);
    assert_eq!(sniff(&[0x80, 0x81, 0xFF, 0xFE]), Encoding::Binary); // no encoding reads it
    assert_eq!(sniff(&[0xD5]), Encoding::Binary); // truncated GBK
    assert_eq!(sniff("\u{1}\u{2}\u{3}abc".as_bytes()), Encoding::Binary);
    assert_eq!(Encoding::Gb18030.label(), Some("gb18030"));
    assert_eq!(Encoding::Binary.label(), None);
}

/// Text copied from a PDF: a glyph the PDF does not map to a character comes out as U+FFFD.
const COPIED_FROM_PDF: [&str; 3] = [
    "上半年，街道坚持稳中求进工作总基调，地区生产总值完成329.73亿元，同比增长4.1%\u{fffd}\
     经济运行总体平稳、稳中有进。",
    "新桥街道扎实推进民生实事，新增托位340个，建成长者饭堂12家，\u{fffd}\u{fffd}服务覆盖全部社区；\
     全年开展各类文体活动86场，惠及群众3.8万人次，群众满意度持续提升。",
    "一、上半年工作总结\n（一）经济发展\n规上工业增加值同比增长6.2%，固定资产投资完成\u{fffd}45.6亿元，\
     社会消费品零售总额同比增长\u{fffd}3.1%。下半年将继续抓好项目建设，力争全年完成\u{fffd}目标任务。",
];

#[test]
fn a_few_replacement_characters_are_text() {
    for text in COPIED_FROM_PDF {
        let chars = text.chars().count();
        assert!((50..=300).contains(&chars), "{chars}");
        assert!(!looks_binary(text), "{text}");
        assert_eq!(check_text(text), Ok(vec![]), "{text}");
        assert_eq!(sniff(text.as_bytes()), Encoding::Utf8, "{text}");
    }
}

/// Bytes that look random (xorshift), the same at every run.
fn noise(n: usize) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

#[test]
fn binary_files_are_binary() {
    // The first bytes of each, as the files have them (NULs where they have NULs).
    let files: [(&str, Vec<u8>); 9] = [
        (
            "PDF",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n".to_vec(),
        ),
        (
            "PDF, ASCII only",
            b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec(),
        ),
        (
            "zip, docx",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml".to_vec(),
        ),
        (
            "OLE, doc",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00".to_vec(),
        ),
        (
            "PNG",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80".to_vec(),
        ),
        ("JPEG", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01".to_vec()),
        ("GIF", b"GIF89a\x01\x00\x01\x00\x80\x00\x00".to_vec()),
        ("random bytes", noise(4096)),
        ("text with NULs", "经济\0指标持续向好".as_bytes().to_vec()),
    ];
    for (name, bytes) in &files {
        assert_eq!(sniff(bytes), Encoding::Binary, "{name}");
        let text = String::from_utf8_lossy(bytes);
        assert_eq!(check_text(&text), Err(Problem::Binary), "{name}: {text:?}");
    }
}

#[test]
fn a_binary_signature_is_binary_whatever_follows() {
    for signature in BINARY_SIGNATURES {
        let mut bytes = signature.to_vec();
        bytes.extend_from_slice(b" 1 0 obj\n");
        assert_eq!(sniff(&bytes), Encoding::Binary, "{signature:?}");
    }
    assert!(looks_binary("\u{feff}%PDF-1.4\n1 0 obj\n"));
    assert!(!looks_binary("PDF-1.4 版本说明"));
}

#[test]
fn many_replacement_or_control_characters_are_binary() {
    // A text a third of which is U+FFFD: decoded binary, not a copy.
    let mut text = COPIED_FROM_PDF[1].repeat(3);
    let n = text.chars().count();
    text = text
        .chars()
        .enumerate()
        .map(|(i, c)| if i % 3 == 0 { '\u{fffd}' } else { c })
        .collect();
    assert!(n >= 100 && looks_binary(&text), "{n}");
    // Control characters (not tab, line ends, form feed) are binary from a few on.
    assert!(looks_binary("\u{1}\u{2}\u{3}abc"));
    assert!(!looks_binary("一行\t两列\r\n\u{c}下一页"));
}

#[test]
fn gb18030_structure() {
    assert!(!looks_like_gb18030(b"plain ascii"));
    assert!(!looks_like_gb18030(&[0xD5, 0x7F]));
    assert!(!looks_like_gb18030(&[0x80, 0x40]));
    assert!(!looks_like_gb18030(&[0x81, 0x30, 0x81]));
    assert!(!looks_like_gb18030(&[0xD5, 0xFE, 0]));
}

#[test]
fn checks_text() {
    assert_eq!(check_text("  \n"), Err(Problem::Empty));
    assert_eq!(check_text("a\0b"), Err(Problem::Binary));
    assert_eq!(check_text(SEED), Ok(vec![]));
    let big = "经济指标持续向好。".repeat(LARGE_BYTES / 27 + 1);
    assert_eq!(check_text(&big), Ok(vec![Problem::Large(big.len())]));
    let huge = "a".repeat(MAX_BYTES + 1);
    assert_eq!(check_text(&huge), Err(Problem::TooLarge(MAX_BYTES + 1)));
    assert!(Problem::TooLarge(MAX_BYTES + 1).message().contains("太大"));
    assert_eq!(size_text(10 * 1024 * 1024 + 200_000), "10.2 MB");
    assert_eq!(size_text(2000), "2 KB");
    assert_eq!(size_text(12), "12 字节");
}

#[test]
fn a_size_over_the_limit_does_not_read_as_the_limit() {
    let message = |n| Problem::TooLarge(n).message();
    // Two decimals would still say 30.00 MB: the bytes.
    assert!(
        message(MAX_BYTES + 1).contains("（31457281 字节），超过上限 30.0 MB"),
        "{}",
        message(MAX_BYTES + 1)
    );
    assert!(message(MAX_BYTES + 5_000).contains("（31462280 字节）"));
    assert!(message(MAX_BYTES + 20_000).contains("（30.02 MB），超过上限 30.0 MB"));
    assert!(message(MAX_BYTES * 2).contains("（60.00 MB）"));
}

#[test]
fn every_problem_says_what_to_try() {
    for p in [
        Problem::Empty,
        Problem::Binary,
        Problem::TooLarge(MAX_BYTES * 2),
        Problem::Large(LARGE_BYTES * 2),
        Problem::NoStructure,
        Problem::NoParagraphs,
    ] {
        let m = p.message();
        assert!(m.contains('请'), "{m}");
    }
}

#[test]
fn a_structureless_text_whose_title_is_a_plan_is_a_plan() {
    let text = "下半年工作计划\n新增就业岗位500个，地区生产总值增长6%。\n";
    let (r, _) = parse_lenient(text).unwrap();
    assert_eq!(r.parts[0].kind, PartKind::Plan);
    for n in r.numbers.iter().filter(|n| n.is_indicator) {
        assert_eq!(n.kind, Some(NumberKind::Target), "{}", n.raw);
    }
    // A title that says nothing of the kind leaves the part as it is.
    let (r, _) = parse_lenient("今年的一些情况\n全年完成产值329.73亿元。\n").unwrap();
    assert_eq!(r.parts[0].kind, PartKind::Other);
}

#[test]
fn lenient_parse_shows_structureless_text_as_one_part() {
    let text = "今年的一些情况\n全年完成产值329.73亿元，同比增长4.1%。\n新增托位340个。\n";
    let (r, problems) = parse_lenient(text).unwrap();
    assert_eq!(problems, vec![Problem::NoStructure]);
    assert_eq!(r.parts.len(), 1);
    assert_eq!(r.parts[0].title, "全文");
    assert!(r.numbers.iter().any(|n| n.raw.contains("329.73")));
    assert_eq!(r.title.as_deref(), Some("今年的一些情况"));

    let (seed, problems) = parse_lenient(SEED).unwrap();
    assert!(problems.is_empty());
    assert_eq!(seed.parts.len(), 2);

    assert!(matches!(parse_lenient(""), Err(Problem::Empty)));
    assert!(matches!(
        parse_lenient("\u{1}\u{2}\u{3}"),
        Err(Problem::Binary)
    ));
}

#[test]
fn large_text_parses() {
    // Ten copies of a corpus report: parsed, with the size notice.
    let one = include_str!("../../tests/data/corpus/hebei_province_2022.txt");
    let mut big = String::new();
    while big.len() < LARGE_BYTES + 1 {
        big.push_str(one);
        big.push('\n');
    }
    let (r, problems) = parse_lenient(&big).unwrap();
    assert!(matches!(problems[0], Problem::Large(_)));
    assert!(!r.parts.is_empty());
}
